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

from .base import env  # noqa: E402
from .production import *  # noqa: E402, F403

DEBUG = False
ROOT_URLCONF = "benchmarks.bench_urls"
STATIC_ROOT = env.path("BENCH_STATIC_ROOT", default=str(BASE_DIR / "var" / "bench-static"))  # noqa: F405
# Plain HTTP on loopback: secure-only cookies would just be dropped by the client.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
