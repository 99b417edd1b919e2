"""Benchmark settings: production's, with safe local defaults.

Used by benchmarks/run.py only, on loopback: DEBUG is off, static files go
through collectstatic and WhiteNoise's manifest storage as in production, and
the URLconf adds the bare view that the pages are compared with.
"""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")
os.environ.setdefault("SITE_URL", "http://127.0.0.1")
os.environ.setdefault("ALLOWED_HOSTS", "localhost,127.0.0.1")
os.environ.setdefault("CACHE_URL", "locmemcache://")
# Production refuses a backend that does not deliver; the bench names a real one and then
# keeps its mails in memory below (it sends none to the outside world).
os.environ.setdefault("MAIL_BACKEND", "anymail.backends.amazon_ses.EmailBackend")

from .base import env  # noqa: E402
from .production import *  # noqa: E402, F403

DEBUG = False
ROOT_URLCONF = "benchmarks.bench_urls"
STATIC_ROOT = env.path("BENCH_STATIC_ROOT", default=str(BASE_DIR / "var" / "bench-static"))  # noqa: F405
# Plain HTTP on loopback: secure-only cookies would just be dropped by the client.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# No TLS proxy in front of the bench: answer plain HTTP instead of redirecting it.
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
# benchmarks/run.py's "after a purge" rows: requests with X-Bench-Purge purge their page first.
MIDDLEWARE = ["benchmarks.bench_purge.PurgeFirstMiddleware", *MIDDLEWARE]  # noqa: F405
