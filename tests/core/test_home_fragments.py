"""The home page's content is a fragment of the page (its sections of coming events and
tours, the latest news): reused by personal renders without a query, and shown afresh at
once, in Korean and Japanese, when an article is published, a seat is taken, a host is
renamed, or time alone changes a section (a deadline passing, an event ending)."""

import datetime
import re

import pytest
import time_machine
from django.utils import timezone, translation
from wagtail.models import Page

from events.models import EventPage
from madang.core.models import FooterText, SiteSettings
from madang.people.models import Organization
from madang.registrations.contract import StatusCode
from madang.registrations.models import Registrable
from tests.events.factories import EventIndexPageFactory, make_event
from tests.factories import NewsIndexPageFactory, NewsPageFactory, translate_page
from tests.helpers import contents, count_queries, page_url
from tests.registrations.factories import register
from tests.tours.factories import TourIndexPageFactory, make_tour

# indexed: fragments are retired by purges that follow references.
pytestmark = [pytest.mark.django_db, pytest.mark.indexed]

LANGUAGES = ("ko", "ja")
# The titles of the page under test in Korean and Japanese, as a card shows them.
TITLES = "(가을 [^<]*|秋の[^<]*)"


@pytest.fixture
def site(home_pages):
    home = home_pages["ko"]
    for code in LANGUAGES:
        FooterText.objects.create(
            locale=home_pages[code].locale, organization_name="마당", address="서울"
        )
    SiteSettings.load()
    indexes = {
        "news": NewsIndexPageFactory(parent=home, locale=home.locale, slug="news"),
        "events": EventIndexPageFactory(parent=home, locale=home.locale),
        "tours": TourIndexPageFactory(parent=home, locale=home.locale),
    }
    for index in indexes.values():
        translate_page(index, "ja")
    return {"homes": [page_url(home_pages[code]) for code in LANGUAGES], **indexes}


def in_ko_and_ja(page, title):
    """The page published in Korean and Japanese (``title``): both addresses."""
    return [page_url(page), page_url(translate_page(page, "ja", title=title))]


def index_urls(index):
    return [page_url(page) for page in Page.objects.filter(translation_key=index.translation_key)]


def labels(code):
    """A status's label in Korean and Japanese."""
    found = []
    for language in LANGUAGES:
        with translation.override(language):
            found.append(str(StatusCode(code).label))
    return found


def card_statuses(client, urls):
    """On each page, the status line of the card of the page under test (None: no card)."""
    found = []
    for content in contents(client, urls):
        card = re.search(rf"{TITLES}</a>.*?registration-status--\w+\">([^<·]*)", content, re.S)
        found.append(card.group(2).strip() if card else None)
    return found


def test_a_personal_render_of_the_home_page_makes_no_query(visitors, site):
    personal, _anonymous = visitors
    article = NewsPageFactory(parent=site["news"], locale=site["news"].locale, title="가을 소식")
    event = make_event(site["events"], parts=1, sessions_per_part=1, people=1, booths=0)
    tour = make_tour(site["tours"], days=1, stops_per_day=2, take_registrations=True)
    for page in (article, event, tour):
        translate_page(page, "ja")
    firsts = contents(personal, site["homes"])

    counts = [count_queries(personal, address) for address in site["homes"]]

    assert (counts, contents(personal, site["homes"])) == ([0, 0], firsts)


def test_a_new_article_shows_at_once_on_the_home_page_in_ko_and_ja(visitors, site):
    for visitor in visitors:
        contents(visitor, site["homes"])
    article = NewsPageFactory(
        parent=site["news"], locale=site["news"].locale, title="가을 소식", live=False
    )
    article.save_revision().publish()
    in_ko_and_ja(article, "秋のお知らせ")

    seen = [
        [("가을 소식" in c, "秋のお知らせ" in c) for c in contents(visitor, site["homes"])]
        for visitor in visitors
    ]
    assert seen == [[(True, False), (False, True)]] * 2


def registrable(kind, site, **fields):
    """An event or a tour taking registrations, in Korean and Japanese, and its row."""
    if kind == "event":
        page = make_event(
            site["events"], title="가을 행사", parts=1, sessions_per_part=1, people=1,
            booths=0, take_registrations=True, requires_verification=False, **fields,
        )  # fmt: skip
    else:
        page = make_tour(
            site["tours"], title="가을 연수", days=1, stops_per_day=1, take_registrations=True,
            requires_verification=False, **fields,
        )  # fmt: skip
    in_ko_and_ja(page, "秋の催し")
    return Registrable.objects.get(key=page.translation_key)


@pytest.mark.parametrize("kind", ["event", "tour"])
def test_the_last_seat_taken_shows_full_at_once_on_home_and_index_in_ko_and_ja(
    visitors, site, kind
):
    row = registrable(kind, site, capacity=1)
    urls = [*site["homes"], *index_urls(site[f"{kind}s"])]
    for visitor in visitors:
        assert card_statuses(visitor, urls) == labels(StatusCode.OPEN) * 2

    register(row)

    full = labels(StatusCode.WAITLIST) * 2
    assert [card_statuses(visitor, urls) for visitor in visitors] == [full, full]


def test_a_hosts_new_name_shows_at_once_on_the_home_page_in_ko_and_ja(visitors, site):
    tour = make_tour(site["tours"], title="가을 연수", days=1, stops_per_day=1)
    in_ko_and_ja(tour, "秋の研修")
    for visitor in visitors:
        contents(visitor, site["homes"])

    host = Organization.objects.get(pk=tour.host_id)
    host.name = "새이름 의료생협"
    host.save()

    seen = [
        ["새이름 의료생협" in c for c in contents(visitor, site["homes"])] for visitor in visitors
    ]
    assert seen == [[True, True]] * 2


def test_a_deadline_passing_and_an_event_ending_show_at_once_on_the_home_page(visitors, site):
    personal, _anonymous = visitors
    later = timezone.now() + datetime.timedelta(days=1)
    row = registrable("event", site, capacity=5)
    ending = make_event(
        site["events"], title="곧 끝나는 모임", parts=0, sessions_per_part=0, people=0,
        booths=0, start=later - datetime.timedelta(hours=2), end=later,
    )  # fmt: skip
    in_ko_and_ja(ending, "まもなく終わる集い")
    # The moment comes a few seconds after the pages are built, however long building
    # them took on a loaded machine: the event (both languages) ends then, and the
    # row's new deadline, which purges the pages as the organizers' publish does.
    soon = timezone.now() + datetime.timedelta(seconds=4)
    EventPage.objects.filter(translation_key=ending.translation_key).update(
        start=soon - datetime.timedelta(hours=2), end=soon
    )
    row.closes_at = soon
    row.save()
    before = contents(personal, site["homes"])

    # The clock (time-machine: timezone.now, and time.time that the cache's expiry reads)
    # moves to just past the moment instead of the test waiting for it.
    with time_machine.travel(soon + datetime.timedelta(seconds=0.1)):
        after = contents(personal, site["homes"])
        ending_titles = ("곧 끝나는 모임", "まもなく終わる集い")
        assert [title in c for title, c in zip(ending_titles, before, strict=True)] == [True, True]
        assert [title in c for title, c in zip(ending_titles, after, strict=True)] == [False, False]
        assert card_statuses(personal, site["homes"]) == labels(StatusCode.CLOSED)
