"""A tour page's facts, content (itinerary, host, notes), report and links are fragments of
the page: reused by personal renders without a query, and shown afresh at once, in Korean
and Japanese, when a stop is edited and published, a place or a host's profile changes
(moved to another organization, it leaves the old one's tours)."""

import datetime

import pytest
from wagtail.models import Locale

from madang.people.models import Organization
from tests.factories import translate_page
from tests.helpers import contents, count_queries, page_url
from tests.tours.factories import make_tour
from tours.itinerary import build_itinerary
from tours.models import HostProfile

PAST = datetime.date(2015, 7, 8)
REPORT = [{"type": "paragraph", "value": "<p>병원과 진료소를 둘러봤습니다.</p>"}]

# indexed: fragments are retired by purges that follow references (a place's rename).
pytestmark = [pytest.mark.django_db, pytest.mark.indexed]


@pytest.fixture
def tours(tour_index):
    """A past tour (with its report) and a coming one taking registrations, in Korean and
    Japanese: ``(Korean pages, addresses in both languages)``."""
    translate_page(tour_index, "ja")
    past = make_tour(tour_index, days=2, stops_per_day=3, first_date=PAST, report=REPORT)
    coming = make_tour(tour_index, days=2, stops_per_day=3, take_registrations=True)
    urls = []
    for page in (past, coming):
        urls += [page_url(page), page_url(translate_page(page, "ja", title="埼玉視察研修"))]
    return (past, coming), urls


def test_a_personal_render_of_a_tour_makes_no_query(visitors, tours):
    personal, _anonymous = visitors
    _pages, urls = tours
    firsts = contents(personal, urls)

    counts = [count_queries(personal, address) for address in urls]

    assert (counts, contents(personal, urls)) == ([0, 0, 0, 0], firsts)
    assert ["병원과 진료소를 둘러봤습니다." in c for c in firsts] == [True, True, False, False]


def test_a_stop_edited_and_published_shows_at_once_in_ko_and_ja(visitors, tours):
    (page, _coming), urls = tours
    for visitor in visitors:
        contents(visitor, urls)

    ja_page = page.get_translation(Locale.objects.get(language_code="ja"))
    for version, title in ((page, "새 강의"), (ja_page, "新しい講義")):
        itinerary = version.itinerary.raw_data
        itinerary[0]["value"]["stops"][0]["value"]["title"] = title
        version.itinerary = itinerary
        version.save_revision().publish()

    seen = [
        [("새 강의" in c, "新しい講義" in c) for c in contents(visitor, urls[:2])]
        for visitor in visitors
    ]
    assert seen == [[(True, False), (False, True)]] * 2


def test_a_place_renamed_shows_at_once_in_ko_and_ja(visitors, tours):
    (page, _coming), urls = tours
    for visitor in visitors:
        contents(visitor, urls)
    place = build_itinerary(page).stops[0].place

    place.name = "새 이름 진료소"
    place.save()

    seen = [["새 이름 진료소" in c for c in contents(visitor, urls)] for visitor in visitors]
    assert seen == [[True, True, False, False]] * 2


def test_the_hosts_profile_changed_shows_at_once_in_ko_and_ja(visitors, tours):
    (page, _coming), urls = tours
    for visitor in visitors:
        contents(visitor, urls)
    profile = HostProfile.objects.get(organization_id=page.host_id)

    profile.runs = "병원 3곳\n진료소 21곳"
    profile.save()

    seen = [["<li>병원 3곳</li>" in c for c in contents(visitor, urls)] for visitor in visitors]
    assert seen == [[True, True, False, False]] * 2


def test_the_hosts_profile_moved_to_another_organization_leaves_its_tours_at_once(visitors, tours):
    (page, _coming), urls = tours
    profile = HostProfile.objects.get(organization_id=page.host_id)
    for visitor in visitors:
        assert ["<li>병원 2곳</li>" in c for c in contents(visitor, urls[:2])] == [True, True]

    profile.organization = Organization.objects.create(name="새 조합", locale=page.locale)
    profile.save()

    seen = [["<li>병원 2곳</li>" in c for c in contents(visitor, urls)] for visitor in visitors]
    assert seen == [[False, False, True, True]] * 2
