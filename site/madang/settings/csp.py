"""The Content-Security-Policy of public pages and of the Wagtail admin (Django's built-in CSP).

Imported by the settings, so it uses nothing but the standard library and
Django's CSP constants. ``madang.security.middleware`` picks the admin policy
for ``/admin/``; every other response gets the public one.
"""

from urllib.parse import urlsplit

from django.utils.csp import CSP

# Video sites whose players an "Embedded media" block shows (oEmbed iframes).
# Embeds that need a script of their own (posts of social networks) do not
# run under these policies.
EMBED_FRAME_ORIGINS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]


def origin(url):
    """``scheme://host[:port]`` of ``url``."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def media_origins(options):
    """Where images are served from when media live in object storage (django-storages' options)."""
    if not options:
        return []
    protocol = options.get("url_protocol") or "https:"
    if options.get("custom_domain"):
        return [f"{protocol}//{options['custom_domain']}"]
    if options.get("endpoint_url"):
        return [origin(options["endpoint_url"])]
    bucket, region = options["bucket_name"], options.get("region_name")
    hosts = [f"{bucket}.s3.amazonaws.com"]
    if region:
        hosts.append(f"{bucket}.s3.{region}.amazonaws.com")
    return [f"https://{host}" for host in hosts]


def public_policy(media=()):
    """Strict: scripts and styles from the site only; inline ones need the request's nonce."""
    return {
        "default-src": [CSP.SELF],
        "script-src": [CSP.SELF, CSP.NONCE],
        "style-src": [CSP.SELF, CSP.NONCE],
        "img-src": [CSP.SELF, "data:", *media],
        "media-src": [CSP.SELF, *media],
        "font-src": [CSP.SELF],
        "connect-src": [CSP.SELF],
        "frame-src": EMBED_FRAME_ORIGINS,
        # The delegate's page installs as a web app (a service worker and a manifest).
        "worker-src": [CSP.SELF],
        "manifest-src": [CSP.SELF],
        "object-src": [CSP.NONE],
        "base-uri": [CSP.NONE],
        "form-action": [CSP.SELF],
        "frame-ancestors": [CSP.SELF],
    }


def admin_policy(media=()):
    """What the Wagtail admin and wagtail-localize's editor work under.

    Scripts come from the site only; the page editor's widgets and StreamField
    blocks run inline scripts, so inline scripts may run here (never on public
    pages). WebAssembly is allowed: the camera check-in page decodes QR codes
    with it. The admin's templates set inline styles, so styles may be inline;
    images may be previews (``blob:``) of files being uploaded.
    """
    return {
        "default-src": [CSP.SELF],
        "script-src": [CSP.SELF, CSP.UNSAFE_INLINE, CSP.WASM_UNSAFE_EVAL],
        "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
        "img-src": [CSP.SELF, "data:", "blob:", *media],
        "media-src": [CSP.SELF, "blob:", *media],
        "font-src": [CSP.SELF, "data:"],
        "connect-src": [CSP.SELF],
        "frame-src": [CSP.SELF, *EMBED_FRAME_ORIGINS],
        "worker-src": [CSP.SELF, "blob:"],
        "manifest-src": [CSP.SELF],
        "object-src": [CSP.NONE],
        "base-uri": [CSP.SELF],
        "form-action": [CSP.SELF],
        "frame-ancestors": [CSP.SELF],
    }
