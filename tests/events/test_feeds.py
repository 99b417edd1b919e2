"""Feeds: the whole programme to subscribe to, the coming events and tours, the head's links."""

import datetime

import pytest
from icalendar import Calendar

from events.agenda import build_agenda
from tests.events.factories import EventIndexPageFactory, make_event
from tests.factories import NewsIndexPageFactory
from tests.tours.factories import TourIndexPageFactory, make_tour

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_pages):
    home = home_pages["ko"]
    return EventIndexPageFactory(parent=home, locale=home.locale)


@pytest.fixture
def event(index):
    return make_event(index, slug="gwangju-2030", days=2, parts=2, sessions_per_part=3, people=6)


def vevents(response):
    assert (response.status_code, response["Content-Type"]) == (
        200,
        "text/calendar; charset=utf-8",
    )
    return Calendar.from_ical(response.content).walk("VEVENT")


def test_the_programme_calendar_holds_every_session_with_stable_uids(client, event):
    sessions = build_agenda(event).sessions
    url = "/ko/events/gwangju-2030/programme/calendar/"

    first = [str(e["UID"]) for e in vevents(client.get(url))]
    event.save_revision().publish()
    again = [str(e["UID"]) for e in vevents(client.get(url))]

    assert (len(first), first, again) == (
        12,
        [f"event-{event.translation_key}-session-{s.id}-ko@madang.test" for s in sessions],
        first,
    )


def test_the_event_page_offers_to_subscribe_to_the_programme(client, event):
    content = client.get("/ko/events/gwangju-2030/").content.decode()

    assert 'href="webcal://madang.test/ko/events/gwangju-2030/programme/calendar/"' in content


def test_the_coming_calendar_has_the_coming_events_and_tours_of_the_language(
    client, home_pages, index
):
    next_year = datetime.date.today().year + 1
    coming = make_event(index, slug="coming", first_date=datetime.date(next_year, 3, 2), booths=0)
    make_event(index, slug="past", first_date=datetime.date(2020, 3, 2), booths=0)
    home = home_pages["ko"]
    tours = TourIndexPageFactory(parent=home, locale=home.locale)
    tour = make_tour(tours, slug="saitama", first_date=datetime.date(next_year, 5, 17), days=2)
    japanese = EventIndexPageFactory(parent=home_pages["ja"], locale=home_pages["ja"].locale)
    make_event(japanese, slug="tokyo", first_date=datetime.date(next_year, 4, 1), booths=0)

    entries = vevents(client.get("/ko/feeds/calendar/"))

    assert [(str(e["UID"]), e.decoded("DTSTART")) for e in entries] == [
        (f"event-{coming.translation_key}-ko@madang.test", coming.start),
        (f"tour-{tour.translation_key}-ko@madang.test", datetime.date(next_year, 5, 17)),
    ]
    assert entries[1].decoded("DTEND") == datetime.date(next_year, 5, 19)


def test_every_page_announces_the_news_feed_and_the_calendar(client, home_pages, event):
    home = home_pages["ko"]
    NewsIndexPageFactory(parent=home, locale=home.locale, slug="news", title="소식")

    heads = [client.get(url).content.decode().split("</head>")[0] for url in ("/ko/", event.url)]

    for head in heads:
        assert (
            '<link rel="alternate" type="application/atom+xml" title="소식 (Atom)" '
            'href="/ko/news/feed/">' in head,
            '<link rel="alternate" type="text/calendar"' in head,
        ) == (True, True)
