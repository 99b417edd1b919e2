"""A flat, typed view of an event's agenda for templates, calendars and tests.

The agenda lives in a StreamField (see blocks.py). ``build_agenda(page)``
turns it into days → parts → sessions with timezone-aware start/end times in
the event's time zone, the people of each session, and stable ids, without
any query beyond those that load the StreamField's chosen snippets and
documents in bulk (plus one for the people's organizations).
"""

import datetime
import zoneinfo
from dataclasses import dataclass, field

from django.db.models import prefetch_related_objects

from madang.core.blocks import choice_label

from .blocks import SessionBlock, SessionPersonBlock


@dataclass
class SessionPerson:
    person: object  # people.Person
    role: str
    role_label: str


@dataclass
class Session:
    id: str
    day: "Day"
    part: "Part"
    start: datetime.datetime
    end: datetime.datetime
    kind: str
    kind_label: str
    title: str
    description: str
    languages: list
    interpretation: bool
    interpretation_channels: str
    people: list
    materials: list  # documents, only when published

    @property
    def room(self):
        return self.part.room


@dataclass
class Part:
    id: str
    title: str
    room: str
    sessions: list = field(default_factory=list)


@dataclass
class Day:
    id: str
    date: datetime.date
    title: str
    parts: list = field(default_factory=list)

    @property
    def rooms(self):
        """The rooms (or part titles) used on this day, in order of first use."""
        seen = []
        for part in self.parts:
            name = part.room or part.title
            if name not in seen:
                seen.append(name)
        return seen

    @property
    def sessions(self):
        return sorted(
            (s for part in self.parts for s in part.sessions), key=lambda s: (s.start, s.end)
        )


@dataclass
class Agenda:
    days: list

    @property
    def sessions(self):
        return [s for day in self.days for s in day.sessions]

    def session(self, session_id):
        return next((s for s in self.sessions if s.id == session_id), None)

    @property
    def people(self):
        """Everyone with a role in the agenda, once each, in order of appearance."""
        seen = {}
        for session in self.sessions:
            for entry in session.people:
                seen.setdefault(entry.person.pk, entry.person)
        return list(seen.values())

    def sessions_of(self, person):
        return [s for s in self.sessions if any(p.person.pk == person.pk for p in s.people)]


def build_agenda(page):
    tz = zoneinfo.ZoneInfo(page.time_zone or "UTC")
    session_block = SessionBlock()
    person_block = SessionPersonBlock()
    days = []
    people = []
    for day_child in page.agenda:
        if day_child.block_type != "day":
            continue
        value = day_child.value
        day = Day(id=day_child.id, date=value["date"], title=value["title"] or "")
        for part_child in value["parts"].bound_blocks:
            part_value = part_child.value
            part = Part(id=part_child.id, title=part_value["title"], room=part_value["room"] or "")
            for session_child in part_value["sessions"].bound_blocks:
                s = session_child.value
                start = datetime.datetime.combine(day.date, s["start"], tzinfo=tz)
                end = datetime.datetime.combine(day.date, s["end"], tzinfo=tz)
                entries = [
                    SessionPerson(
                        person=entry["person"],
                        role=entry["role"],
                        role_label=choice_label(person_block, "role", entry["role"]),
                    )
                    for entry in s["people"]
                    if entry["person"] is not None
                ]
                people.extend(e.person for e in entries)
                part.sessions.append(
                    Session(
                        id=session_child.id,
                        day=day,
                        part=part,
                        start=start,
                        end=end,
                        kind=s["kind"],
                        kind_label=choice_label(session_block, "kind", s["kind"]),
                        title=s["title"],
                        description=s["description"],
                        languages=list(s["languages"] or []),
                        interpretation=bool(s["interpretation"]),
                        interpretation_channels=s["interpretation_channels"],
                        people=entries,
                        materials=[d for d in s["materials"] if d is not None]
                        if s["materials_published"]
                        else [],
                    )
                )
            part.sessions.sort(key=lambda x: (x.start, x.end))
            day.parts.append(part)
        days.append(day)
    days.sort(key=lambda d: d.date)
    prefetch_related_objects(people, "organization")  # every organization in one query
    return Agenda(days=days)
