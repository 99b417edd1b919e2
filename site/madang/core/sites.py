"""The default Wagtail Site follows ``SITE_URL``; the request's Site from the shared cache.

Wagtail builds every absolute page address (``page.get_full_url()``: feeds,
calendars, QR codes, hreflang, the sitemap) from the Site's hostname and port,
so the default Site is kept at ``SITE_URL``'s: after every ``migrate`` (the
release step), and when the demo or a test creates the site.

``current_site(request)`` is ``Site.find_for_request(request)`` without its
query once an app server has answered that host and port: the Site's own
fields are kept in the shared cache under a sites token, which saving or
deleting any Site deletes (at once and again when the change commits).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from wagtail.models import Site

from .pagecache import token_at

SITES_TOKEN_KEY = "madang:sites-token"
SITE_KEY = "madang:site:{}"
SITE_FIELDS = ("id", "hostname", "port", "site_name", "root_page_id", "is_default_site")
# Per request: (site,), once looked up.
SITE_ATTRIBUTE = "madang_site"


def current_site(request):
    """The Site that answers ``request`` (as ``Site.find_for_request``), or None.

    Its root page is loaded on first use, not kept in the cache.
    """
    if request is None:
        return None
    known = getattr(request, SITE_ATTRIBUTE, None)
    if known is not None:
        return known[0]
    # The token first: a Site saved after this read retires what is stored below.
    token = token_at(SITES_TOKEN_KEY)
    raw = f"{token}|{split_domain_port(request.get_host())[0]}|{request.get_port()}"
    key = SITE_KEY.format(hashlib.sha256(raw.encode()).hexdigest())
    stored = cache.get(key)
    if stored is None:
        site = Site.find_for_request(request)
        values = None if site is None else tuple(getattr(site, name) for name in SITE_FIELDS)
        cache.set(key, (values,), timeout=None)
    else:
        values = stored[0]
        site = None if values is None else Site.from_db("default", SITE_FIELDS, values)
    setattr(request, SITE_ATTRIBUTE, (site,))
    return site


def page_address(page, request):
    """The page's address as seen from the request's site, ending in "/"
    (what a routable page's sub-routes are appended to)."""
    base = page.relative_url(current_site(request), request) or ""
    return base if base.endswith("/") else base + "/"


def _forget_sites():
    cache.delete(SITES_TOKEN_KEY)


def _on_site_change(sender, **kwargs):
    _forget_sites()
    transaction.on_commit(_forget_sites, robust=True)


def connect():
    post_save.connect(_on_site_change, sender=Site, dispatch_uid="madang-sites-saved")
    post_delete.connect(_on_site_change, sender=Site, dispatch_uid="madang-sites-deleted")


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
