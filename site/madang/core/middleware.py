from django.core.cache import cache
from django.http.request import split_domain_port
from wagtail.models import Site

from .cache import content_generation


class CachedSiteMiddleware:
    """Find the Wagtail site for a host once per content generation, not per request.

    Wagtail looks the site up with a query on every request and keeps it on
    ``request._wagtail_site``; this fills that attribute from the cache. Saving
    a site bumps the content generation, so a changed site is seen at once.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname = split_domain_port(request._get_raw_host())[0]
        key = f"madang:site:{hostname}:{request.get_port()}:{content_generation()}"
        site = cache.get(key)
        if site is None:
            site = Site.find_for_request(request)
            if site is not None:
                cache.set(key, site, timeout=3600)
        request._wagtail_site = site
        return self.get_response(request)
