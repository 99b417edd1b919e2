"""Page routing in two queries instead of one per path segment.

Wagtail walks the tree from the site's root, one query for each segment of
the path. Every page stores its full ``url_path``, and Wagtail caches each
site's root path per language, so the deepest page whose ``url_path`` is a
prefix of the request path can be found in one query. That page then routes
the rest of the path itself (sub-routes of routable pages, such as news tag
pages and feeds), exactly as Wagtail would. The result is stored where
Wagtail's own ``serve`` view looks for it, and that view does the rest
(hooks, view restrictions, serving).
"""

import hashlib

from django.core.cache import cache
from django.http import Http404
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from .cache import content_generation


def _root_path(site, language):
    fallback = None
    for root in Site.get_site_root_paths():
        if root.site_id != site.pk:
            continue
        if root.language_code == language:
            return root.root_path
        if fallback is None or root.root_path == site.root_page.url_path:
            fallback = root.root_path
    return fallback


def route(request, path):
    site = Site.find_for_request(request)
    if site is None:
        return None
    root_path = _root_path(site, get_language())
    if root_path is None:
        return None
    components = [c for c in path.split("/") if c]
    candidates = {
        root_path + "".join(f"{c}/" for c in components[:depth]): depth
        for depth in range(len(components) + 1)
    }
    found = _deepest_page(candidates)
    if found is None:
        return None
    page = _specific(found)
    try:
        return page.route(request, components[candidates[found.url_path] :])
    except Http404:
        return None


def _deepest_page(candidates):
    """The deepest page whose url_path is one of ``candidates``.

    Cached under the content generation, which every publish, move or
    deletion bumps, so a cached answer is never stale.
    """
    digest = hashlib.md5("|".join(candidates).encode(), usedforsecurity=False).hexdigest()
    key = f"madang:route:{digest}:{content_generation()}"
    cached = cache.get(key)
    if cached is not None:
        return cached or None
    found = (
        Page.objects.filter(url_path__in=candidates)
        .only("pk", "url_path", "content_type_id")
        .order_by("-depth")
        .first()
    )
    cache.set(key, found or False, timeout=3600)
    return found


def _specific(page):
    model = page.specific_class
    if model is None:
        return page.specific
    queryset = model._default_manager.all()
    related = getattr(model, "serve_select_related", ())
    if related:
        queryset = queryset.select_related(*related)
    # Large fields a page renders from a fragment cache: loaded only when used.
    deferred = getattr(model, "serve_defer", ())
    if deferred:
        queryset = queryset.defer(*deferred)
    return queryset.get(pk=page.pk)


def serve(request, path):
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = route(request, path)
    return wagtail_views.serve(request, path)
