"""A tour's optional stops as the registration engine's activities, and places as its ``Place``."""

import datetime
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from madang.registrations.contract import Place as RegistrationPlace
from madang.registrations.contract import When
from madang.registrations.pages import activity_status

from .places import Place

if TYPE_CHECKING:
    from .pages import TourPage


@dataclass(frozen=True)
class TourActivityItem:
    """An optional stop as the registration engine sees it: an optional activity
    (``madang.registrations.contract.Offering``)."""

    translation_key: uuid.UUID
    name: str
    description: str
    capacity: int | None
    starts: datetime.datetime
    ends: datetime.datetime
    place: Place | None = None
    tour: "TourPage" = field(default=None, compare=False, repr=False)

    def registration_title(self):
        return self.name

    def registration_when(self):
        return When(self.starts, self.ends, self.tour.time_zone)

    def registration_place(self):
        return self.place

    def registration_page_url(self):
        return self.tour.registration_page_url()

    def registration_contact(self):
        return self.tour.registration_contact()

    def registration_calendar(self, *, registration=None):
        return None

    def registration_itinerary(self, *, registration):
        return []

    def registration_programme(self):
        return []

    def registration_status(self, *, now=None):
        return activity_status(self, now=now)

    def registration_help(self):
        return self.tour.registration_help()

    def registration_capacity(self):
        return self.capacity

    def registration_optional_activities(self):
        return []


def registration_place_of(place, **extra):
    """A :class:`Place` (tours.Place) as the engine's ``contract.Place``; ``extra`` adds fields."""
    if place is None:
        return RegistrationPlace(**extra)
    return RegistrationPlace(
        name=place.name,
        address=place.address,
        map_url=place.map_url,
        local_name=place.local_name,
        local_address=place.local_address,
        country=place.country,
        **extra,
    )


def stop_place(stop):
    """A stop's place as the engine's :class:`Place`, or None."""
    if stop.place is None and not stop.place_detail:
        return None
    return registration_place_of(stop.place, detail=stop.place_detail)
