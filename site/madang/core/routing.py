"""Page routing in two queries instead of one per path segment, and none for a known address.

Wagtail walks the tree from the site's root, one query for each segment of
the path. Every page stores its full ``url_path``, and Wagtail caches each
site's root path per language, so the deepest page whose ``url_path`` is a
prefix of the request path can be found in one query. That page then routes
the rest of the path itself (sub-routes of routable pages, such as news tag
pages and feeds), exactly as Wagtail would; ``serve`` then does what Wagtail's
own page view does (hooks, view restrictions, serving) through public APIs.

What routing found for an address (host, port, language, path) is kept in the
shared cache under the page's token (madang/core/pagecache.py): the page, the
rest of the path, and whether any view restriction applies to the page. The
next request for that address reads no Site, no page and no restriction. It is
valid only while the page's token is: every change that purges the page
retires it (publishing, unpublishing, moving, a slug changed above it, a Site
or Locale saved), and so does adding, changing or removing a view restriction
on the page or above it. A page with a restriction always goes through
Wagtail's own check, which reads the restrictions, groups and session afresh.
"""

import hashlib

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.utils.translation import get_language
from wagtail import hooks, wagtail_hooks
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from .pagecache import TIMEOUT, current_token, mark_cacheable, page_token, unmark_fragments
from .sites import current_site

ROUTE_KEY = "madang:route:{}"


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


def _route_key(request, language, path):
    raw = f"{request.get_host()}|{request.get_port()}|{language}|{path}"
    return ROUTE_KEY.format(hashlib.sha256(raw.encode()).hexdigest())


def route(request, path):
    """``(page, args, kwargs, token, restricted)`` for this request's path, or None.

    ``token`` is the page's token (read before the page was); ``restricted``
    whether a view restriction applies to the page or one of its ancestors.
    """
    language = get_language()
    key = _route_key(request, language, path)
    stored = cache.get(key)
    if stored is not None:
        page_id, token, page, rest, restricted = stored
        if current_token(page_id) == token:
            return _route_below(page, request, rest, token, restricted)
    found = _find(request, language, path)
    if found is None:
        return None
    deepest, rest = found
    # The token first: a change committed after this read purges what is stored below.
    token = page_token(deepest.pk)
    page = _specific(deepest)
    restricted = page.get_view_restrictions().exists()
    result = _route_below(page, request, rest, token, restricted)
    # Stored only for an address that routes, and if the page did not move meanwhile.
    if result is not None and page.url_path == deepest.url_path:
        cache.set(key, (page.pk, token, page, rest, restricted), timeout=TIMEOUT)
    return result


def _find(request, language, path):
    """The deepest page above this path and the rest of the path, from the database."""
    site = current_site(request)
    if site is None:
        return None
    root_path = _root_path(site, language)
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
    return found, components[candidates[found.url_path] :]


def _route_below(page, request, rest, token, restricted):
    try:
        routed_page, args, kwargs = page.route(request, rest)
    except Http404:
        return None
    if routed_page.pk != page.pk:
        # Routed further down (not what routable pages do): its own token, Wagtail's check.
        return routed_page, args, kwargs, None, True
    return routed_page, args, kwargs, token, restricted


def _deepest_page(candidates):
    """The deepest page whose url_path is one of ``candidates``."""
    return (
        Page.objects.filter(url_path__in=candidates)
        .only("pk", "url_path", "content_type_id")
        .order_by("-depth")
        .first()
    )


def _specific(page):
    model = page.specific_class
    if model is None:
        return page.specific
    queryset = model._default_manager.all()
    related = getattr(model, "serve_select_related", ())
    if related:
        queryset = queryset.select_related(*related)
    return queryset.get(pk=page.pk)


def _serve_hooks(restricted):
    """Wagtail's ``on_serve_page`` hooks; its view-restriction check only where a
    restriction applies (for a page without one it only passes the call on)."""
    for fn in hooks.get_hooks("on_serve_page"):
        if fn is wagtail_hooks.check_view_restrictions and not restricted:
            continue
        yield fn


def serve(request, path):
    """Wagtail's page view (``wagtail.views.serve``) with the routing above.

    The same steps through public APIs: the ``on_serve_page`` hooks (view
    restrictions among them) and ``before_serve_page`` hooks, then the page's
    ``serve``. A page that may be stored whole is marked for the page cache.
    """
    found = route(request, path)
    if found is None:
        raise Http404
    page, args, kwargs, token, restricted = found

    chain = wagtail_views.serve_chain
    for fn in reversed(list(_serve_hooks(restricted))):
        chain = fn(chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    mark_cacheable(request, page, token)
    try:
        return chain(page, request, args, kwargs)
    except Http404:
        # A sub-route that finds nothing (an unknown speaker): the error page
        # stores no fragments under the page's token, and the address is not kept.
        unmark_fragments(request)
        cache.delete(_route_key(request, get_language(), path))
        raise
