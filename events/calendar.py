"""iCalendar (RFC 5545) files and "add to Google Calendar" links for events.

Times are written in the event's own time zone (``DTSTART;TZID=Asia/Seoul``)
with a VTIMEZONE component for that zone, so calendar programs show the right
local time wherever the visitor is.

UID: stable across edits, different for each language's version of the same
content, and never reused by another event:
``event-<translation_key>-<language>@<host>`` for an event and
``event-<translation_key>-session-<session id>-<language>@<host>`` for a
session (session ids are the agenda's list-item ids, kept across edits and
copied into translations).

SEQUENCE: the number of whole seconds from 2020-01-01T00:00Z to the page's
last publication (``last_published_at``). It grows with every publish (every
change visitors can see), needs no query, and fits the 32-bit INTEGER of
RFC 5545 until 2088. Two publishes within the same second share a value. All
of an event's sessions share the event's SEQUENCE: a change anywhere in the
page bumps them all, which calendar programs treat as a (harmless) update.
"""

import datetime
from urllib.parse import quote, urlencode, urlsplit

from django.utils import timezone, translation
from django.utils.translation import gettext
from icalendar import Calendar, Event

from .status import event_zone

PRODID = "-//Madang//Events//%(language)s"
SEQUENCE_EPOCH = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
GOOGLE_CALENDAR_URL = "https://calendar.google.com/calendar/render"


def sequence_for(page):
    """SEQUENCE for the page's events (see the module's docstring)."""
    published = page.last_published_at
    if published is None:
        return 0
    return max(0, int((published - SEQUENCE_EPOCH).total_seconds()))


def _language(page):
    return page.locale.language_code


def _host(page, request):
    return urlsplit(page.get_full_url(request)).hostname or "localhost"


def event_uid(page, *, host, language):
    return f"event-{page.translation_key}-{language}@{host}"


def session_uid(page, session_id, *, host, language):
    return f"event-{page.translation_key}-session-{session_id}-{language}@{host}"


def _join(*parts):
    return ", ".join(p.strip() for p in parts if p and p.strip())


def event_location(page):
    """Venue, hall, address and city, as one line."""
    return _join(page.venue, page.venue_hall, page.venue_address, page.city)


def session_location(page, session):
    """Like ``event_location``, with the session's room in place of the hall."""
    return _join(page.venue, session.room or page.venue_hall, page.venue_address, page.city)


def person_line(entry):
    """ "Role: Name (Affiliation)" for one person of a session."""
    person = entry.person
    organization = getattr(person, "organization", None)
    name = str(person)
    if organization is not None:
        name = gettext("%(name)s, %(organization)s") % {
            "name": name,
            "organization": organization.name,
        }
    return gettext("%(role)s: %(name)s") % {"role": entry.role_label, "name": name}


def session_description(session):
    """Description, people with their roles, room and interpretation, as plain text."""
    paragraphs = []
    if session.description:
        paragraphs.append(session.description.strip())
    lines = [person_line(entry) for entry in session.people]
    if session.room:
        lines.append(gettext("Room: %(room)s") % {"room": session.room})
    if session.interpretation:
        if session.interpretation_channels:
            lines.append(
                gettext("Interpretation: %(channels)s")
                % {"channels": session.interpretation_channels}
            )
        else:
            lines.append(gettext("Interpretation offered"))
    if lines:
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def session_summary(page, session):
    return gettext("%(session)s – %(event)s") % {"session": session.title, "event": page.title}


def _new_calendar(page, *, language, name):
    calendar = Calendar()
    calendar.add("prodid", PRODID % {"language": language.upper()})
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.calendar_name = name
    return calendar


def _to_bytes(calendar, starts):
    """Add the VTIMEZONEs the events use, covering the years around ``starts``."""
    if starts:
        first = min(starts).date().replace(month=1, day=1) - datetime.timedelta(days=366)
        last = max(starts).date().replace(month=12, day=31) + datetime.timedelta(days=366)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar.to_ical()


def _vevent(*, uid, page, summary, description, location, url, start, end, stamp):
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


def event_calendar(*, page, request):
    """A calendar with one VEVENT for the whole event."""
    language = _language(page)
    with translation.override(language):
        tz = event_zone(page)
        calendar = _new_calendar(page, language=language, name=page.title)
        url = page.get_full_url(request)
        start = page.start.astimezone(tz)
        calendar.add_component(
            _vevent(
                uid=event_uid(page, host=_host(page, request), language=language),
                page=page,
                summary=page.title,
                description=page.intro.strip(),
                location=event_location(page),
                url=url,
                start=start,
                end=page.end.astimezone(tz),
                stamp=timezone.now().astimezone(datetime.UTC),
            )
        )
        return _to_bytes(calendar, [start])


def sessions_calendar(*, page, sessions, request):
    """A calendar with one VEVENT per agenda Session in ``sessions``, in that order."""
    language = _language(page)
    with translation.override(language):
        tz = event_zone(page)
        calendar = _new_calendar(page, language=language, name=page.title)
        url = page.get_full_url(request)
        host = _host(page, request)
        stamp = timezone.now().astimezone(datetime.UTC)
        for session in sessions:
            calendar.add_component(
                _vevent(
                    uid=session_uid(page, session.id, host=host, language=language),
                    page=page,
                    summary=session_summary(page, session),
                    description=session_description(session),
                    location=session_location(page, session),
                    url=f"{url}#session-{session.id}",
                    start=session.start.astimezone(tz),
                    end=session.end.astimezone(tz),
                    stamp=stamp,
                )
            )
        return _to_bytes(calendar, [s.start for s in sessions])


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


def event_google_calendar_url(*, page, request):
    """The Google Calendar link for the whole event: summary and page address as details."""
    url = page.get_full_url(request)
    details = "\n\n".join(p for p in (page.intro.strip(), url) if p)
    return google_calendar_url(
        title=page.title,
        start=page.start,
        end=page.end,
        details=details,
        location=event_location(page),
    )


def session_google_calendar_url(*, page, session, request):
    """The Google Calendar link for one session."""
    url = f"{page.get_full_url(request)}#session-{session.id}"
    details = "\n\n".join(p for p in (session_description(session), url) if p)
    return google_calendar_url(
        title=session_summary(page, session),
        start=session.start,
        end=session.end,
        details=details,
        location=session_location(page, session),
    )
