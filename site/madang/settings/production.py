"""Production: every secret and deployment detail comes from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL.
Optional: CACHE_URL (e.g. redis://127.0.0.1:6379/1), MAIL_BACKEND
(e.g. anymail.backends.postmark.EmailBackend) with ANYMAIL as JSON,
DEFAULT_FROM_EMAIL, WAGTAILADMIN_BASE_URL, MEDIA_ROOT.
"""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
