"""iCalendar (RFC 5545) files, "add to Google Calendar" links and .ics responses.

Shared by every page type that offers calendars (events, study tours). Times
are written in the page's own time zone (``DTSTART;TZID=Asia/Seoul``) with a
VTIMEZONE component for that zone, so calendar programs show the right local
time wherever the reader is.

SEQUENCE: the number of whole seconds from 2020-01-01T00:00Z to the page's
last publication (``last_published_at``). It grows with every publish (every
change visitors can see), needs no query, and fits the 32-bit INTEGER of
RFC 5545 until 2088. Two publishes within the same second share a value. All
of a page's entries share the page's SEQUENCE: a change anywhere in the page
bumps them all, which calendar programs treat as a (harmless) update.

File names: URLs end in a slash (Wagtail's page URL pattern allows no dot in
a path segment, hence ``calendar/`` rather than ``calendar.ics``); the file
name comes from Content-Disposition, in ASCII and in UTF-8 (RFC 6266).
"""

import datetime
from urllib.parse import quote, urlencode, urlsplit

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from icalendar import Calendar, Event

SEQUENCE_EPOCH = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
GOOGLE_CALENDAR_URL = "https://calendar.google.com/calendar/render"


def sequence_for(page):
    """SEQUENCE for the page's entries (see the module's docstring)."""
    published = page.last_published_at
    if published is None:
        return 0
    return max(0, int((published - SEQUENCE_EPOCH).total_seconds()))


def host_of(page, request):
    """The host name in the page's full URL, for UIDs ("localhost" without one)."""
    return urlsplit(page.get_full_url(request)).hostname or "localhost"


def one_line(*parts):
    """The non-empty parts, stripped, joined with commas (a LOCATION)."""
    return ", ".join(p.strip() for p in parts if p and p.strip())


def new_calendar(*, prodid, language, name):
    """An empty published calendar; ``prodid`` has a ``%(language)s`` placeholder."""
    calendar = Calendar()
    calendar.add("prodid", prodid % {"language": language.upper()})
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.calendar_name = name
    return calendar


def add_timezones(calendar, starts):
    """Add the VTIMEZONEs the entries use, covering the years around ``starts``."""
    if starts:
        first = min(starts).date().replace(month=1, day=1) - datetime.timedelta(days=366)
        last = max(starts).date().replace(month=12, day=31) + datetime.timedelta(days=366)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar


def vevent(*, uid, page, summary, description, location, url, start, end, stamp):
    """One VEVENT of ``page`` (its SEQUENCE and LAST-MODIFIED come from the page)."""
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("sequence", sequence_for(page))
    event.add("summary", summary)
    if description:
        event.add("description", description)
    if location:
        event.add("location", location)
    event.add("url", url)
    event.add("dtstart", start)
    event.add("dtend", end)
    if page.last_published_at is not None:
        event.add("last-modified", page.last_published_at.astimezone(datetime.UTC))
    return event


def add_entries(calendar, entries, *, page, request, zone, describe):
    """Add one VEVENT per entry of ``page`` (in order, at its times in ``zone``) and
    the VTIMEZONEs they use to ``calendar``; return it.

    ``describe(entry, host)`` gives the VEVENT's ``uid``, ``summary``,
    ``description`` and ``location``, and the ``fragment`` of the entry on the page.
    """
    url = page.get_full_url(request)
    host = host_of(page, request)
    stamp = timezone.now().astimezone(datetime.UTC)
    for entry in entries:
        fields = describe(entry, host)
        fragment = fields.pop("fragment")
        calendar.add_component(
            vevent(
                page=page,
                url=f"{url}#{fragment}",
                start=entry.start.astimezone(zone),
                end=entry.end.astimezone(zone),
                stamp=stamp,
                **fields,
            )
        )
    return add_timezones(calendar, [entry.start for entry in entries])


def _utc_stamp(value):
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def google_calendar_url(*, title, start, end, details, location):
    """An "add to Google Calendar" link (times in UTC)."""
    query = urlencode(
        {
            "action": "TEMPLATE",
            "text": title,
            "dates": f"{_utc_stamp(start)}/{_utc_stamp(end)}",
            "details": details,
            "location": location,
        },
        quote_via=quote,
        safe="/",
    )
    return f"{GOOGLE_CALENDAR_URL}?{query}"


def content_disposition(*, ascii_name, utf8_name):
    """``attachment`` with an ASCII file name and its UTF-8 form (RFC 6266)."""
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(utf8_name, safe='')}"


def file_names(value, fallback):
    """(ASCII name, Unicode name) for a file, from a title or slug (Korean, Japanese…)."""
    ascii_name = slugify(value)[:80].strip("-") or fallback
    utf8_name = slugify(value, allow_unicode=True)[:80].strip("-") or ascii_name
    return ascii_name, utf8_name


def calendar_response(content, *, ascii_name, utf8_name):
    """An .ics download of ``content`` (bytes) under the given names."""
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition(
        ascii_name=f"{ascii_name}.ics", utf8_name=f"{utf8_name}.ics"
    )
    return response
