"""Inter-cooperative study tours.

A tour page gives the host cooperative, who the tour is for, its goals, the
practical details (dates, meeting point, languages, fee, rules) and an
itinerary of days and stops (see blocks.py and itinerary.py), with calendar
files of the whole itinerary and of each day (routes.py). Once the tour is
over, the page shows its report, related news and what came next.

Registration (seats, waiting lists, delegates' choices of optional stops)
is the registration engine's: a tour page implements the engine's contract
(``madang.registrations.contract.Offering``), its optional stops are the
optional activities.

Modules: ``places`` (the Place and HostProfile snippets, and stops as the
engine sees them), ``pages`` (the index and the tour page). Callers import this
package: the names below are its public API.
"""

from .pages import TourIndexPage, TourPage, TourQuestion
from .places import HostProfile, Place, TourActivityItem, registration_place_of, stop_place

__all__ = [
    "HostProfile",
    "Place",
    "TourActivityItem",
    "TourIndexPage",
    "TourPage",
    "TourQuestion",
    "registration_place_of",
    "stop_place",
]
