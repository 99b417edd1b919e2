"""Seats organizers add to an optional stop in the registrations admin are the stop's
seats on the tour page too (every language, live and in the latest revision), so that
publishing the page again keeps them."""

import pytest
from wagtail.models import Page

from tests.factories import translate_page
from tests.registrations.factories import add_seats_under_a_draft
from tests.tours.test_registration import OPTIONAL, activity_of, registrable_tour, stop_at

pytestmark = pytest.mark.django_db


def stop_seats(pages, stop_id):
    """The stop's seats on each page, live and in its latest revision."""

    def on(page):
        return [stop.seats for stop in page.tour_itinerary().stops if stop.id == stop_id]

    live = [Page.objects.get(pk=page.pk).specific for page in pages]
    return [on(page) for page in live] + [on(page.get_latest_revision_as_object()) for page in live]


def test_seats_added_to_an_optional_stop_stay_on_the_page_in_every_language(
    tour_index,
):
    translate_page(tour_index, "ja")
    page = registrable_tour(tour_index, seats={OPTIONAL: 2})
    pages = [page, translate_page(page, "ja")]
    stop = activity_of(page, *OPTIONAL)

    add_seats_under_a_draft(page, stop, seats=3)

    stop.refresh_from_db()
    assert (stop_seats(pages, stop_at(page, *OPTIONAL)), stop.capacity) == ([[5]] * 4, 5)
