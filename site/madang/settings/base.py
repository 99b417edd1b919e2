"""Settings shared by every environment.

Everything secret or deployment-specific is read from the environment
(see production.py); the defaults here give a working site on SQLite.
"""

from pathlib import Path

import environ

from .address import parse_site_url
from .csp import admin_policy, media_origins, public_policy

PROJECT_DIR = Path(__file__).resolve().parent.parent  # site/madang
BASE_DIR = PROJECT_DIR.parent.parent  # the repository

env = environ.Env()

DEBUG = False
SECRET_KEY = env("SECRET_KEY", default="")

# --- The public address ---------------------------------------------------------
# One setting from which every absolute link follows (see address.py): the
# default Wagtail Site's hostname and port, WAGTAILADMIN_BASE_URL, mail links,
# QR codes, .ics files, feeds, hreflang and the sitemap. `make run` sets it from
# HOST and PORT; production requires it.
SITE_URL, SITE_HOSTNAME, SITE_PORT = parse_site_url(
    env("SITE_URL", default="http://127.0.0.1:8000")
)
ALLOWED_HOSTS = [SITE_HOSTNAME, *env.list("ALLOWED_HOSTS", default=[])]
CSRF_TRUSTED_ORIGINS = [SITE_URL, *env.list("CSRF_TRUSTED_ORIGINS", default=[])]

INSTALLED_APPS = [
    "madang.core",
    "madang.people",
    "madang.news",
    "madang.research",
    "madang.search",
    "madang.registrations",
    "madang.security",  # before allauth: its templates take precedence
    "madang.documents",
    "events",
    "tours",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "anymail",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "madang.security.middleware.HealthCheck",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "madang.security.middleware.AdminContentSecurityPolicy",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Whole pages for anonymous visitors (see madang/core/pagecache.py), then
    # compressed HTML: both variants are stored, neither compressed twice.
    "madang.core.pagecache.PageCacheMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "madang.security.middleware.AdminSecondFactorRequired",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "madang.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "madang.wsgi.application"

# SQLite is the embedded default. IMMEDIATE transactions take the write lock
# at BEGIN, so concurrent writers queue (up to the timeout) instead of failing
# with "database is locked" halfway through a transaction.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {**SQLITE_OPTIONS, **DATABASES["default"].get("OPTIONS", {})}
# Keep connections open between requests (SQLite too: opening one runs the PRAGMAs).
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)

# The shared cache (Redis in production: CACHE_URL=redis://host:6379/1): pages and
# fragments, rate limits and login throttles are shared by every app server.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
# Sites (or test runs) sharing one Redis keep apart by a prefix.
CACHES["default"]["KEY_PREFIX"] = env("CACHE_KEY_PREFIX", default="")

# --- Page cache and front cache (see madang/core/pagecache.py) -------------------
# Anonymous pages are stored whole in the shared cache for this long unless purged
# first; a front cache (Varnish, docs/varnish.vcl) gets it as s-maxage.
PAGE_CACHE_TIMEOUT = env.int("PAGE_CACHE_TIMEOUT", default=3600)
# Where purge requests go (Wagtail's frontend_cache), e.g. http://127.0.0.1:6081.
FRONT_CACHE_URL = env("FRONT_CACHE_URL", default="")
WAGTAILFRONTENDCACHE = (
    {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONT_CACHE_URL,
        }
    }
    if FRONT_CACHE_URL
    else {}
)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
# Korean first: it is the language most of the site's content starts in.
LANGUAGE_CODE = "ko"
LANGUAGES = [
    ("ko", "한국어"),
    ("ja", "日本語"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Our catalog first, then our own translations of Django's and Wagtail's strings
# that their catalogs lack (locale/upstream, kept by hand): both take precedence
# over the installed packages' catalogs.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "upstream"]
USE_I18N = True
# Our corrections to Django's date and time formats (madang/formats/<lang>/formats.py).
FORMAT_MODULE_PATH = ["madang.formats"]
USE_TZ = True
TIME_ZONE = "Asia/Seoul"

# --- Static and media ---------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "var" / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Media (images, renditions, documents) in S3-compatible object storage when a
# bucket is named, so that every app server sees every upload; local files
# otherwise. URLs are not signed: pages are cached whole, and a signed URL would
# expire inside them. The bucket lets anyone read images/ and original_images/
# and nobody read documents/; documents are always streamed through Wagtail's
# serve view, which applies the collections' privacy settings first.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
            "region_name": env("AWS_S3_REGION_NAME", default=None),
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN", default=None),
            "url_protocol": env("AWS_S3_URL_PROTOCOL", default="https:"),
            "querystring_auth": False,
            "default_acl": None,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000"},
        },
    }
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# --- Tasks ------------------------------------------------------------------
# Wagtail queues search-index and reference-index updates as tasks;
# `manage.py db_worker` runs them.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Mail -------------------------------------------------------------------
MAILERS = {
    "default": {
        "BACKEND": env("MAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"),
    }
}
ANYMAIL = env.json("ANYMAIL", default={})
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Madang <noreply@madang.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The provider's tracking webhooks (/anymail/<provider>/tracking/) tell each
# outbox mail's fate: delivered, bounced (madang/registrations/delivery.py).
MAIL_TRACKING = env.bool("MAIL_TRACKING", default=False)

# --- Registrations ------------------------------------------------------------
# Capacity is enforced under a row lock (see madang/registrations/services/locking.py).
# Never switch this off: it exists so that a test can show the race without it.
REGISTRATIONS_LOCK = True
# Registration POSTs per client address (django-ratelimit); over it: a 429 page.
REGISTRATION_RATE_LIMIT = env("REGISTRATION_RATE_LIMIT", default="20/h")
# The client address for the limit; behind a proxy, e.g. HTTP_X_FORWARDED_FOR.
RATELIMIT_IP_META_KEY = env("RATELIMIT_IP_META_KEY", default=None)

# --- Wagtail ----------------------------------------------------------------
WAGTAIL_SITE_NAME = "Madang"
# A page behind a password asks for it in the site's layout (Wagtail's own form is bare).
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"
WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = "documents_password_required.html"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {
    # CJK-aware (see madang/search/tokenize.py). On PostgreSQL the English
    # configuration stems English words and leaves Hangul, kana and kanji alone.
    "default": {"BACKEND": "madang.search.backend", "SEARCH_CONFIG": "english"},
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Make the renditions the public pages show when an image is saved or a page published
# (madang/core/renditions.py, a task for db_worker), not on a visitor's request.
RENDITIONS_IN_ADVANCE = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# Never-published drafts untouched this long give their slug back (madang/core/drafts.py).
ABANDONED_DRAFT_DAYS = env.int("ABANDONED_DRAFT_DAYS", default=14)

DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# --- Security -------------------------------------------------------------------
# Content-Security-Policy (Django's own, see csp.py): strict on public pages, the
# admin's on /admin/. Images may come from the media bucket when there is one.
MEDIA_ORIGINS = media_origins(STORAGES["default"].get("OPTIONS"))
SECURE_CSP = public_policy(MEDIA_ORIGINS)
ADMIN_CSP = admin_policy(MEDIA_ORIGINS)
# Permissions-Policy (django-permissions-policy): the camera for the admin's
# check-in scanner on the site itself; other powerful features off.
PERMISSIONS_POLICY = {
    "camera": ["self"],
    "microphone": [],
    "geolocation": [],
    "payment": [],
    "usb": [],
    "serial": [],
    "hid": [],
    "midi": [],
    "display-capture": [],
    "accelerometer": [],
    "gyroscope": [],
    "magnetometer": [],
    "browsing-topics": [],
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatar requests to a third party

# The admin signs in through django-allauth with a second factor (TOTP and
# recovery codes); Wagtail's /admin/login/ redirects there (madang/security).
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
    # Per-event roles let their holders into the admin (madang/registrations/roles.py).
    "madang.registrations.roles.EventRoleBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/admin/"
WAGTAILADMIN_LOGIN_URL = "account_login"
# A page only for signed-in people sends visitors to the same sign-in, not Wagtail's own.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
ACCOUNT_ADAPTER = "madang.security.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"username"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_LOGOUT_REDIRECT_URL = "/admin/"
# Failed sign-ins, counted in the shared cache so that every app server counts
# together: 10 per client address in 10 minutes, 5 per account in 15 minutes.
ACCOUNT_RATE_LIMITS = {"login_failed": "10/10m/ip,5/15m/key"}
# Behind N proxies that each append to X-Forwarded-For, the client address is
# the N-th entry from the right; 0 reads the connection's own address.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Madang"
# Organizers' addresses are entered by other organizers, never confirmed by mail.
MFA_ALLOW_UNVERIFIED_EMAIL = True
# A person who may use the admin sets up a second factor before anything else
# (on in production; the development and test settings leave it off).
ADMIN_MFA_REQUIRED = env.bool("ADMIN_MFA_REQUIRED", default=False)
