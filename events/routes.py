"""Calendar and QR code routes of an event page.

URLs end in a slash, like every page route of the site (Wagtail's page URL
pattern allows no dot in a path segment, hence ``calendar/`` rather than
``calendar.ics``); the file name comes from Content-Disposition.

- ``calendar/`` (``calendar``): the whole event as .ics
- ``programme/calendar/`` (``programme_calendar``): every session of the
  programme, a calendar to subscribe to (``webcal://``), shown inline
- ``sessions/<id>/calendar/`` (``session_calendar``): one session as .ics
- ``my-agenda/?sessions=id1,id2`` (``personal_calendar``): a visitor's starred
  sessions as .ics
- ``qr/`` (``qr``): the QR code of the registration link (or the page) as SVG
"""

import re
from urllib.parse import urljoin

from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.utils.cache import patch_cache_control
from django.utils.text import slugify
from django.utils.translation import gettext, override
from wagtail.contrib.routable_page.models import path

from madang.core.calendars import calendar_response, file_names

from .agenda import build_agenda
from .calendar import (
    event_calendar,
    event_google_calendar_url,
    session_google_calendar_url,
    sessions_calendar,
)
from .qr import qr_svg

MAX_PERSONAL_SESSIONS = 200
SESSION_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
# 200 ids of at most 64 characters and their commas.
MAX_SESSIONS_PARAMETER = MAX_PERSONAL_SESSIONS * 65
QR_MAX_AGE = 3600
PROGRAMME_MAX_AGE = 900


def parse_session_ids(raw):
    """The ids in ``raw`` ("id1,id2,…"), without duplicates, in order.

    None when the parameter is over-long, names too many sessions or holds
    something that cannot be a session id.
    """
    if len(raw) > MAX_SESSIONS_PARAMETER:
        return None
    ids = []
    for item in raw.split(","):
        item = item.strip()
        if not item:
            continue
        if not SESSION_ID.fullmatch(item):
            return None
        if item not in ids:
            ids.append(item)
    if len(ids) > MAX_PERSONAL_SESSIONS:
        return None
    return ids


class EventCalendarRoutesMixin:
    """Routes of EventPage for calendars and the QR code (see the module docstring)."""

    def _file_names(self):
        """(ASCII, Unicode) file names from the slug, which may be Korean or Japanese."""
        return file_names(self.slug, slugify(self.title) or "event")

    @path("calendar/", name="calendar")
    def calendar_route(self, request):
        ascii_name, utf8_name = self._file_names()
        return calendar_response(
            event_calendar(page=self, request=request), ascii_name=ascii_name, utf8_name=utf8_name
        )

    @path("programme/calendar/", name="programme_calendar")
    def programme_calendar_route(self, request):
        """Every session, one VEVENT each with a stable UID: a calendar to subscribe to.

        Served inline (no attachment), so calendar programs can subscribe to
        the address and fetch it again; the whole event stands in for an
        agenda that has no sessions yet.
        """
        sessions = build_agenda(self).sessions
        if sessions:
            content = sessions_calendar(page=self, sessions=sessions, request=request)
        else:
            content = event_calendar(page=self, request=request)
        response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
        patch_cache_control(response, public=True, max_age=PROGRAMME_MAX_AGE)
        return response

    def programme_subscribe_url(self, request=None):
        """The ``webcal://`` address of the programme calendar (calendar programs subscribe)."""
        url = self.get_full_url(request) + self.reverse_subpage("programme_calendar")
        return "webcal://" + url.split("://", 1)[-1]

    @path("sessions/<str:session_id>/calendar/", name="session_calendar")
    def session_calendar_route(self, request, session_id):
        session = build_agenda(self).session(session_id)
        if session is None:
            raise Http404
        event_ascii, event_utf8 = self._file_names()
        session_ascii, session_utf8 = file_names(session.title, "session")
        return calendar_response(
            sessions_calendar(page=self, sessions=[session], request=request),
            ascii_name=f"{event_ascii}-{session_ascii}",
            utf8_name=f"{event_utf8}-{session_utf8}",
        )

    @path("my-agenda/", name="personal_calendar")
    def personal_calendar_route(self, request):
        with override(self.locale.language_code):
            ids = parse_session_ids(request.GET.get("sessions", ""))
            if ids is None:
                return HttpResponseBadRequest(
                    gettext(
                        "The list of sessions is not valid: give at most %(count)s session ids, "
                        "separated by commas."
                    )
                    % {"count": MAX_PERSONAL_SESSIONS},
                    content_type="text/plain; charset=utf-8",
                )
            chosen = set(ids)
            sessions = [s for s in build_agenda(self).sessions if s.id in chosen]
            event_ascii, event_utf8 = self._file_names()
            mine = slugify(gettext("my agenda"), allow_unicode=True) or "my-agenda"
            return calendar_response(
                sessions_calendar(page=self, sessions=sessions, request=request),
                ascii_name=f"{event_ascii}-my-agenda",
                utf8_name=f"{event_utf8}-{mine}",
            )

    def google_calendar_link(self, request=None):
        """The "add to Google Calendar" address of the whole event."""
        return event_google_calendar_url(page=self, request=request)

    def session_google_calendar_link(self, session, request=None):
        """The "add to Google Calendar" address of one agenda Session."""
        return session_google_calendar_url(page=self, session=session, request=request)

    def qr_target(self, request=None):
        """The address the QR code leads to: the registration link, or this page."""
        link = self.registration_link
        page_url = self.get_full_url(request)
        return urljoin(page_url, link) if link else page_url

    @path("qr/", name="qr")
    def qr_route(self, request):
        with override(self.locale.language_code):
            if self.registration_link:
                title = gettext("QR code for registering for %(event)s") % {"event": self.title}
            else:
                title = gettext("QR code of the page of %(event)s") % {"event": self.title}
            svg = qr_svg(url=self.qr_target(request), title=title)
        response = HttpResponse(svg, content_type="image/svg+xml")
        patch_cache_control(response, public=True, max_age=QR_MAX_AGE)
        return response
