"""The calendar of all coming events and tours of one language, to subscribe to.

``/<lang>/feeds/calendar/`` gathers entries from the apps through the Wagtail
hook ``madang_calendar_entries`` (the site never imports events or tours):
each function registered for it is called with ``language``, ``request`` and
``now`` and returns :class:`CalendarEntry` values, one per coming item that
is live in that language. UIDs are the apps' own stable ones (the same as in
their per-page calendar files), so a subscribed calendar updates an entry
instead of adding it again.
"""

import datetime
from dataclasses import dataclass

from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext
from icalendar import Calendar, Event
from wagtail import hooks
from wagtail.models import Locale

from .calendars import host_of, sequence_for

HOOK = "madang_calendar_entries"
MAX_AGE = 900
PRODID = "-//Madang//Coming events//%(language)s"


@dataclass(frozen=True)
class CalendarEntry:
    """One coming event or tour. ``starts``/``ends`` are aware datetimes in their
    own zone, or dates for an all-day entry (``ends`` is the last day)."""

    uid: str
    summary: str
    starts: object
    ends: object
    url: str
    location: str = ""
    description: str = ""
    sequence: int = 0


def page_entries(model, *, language, request, entry_fields):
    """The coming pages of ``model`` in ``language`` as entries (``model.objects`` has
    ``upcoming_in_locale``): title, address, intro and SEQUENCE from the page, and
    ``uid``, ``starts``, ``ends`` and ``location`` from ``entry_fields(page, language=…,
    host=…)``, the app's (``host`` is the one in the page's address, for UIDs)."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return []
    return [
        CalendarEntry(
            summary=page.title,
            url=page.get_full_url(request),
            description=page.intro.strip(),
            sequence=sequence_for(page),
            **entry_fields(page, language=language, host=host_of(page, request)),
        )
        for page in model.objects.upcoming_in_locale(locale.pk).defer_streamfields()
    ]


def coming_entries(*, language, request=None, now=None):
    """Every app's coming entries in ``language``, in order of their start."""
    now = now or timezone.now()
    entries = []
    for provide in hooks.get_hooks(HOOK):
        entries.extend(provide(language=language, request=request, now=now))

    def start_key(entry):
        value = entry.starts
        if not isinstance(value, datetime.datetime):
            value = datetime.datetime.combine(value, datetime.time.min, tzinfo=datetime.UTC)
        return (value, entry.uid)

    return sorted(entries, key=start_key)


def _vevent(entry, stamp):
    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", stamp)
    event.add("sequence", entry.sequence)
    event.add("summary", entry.summary)
    if entry.description:
        event.add("description", entry.description)
    if entry.location:
        event.add("location", entry.location)
    event.add("url", entry.url)
    event.add("dtstart", entry.starts)
    if isinstance(entry.ends, datetime.datetime):
        event.add("dtend", entry.ends)
    else:  # all day: DTEND is the day after the last one (RFC 5545)
        event.add("dtend", entry.ends + datetime.timedelta(days=1))
    return event


def coming_calendar(*, language, request=None, now=None):
    """The iCalendar file (bytes) of every coming entry in ``language``."""
    entries = coming_entries(language=language, request=request, now=now)
    with translation.override(language):
        calendar = Calendar()
        calendar.add("prodid", PRODID % {"language": language.upper()})
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        calendar.calendar_name = gettext("Madang: coming events and study tours")
        stamp = timezone.now().astimezone(datetime.UTC)
        for entry in entries:
            calendar.add_component(_vevent(entry, stamp))
        timed = [e.starts for e in entries if isinstance(e.starts, datetime.datetime)]
        if timed:
            first = min(timed).date().replace(month=1, day=1) - datetime.timedelta(days=366)
            last = max(timed).date().replace(month=12, day=31) + datetime.timedelta(days=366)
            calendar.add_missing_timezones(first_date=first, last_date=last)
        return calendar.to_ical()


def coming_calendar_view(request):
    """``/<lang>/feeds/calendar/``: the coming events and tours in the URL's language."""
    content = coming_calendar(language=translation.get_language(), request=request)
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response
