"""The site's one public address, ``SITE_URL``, and what follows from it.

Every absolute link (mails, QR codes, calendar files, feeds, hreflang, the
sitemap, the admin's own links) is built from it: Django reads it as
``WAGTAILADMIN_BASE_URL`` and the default Wagtail ``Site`` row is kept at its
hostname and port (``madang.core.sites``). Imported by the settings, so it uses
nothing but the standard library and Django's exception.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

EXAMPLE = "https://madang.example"
DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_site_url(value):
    """``(url, hostname, port)`` of ``value``, or ImproperlyConfigured saying what is wrong.

    ``url`` is normalised to ``scheme://host[:port]`` without a trailing slash.
    Wagtail's ``Site`` turns port 443 into ``https://`` and every other port into
    ``http://``, so HTTPS is only possible on port 443.
    """
    value = (value or "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"SITE_URL is not set. Set it to the site's public address, e.g. SITE_URL={EXAMPLE}: "
            "every link in mails, QR codes, calendars and feeds is built from it."
        )
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError as error:
        raise ImproperlyConfigured(f"SITE_URL={value!r} is not a valid address: {error}.") from None
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(
            f"SITE_URL={value!r} must start with https:// or http:// and name a host, "
            f"e.g. {EXAMPLE}."
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise ImproperlyConfigured(
            f"SITE_URL={value!r} must be the bare address of the site, e.g. {EXAMPLE}, "
            "without a path, query or user name: the site is served from the root of its host."
        )
    if port is None:
        port = DEFAULT_PORTS[parts.scheme]
    if parts.scheme == "https" and port != 443:
        raise ImproperlyConfigured(
            f"SITE_URL={value!r}: HTTPS is supported on port 443 only (Wagtail's Site builds "
            "https:// addresses for port 443 and http:// for every other port)."
        )
    hostname = parts.hostname
    host = f"[{hostname}]" if ":" in hostname else hostname
    url = f"{parts.scheme}://{host}"
    if port != DEFAULT_PORTS[parts.scheme]:
        url += f":{port}"
    return url, hostname, port
