"""The default Wagtail Site follows ``SITE_URL``.

Wagtail builds every absolute page address (``page.get_full_url()``: feeds,
calendars, QR codes, hreflang, the sitemap) from the Site's hostname and port,
so the default Site is kept at ``SITE_URL``'s: after every ``migrate`` (the
release step), and when the demo or a test creates the site.
"""

from django.conf import settings
from wagtail.models import Site


def sync_default_site(*, root_page=None, using="default"):
    """Give the default Site ``SITE_URL``'s hostname and port (and ``root_page`` if given).

    Creates the default Site when there is none and ``root_page`` is given.
    Returns ``(site, changed)``; ``site`` is None when there is nothing to point at.
    """
    sites = Site.objects.using(using)
    site = sites.filter(is_default_site=True).first() or sites.order_by("pk").first()
    wanted = {"hostname": settings.SITE_HOSTNAME, "port": settings.SITE_PORT}
    if root_page is not None:
        wanted["root_page_id"] = root_page.pk
    if site is None:
        if root_page is None:
            return None, False
        site = Site(site_name=settings.WAGTAIL_SITE_NAME)
    changed = site.pk is None or not site.is_default_site
    for name, value in wanted.items():
        if getattr(site, name) != value:
            setattr(site, name, value)
            changed = True
    if changed:
        site.is_default_site = True
        site.save(using=using)
    return site, changed


def sync_after_migrate(sender, using="default", **kwargs):
    """``post_migrate``: the release step (``migrate``) moves the site to ``SITE_URL``."""
    sync_default_site(using=using)
