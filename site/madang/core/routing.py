"""Page routing in two queries instead of one per path segment.

Wagtail walks the tree from the site's root, one query for each segment of
the path. Every page stores its full ``url_path``, and Wagtail caches each
site's root path per language, so the deepest page whose ``url_path`` is a
prefix of the request path can be found in one query. That page then routes
the rest of the path itself (sub-routes of routable pages, such as news tag
pages and feeds), exactly as Wagtail would; ``serve`` then does what Wagtail's
own page view does (hooks, view restrictions, serving) through public APIs.
"""

from django.http import Http404, HttpResponse
from django.utils.translation import get_language
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from .pagecache import mark_cacheable, unmark_fragments


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


def serve(request, path):
    """Wagtail's page view (``wagtail.views.serve``) with the one-query routing above.

    The same steps through public APIs: the ``on_serve_page`` and
    ``before_serve_page`` hooks (view restrictions among them), then the page's
    ``serve``. A page that may be stored whole is marked for the page cache.
    """
    found = route(request, path)
    if found is None:
        raise Http404
    page, args, kwargs = found

    chain = wagtail_views.serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        chain = fn(chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    mark_cacheable(request, page)
    try:
        return chain(page, request, args, kwargs)
    except Http404:
        # A sub-route that finds nothing (an unknown speaker): the error page
        # stores no fragments under the page's token.
        unmark_fragments(request)
        raise
