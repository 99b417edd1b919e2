"""A mail provider on loopback that speaks Postmark's send API, for anymail's real backend.

Each request is kept (``provider.received``: the JSON anymail posted); what the
provider answers is ``provider.mode``:

- ``"accept"``: 200 with a message id, as Postmark answers;
- ``"timeout"``: the mail is taken, but the answer comes only after the
  client gave up (anymail's ``REQUESTS_TIMEOUT``, ``fake_provider(timeout=…)``):
  a lost reply;
- ``"down"``: 503, nothing taken;
- ``"invalid"``: 422 with Postmark's "invalid email request" error (refused).
"""

import contextlib
import itertools
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.test import override_settings

TIMEOUT = 0.3  # seconds anymail waits for the answer


class FakeProvider:
    def __init__(self, timeout=TIMEOUT):
        self.timeout = timeout
        self.mode = "accept"
        self.received = []
        self.ids = itertools.count(1)
        self.lock = threading.Lock()

    def answer(self, payload):
        """``(status, body)`` for one posted mail."""
        with self.lock:
            if self.mode == "down":
                return 503, {"ErrorCode": 100, "Message": "Service unavailable"}
            if self.mode == "invalid":
                return 422, {"ErrorCode": 300, "Message": "Invalid email request"}
            self.received.append(payload)
            message_id = f"pm-{next(self.ids):04d}"
        body = {"To": payload["To"], "MessageID": message_id, "ErrorCode": 0, "Message": "OK"}
        return 200, body

    def settings(self, url):
        return override_settings(
            MAILERS={"default": {"BACKEND": "anymail.backends.postmark.EmailBackend"}},
            ANYMAIL={
                "POSTMARK_SERVER_TOKEN": "test-token",
                "POSTMARK_API_URL": url,
                "REQUESTS_TIMEOUT": self.timeout,
                "WEBHOOK_SECRET": "madang:webhook-test-secret",
            },
        )


@contextlib.contextmanager
def fake_provider(timeout=TIMEOUT):
    """Start the provider; yield it, with anymail's settings pointing at it (anymail
    waits ``timeout`` seconds for each answer)."""
    provider = FakeProvider(timeout)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            payload = json.loads(self.rfile.read(length))
            status, body = provider.answer(payload)
            if provider.mode == "timeout":
                time.sleep(provider.timeout * 3)
            data = json.dumps(body).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except OSError:  # the client gave up waiting
                pass

        def log_message(self, format, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with provider.settings(url):
            yield provider
    finally:
        server.shutdown()
        server.server_close()
