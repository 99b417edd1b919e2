"""The demo's study tours: itineraries, host profile, report and links in three languages.

The demo is loaded twice, once for every module that reads it (the ``demo``
fixture in tests/conftest.py), inside a transaction rolled back after them.
"""

import re

import pytest
from icalendar import Calendar

from madang.core.demo.build import demo_key
from madang.news.models import NewsPage
from tours.itinerary import build_itinerary
from tours.models import TourPage

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("demo"),
    pytest.mark.xdist_group("demo"),
]

LANGUAGES = ("ko", "ja", "en")
SAITAMA = "tour-saitama-2015"
SAMPLE = "tour-sample-2027"


def tour(key, code):
    return TourPage.objects.get(translation_key=demo_key(key), locale__language_code=code)


def test_second_run_creates_no_place_profile_or_tour(demo):
    assert demo.first_counts == demo.second_counts == {"places": 15, "profiles": 3, "tours": 6}


def test_saitama_itinerary_follows_the_report_in_every_language():
    kinds = {
        code: [s.kind for s in build_itinerary(tour(SAITAMA, code)).stops] for code in LANGUAGES
    }

    assert kinds["ko"] == kinds["ja"] == kinds["en"]
    assert kinds["en"] == [
        "travel",
        "lecture",
        "meal",
        "hospital",
        "meal",
        "travel",
        "clinic",
        "care",
        "members",
        "exchange",
        "meal",
        "travel",
    ]
    english = build_itinerary(tour(SAITAMA, "en"))
    assert [d.title for d in english.days] == [
        "Arrival and the story of the merger",
        "Hospital and clinic",
        "Members' activities, and looking back",
    ]
    hospital = english.stops[3]
    assert hospital.title == "Hospital tour: operating rooms, wards and kitchen"
    assert hospital.place.name == "The co-op's hospital (placeholder)"
    assert [s.title for s in english.optional_stops] == ["Care facility visit (optional)"]


@pytest.mark.parametrize("key", [SAITAMA, SAMPLE])
def test_stop_ids_are_the_same_in_every_language_and_derived_from_demo_keys(key):
    ids = {code: [s.id for s in build_itinerary(tour(key, code)).stops] for code in LANGUAGES}

    assert ids["ko"] == ids["ja"] == ids["en"]
    assert ids["ko"][0] == str(
        demo_key(f"{key}/day-1/{'bus-from-airport' if key == SAITAMA else 'home-care-lecture'}")
    )


def test_places_and_host_profile_are_translated():
    japanese = tour(SAITAMA, "ja")
    place = build_itinerary(japanese).stops[1].place

    assert place.name == "医療生協さいたま 本部（仮）"
    assert place.locale.language_code == "ja"
    profile = japanese.host_profile
    assert profile.organization == japanese.host
    assert profile.runs_list == ["病院", "診療所", "介護施設", "組合員が運営する健康づくりの会"]


def test_goals_and_practical_details():
    english = tour(SAITAMA, "en")

    assert [g.value for g in english.goals][0].startswith(
        "Learn the history of Medical CO-OP Saitama"
    )
    assert len(english.goals) == 3
    assert english.time_zone == "Asia/Tokyo"
    assert english.languages == ["ko", "ja"]
    assert english.visiting_rules.startswith("Hospitals, clinics and care facilities")


def test_saitama_page_shows_the_report_news_and_what_came_next(client):
    japanese = tour(SAITAMA, "ja")
    news = NewsPage.objects.get(
        translation_key=demo_key("news-saitama-study-tour-2015"), locale__language_code="ja"
    )

    content = client.get(japanese.url).content.decode()

    assert 'id="report"' in content
    assert len(re.findall(r'<figure class="block-image">', content)) == 3
    assert "<cite>訪問団の参加者</cite>" in content
    assert f'<a href="{news.url}">{news.title}</a>' in content
    assert "2015年 APHCO総会（韓国）" in content


def test_sample_tour_is_upcoming_with_a_full_itinerary_and_no_report(client):
    english = tour(SAMPLE, "en")
    itinerary = build_itinerary(english)

    assert [len(d.stops) for d in itinerary.days] == [3, 5, 3]
    assert len(itinerary.optional_stops) == 2
    assert english.meeting_place.name == "Medical CO-OP Saitama head office (placeholder)"
    content = client.get(english.url).content.decode()
    assert 'id="report"' not in content
    assert "Medical CO-OP Saitama head office (placeholder)" in content


@pytest.mark.parametrize("key", [SAITAMA, SAMPLE])
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_tour_page_and_calendar_answers(client, key, code):
    page = tour(key, code)

    assert client.get(page.url).status_code == 200
    whole = Calendar.from_ical(client.get(f"{page.url}calendar/").content)
    day = Calendar.from_ical(client.get(f"{page.url}days/2/calendar/").content)
    assert len(whole.walk("VEVENT")) == len(build_itinerary(page).stops)
    assert len(day.walk("VEVENT")) == len(build_itinerary(page).days[1].stops)
    assert [str(tz["TZID"]) for tz in whole.walk("VTIMEZONE")] == ["Asia/Tokyo"]
