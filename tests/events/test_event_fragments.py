"""The event page's fragments (its facts and content, the agenda among them): reused by
personal renders, retired at once by whatever purges the page, in every language."""

import datetime
import re

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from madang.core.models import FooterText, SiteSettings
from madang.people.models import Person
from madang.registrations.models import Status
from tests.events.factories import EventIndexPageFactory, make_event, session_ids
from tests.factories import translate_page
from tests.helpers import count_queries, forget_pages
from tests.registrations.factories import make_registrable_event, register

# indexed: fragments are retired by purges that follow references.
pytestmark = [pytest.mark.django_db, pytest.mark.indexed]

# A personal render with the fragments and the route stored: no query (the site,
# the route, the specific page and whether a view restriction applies come from
# the shared cache, madang/core/routing.py; before that cache: 5).
REUSED_QUERIES = 0


@pytest.fixture
def index(home_pages):
    home = home_pages["ko"]
    FooterText.objects.create(locale=home.locale, organization_name="마당", address="서울")
    SiteSettings.load()
    return EventIndexPageFactory(parent=home, locale=home.locale)


@pytest.fixture
def personal(client):
    client.cookies["messages"] = "personal"
    return client


def html(response):
    return response.content.decode()


def test_a_personal_render_reuses_the_agenda_in_the_same_queries_for_any_size(personal, index):
    small = make_event(index, slug="small", parts=2, sessions_per_part=5, people=20, booths=3)
    large = make_event(
        index, slug="large", days=2, parts=4, sessions_per_part=25, people=60, booths=40
    )
    assert (len(session_ids(small)), len(session_ids(large))) == (10, 200)
    counts = []
    for page in (small, large):
        full = html(personal.get(page.url))
        counts.append(count_queries(personal, page.url))
        assert html(personal.get(page.url)) == full

    assert counts == [REUSED_QUERIES, REUSED_QUERIES]


def test_renaming_a_person_in_the_agenda_shows_at_once_in_every_language(personal, index):
    page = make_event(index, parts=1, sessions_per_part=2, people=1, booths=0)
    translate_page(index, "ja")
    ja_page = translate_page(page, "ja", title="全国大会")
    urls = [page.url, Page.objects.get(pk=ja_page.pk).url]
    person = Person.objects.get(pk=page.public_agenda().people[0].pk)
    for url in urls:
        assert person.name in html(personal.get(url))

    person.name = "새이름사람"
    person.save()

    assert ["새이름사람" in html(personal.get(url)) for url in urls] == [True, True]


def test_publishing_the_event_shows_its_new_facts_at_once_on_the_personal_render(personal, index):
    page = make_event(index, parts=1, sessions_per_part=2, people=1, booths=0, venue="옛 회관")
    before = html(personal.get(page.url))

    page.venue = "새 회관"
    page.save_revision().publish()

    after = html(personal.get(page.url))
    assert [("옛 회관" in c, "새 회관" in c) for c in (before, after)] == [
        (True, False),
        (False, True),
    ]


def test_a_purged_page_renders_everything_again(personal, index):
    page = make_event(index, parts=2, sessions_per_part=3, people=4, booths=1)
    personal.get(page.url)
    reused = count_queries(personal, page.url)

    forget_pages()

    assert count_queries(personal, page.url) > reused


def test_an_unknown_speakers_error_page_stores_no_fragments(personal, index):
    page = make_event(index, parts=1, sessions_per_part=2, people=1, booths=0)
    missing = f"{page.url}speakers/999999/"

    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            assert personal.get(missing).status_code == 404
        counts.append(len(queries))

    assert counts[1] == counts[0]


# --- The registration status: facts from the page's fragments, computed at request time ---

# A personal render of an event taking registrations, fragments stored: none
# either; the engine's row and its seat count come from the page's fragments.
REGISTRABLE_QUERIES = REUSED_QUERIES


def registrable_event_in_ko_and_ja(index, **fields):
    page, row = make_registrable_event(index, **fields)
    translate_page(index, "ja")
    ja_page = translate_page(page, "ja", title="全国大会")
    return row, [page.url, Page.objects.get(pk=ja_page.pk).url]


def seats_labels(client, urls):
    found = []
    for url in urls:
        match = re.search(r"(\d+자리 남음|残り \d+ 席)", html(client.get(url)))
        found.append(match.group(1) if match else None)
    return found


def test_a_personal_render_of_a_registrable_event_reads_neither_the_row_nor_the_seats(
    personal, index
):
    page, _row = make_registrable_event(index, capacity=5)
    full = html(personal.get(page.url))

    with CaptureQueriesContext(connection) as queries:
        again = html(personal.get(page.url))

    tables = [q["sql"] for q in queries if "registrations_" in q["sql"]]
    assert (len(queries), tables, again) == (REGISTRABLE_QUERIES, [], full)


def test_a_seat_taken_or_freed_shows_at_once_in_ko_and_ja(personal, index):
    row, urls = registrable_event_in_ko_and_ja(index, capacity=3)
    assert seats_labels(personal, urls) == ["3자리 남음", "残り 3 席"]

    registration = register(row)

    assert seats_labels(personal, urls) == ["2자리 남음", "残り 2 席"]

    registration.status = Status.CANCELLED
    registration.save()

    assert seats_labels(personal, urls) == ["3자리 남음", "残り 3 席"]


def test_a_registration_deadline_passing_shows_at_once_in_ko_and_ja(personal, index):
    row, urls = registrable_event_in_ko_and_ja(index, capacity=3)
    # Time for the two pages before the deadline even on a loaded machine (two seconds
    # were not enough beside the browser tests: the Japanese page already said closed).
    deadline = timezone.now() + datetime.timedelta(seconds=5)
    # The row's new deadline purges the page, as the organizers' publish does.
    row.closes_at = deadline
    row.save()
    before = [html(personal.get(url)) for url in urls]

    # The clock (time-machine: timezone.now, and time.time that the cache's expiry reads)
    # moves to just past the deadline instead of the test waiting for it.
    with time_machine.travel(deadline + datetime.timedelta(seconds=0.1)):
        after = [html(personal.get(url)) for url in urls]
    assert [closed_label(c) for c in before] == [None, None]
    assert [closed_label(c) for c in after] == ["신청 마감", "申込受付終了"]


def closed_label(content):
    match = re.search(r'<span class="register__closed">([^<]*)</span>', content)
    return match.group(1) if match else None
