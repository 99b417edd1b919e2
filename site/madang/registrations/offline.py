"""The delegate's page as an installable web app that reads offline.

Each self-service page (``registration/<token>/``) gets its own web app
manifest and its own service worker, both served under the page's path, so a
worker's scope is that one person's page: a phone that opens two people's
pages (a head of delegation and a member) has two workers with two caches,
and neither ever answers for the other's address.

The worker (``static/js/delegate-sw.js``) keeps the page, its QR code and the
static files it uses in the Cache API, under a cache named after its scope.
It asks the network first and falls back to its copy, so the page refreshes
whenever the phone is online; the copy says when it was made ("updated at").
A link that stopped working (cancelled secret, erased data) empties the
cache. Every response here is ``Cache-Control: private, no-store``: shared
caches (proxies, CDNs) keep nothing personal.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse, JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from .details import offering_facts
from .onsite import driver_language
from .tokens import ExpiredLink, InvalidLink, registration_from_manage_token

WORKER = "js/delegate-sw.js"
THEME_COLOR = "#1f5f4a"
BACKGROUND_COLOR = "#ffffff"


def _registration_or_404(token):
    try:
        return registration_from_manage_token(token)
    except (InvalidLink, ExpiredLink) as error:
        raise Http404 from error


@never_cache
def manifest(request, token):
    """The web app manifest of one person's page: its start and scope are that page."""
    registration = _registration_or_404(token)
    page_url = reverse("registrations:manage", args=[token])
    _page, facts = offering_facts(registration.registrable, get_language())
    title = facts.title if facts else registration.registrable.title
    data = {
        "id": page_url,
        "name": _("%(title)s – your registration") % {"title": title},
        "short_name": _("My registration"),
        "lang": get_language(),
        "start_url": page_url,
        "scope": page_url,
        "display": "standalone",
        "background_color": BACKGROUND_COLOR,
        "theme_color": THEME_COLOR,
        "icons": [
            {"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {
                "src": static("img/icon-maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
        ],
    }
    return JsonResponse(
        data,
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )


def worker_source():
    """The service worker's script, from the static files (the same in every scope)."""
    path = finders.find(WORKER)
    if path is None:  # collected only (a production build without the source tree)
        path = Path(settings.STATIC_ROOT) / WORKER
    with open(path, encoding="utf-8") as file:
        return file.read()


@never_cache
def service_worker(request, token):
    """The worker, served under the person's page so that its scope is that page only."""
    _registration_or_404(token)
    response = HttpResponse(worker_source(), content_type="text/javascript; charset=utf-8")
    return response


def driver_card(place):
    """What a taxi driver reads: the place in the local script, with a request in the
    local language; None when there is nothing local to show."""
    if place is None or not place.driver_lines:
        return None
    language = driver_language(place.country)
    if language and language == get_language():
        return None  # the reader's own page already shows it so
    request = ""
    if language:
        with override(language):
            request = _("Please take me to this place.")
    return {"language": language, "request": request, "lines": place.driver_lines}
