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

SEQUENCE comes from the page's last publication, shared by all of an event's
sessions (see ``madang.core.calendars``, which holds the helpers events and
study tours share).
"""

import datetime

from django.utils import timezone, translation
from django.utils.translation import gettext

from madang.core.calendars import (
    add_entries,
    add_timezones,
    google_calendar_url,
    host_of,
    new_calendar,
    one_line,
    vevent,
)

from .status import event_zone

PRODID = "-//Madang//Events//%(language)s"


def _language(page):
    return page.locale.language_code


def event_uid(page, *, host, language):
    return f"event-{page.translation_key}-{language}@{host}"


def entry_fields(page, *, language, host):
    """The event in the site's calendar of coming events (``madang.core.calendar_feed``)."""
    zone = event_zone(page)
    return {
        "uid": event_uid(page, host=host, language=language),
        "starts": page.start.astimezone(zone),
        "ends": page.end.astimezone(zone),
        "location": event_location(page),
    }


def session_uid(page, session_id, *, host, language):
    return f"event-{page.translation_key}-session-{session_id}-{language}@{host}"


def event_location(page):
    """Venue, hall, address and city, as one line."""
    return one_line(page.venue, page.venue_hall, page.venue_address, page.city)


def session_location(page, session):
    """Like ``event_location``, with the session's room in place of the hall."""
    return one_line(page.venue, session.room or page.venue_hall, page.venue_address, page.city)


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


def event_calendar(*, page, request):
    """A calendar with one VEVENT for the whole event."""
    language = _language(page)
    with translation.override(language):
        tz = event_zone(page)
        calendar = new_calendar(prodid=PRODID, language=language, name=page.title)
        url = page.get_full_url(request)
        start = page.start.astimezone(tz)
        calendar.add_component(
            vevent(
                uid=event_uid(page, host=host_of(page, request), language=language),
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
        return add_timezones(calendar, [start]).to_ical()


def sessions_calendar(*, page, sessions, request):
    """A calendar with one VEVENT per agenda Session in ``sessions``, in that order."""
    language = _language(page)
    with translation.override(language):
        zone = event_zone(page)
        calendar = new_calendar(prodid=PRODID, language=language, name=page.title)

        def describe(session, host):
            return {
                "uid": session_uid(page, session.id, host=host, language=language),
                "summary": session_summary(page, session),
                "description": session_description(session),
                "location": session_location(page, session),
                "fragment": f"session-{session.id}",
            }

        add_entries(calendar, sessions, page=page, request=request, zone=zone, describe=describe)
        return calendar.to_ical()


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
