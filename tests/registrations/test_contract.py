"""The engine's contract (contract.Offering): events, tours and activities tell the
engine the same things in the same way, and the engine asks nothing else."""

import ast
import datetime
import uuid
import zoneinfo
from pathlib import Path

import pytest
from django.utils import translation
from icalendar import Calendar

from madang.registrations import contract, services
from madang.registrations.contract import Contact, Place, StatusCode, When
from madang.registrations.models import Registrable
from tests.tours.factories import TourIndexPageFactory, make_tour

from .delegates import add_activity
from .factories import make_registrable_event, register

SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
ENGINE = Path(contract.__file__).parent


@pytest.fixture
def tour_index(home_pages):
    home = home_pages["ko"]
    return TourIndexPageFactory(parent=home, locale=home.locale)


def registrable_tour(tour_index, **fields):
    return make_tour(
        tour_index,
        days=2,
        stops_per_day=3,
        optional={(1, 2)},
        take_registrations=True,
        capacity=fields.pop("capacity", 10),
        requires_verification=False,
        **fields,
    )


# --- what an event page tells ---------------------------------------------------


def test_an_event_tells_when_where_whom_to_ask_and_its_page(event_index):
    page, _registrable = make_registrable_event(
        event_index,
        start=datetime.datetime(2030, 2, 27, 9, 30, tzinfo=SEOUL),
        end=datetime.datetime(2030, 2, 27, 18, 0, tzinfo=SEOUL),
        venue="김대중컨벤션센터",
        venue_address="광주광역시 서구 상무누리로 30",
        venue_floor="3층",
        venue_hall="컨벤션홀",
        map_url="https://maps.example.org/kdjcenter",
        contact_name="사무국 김지은",
        contact_email="office@example.org",
        contact_phone="062-000-0000",
    )

    assert page.registration_title() == page.title
    assert page.registration_when() == When(page.start, page.end, "Asia/Seoul")
    assert page.registration_place() == Place(
        name="김대중컨벤션센터",
        address="광주광역시 서구 상무누리로 30",
        detail="3층, 컨벤션홀",
        city="광주",
        map_url="https://maps.example.org/kdjcenter",
        country=page.country,
    )
    assert page.registration_contact() == Contact(
        "사무국 김지은",
        "office@example.org",
        "062-000-0000",
        organization=page.host.name if page.host else "",
    )
    assert page.registration_page_url() == page.url
    [event] = Calendar.from_ical(page.registration_calendar()).walk("VEVENT")
    assert str(event["SUMMARY"]) == page.title
    assert page.registration_itinerary(registration=None) == []


def test_an_events_activity_is_an_offering_in_the_events_time_zone(event_index):
    page, _registrable = make_registrable_event(event_index, time_zone="Asia/Tokyo")
    add_activity(
        page,
        name="Clinic visit",
        capacity=4,
        starts=datetime.datetime(2030, 2, 28, 9, tzinfo=TOKYO),
        ends=datetime.datetime(2030, 2, 28, 11, tzinfo=TOKYO),
        place="みさと協立病院, 埼玉県三郷市",
    )
    add_activity(page, name="Dinner", capacity=None)

    visit, dinner = page.registration_optional_activities()

    assert visit.registration_title() == "Clinic visit"
    assert visit.registration_when().time_zone == "Asia/Tokyo"
    assert visit.registration_place() == Place(name="みさと協立病院, 埼玉県三郷市")
    # Without a place of its own, an activity happens where the event does.
    assert dinner.registration_place() == page.registration_place()
    assert dinner.registration_contact() == page.registration_contact()
    assert dinner.registration_page_url() == page.url
    assert (visit.registration_capacity(), dinner.registration_capacity()) == (4, None)


# --- what a tour page tells -----------------------------------------------------


def test_a_tour_tells_its_meeting_time_and_place_and_its_last_day(tour_index):
    page = registrable_tour(tour_index, meeting_time=datetime.time(8, 30))

    when = page.registration_when()

    assert when == When(
        datetime.datetime(2030, 5, 17, 8, 30, tzinfo=TOKYO),
        datetime.datetime(2030, 5, 18, 23, 59, tzinfo=TOKYO),
        "Asia/Tokyo",
        all_day=False,
        end_time=False,
    )
    with translation.override("ja"):
        assert when.label == "2030年5月17日金曜日 08:30～2030年5月18日土曜日（日本標準時）"


def test_a_tour_without_a_meeting_time_shows_only_its_days(tour_index):
    page = registrable_tour(tour_index, meeting_time=None)

    when = page.registration_when()

    assert when.all_day is True
    with translation.override("ko"):
        assert when.label == "2030년 5월 17일 금요일 ~ 18일 토요일"


def test_a_tours_optional_stops_are_its_activities_with_their_places(tour_index):
    page = registrable_tour(tour_index)

    [stop] = page.registration_optional_activities()

    assert stop.registration_title() == "공원 체조 모임 참여 (2-3)"
    assert stop.registration_when().starts == datetime.datetime(2030, 5, 18, 12, tzinfo=TOKYO)
    assert stop.registration_place().name == "장소 3"
    assert stop.registration_page_url() == page.url
    assert Registrable.objects.filter(key=stop.translation_key, parent__isnull=False).exists()


def test_a_tours_itinerary_is_the_persons_own(tour_index):
    page = registrable_tour(tour_index)
    registration = register(Registrable.objects.get(key=page.translation_key))

    days = page.registration_itinerary(registration=registration)

    # The optional stop (day 2, stop 3) was not chosen: it is not in the itinerary.
    assert [(day.number, [stop.title for stop in day.stops]) for day in days] == [
        (1, ["의료생협의 역사 강의 (1-1)", "병원 견학: 수술실, 병실, 조리실 (1-2)", "점심 (1-3)"]),
        (2, ["진료소에서 가정의 교류 (2-1)", "버스로 이동 (2-2)"]),
    ]
    assert days[0].stops[0].times == "09:00–10:20"


# --- one status API ---------------------------------------------------------------


def test_events_and_tours_answer_the_same_status_when_full(event_index, tour_index):
    event, event_row = make_registrable_event(event_index, capacity=1)
    tour = registrable_tour(tour_index, capacity=1)
    register(event_row)
    register(Registrable.objects.get(key=tour.translation_key))

    for page in (event, tour):
        status = page.registration_status()
        assert (status.code, status.is_open, status.seats_left) == ("waitlist", True, 0)


def test_a_closed_registration_is_closed_for_events_and_tours(event_index, tour_index):
    event, event_row = make_registrable_event(event_index)
    tour = registrable_tour(tour_index)
    Registrable.objects.filter(key__in=[event.translation_key, tour.translation_key]).update(
        is_open=False
    )

    assert event.registration_status().code == tour.registration_status().code == "closed"


def test_an_activity_has_its_own_status_from_its_seats(event_index):
    page, registrable = make_registrable_event(event_index)
    row = add_activity(page, name="Clinic visit", capacity=1)
    [visit] = page.registration_optional_activities()
    assert visit.registration_status().seats_left == 1

    register(registrable, activities=[row])

    status = visit.registration_status()
    assert (status.code, status.seats_left) == (StatusCode.WAITLIST, 0)


def test_the_status_labels_are_translated_with_seats_left(event_index):
    page, registrable = make_registrable_event(event_index, capacity=3)
    register(registrable)

    status = page.registration_status()

    with translation.override("ko"):
        assert (status.label, status.seats_label) == ("신청 접수 중", "2자리 남음")
    with translation.override("ja"):
        assert (status.label, status.seats_label) == ("申込受付中", "残り 2 席")


# --- times in the reader's language ---------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ko", "2025년 10월 14일 화요일 09:30 ~ 17:00 (대한민국 표준시)"),
        ("ja", "2025年10月14日火曜日 09:30～17:00（韓国標準時）"),
        ("en", "Tuesday, October 14, 2025 09:30 – 17:00 (Korean Standard Time)"),
    ],
)
def test_a_time_is_shown_with_the_time_zone_named_in_the_readers_language(language, expected):
    when = When(
        datetime.datetime(2025, 10, 14, 9, 30, tzinfo=SEOUL),
        datetime.datetime(2025, 10, 14, 17, 0, tzinfo=SEOUL),
        "Asia/Seoul",
    )

    with translation.override(language):
        assert when.label == expected


def test_days_apart_show_both_dates():
    when = When(
        datetime.datetime(2025, 10, 14, 9, 30, tzinfo=SEOUL),
        datetime.datetime(2025, 10, 16, 12, 0, tzinfo=SEOUL),
        "Asia/Seoul",
    )

    with translation.override("en"):
        assert when.label == (
            "Tuesday, October 14, 2025 09:30 – Thursday, October 16, 2025 12:00 "
            "(Korean Standard Time)"
        )


def test_a_zone_without_a_standard_name_gets_its_countrys_name():
    when = When(datetime.datetime(2030, 5, 17, 9, tzinfo=datetime.UTC), None, "Asia/Ho_Chi_Minh")

    with translation.override("ko"):
        assert when.zone_name == "베트남 시간"


# --- the engine asks only the contract -----------------------------------------------


def test_the_engine_never_probes_pages_with_hasattr_or_getattr():
    """Only the contract's methods: no ``hasattr`` anywhere in the engine, and
    ``getattr`` only on the engine's own objects (settings, a registration's fields
    by name in the exports)."""
    probes = []
    for path in sorted(ENGINE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                if node.func.id == "hasattr":
                    probes.append(f"{path.name}:{node.lineno}")
                if node.func.id == "getattr":
                    target = ast.unparse(node.args[0])
                    if target not in {"settings", "registration", "item"}:
                        probes.append(f"{path.name}:{node.lineno} getattr({target}, …)")

    assert probes == []


def test_sync_reads_the_page_through_the_contract(event_index):
    page, registrable = make_registrable_event(event_index, capacity=7)

    assert (registrable.title, registrable.capacity) == (page.title, 7)
    assert (registrable.starts_at, registrable.ends_at, registrable.time_zone) == (
        page.start,
        page.end,
        "Asia/Seoul",
    )
    assert services.seats_left(registrable) == 7
    assert uuid.UUID(str(registrable.key)) == page.translation_key


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("ko", "医療生協さいたま 本部, 1階ロビー, 埼玉県さいたま市"),
        ("ja", "医療生協さいたま 本部、1階ロビー、埼玉県さいたま市"),
    ],
)
def test_a_place_on_one_line_is_punctuated_as_its_reader_writes(language, line):
    place = Place(name="医療生協さいたま 本部", detail="1階ロビー", address="埼玉県さいたま市")

    with translation.override(language):
        assert str(place) == line
