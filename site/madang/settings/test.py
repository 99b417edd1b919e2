import os
import tempfile

from .address import parse_site_url
from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MAILERS = {"default": {"BACKEND": "anymail.backends.test.EmailBackend"}}
MAIL_TRACKING = True
ANYMAIL = {"WEBHOOK_SECRET": "madang:webhook-test-secret"}
# Tasks run at once inside the request or the test that enqueues them (Django's
# ImmediateBackend), except the search and reference indexes' while a test's content is
# arranged (tests/tasks.py, tests/conftest.py).
TASKS = {"default": {"BACKEND": "tests.tasks.ArrangingBackend"}}
# Tasks run at once here: tests that load the demo would wait for every AVIF of it.
# tests/core/test_renditions.py turns this on.
RENDITIONS_IN_ADVANCE = False
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# A public address unlike the test client's "testserver" and the live servers'
# 127.0.0.1, so that a test sees whether a link follows SITE_URL.
SITE_URL, SITE_HOSTNAME, SITE_PORT = parse_site_url("https://madang.test")
WAGTAILADMIN_BASE_URL = SITE_URL
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"django.tasks": {"level": "WARNING"}},
}
WHITENOISE_AUTOREFRESH = True
# The concurrency test posts hundreds of registrations from 127.0.0.1; the
# rate-limit test lowers this itself.
REGISTRATION_RATE_LIMIT = "100000/m"

# SQLite tests use a database file, not Django's in-memory default: a live
# server (tests/registrations/test_concurrency.py, the browser tests) then
# serves each request on a connection of its own, as in production, instead of
# sharing the test's single in-memory connection between its threads. One file
# per test run (tmpfs when there is one), so parallel runs never meet.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    _folder = "/dev/shm" if os.path.isdir("/dev/shm") else tempfile.gettempdir()
    DATABASES["default"].setdefault("TEST", {})["NAME"] = os.path.join(  # noqa: F405
        _folder, f"madang-test-{os.getpid()}.sqlite3"
    )
    # Each test database is a copy of one migrated file (tests/sqlite/base.py).
    DATABASES["default"]["ENGINE"] = "tests.sqlite"  # noqa: F405

# PostgreSQL: the test database is thrown away after the run, so its commits need not
# wait for the disk (the transactional tests and the live servers commit every statement,
# and each commit would otherwise wait for an fsync); and between transactional tests it
# is emptied with DELETE rather than TRUNCATE (tests/postgresql/base.py says why).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"]["ENGINE"] = "tests.postgresql"  # noqa: F405
    _options = DATABASES["default"].setdefault("OPTIONS", {})  # noqa: F405
    _options["options"] = f"{_options.get('options', '')} -c synchronous_commit=off".strip()
