"""Production settings served over plain HTTP on loopback, for the multi-process test.

Everything else is production's (DEBUG off, the required environment, manifest
static files, Redis, object storage, the security settings); only what needs
TLS in front is relaxed, since no TLS proxy stands between the test and the
app servers.
"""

from .production import *  # noqa: F403

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
