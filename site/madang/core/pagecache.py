"""Whole pages from the shared cache, purged exactly (see docs/architecture.md, "Caching").

One design for every public page:

- An anonymous GET of a live, public Wagtail page is stored whole in the shared
  cache (``CACHES["default"]``: Redis in production, so every app server sees
  it), keyed by host, path and query string (the path carries the language)
  and by whether the client takes gzip. ``PageCacheMiddleware`` answers the
  next such request from it before sessions, authentication or routing run.
- Each stored response names its page and that page's *token*, a random value
  kept in the same cache. It is valid while the token is unchanged. Purging a
  page deletes its token: every stored variant of it (each query string,
  gzip or not) is invalid at once, on every app server, and nothing else is
  touched. The token is read before the page renders, so a render that raced a
  change is stored under the old token and never served.
- The same pages are purged from the front cache (Wagtail's ``frontend_cache``,
  ``FRONT_CACHE_URL``: Varnish, see docs/varnish.vcl), which caches only what
  the app marks ``s-maxage``.
- What to purge is decided here from what changed: a page published,
  unpublished, moved or deleted; an object saved or deleted that pages show
  (Wagtail's reference index knows which pages use a snippet, image or
  document; the listings above them show their cards); and whatever apps
  declare through the ``madang_pages_showing``
  hook (``fn(instance)`` returns the pages, page ids or a page queryset that
  show ``instance``, or None; the core declares view restrictions, which
  routing's cache and the page cache rely on). The engine sends
  ``seats_changed`` when seats are taken or freed. The core never names an
  app's models.

Fragments: the parts of a page's rendering that are the same for everyone
(the chrome: language links, menu, footer; an event's agenda) are stored
under the same token, keyed by page, token, host, path, language and a
fragment name (``fragment`` and the ``page_fragment`` template tag). Every
render of the page through the page view reuses them, personal or not, so a
purge of the page retires them by the same rules and nothing else has to be
declared. A fragment that time alone changes (the coming events of a listing,
a registration deadline) says until when it holds (``Expiring``) and is
computed again from then on. A fragment holds nothing personal: one that
contains a CSRF token or the request's CSP nonce is not stored. Previews are
not served through the page view and never use fragments.

A page's Content-Security-Policy nonce is never replayed: each answer from the
cache gets a fresh nonce in the header and in the body's ``nonce="..."``
attributes (a compressed body that uses its nonce is not stored).

Never stored: requests with a session or messages cookie (editors, people in
the middle of something), anything but GET and HEAD, responses that set a
cookie or vary on it (every page with a form: the CSRF token), responses
marked private or no-cache (self-service pages), previews (they are not
served through the page view), and anything but a 200. Restricted pages are
answered only to visitors with a session.
"""

import gzip
import hashlib
import math
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import QuerySet
from django.db.models.signals import post_save, pre_delete
from django.dispatch import Signal
from django.http import HttpResponse
from django.middleware.csp import get_nonce
from django.utils import timezone
from django.utils.cache import get_max_age, has_vary_header, patch_cache_control
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

# Sent by the registration engine when a registrable's seats are taken or freed.
seats_changed = Signal()  # kwargs: registrable

TOKEN_KEY = "madang:page-token:{}"
ENTRY_KEY = "madang:page:{}"
FRAGMENT_KEY = "madang:fragment:{}"
# How long a stored page lives without a purge (also the front cache's s-maxage).
TIMEOUT = getattr(settings, "PAGE_CACHE_TIMEOUT", 3600)
# Cookies that make a request personal: never answered from or stored in the cache.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
# Per request: (page id, token), set by the page view when the page may be stored.
REQUEST_ATTRIBUTE = "madang_page_cache"
# Per request: (page id, token) of the page the page view renders, personal or not.
FRAGMENT_ATTRIBUTE = "madang_page_fragments"
HIT_HEADER = "X-Madang-Cache"


def _takes_gzip(request):
    return "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")


def entry_key(request):
    raw = f"{request.get_host()}|{int(_takes_gzip(request))}|{request.get_full_path()}"
    return ENTRY_KEY.format(hashlib.sha256(raw.encode()).hexdigest())


def _is_anonymous(request):
    if request.method not in ("GET", "HEAD") or "HTTP_AUTHORIZATION" in request.META:
        return False
    return not any(name in request.COOKIES for name in PERSONAL_COOKIES)


def token_at(key):
    """The random value kept at ``key`` in the shared cache, created if there is none."""
    token = cache.get(key)
    if token is None:
        cache.add(key, uuid.uuid4().hex, timeout=None)
        token = cache.get(key)
    return token


def page_token(page_id):
    """The page's current token, created if the cache has none."""
    return token_at(TOKEN_KEY.format(page_id))


def current_token(page_id):
    """The page's token, or None if it was purged (and not yet used since)."""
    return cache.get(TOKEN_KEY.format(page_id))


def mark_cacheable(request, page, token=None):
    """The page view: this page's fragments may be reused, and the response may
    be stored (if the request is anonymous and the response turns out storable).
    ``token``: the page's token if the caller has just read it.

    No session cookie means an anonymous visitor: ``request.user`` is not read.
    """
    if token is None:
        token = page_token(page.pk)
    setattr(request, FRAGMENT_ATTRIBUTE, (page.pk, token))
    if not _is_anonymous(request):
        return
    if not getattr(page, "cache_whole_page", True):
        return
    # A restricted page reaches here only for a visitor who passed its
    # restriction, which takes a session: never an anonymous request.
    setattr(request, REQUEST_ATTRIBUTE, (page.pk, token))


def unmark_fragments(request):
    """This request's rendering is not the page's (an error page): no fragments."""
    if hasattr(request, FRAGMENT_ATTRIBUTE):
        delattr(request, FRAGMENT_ATTRIBUTE)


@dataclass(frozen=True)
class Expiring:
    """What a fragment's ``compute`` returns when time alone changes it: ``value``
    holds until ``until`` (an aware datetime; None: until a purge)."""

    value: object
    until: datetime | None = None


def fragment(request, name, compute):
    """``compute()`` (a string or any picklable value), stored as the fragment
    ``name`` of the page the page view is rendering, and reused by every render
    of it at this address in this language until the page is purged, or until
    the moment it names if it returns an ``Expiring``.

    Outside the page view (previews, other views) ``compute()`` is called each
    time. A string that carries a CSRF token or the request's CSP nonce is
    personal: returned, never stored.
    """
    return fragment_until(request, name, compute).value


def fragment_until(request, name, compute):
    """``fragment``'s value and until when it holds, as an ``Expiring``."""
    marked = getattr(request, FRAGMENT_ATTRIBUTE, None) if request is not None else None
    if marked is None:
        return _expiring(compute())
    page_id, token = marked
    raw = f"{page_id}|{token}|{request.get_host()}|{request.path}|{get_language()}|{name}"
    key = FRAGMENT_KEY.format(hashlib.sha256(raw.encode()).hexdigest())
    now = timezone.now()
    found = cache.get(key)
    # (Not an Expiring: stored by an earlier version of this module.)
    if isinstance(found, Expiring) and (found.until is None or now < found.until):
        return found
    found = _expiring(compute())
    timeout = TIMEOUT
    if found.until is not None:
        timeout = min(TIMEOUT, math.ceil((found.until - now).total_seconds()))
    if timeout > 0 and not _personal(request, found.value):
        cache.set(key, found, timeout=timeout)
    return found


def _expiring(value):
    return value if isinstance(value, Expiring) else Expiring(value)


def _personal(request, value):
    if not isinstance(value, str):
        return False
    if "csrfmiddlewaretoken" in value:
        return True
    lazy = get_nonce(request)
    return bool(lazy) and str(lazy) in value


def _storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # A form's CSRF token: the response is this visitor's (it also sets the cookie).
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    # "Vary: Cookie" alone is the session being read: for a request without a
    # session cookie, the answer is the same for everyone.
    if has_vary_header(response, "*"):
        return False
    control = response.get("Cache-Control", "").lower()
    return not any(word in control for word in ("private", "no-cache", "no-store"))


class PageCacheMiddleware:
    """Answers anonymous GETs of stored pages; stores what the page view marked.

    Sits near the top of MIDDLEWARE: a hit skips sessions, authentication,
    CSRF, routing and rendering. GZipMiddleware sits below it, so compressed
    and plain bodies are stored apart and never compressed twice.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_anonymous(request):
            return self.get_response(request)
        key = entry_key(request)
        entry = cache.get(key)
        if entry is not None:
            page_id, token, headers, content, nonce = entry
            if current_token(page_id) == token:
                if nonce:
                    headers, content = _renonce(request, headers, content, nonce)
                response = HttpResponse(content, headers=headers)
                response[HIT_HEADER] = "hit"
                return response
        response = self.get_response(request)
        marked = getattr(request, REQUEST_ATTRIBUTE, None)
        if marked is not None and request.method == "GET" and _storable(request, response):
            nonce = _nonce_of(request, response)
            # A nonce inside a compressed body cannot be replaced: not stored.
            if nonce and response.get("Content-Encoding"):
                return response
            if get_max_age(response) is None:
                patch_cache_control(response, public=True, max_age=0, s_maxage=TIMEOUT)
            page_id, token = marked
            headers = dict(response.items())
            entry = (page_id, token, headers, response.content, nonce)
            cache.set(key, entry, timeout=TIMEOUT)
            response[HIT_HEADER] = "miss"
        return response


CSP_HEADERS = ("Content-Security-Policy", "Content-Security-Policy-Report-Only")
NONCE_RE = re.compile(r"'nonce-([A-Za-z0-9+/=_-]+)'")


def _nonce_of(request, response):
    """The CSP nonce the stored page carries (in its header or its body), or None."""
    for name in CSP_HEADERS:
        found = NONCE_RE.search(response.get(name, ""))
        if found:
            return found.group(1)
    # Django's CSP middleware above this one: the request's nonce, if the body uses it.
    lazy = get_nonce(request)
    if not lazy:  # no CSP middleware, or the page used no nonce (never made one up)
        return None
    value = str(lazy)
    content = response.content
    if response.get("Content-Encoding") == "gzip":
        content = gzip.decompress(content)
    return value if f'nonce="{value}"'.encode() in content else None


def _renonce(request, headers, content, nonce):
    """A stored page never replays a CSP nonce: each answer gets the request's own
    (which Django's CSP middleware then puts in the header), or a fresh one."""
    lazy = get_nonce(request)
    fresh = str(lazy) if lazy is not None else secrets.token_urlsafe(16)
    headers = {
        name: value.replace(f"'nonce-{nonce}'", f"'nonce-{fresh}'")
        if name in CSP_HEADERS
        else value
        for name, value in headers.items()
    }
    if "Content-Encoding" not in headers:
        content = content.replace(f'nonce="{nonce}"'.encode(), f'nonce="{fresh}"'.encode())
    return headers, content


# --- Purging --------------------------------------------------------------------


def purge_pages(pages):
    """Purge these pages (Page objects or ids) from both caches.

    The page cache now and again when the change commits: a page rendered in
    between from the old rows is retired by the second purge. The front cache
    when the change commits (its next fetch must see the new rows).
    """
    ids = set()
    for page in pages:
        ids.add(page if isinstance(page, int) else page.pk)
    ids.discard(None)
    if not ids:
        return
    _forget(ids)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _purge_now(ids), robust=True)
    else:
        _purge_now(ids)


def _forget(ids):
    cache.delete_many([TOKEN_KEY.format(pk) for pk in ids])


def _purge_now(ids):
    _forget(ids)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        batch = PurgeBatch()
        batch.add_pages(Page.objects.filter(pk__in=ids).specific(defer=True))
        batch.purge()


def pages_showing(instance):
    """Ids of the pages that show ``instance`` (a page, snippet, image, setting...)."""
    ids = set()
    if isinstance(instance, Page):
        ids |= _pages_showing_page(instance)
    elif _is_referencable(instance):
        ids |= _with_listings(_referencing_pages(instance))
    for fn in hooks.get_hooks("madang_pages_showing"):
        ids |= _ids(fn(instance))
    return ids


def _ids(found):
    if found is None:
        return set()
    if isinstance(found, QuerySet):
        return set(found.values_list("pk", flat=True))
    return {item if isinstance(item, int) else item.pk for item in found}


def _is_referencable(instance):
    return (
        isinstance(instance, (AbstractImage, AbstractDocument, BaseGenericSetting, BaseSiteSetting))
        or type(instance) in get_snippet_models()
    )


def _referencing_pages(instance, depth=3):
    """Pages that use ``instance``, directly or through other objects (a person's organization)."""
    ids = set()
    seen = set()
    current = [instance]
    for _level in range(depth):
        following = []
        for obj in current:
            for source, _refs in ReferenceIndex.get_references_to(obj).group_by_source_object():
                if source is None:
                    continue
                marker = (type(source), source.pk)
                if marker in seen:
                    continue
                seen.add(marker)
                if isinstance(source, Page):
                    ids.add(source.pk)
                else:
                    following.append(source)
        current = following
        if not current:
            break
    return ids


def _with_listings(ids):
    """These pages and the listings above them (their ancestors below the root): a
    card in a listing shows what its page uses (a host's name, a lead image)."""
    if not ids:
        return ids
    step = Page.steplen
    paths = Page.objects.filter(pk__in=ids).values_list("path", flat=True)
    above = {path[:end] for path in paths for end in range(2 * step, len(path), step)}
    return ids | set(Page.objects.filter(path__in=above).values_list("pk", flat=True))


def _pages_showing_page(page):
    """A page shows in itself, its translations and aliases (language links), the listings
    above them (their ancestors), and the pages that link to any of them; a menu item
    shows on every page of its language."""
    versions = list(
        Page.objects.filter(translation_key=page.translation_key).only(
            "pk", "path", "depth", "locale_id", "show_in_menus"
        )
    ) + list(Page.objects.filter(alias_of_id=page.pk).only("pk", "path", "depth", "locale_id"))
    if not any(v.pk == page.pk for v in versions):
        versions.append(page)
    ids = {v.pk for v in versions}
    for version in versions:
        ids |= set(
            Page.objects.ancestor_of(version).filter(depth__gt=1).values_list("pk", flat=True)
        )
        ids |= _referencing_pages(version, depth=1)
    in_menus = [v.locale_id for v in versions if v.show_in_menus and v.depth <= 3]
    if in_menus:
        ids |= set(Page.objects.filter(locale_id__in=in_menus).values_list("pk", flat=True))
    return ids


def purge_showing(instance):
    purge_pages(pages_showing(instance))


# --- Signal receivers --------------------------------------------------------------


def _on_page_change(sender, instance, **kwargs):
    purge_showing(instance)


def _on_page_move(sender, instance, parent_page_before=None, **kwargs):
    ids = pages_showing(instance)
    # Every page below it has a new address; the old listing lists it no more.
    ids |= set(Page.objects.descendant_of(instance).values_list("pk", flat=True))
    if parent_page_before is not None:
        ids |= pages_showing(parent_page_before)
    purge_pages(ids)


def _on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        purge_pages(pages_showing(instance))


def _shown(instance):
    """Cheap test first: only objects pages can show are looked up."""
    if isinstance(instance, Page):
        return False
    return _is_referencable(instance) or bool(hooks.get_hooks("madang_pages_showing"))


def _on_save(sender, instance, raw=False, **kwargs):
    if raw or not _shown(instance):
        return
    purge_pages(pages_showing(instance))


def _before_delete(sender, instance, **kwargs):
    # Before the references to it go with it.
    if _shown(instance):
        purge_pages(pages_showing(instance))


def _on_seats_changed(sender, registrable, **kwargs):
    purge_showing(registrable)


def connect():
    page_published.connect(_on_page_change, dispatch_uid="madang-pagecache-published")
    page_unpublished.connect(_on_page_change, dispatch_uid="madang-pagecache-unpublished")
    post_page_move.connect(_on_page_move, dispatch_uid="madang-pagecache-moved")
    # A new slug: the page and every page below it have a new address, as in a move.
    page_slug_changed.connect(_on_page_move, dispatch_uid="madang-pagecache-slug-changed")
    pre_delete.connect(_on_page_delete, dispatch_uid="madang-pagecache-page-deleted")
    post_save.connect(_on_save, dispatch_uid="madang-pagecache-saved")
    pre_delete.connect(_before_delete, dispatch_uid="madang-pagecache-deleted")
    seats_changed.connect(_on_seats_changed, dispatch_uid="madang-pagecache-seats")
