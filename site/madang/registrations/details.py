"""What a delegate is told about their registration, read once through the contract.

The mails, the thanks page and the self-service page show the same facts:
the offering's title, date, time and time zone (named in the reader's
language), place with address, the chosen optional activities, the personal
itinerary and the organizers' contact. ``details_for`` gathers them.
"""

from dataclasses import dataclass, field

from .contract import Facts, When, facts_of
from .models import ACTIVE, Status


@dataclass(frozen=True)
class ChosenActivity:
    title: str
    status: str
    status_label: str
    when: When | None
    place: object  # contract.Place or None

    @property
    def waiting(self):
        return self.status == Status.WAITLISTED


@dataclass
class RegistrationDetails:
    registration: object
    page: object  # the offering's page in the language, or None
    facts: Facts | None
    activities: list = field(default_factory=list)  # ChosenActivity
    itinerary: list = field(default_factory=list)  # contract.ItineraryDay
    help: object = None  # contract.Help, on-the-spot help (emergency numbers, phones)

    @property
    def title(self):
        return self.facts.title if self.facts else self.registration.registrable.title


def offering_facts(registrable, language, *, page=None):
    """The page of ``registrable`` in ``language`` and its :class:`Facts` (None, None if gone)."""
    page = page if page is not None else registrable.page_in(language)
    if page is None:
        return None, None
    return page, facts_of(page)


def chosen_activities(registration, facts):
    """The optional activities the person still holds or waits for, with their facts."""
    known = facts.activities if facts else {}
    chosen = []
    for booking in registration.bookings.select_related("activity").order_by(
        "activity__starts_at", "activity_id"
    ):
        if booking.status not in ACTIVE:
            continue
        activity = known.get(str(booking.activity.key))
        chosen.append(
            ChosenActivity(
                title=activity.title if activity else booking.activity.title,
                status=booking.status,
                status_label=booking.get_status_display(),
                when=activity.when if activity and activity.when else None,
                place=activity.place if activity else None,
            )
        )
    return chosen


def details_for(registration, language, *, page=None):
    """Everything shown about one registration, in ``language`` (active it when rendering)."""
    page, facts = offering_facts(registration.registrable, language, page=page)
    itinerary = []
    if page is not None and registration.can.ticket:
        itinerary = page.registration_itinerary(registration=registration)
    return RegistrationDetails(
        registration=registration,
        page=page,
        facts=facts,
        activities=chosen_activities(registration, facts),
        itinerary=itinerary,
        help=page.registration_help() if page is not None else None,
    )
