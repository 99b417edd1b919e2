from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, env

DEBUG = True
SECRET_KEY = env("SECRET_KEY", default="dev-only-not-secret-madang")
ALLOWED_HOSTS = [*ALLOWED_HOSTS, "localhost", "127.0.0.1", "[::1]"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# granian serves the site in development: WhiteNoise finds /static/ files in place.
WHITENOISE_USE_FINDERS = True

# Mails are kept in var/mail/ and announced in one line each, with a link to read
# them rendered in the admin (madang/registrations/devmail.py), not printed as MIME.
MAILERS = {
    "default": {
        "BACKEND": env("MAIL_BACKEND", default="madang.registrations.devmail.EmailBackend"),
    }
}
