"""A small HTTP client for servers running in other processes: cookies, forms, one host name.

Sends every request with the public host name (``Host: madang.test``, as a load
balancer forwards it) to whichever app server it is told, so the test can
send one person's requests to either server.
"""

import http.client
import http.cookies
import mimetypes
import uuid
from html.parser import HTMLParser
from urllib.parse import urlencode, urlsplit


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def text(self):
        return self.body.decode("utf-8", errors="replace")

    @property
    def location(self):
        return self.headers.get("location", "")


class Browser:
    """One person: a cookie jar, a client address (``X-Forwarded-For``) and a host name."""

    def __init__(self, host, client_address="198.51.100.1"):
        self.host = host
        self.client_address = client_address
        self.cookies = http.cookies.SimpleCookie()

    def request(self, server, method, path, *, body=b"", content_type=None):
        connection = http.client.HTTPConnection("127.0.0.1", server, timeout=60)
        headers = {
            "Host": self.host,
            "X-Forwarded-For": self.client_address,
            "Accept-Language": "ko",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={m.value}" for k, m in self.cookies.items())
        if content_type:
            headers["Content-Type"] = content_type
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
            headers = {name.lower(): value for name, value in response.getheaders()}
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    self.cookies.load(value)
        finally:
            connection.close()
        return Response(response.status, headers, data)

    def get(self, server, path):
        return self.request(server, "GET", path)

    def post(self, server, path, fields, files=None):
        """POST ``fields`` (pairs or a dict) urlencoded, or as multipart with ``files``."""
        fields = list(fields.items()) if isinstance(fields, dict) else list(fields)
        if "csrftoken" in self.cookies and not any(k == "csrfmiddlewaretoken" for k, _ in fields):
            fields.append(("csrfmiddlewaretoken", self.cookies["csrftoken"].value))
        if not files:
            return self.request(
                server,
                "POST",
                path,
                body=urlencode(fields).encode(),
                content_type="application/x-www-form-urlencoded",
            )
        body, content_type = multipart(fields, files)
        return self.request(server, "POST", path, body=body, content_type=content_type)


def multipart(fields, files):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields:
        disposition = f'Content-Disposition: form-data; name="{name}"'
        parts.append(f"--{boundary}\r\n{disposition}\r\n\r\n{value}\r\n".encode())
    for name, (filename, content) in files.items():
        kind = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        parts.append(
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                f'filename="{filename}"\r\nContent-Type: {kind}\r\n\r\n'
            ).encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


class _Forms(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"action": attrs.get("action", ""), "fields": []})
        if not self.forms:
            return
        fields = self.forms[-1]["fields"]
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text").lower()
            if kind in {"submit", "button", "file", "image", "reset"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            fields.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]
        elif tag == "select" and name:
            self._select = {"name": name, "first": None, "selected": []}
        elif tag == "option" and self._select is not None:
            value = attrs.get("value", "")
            if self._select["first"] is None:
                self._select["first"] = value
            if "selected" in attrs:
                self._select["selected"].append(value)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if not self.forms:
            return
        fields = self.forms[-1]["fields"]
        if tag == "textarea" and self._textarea is not None:
            name, text = self._textarea
            # As in a browser: a newline right after <textarea> is not part of the value.
            fields.append((name, text.removeprefix("\n")))
            self._textarea = None
        elif tag == "select" and self._select is not None:
            chosen = self._select["selected"] or [self._select["first"] or ""]
            fields.extend((self._select["name"], value) for value in chosen)
            self._select = None


def form_fields(html, *, containing):
    """The fields of the first form in ``html`` with a field named ``containing``, as pairs."""
    parser = _Forms()
    parser.feed(html)
    for form in parser.forms:
        if any(name == containing for name, _ in form["fields"]):
            return form["fields"]
    raise AssertionError(f"no form with a field {containing!r}")


def replace(fields, **values):
    """``fields`` with the values of the named fields replaced (added if missing)."""
    fields = [(name, values.pop(name) if name in values else value) for name, value in fields]
    return fields + list(values.items())


def path_of(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")
