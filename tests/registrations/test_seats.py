"""Seats taken or freed show at once on every cached page that shows them."""

import pytest

from madang.core.models import SiteSettings
from madang.core.pagecache import HIT_HEADER
from madang.registrations import services
from tests.factories import StandardPageFactory, translate_page
from tests.registrations.factories import make_registrable_event, register

# indexed: asserts what a change purges (and that some purge nothing).
pytestmark = [pytest.mark.django_db, pytest.mark.indexed]


def visit(client, urls):
    return {url: client.get(url).get(HIT_HEADER) for url in urls}


@pytest.fixture
def pages(event_index, home_pages):
    SiteSettings.load()  # made on the first visit otherwise (a change of settings)
    translate_page(event_index, "ja")
    page, registrable = make_registrable_event(event_index, capacity=2)
    ja_page = translate_page(page, "ja")
    about = StandardPageFactory(parent=home_pages["ko"], locale=home_pages["ko"].locale)
    urls = [page.url, ja_page.url, event_index.url, home_pages["ko"].url, about.url]
    return registrable, urls


def fill(client, urls):
    visit(client, urls)
    assert set(visit(client, urls).values()) == {"hit"}


def test_a_taken_seat_shows_on_the_event_in_every_language_and_its_listings(client, pages):
    registrable, urls = pages
    fill(client, urls)
    before = client.get(urls[0]).content

    register(registrable)

    # The event in Korean and Japanese, the event index, the home page; not "about".
    assert list(visit(client, urls).values()) == ["miss", "miss", "miss", "miss", "hit"]
    assert client.get(urls[0]).content != before


def test_the_last_seat_and_a_freed_seat_show_at_once(client, pages):
    registrable, urls = pages
    register(registrable)
    fill(client, urls)

    last = register(registrable)
    full = client.get(urls[0]).content.decode()
    fill(client, urls)
    services.cancel_registration(registration=last)
    freed = client.get(urls[0]).content.decode()

    assert (full == freed, client.get(urls[0])[HIT_HEADER]) == (False, "hit")


def test_a_change_that_takes_no_seat_purges_nothing(client, pages):
    registrable, urls = pages
    registration = register(registrable)
    fill(client, urls)

    registration.phone = "010 0000 0000"
    registration.save()

    assert set(visit(client, urls).values()) == {"hit"}


def test_seats_added_in_the_admin_show_at_once(client, pages):
    registrable, urls = pages
    fill(client, urls)

    services.add_seats(registrable=registrable, seats=3)

    assert list(visit(client, urls).values()) == ["miss", "miss", "miss", "miss", "hit"]
