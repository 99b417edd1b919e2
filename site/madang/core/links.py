"""Absolute addresses at the site's one public address, ``SITE_URL``."""

from urllib.parse import urljoin

from django.conf import settings


def absolute_url(path):
    """``path`` (``/ko/…``, or already absolute) at ``SITE_URL``: for mails, feeds and hreflang.

    Never the address a request came in on: behind a proxy or on a second app
    server, that is not the address delegates and readers use.
    """
    return urljoin(settings.SITE_URL + "/", path)
