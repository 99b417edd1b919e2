"""Production: every secret and deployment detail comes from the environment.

Required (the site refuses to start without them, saying which is missing):
SECRET_KEY, SITE_URL (the public address, e.g. https://madang.example),
DATABASE_URL (PostgreSQL) and CACHE_URL (Redis, shared by every app server).
SECURE_HSTS_SECONDS, SECURE_HSTS_INCLUDE_SUBDOMAINS, SECURE_HSTS_PRELOAD, SECURE_SSL_REDIRECT,
TRUSTED_PROXY_COUNT and ADMIN_MFA_REQUIRED tune the security settings below.
Optional: ALLOWED_HOSTS and CSRF_TRUSTED_ORIGINS (besides SITE_URL's host),
AWS_STORAGE_BUCKET_NAME and the other AWS_* settings (media in object storage),
ANYMAIL as JSON (the provider's keys), DEFAULT_FROM_EMAIL, MEDIA_ROOT, CONN_MAX_AGE,
MAIL_TRACKING (the provider's webhooks; needs ANYMAIL's WEBHOOK_SECRET).
README.md ("Deployment") lists them with the processes to run.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .address import parse_site_url
from .base import *  # noqa: F403
from .base import env

REQUIRED = {
    "SECRET_KEY": "a long random string that signs sessions and the links in mails",
    "SITE_URL": "the site's public address, e.g. https://madang.example",
    "DATABASE_URL": "the database, e.g. postgres://madang@db.internal:5432/madang",
    "CACHE_URL": "the cache shared by every app server, e.g. redis://cache.internal:6379/1",
    "MAIL_BACKEND": "the mail provider's backend, e.g. anymail.backends.amazon_ses.EmailBackend",
}
_missing = [name for name in REQUIRED if not os.environ.get(name, "").strip()]
if _missing:
    raise ImproperlyConfigured(
        "Madang cannot start in production without "
        + "; ".join(f"{name} ({REQUIRED[name]})" for name in _missing)
        + ". See README.md, Deployment."
    )

if env.bool("MAIL_TRACKING", default=False) and not env.json("ANYMAIL", default={}).get(
    "WEBHOOK_SECRET"
):
    raise ImproperlyConfigured(
        "MAIL_TRACKING is on, but ANYMAIL has no WEBHOOK_SECRET: anyone could post to the "
        'mail tracking webhooks. Add "WEBHOOK_SECRET": "user:long-random-password" to ANYMAIL '
        "and use it in the provider's webhook address. See README.md, Deployment."
    )

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
SITE_URL, SITE_HOSTNAME, SITE_PORT = parse_site_url(os.environ.get("SITE_URL", ""))
WAGTAILADMIN_BASE_URL = SITE_URL
ALLOWED_HOSTS = [SITE_HOSTNAME, *env.list("ALLOWED_HOSTS", default=[])]
CSRF_TRUSTED_ORIGINS = [SITE_URL, *env.list("CSRF_TRUSTED_ORIGINS", default=[])]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True

# --- Security -------------------------------------------------------------------
# HTTPS only: plain HTTP is redirected (behind a proxy, X-Forwarded-Proto says
# which the client used), and browsers are told to come back over HTTPS only.
# /healthz answers load balancers over plain HTTP (madang.security.middleware).
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
# Everyone who may use the admin signs in with a second factor.
ADMIN_MFA_REQUIRED = env.bool("ADMIN_MFA_REQUIRED", default=True)

# Mails must reach people: a backend that prints, keeps or drops them is refused.
NOT_DELIVERING = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
    "anymail.backends.console.EmailBackend",
    "anymail.backends.test.EmailBackend",
    "madang.registrations.devmail.EmailBackend",
}
if os.environ["MAIL_BACKEND"].strip() in NOT_DELIVERING:
    raise ImproperlyConfigured(
        f"MAIL_BACKEND={os.environ['MAIL_BACKEND'].strip()} does not deliver mails; in production "
        "set the backend of a mail provider, e.g. anymail.backends.amazon_ses.EmailBackend, "
        "with its keys in ANYMAIL. See README.md, Deployment."
    )
