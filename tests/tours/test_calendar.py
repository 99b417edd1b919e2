"""Calendars (.ics) of a tour's itinerary: the whole tour, one day, chosen stops."""

import datetime
import zoneinfo
from urllib.parse import quote

import pytest
from django.utils import translation
from django.utils.translation import gettext
from icalendar import Calendar

from tests.factories import translate_page
from tests.tours.factories import make_tour, stop_ids
from tours.calendar import tour_itinerary_calendar
from tours.itinerary import build_itinerary
from tours.models import TourPage

pytestmark = pytest.mark.django_db

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")


@pytest.fixture
def tour(tour_index):
    return make_tour(tour_index, slug="saitama-2030", days=3, stops_per_day=3, optional={(1, 1)})


def get_calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response, Calendar.from_ical(response.content)


def uid(page, stop_id, language="ko"):
    return f"tour-{page.translation_key}-stop-{stop_id}-{language}@madang.test"


def test_whole_itinerary_has_one_event_per_stop_in_local_time(client, tour):
    response, calendar = get_calendar(client, "/ko/tours/saitama-2030/calendar/")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == (
        "attachment; filename=\"saitama-2030.ics\"; filename*=UTF-8''saitama-2030.ics"
    )
    assert str(calendar["PRODID"]) == "-//Madang//Study tours//KO"
    assert (str(calendar["VERSION"]), str(calendar["METHOD"])) == ("2.0", "PUBLISH")
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Tokyo"]
    events = calendar.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [uid(tour, i) for i in stop_ids(tour)]
    first = events[0]
    assert first["DTSTART"].params["TZID"] == "Asia/Tokyo"
    assert first["DTSTART"].dt == datetime.datetime(2030, 5, 17, 9, 0, tzinfo=TOKYO)
    assert first["DTEND"].dt == datetime.datetime(2030, 5, 17, 10, 20, tzinfo=TOKYO)
    assert str(first["SUMMARY"]) == "의료생협의 역사 강의 (1-1) – 의료생협 사이타마 연수 방문"
    assert str(first["LOCATION"]) == "장소 1, 埼玉県さいたま市 1"
    assert (
        str(first["URL"]) == f"https://madang.test/ko/tours/saitama-2030/#stop-{stop_ids(tour)[0]}"
    )
    with translation.override("ko"):
        map_line = gettext("Map: %(url)s") % {"url": "https://www.openstreetmap.org/?q=place-1"}
    assert map_line in str(first["DESCRIPTION"])


def test_optional_stops_say_so(client, tour):
    _response, calendar = get_calendar(client, "/ko/tours/saitama-2030/calendar/")
    optional = calendar.walk("VEVENT")[4]

    with translation.override("ko"):
        summary = gettext("%(stop)s (optional) – %(tour)s") % {
            "stop": "버스로 이동 (2-2)",
            "tour": "의료생협 사이타마 연수 방문",
        }
        note = gettext("Optional: delegates choose whether to join.")
    assert str(optional["SUMMARY"]) == summary
    assert note in str(optional["DESCRIPTION"])


def test_day_calendar_has_that_day_only(client, tour):
    response, calendar = get_calendar(client, "/ko/tours/saitama-2030/days/2/calendar/")

    assert response["Content-Disposition"] == (
        "attachment; filename=\"saitama-2030-day-2.ics\"; filename*=UTF-8''saitama-2030-day-2.ics"
    )
    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [
        uid(tour, i) for i in stop_ids(tour)[3:6]
    ]
    assert {e["DTSTART"].dt.date() for e in calendar.walk("VEVENT")} == {datetime.date(2030, 5, 18)}
    with translation.override("ko"):
        name = gettext("%(tour)s, day %(number)s") % {
            "tour": "의료생협 사이타마 연수 방문",
            "number": 2,
        }
    assert str(calendar["X-WR-CALNAME"]) == name


@pytest.mark.parametrize("day", ["0", "4", "99", "-1", "x"])
def test_unknown_day_is_404(client, tour, day):
    assert client.get(f"/ko/tours/saitama-2030/days/{day}/calendar/").status_code == 404


def test_uids_stay_when_the_tour_is_edited_and_sequence_grows(client, tour):
    # The first publication happened an hour ago.
    TourPage.objects.filter(pk=tour.pk).update(
        last_published_at=tour.last_published_at - datetime.timedelta(hours=1)
    )
    _response, before = get_calendar(client, "/ko/tours/saitama-2030/calendar/")
    tour.refresh_from_db()
    itinerary = tour.itinerary.raw_data
    itinerary[0]["value"]["stops"][0]["value"]["title"] = "강의 제목을 바꿈"
    itinerary[0]["value"]["stops"][0]["value"]["start"] = "09:30:00"
    tour.itinerary = itinerary
    tour.save_revision().publish()

    _response, after = get_calendar(client, "/ko/tours/saitama-2030/calendar/")
    old, new = before.walk("VEVENT"), after.walk("VEVENT")

    assert [str(e["UID"]) for e in new] == [str(e["UID"]) for e in old]
    assert new[0]["SEQUENCE"] > old[0]["SEQUENCE"]
    assert str(new[0]["SUMMARY"]) == "강의 제목을 바꿈 – 의료생협 사이타마 연수 방문"
    assert new[0].start == datetime.datetime(2030, 5, 17, 9, 30, tzinfo=TOKYO)


def test_each_language_has_its_own_uids(client, tour_index, tour):
    translate_page(tour_index, "ja", slug="tours")
    japanese = translate_page(tour, "ja", title="医療生協さいたま視察研修", slug="saitama-2030")

    _response, calendar = get_calendar(client, "/ja/tours/saitama-2030/calendar/")

    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [
        uid(tour, i, "ja") for i in stop_ids(tour)
    ]
    assert japanese.translation_key == tour.translation_key
    assert str(calendar["PRODID"]) == "-//Madang//Study tours//JA"


def test_helper_gives_a_delegates_own_itinerary(rf, tour):
    itinerary = build_itinerary(tour)
    [optional] = itinerary.optional_stops
    mine = itinerary.stop_ids_for([optional.id])
    without = itinerary.stop_ids_for([])

    calendar = tour_itinerary_calendar(tour, stop_ids=mine, request=rf.get("/"))
    skipping = tour_itinerary_calendar(tour, stop_ids=without, request=rf.get("/"))

    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [uid(tour, i) for i in mine]
    assert len(mine) == 9 and len(without) == 8
    assert optional.id not in without
    # The bytes parse back, with the tour's time zone.
    parsed = Calendar.from_ical(skipping.to_ical())
    assert [str(tz["TZID"]) for tz in parsed.walk("VTIMEZONE")] == ["Asia/Tokyo"]


def test_empty_selection_is_a_valid_empty_calendar(tour):
    calendar = Calendar.from_ical(tour_itinerary_calendar(tour, stop_ids=[]).to_ical())

    assert calendar.walk("VEVENT") == []
    assert str(calendar["VERSION"]) == "2.0"


def test_unicode_slug_gives_an_ascii_and_a_utf8_file_name(client, tour_index):
    make_tour(tour_index, slug="사이타마-연수", days=1, stops_per_day=1)

    response = client.get(f"/ko/tours/{quote('사이타마-연수')}/calendar/")

    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f"attachment; filename=\"tour.ics\"; filename*=UTF-8''{quote('사이타마-연수.ics', safe='')}"
    )
