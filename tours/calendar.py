"""iCalendar (RFC 5545) files of a tour's itinerary: one VEVENT per stop.

Built on the site's calendar helpers (madang.core.calendars): times in the
tour's own time zone (``DTSTART;TZID=Asia/Tokyo``) with its VTIMEZONE,
SEQUENCE from the last publication, and UIDs that are stable across edits and
different for each language's version of the tour:
``tour-<translation_key>-stop-<stop id>-<language>@<host>``.

``tour_itinerary_calendar(page, stop_ids=…)`` gives the calendar of the whole
itinerary, of one day, or of any set of stops, such as a delegate's own
itinerary with the optional stops they chose (see
``itinerary.Itinerary.stop_ids_for``).
"""

from django.utils import translation
from django.utils.translation import gettext

from madang.core.calendars import add_entries, new_calendar, one_line

PRODID = "-//Madang//Study tours//%(language)s"


def entry_fields(page, *, language, host):
    """The tour in the site's calendar of coming events (``madang.core.calendar_feed``):
    all day, from the first to the last day."""
    return {
        "uid": f"tour-{page.translation_key}-{language}@{host}",
        "starts": page.start_date,
        "ends": page.end_date,
        "location": page.city,
    }


def stop_uid(page, stop_id, *, host, language):
    return f"tour-{page.translation_key}-stop-{stop_id}-{language}@{host}"


def stop_location(stop):
    """The place's name, the room or spot, and the address, as one line."""
    place = stop.place
    return one_line(place.name if place else "", stop.place_detail, place.address if place else "")


def host_line(person):
    organization = getattr(person, "organization", None)
    if organization is None:
        return str(person)
    return gettext("%(name)s, %(organization)s") % {
        "name": str(person),
        "organization": organization.name,
    }


def stop_description(stop):
    """What happens, the hosts, interpretation and the map link, as plain text."""
    paragraphs = []
    if stop.description:
        paragraphs.append(stop.description.strip())
    lines = [gettext("Kind: %(kind)s") % {"kind": stop.kind_label}]
    if stop.hosts:
        lines.append(
            gettext("Hosts: %(hosts)s") % {"hosts": "; ".join(host_line(p) for p in stop.hosts)}
        )
    if stop.interpretation:
        lines.append(gettext("Interpretation arranged"))
    if stop.optional:
        lines.append(gettext("Optional: delegates choose whether to join."))
    if stop.place and stop.place.map_url:
        lines.append(gettext("Map: %(url)s") % {"url": stop.place.map_url})
    paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def stop_summary(page, stop):
    if stop.optional:
        return gettext("%(stop)s (optional) – %(tour)s") % {"stop": stop.title, "tour": page.title}
    return gettext("%(stop)s – %(tour)s") % {"stop": stop.title, "tour": page.title}


def tour_itinerary_calendar(page, *, request=None, stop_ids=None, day_number=None, name=None):
    """An ``icalendar.Calendar`` with one VEVENT per stop of ``page``'s itinerary.

    ``stop_ids``: only these stops (any iterable of stop ids; unknown ids are
    ignored); ``day_number``: only that day's stops (from 1). The stops stay
    in itinerary order. The calendar carries the VTIMEZONE of the tour's time
    zone; ``calendar.to_ical()`` gives the file's bytes.
    """
    itinerary = page.tour_itinerary()
    stops = itinerary.stops
    if day_number is not None:
        day = itinerary.day(day_number)
        stops = day.stops if day else []
    if stop_ids is not None:
        wanted = set(stop_ids)
        stops = [s for s in stops if s.id in wanted]
    language = page.locale.language_code
    with translation.override(language):
        calendar = new_calendar(prodid=PRODID, language=language, name=name or page.title)

        def describe(stop, host):
            return {
                "uid": stop_uid(page, stop.id, host=host, language=language),
                "summary": stop_summary(page, stop),
                "description": stop_description(stop),
                "location": stop_location(stop),
                "fragment": f"stop-{stop.id}",
            }

        add_entries(calendar, stops, page=page, request=request, zone=page.zone, describe=describe)
    return calendar
