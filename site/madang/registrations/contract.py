"""The engine's contract: what it needs from something people register for.

An *offering* is anything people register for: an event page, a tour page,
or one optional activity of either (a site visit, a dinner, an optional stop
of a tour). Event and tour pages get most of the contract from
:class:`~.pages.RegistrablePageMixin`; activities implement it themselves.
The engine calls only the methods of :class:`Offering`, never ``hasattr`` or
``getattr`` on a page, and it never imports ``events`` or ``tours``.

What an offering tells, as plain values the engine (mails, the thanks page,
the self-service page, calendars, PDFs) can show in the reader's language:

- ``registration_title()``: its title in its own language;
- ``registration_when()``: a :class:`When` (start and end, aware, with the
  IANA time zone they are shown in);
- ``registration_place()``: a :class:`Place` (name, address, details, map);
- ``registration_page_url()``: the public page, as a path in its language;
- ``registration_contact()``: the organizers' :class:`Contact`;
- ``registration_calendar(registration=…)``: an iCalendar file (bytes) or None;
- ``registration_itinerary(registration=…)``: the person's own programme,
  a list of :class:`ItineraryDay` (empty when there is none);
- ``registration_programme()``: the whole programme (an event's agenda, a
  tour's itinerary) in the offering's language, a list of
  :class:`ProgrammeDay` whose days and items keep one id in every translation;
- ``registration_status(now=…)``: a :class:`RegistrationStatus`, the one
  status API of events, tours and activities (open, closing, full…);
- ``registration_help()``: a :class:`Help` for on-the-spot help (the
  country's emergency numbers, the organizers' and hosts' phones);
- ``registration_capacity()`` and ``registration_optional_activities()``: its seats
  and its optional activities (themselves offerings).

What a *registration* may do next (confirm, change, cancel…) is not here:
see ``transitions.py``.
"""

import datetime
import uuid
from dataclasses import dataclass, field
from typing import Protocol

from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext, pgettext_lazy

from madang.core.languages import list_separator

from .onsite import emergency_numbers
from .timefmt import format_date, format_when, zone_name, zone_of

#: "Registration closing soon" this long before the deadline.
CLOSING_SOON = datetime.timedelta(days=7)


@dataclass(frozen=True)
class When:
    """When an offering takes place, in its own time zone.

    ``all_day`` is for dates without times that matter (a tour without a
    meeting time): only the dates are shown. ``end_time`` False says the end
    is a day, not a time (a tour that ends on its last day).
    """

    starts: datetime.datetime | None
    ends: datetime.datetime | None
    time_zone: str
    all_day: bool = False
    end_time: bool = True

    @property
    def zone(self):
        return zone_of(self.time_zone)

    @property
    def local_starts(self):
        return self.starts.astimezone(self.zone) if self.starts else None

    @property
    def local_ends(self):
        return self.ends.astimezone(self.zone) if self.ends else None

    @property
    def zone_name(self):
        """The time zone's name in the active language ("대한민국 표준시", "韓国標準時")."""
        return zone_name(self.time_zone, self.starts)

    @property
    def label(self):
        """Date and time in the active language, with the time zone's name."""
        return format_when(self)

    @property
    def date_label(self):
        """Only the dates, in the active language."""
        if self.local_starts is None:
            return ""
        first = format_date(self.local_starts.date())
        if self.local_ends is None or self.local_ends.date() == self.local_starts.date():
            return first
        return f"{first} – {format_date(self.local_ends.date())}"

    def __bool__(self):
        return self.starts is not None


@dataclass(frozen=True)
class Place:
    """Where: a venue or meeting place with its address.

    ``local_name`` and ``local_address`` are the place in the script of the
    country it is in (``country``, ISO code), to show a taxi driver.
    """

    name: str = ""
    address: str = ""
    detail: str = ""  # floor and hall, or where exactly to meet
    city: str = ""
    map_url: str = ""
    local_name: str = ""
    local_address: str = ""
    country: str = ""  # ISO code (KR, JP): where the place is; letters use its language

    @property
    def driver_lines(self):
        """The place as a driver reads it: its name and address in the local script."""
        return [line for line in (self.local_name, self.local_address) if line]

    @property
    def lines(self):
        """The place as lines to print: name, detail, address (city if there is no address)."""
        lines = [self.name, self.detail, self.address or self.city]
        return [line for line in lines if line]

    def __bool__(self):
        return bool(self.lines)

    def __str__(self):
        return separator().join(self.lines)


def separator():
    """Between the parts of a line of facts (a place's name, detail and address)."""
    return list_separator()


@dataclass(frozen=True)
class Contact:
    """Whom delegates write or call with questions.

    ``organization`` is the organizing body (the host cooperative), in the
    offering's language, for letters; empty when the page names none.
    """

    name: str = ""
    email: str = ""
    phone: str = ""
    organization: str = ""

    def __bool__(self):
        return bool(self.name or self.email or self.phone or self.organization)

    @property
    def reachable(self):
        """Whether there is someone to name, write or call (the organization alone is not)."""
        return bool(self.name or self.email or self.phone)


@dataclass(frozen=True)
class HelpContact:
    """Someone to call on the spot: the organizers, the host's contact person."""

    role: str  # in the reader's language ("Organizers", "Host")
    name: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Help:
    """On-the-spot help for delegates where an offering takes place.

    ``emergency`` holds :class:`~.onsite.EmergencyNumber` values of the
    country (police, fire and ambulance), ``contacts`` whom to call.
    """

    country: str = ""
    emergency: tuple = ()
    contacts: tuple = ()

    def __bool__(self):
        return bool(self.emergency or self.contacts)


def help_for(*, country, contacts):
    """A :class:`Help` for ``country``: its emergency numbers, and the contacts with a phone
    or an email (``contacts``: ``(role, Contact or None)`` pairs)."""
    return Help(
        country=country or "",
        emergency=tuple(emergency_numbers(country)),
        contacts=tuple(
            HelpContact(role=str(role), name=c.name, phone=c.phone, email=c.email)
            for role, c in contacts
            if c and (c.phone or c.email)
        ),
    )


@dataclass(frozen=True)
class ItineraryStop:
    starts: datetime.datetime
    ends: datetime.datetime
    title: str
    place: Place | None = None
    optional: bool = False  # an optional activity the person chose

    @property
    def times(self):
        """ "09:30–11:00", in the offering's own time zone (the times carry it)."""
        return f"{self.starts:%H:%M}–{self.ends:%H:%M}"


@dataclass(frozen=True)
class ItineraryDay:
    number: int  # from 1
    date: datetime.date
    title: str = ""
    stops: tuple = ()

    @property
    def date_label(self):
        return format_date(self.date)


@dataclass(frozen=True)
class ProgrammeItem:
    """One session of an agenda or one stop of an itinerary, in one language.

    ``id`` is the same in every translation (the StreamField block's id), so
    programmes in two languages line up item by item.
    """

    id: str
    starts: datetime.datetime
    ends: datetime.datetime
    title: str
    where: str = ""  # the room, or the place of a stop
    optional: bool = False

    @classmethod
    def of(cls, entry, **fields):
        """The item of an agenda's session or an itinerary's stop (its ``id``, ``start``,
        ``end`` and ``title``); ``fields`` gives the rest."""
        return cls(id=entry.id, starts=entry.start, ends=entry.end, title=entry.title, **fields)

    @property
    def times(self):
        return f"{self.starts:%H:%M}–{self.ends:%H:%M}"


@dataclass(frozen=True)
class ProgrammeDay:
    id: str  # the same in every translation
    date: datetime.date
    title: str = ""
    items: tuple = ()  # ProgrammeItem, in time order

    @classmethod
    def of(cls, day, items):
        """The day of an agenda or an itinerary (its ``id``, ``date`` and ``title``)."""
        return cls(id=day.id, date=day.date, title=day.title, items=tuple(items))


class StatusCode(models.TextChoices):
    """Whether people can register for an offering now."""

    NONE = "none", pgettext_lazy("registration", "No registration")
    NOT_YET = "not_yet", pgettext_lazy("registration", "Registration not open yet")
    OPEN = "open", pgettext_lazy("registration", "Registration open")
    CLOSING = "closing", pgettext_lazy("registration", "Registration closing soon")
    WAITLIST = "waitlist", pgettext_lazy("registration", "Full – waiting list open")
    CLOSED = "closed", pgettext_lazy("registration", "Registration closed")


@dataclass(frozen=True)
class RegistrationStatus:
    """The registration status of an offering, for cards, pages and the engine."""

    code: str  # a StatusCode value
    deadline: datetime.datetime | None = None  # aware, in the offering's time zone
    opens_at: datetime.datetime | None = None  # aware, in the offering's time zone
    seats_left: int | None = None  # None: no limit (or unknown)

    @property
    def label(self):
        """A short label in the active language."""
        if self.code == StatusCode.CLOSING and self.deadline is not None:
            return gettext("Registration closes on %(date)s") % {
                "date": date_format(self.deadline.date(), "DATE_FORMAT")
            }
        if self.code == StatusCode.NOT_YET and self.opens_at is not None:
            return gettext("Registration opens on %(date)s") % {
                "date": date_format(self.opens_at.date(), "DATE_FORMAT")
            }
        return str(StatusCode(self.code).label)

    @property
    def seats_label(self):
        """ "3 seats left" while registration is open with a limit, else ""."""
        if self.code not in (StatusCode.OPEN, StatusCode.CLOSING) or not self.seats_left:
            return ""
        return ngettext("%(count)s seat left", "%(count)s seats left", self.seats_left) % {
            "count": self.seats_left
        }

    @property
    def is_open(self):
        """People can register now (possibly on the waiting list)."""
        return self.code in (StatusCode.OPEN, StatusCode.CLOSING, StatusCode.WAITLIST)

    @property
    def shows(self):
        """Worth a line on a card or page (anything but "no registration")."""
        return self.code != StatusCode.NONE

    def __str__(self):
        return self.label


def compute_status(
    *, takes_registrations, when, opens_at, deadline, is_open=True, seats_left=None, now
):
    """The one place a status is decided, from the offering's dates and seats.

    ``takes_registrations`` is False for an offering that takes none (on any
    site); ``is_open`` False when the organizers closed it; ``seats_left`` is
    0 when every seat is taken, None without a limit.
    """
    if not takes_registrations:
        return RegistrationStatus(StatusCode.NONE)
    zone = when.zone
    deadline = deadline.astimezone(zone) if deadline else None
    opens_at = opens_at.astimezone(zone) if opens_at else None
    if not is_open:
        return RegistrationStatus(StatusCode.CLOSED, deadline)
    if (when.ends is not None and when.ends < now) or (deadline is not None and deadline < now):
        return RegistrationStatus(StatusCode.CLOSED, deadline)
    if opens_at is not None and now < opens_at:
        return RegistrationStatus(StatusCode.NOT_YET, deadline, opens_at)
    if seats_left == 0:
        return RegistrationStatus(StatusCode.WAITLIST, deadline, seats_left=0)
    if deadline is not None and deadline - now <= CLOSING_SOON:
        return RegistrationStatus(StatusCode.CLOSING, deadline, seats_left=seats_left)
    return RegistrationStatus(StatusCode.OPEN, deadline, seats_left=seats_left)


def status_changes_at(*, takes_registrations, when, opens_at, deadline, now, **facts):
    """When ``compute_status`` next answers otherwise for the same facts, by time
    alone (the opening, a week before the deadline, the deadline, the end), or
    None: the first such moment not before ``now``."""
    if not takes_registrations:
        return None
    soon = deadline - CLOSING_SOON if deadline is not None else None
    moments = (opens_at, soon, deadline, when.ends)
    return min((m for m in moments if m is not None and m >= now), default=None)


class Offering(Protocol):
    """What the engine asks of an event page, a tour page or an activity."""

    #: Shared by all translations; the engine's ``Registrable.key``.
    translation_key: uuid.UUID

    def registration_title(self) -> str: ...

    def registration_when(self) -> When: ...

    def registration_place(self) -> Place | None: ...

    def registration_page_url(self) -> str: ...

    def registration_contact(self) -> Contact | None: ...

    def registration_calendar(self, *, registration=None) -> bytes | None: ...

    def registration_itinerary(self, *, registration) -> list[ItineraryDay]: ...

    def registration_programme(self) -> list[ProgrammeDay]: ...

    def registration_status(self, *, now=None) -> RegistrationStatus: ...

    def registration_help(self) -> Help: ...

    def registration_capacity(self) -> int | None: ...

    def registration_optional_activities(self) -> list["Offering"]: ...

    def registration_letter_question(self) -> str | None: ...


@dataclass(frozen=True)
class Facts:
    """What the engine shows about an offering, read once through the contract.

    Plain values, so that a page, a mail and a PDF show the same facts, and a
    cache can keep them.
    """

    title: str
    when: When
    place: Place | None
    page_url: str
    contact: Contact | None
    activities: dict = field(default_factory=dict)  # {str(key): Facts} of the activities


def facts_of(offering, *, with_activities=True):
    """The :class:`Facts` of an offering (and of its activities)."""
    activities = {}
    if with_activities:
        activities = {
            str(activity.translation_key): facts_of(activity, with_activities=False)
            for activity in offering.registration_optional_activities()
        }
    return Facts(
        title=offering.registration_title(),
        when=offering.registration_when(),
        place=offering.registration_place() or None,
        page_url=offering.registration_page_url(),
        contact=offering.registration_contact() or None,
        activities=activities,
    )
