"""Small helpers shared by the test suite."""

import http.cookies
import io
import socket
import wsgiref.util

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url):
    """The SQL queries of one successful GET of ``url``."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def page_url(page):
    """The page's address as served now (read again: a translation's parent may be new)."""
    from wagtail.models import Page

    return Page.objects.get(pk=page.pk).url


def contents(client, urls):
    """The HTML of a GET of each URL."""
    return [client.get(url).content.decode() for url in urls]


def forget_pages():
    """Purge every page from the page cache (what a publish does to the pages it touches)."""
    from wagtail.models import Page

    from madang.core.pagecache import TOKEN_KEY

    cache.delete_many([TOKEN_KEY.format(pk) for pk in Page.objects.values_list("pk", flat=True)])


def warm_count(client, url):
    """The queries of rendering ``url`` once the other caches are warm (after one visitor).

    The page itself is rendered, not answered from the page cache: what the
    first visitor after a change costs.
    """
    cache.clear()
    client.get(url)
    forget_pages()
    return count_queries(client, url)


class WsgiClient:
    """Requests through ``madang.wsgi.application``, the callable granian serves.

    Unlike Django's test client, it passes through the WSGI middleware in front
    of Django (``madang.core.legacy_forms``) and enforces CSRF, as a browser
    meets the site. Keeps cookies; returns ``(status, headers, body)``.
    """

    def __init__(self, host="testserver"):
        self.host = host
        self.cookies = http.cookies.SimpleCookie()

    def request(self, method, path, *, body=b"", content_type=""):
        from madang.wsgi import application

        environ = {}
        wsgiref.util.setup_testing_defaults(environ)
        path, _, query = path.partition("?")
        environ.update(
            {
                "REQUEST_METHOD": method,
                "PATH_INFO": path,
                "QUERY_STRING": query,
                "HTTP_HOST": self.host,
                "REMOTE_ADDR": "127.0.0.1",
                "SERVER_NAME": self.host,
                "wsgi.input": io.BytesIO(body),
                "CONTENT_LENGTH": str(len(body)),
                "CONTENT_TYPE": content_type,
                "HTTP_COOKIE": "; ".join(f"{k}={m.value}" for k, m in self.cookies.items()),
            }
        )
        started = {}

        def start_response(status, headers, exc_info=None):
            started.update(status=int(status.split()[0]), headers=headers)

        # As Django's test client does: the test's database connection stays open.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            chunks = application(environ, start_response)
            try:
                body = b"".join(chunks)
            finally:
                getattr(chunks, "close", lambda: None)()
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)
        for name, value in started["headers"]:
            if name.lower() == "set-cookie":
                self.cookies.load(value)
        return started["status"], dict(started["headers"]), body

    def get(self, path):
        return self.request("GET", path)

    def csrf_token(self):
        return self.cookies["csrftoken"].value


def totp_code(secret, at=None):
    """The six-digit code an authenticator app shows for ``secret`` (RFC 6238: SHA-1, 30 s)."""
    import base64
    import hmac
    import struct
    import time

    if at is None:
        # Close to the end of a period the code may be stale when it arrives: wait for the next.
        if (left := 30 - time.time() % 30) < 2:
            time.sleep(left)
        at = time.time()
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    counter = int(at // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), "sha1").digest()
    offset = digest[-1] & 0x0F
    value = (struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{value:06d}"


def free_port():
    """A loopback port the kernel has just found free (its ephemeral range, so
    two test workers starting a server at the same moment do not pick the same one)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
