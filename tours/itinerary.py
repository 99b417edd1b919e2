"""A flat, typed view of a tour's itinerary for templates, calendars and the
registration engine.

``build_itinerary(page)`` turns the StreamField (see blocks.py) into days →
stops with timezone-aware start/end times in the tour's time zone, their
places and hosts, and stable ids, without any query beyond those that load the
chosen places and people in bulk (plus one for the people's organizations).

Ids: a day's id is its StreamField block id, a stop's id is its list item's
id (a UUID string). Both are kept across edits and copied into translations,
so a stop has the same id in every language of the tour. Days are numbered
from 1 in date order (``Day.number``), as in the ``days/<n>/calendar/`` URLs.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import prefetch_related_objects

from madang.core.blocks import choice_label

from .blocks import StopBlock


@dataclass
class Stop:
    id: str
    day: "Day"
    start: datetime.datetime
    end: datetime.datetime
    kind: str
    kind_label: str
    title: str
    place: object  # tours.Place or None
    place_detail: str
    description: str
    hosts: list  # people.Person
    interpretation: bool
    optional: bool
    seats: int | None = None


@dataclass
class Day:
    id: str
    number: int
    date: datetime.date
    title: str
    stops: list = field(default_factory=list)


@dataclass
class Itinerary:
    days: list

    @property
    def stops(self):
        return [stop for day in self.days for stop in day.stops]

    @property
    def optional_stops(self):
        """The stops delegates may choose to join, in itinerary order."""
        return [stop for stop in self.stops if stop.optional]

    def stop(self, stop_id):
        return next((s for s in self.stops if s.id == stop_id), None)

    def day(self, number):
        """The day numbered ``number`` (from 1), or None."""
        if 1 <= number <= len(self.days):
            return self.days[number - 1]
        return None

    def stop_ids_for(self, chosen_optional_ids):
        """A delegate's own stops: every stop that is not optional, and the
        optional ones among ``chosen_optional_ids``, in itinerary order."""
        chosen = set(chosen_optional_ids)
        return [s.id for s in self.stops if not s.optional or s.id in chosen]

    @property
    def people(self):
        """Every host of a stop, once each, in order of appearance."""
        seen = {}
        for stop in self.stops:
            for person in stop.hosts:
                seen.setdefault(person.pk, person)
        return list(seen.values())


def build_itinerary(page):
    tz = page.zone
    stop_block = StopBlock()
    days = []
    people = []
    for child in page.itinerary:
        if child.block_type != "day" or child.value["date"] is None:
            continue
        value = child.value
        day = Day(id=child.id, number=0, date=value["date"], title=value["title"] or "")
        for stop_child in value["stops"].bound_blocks:
            s = stop_child.value
            if s["start"] is None or s["end"] is None:
                continue  # incomplete content from elsewhere; the admin requires both
            hosts = [person for person in s["hosts"] if person is not None]
            people.extend(hosts)
            day.stops.append(
                Stop(
                    id=stop_child.id,
                    day=day,
                    start=datetime.datetime.combine(day.date, s["start"], tzinfo=tz),
                    end=datetime.datetime.combine(day.date, s["end"], tzinfo=tz),
                    kind=s["kind"],
                    kind_label=choice_label(stop_block, "kind", s["kind"]),
                    title=s["title"],
                    place=s["place"],
                    place_detail=s["place_detail"] or "",
                    description=s["description"] or "",
                    hosts=hosts,
                    interpretation=bool(s["interpretation"]),
                    optional=bool(s["optional"]),
                    seats=s.get("seats"),
                )
            )
        day.stops.sort(key=lambda stop: (stop.start, stop.end))
        days.append(day)
    days.sort(key=lambda d: d.date)
    for number, day in enumerate(days, start=1):
        day.number = number
    prefetch_related_objects(people, "organization")  # every organization in one query
    return Itinerary(days=days)
