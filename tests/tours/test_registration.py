"""Tours in the registration engine: optional stops with seats, the delegate's
own itinerary and calendar, seats on cards and on the page.

Registrations go through the public forms or the engine's services; mails are
sent on commit (``django_capture_on_commit_callbacks``).
"""

import datetime
import re
import uuid
import zoneinfo

import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext
from icalendar import Calendar

from madang.registrations import services
from madang.registrations.models import Booking, Registrable, Registration, Status
from madang.registrations.tokens import manage_token
from tests.factories import translate_page
from tests.helpers import count_queries
from tests.registrations.factories import register
from tests.tours.factories import make_tour, stop_ids
from tests.tours.test_tour_page import MAX_QUERIES, cold_sections_count, full_tour

pytestmark = pytest.mark.django_db

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
FIRST_DAY = datetime.date(2030, 5, 17)
# Day 2, third stop (9:00 + 2 × 90 minutes): optional, with the seats given.
OPTIONAL = (1, 2)


def with_seats(page, seats):
    """``page``'s itinerary data with ``seats`` (``{(day, stop): n}``) set on those stops."""
    itinerary = page.itinerary.raw_data
    for (day, stop), count in seats.items():
        itinerary[day]["value"]["stops"][stop]["value"]["seats"] = count
    return itinerary


def registrable_tour(tour_index, *, seats=None, optional=(OPTIONAL,), **fields):
    """A tour of 2 days × 3 stops that takes registrations, published (which syncs the engine).

    ``seats``: ``{(day, stop): n}`` for optional stops with a seat limit.
    """
    fields.setdefault("capacity", 10)
    fields.setdefault("requires_verification", False)
    page = make_tour(
        tour_index,
        days=2,
        stops_per_day=3,
        optional=set(optional),
        take_registrations=True,
        publish=False,
        **fields,
    )
    page.itinerary = with_seats(page, seats or {})
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def stop_at(page, day, stop):
    """The id of the ``stop``-th stop of day ``day`` (both from 0)."""
    return page.itinerary.raw_data[day]["value"]["stops"][stop]["id"]


def registrable_of(page):
    return Registrable.objects.get(key=page.translation_key)


def activity_of(page, day, stop):
    return Registrable.objects.get(key=uuid.UUID(stop_at(page, day, stop)))


def form_data(**overrides):
    data = {
        "name": "김민지",
        "name_romanized": "Kim Minji",
        "email": "minji@example.org",
        "organization": "안산의료복지사회적협동조합",
        "role": "이사",
        "country": "KR",
        "correspondence_language": "en",
        "consent": "on",
    }
    data.update(overrides)
    return data


def post_registration(client, capture, page, language="en", **overrides):
    with capture(execute=True):
        response = client.post(
            f"/{language}/register/{page.translation_key}/", form_data(**overrides)
        )
    assert response.status_code == 302
    return response


def manage_url(registration, language="en"):
    return f"/{language}/registration/{manage_token(registration)}/"


def english(page, tour_index, **fields):
    """The English translations of the tour index and of ``page``."""
    translate_page(tour_index, "en", slug="tours")
    return translate_page(page, "en", **fields)


# The engine's rows -------------------------------------------------------------


def test_a_tour_publishes_its_registrable_and_one_activity_per_optional_stop(tour_index):
    page = registrable_tour(
        tour_index, optional=[(0, 1), OPTIONAL], seats={OPTIONAL: 4}, capacity=20
    )

    row = registrable_of(page)
    assert (row.title, row.capacity, row.is_open, row.time_zone) == (
        page.title,
        20,
        True,
        "Asia/Tokyo",
    )
    assert (row.starts_at, row.ends_at) == (
        datetime.datetime(2030, 5, 17, 0, 0, tzinfo=TOKYO),
        datetime.datetime(2030, 5, 18, 23, 59, tzinfo=TOKYO),
    )
    assert [
        (a.key, a.title, a.capacity, a.starts_at, a.ends_at)
        for a in row.activities.order_by("starts_at")
    ] == [
        (
            uuid.UUID(stop_at(page, 0, 1)),
            "병원 견학: 수술실, 병실, 조리실 (1-2)",
            None,
            datetime.datetime(2030, 5, 17, 10, 30, tzinfo=TOKYO),
            datetime.datetime(2030, 5, 17, 11, 50, tzinfo=TOKYO),
        ),
        (
            uuid.UUID(stop_at(page, *OPTIONAL)),
            "공원 체조 모임 참여 (2-3)",
            4,
            datetime.datetime(2030, 5, 18, 12, 0, tzinfo=TOKYO),
            datetime.datetime(2030, 5, 18, 13, 20, tzinfo=TOKYO),
        ),
    ]


def test_a_stop_that_is_no_longer_optional_stops_taking_bookings(tour_index):
    page = registrable_tour(tour_index, seats={OPTIONAL: 4})
    itinerary = page.itinerary.raw_data
    itinerary[1]["value"]["stops"][2]["value"]["optional"] = False
    page.itinerary = itinerary

    page.save_revision().publish()

    assert activity_of(page, *OPTIONAL).is_open is False


def test_the_form_names_the_optional_stops_in_the_page_language(client, tour_index, home_pages):
    page = registrable_tour(tour_index, seats={OPTIONAL: 4})
    translate_page(tour_index, "ja", slug="tours")
    japanese = page.copy_for_translation(home_pages["ja"].locale)
    itinerary = japanese.itinerary.raw_data
    itinerary[1]["value"]["stops"][2]["value"]["title"] = "診療所で家庭医と交流"
    japanese.itinerary = itinerary
    japanese.save_revision().publish()
    activity = activity_of(page, *OPTIONAL)

    ja = client.get(f"/ja/register/{page.translation_key}/").content.decode()
    ko = client.get(f"/ko/register/{page.translation_key}/").content.decode()

    checkbox = f'<input type="checkbox" name="activities" value="{activity.pk}"'
    assert checkbox in ja and checkbox in ko
    assert "診療所で家庭医と交流" in ja
    assert "공원 체조 모임 참여 (2-3)" not in ja
    assert "공원 체조 모임 참여 (2-3)" in ko


# Seats of an optional stop ----------------------------------------------------------


def test_the_second_delegate_waits_for_a_one_seat_stop_and_moves_up_on_a_cancellation(
    client, tour_index, django_capture_on_commit_callbacks
):
    page = registrable_tour(tour_index, seats={OPTIONAL: 1})
    activity = activity_of(page, *OPTIONAL)
    capture = django_capture_on_commit_callbacks

    post_registration(client, capture, page, activities=[str(activity.pk)])
    post_registration(
        client,
        capture,
        page,
        name="정다은",
        email="daeun@example.org",
        activities=[str(activity.pk)],
    )
    first, second = Registration.objects.order_by("pk")

    # Both have a seat on the tour; only the first has one at the clinic.
    assert (first.status, second.status) == (Status.CONFIRMED, Status.CONFIRMED)
    assert list(Booking.objects.order_by("pk").values_list("registration__name", "status")) == [
        ("김민지", Status.CONFIRMED),
        ("정다은", Status.WAITLISTED),
    ]
    html = client.get(manage_url(second)).content.decode()
    # The chosen stop with its time, and that it is waiting.
    assert re.search(
        r"<li>공원 체조 모임 참여 \(2-3\) <strong>\(On the waiting list\)</strong>"
        r"<br><span class=\"activity-when\">Saturday, May 18, 2030 12:00 – 13:20",
        html,
    )

    mail.outbox.clear()
    with capture(execute=True):
        response = client.post(manage_url(first) + "cancel/", {"confirm": "on"})

    assert response.status_code == 302
    assert list(Booking.objects.order_by("pk").values_list("registration__name", "status")) == [
        ("김민지", Status.CANCELLED),
        ("정다은", Status.CONFIRMED),
    ]
    assert sorted(m.to[0] for m in mail.outbox) == ["daeun@example.org", "minji@example.org"]
    assert services.seats_left(activity) == 0


# The delegate's own page ------------------------------------------------------------


def delegate(client, capture, tour_index, *, choose=True, **fields):
    """A tour with two optional stops (the park exercises with 8 seats, the hospital
    without a limit) and a meeting time; a delegate registered who chose the park, or nothing."""
    page = registrable_tour(
        tour_index,
        optional=[(0, 1), OPTIONAL],
        seats={OPTIONAL: 8},
        meeting_point="도착 로비",
        meeting_time=datetime.time(8, 30),
        **fields,
    )
    chosen = [str(activity_of(page, *OPTIONAL).pk)] if choose else []
    post_registration(client, capture, page, activities=chosen)
    return page, Registration.objects.get()


def stop_titles(html):
    section = re.search(r'<section class="delegate-itinerary".*?</section>', html, re.S)
    assert section is not None, "no itinerary on the page"
    return re.findall(r"<li>.*?<strong>([^<]+)</strong>", section.group(0), re.S)


def test_the_self_service_page_shows_the_delegates_own_itinerary(
    client, tour_index, django_capture_on_commit_callbacks
):
    page, registration = delegate(client, django_capture_on_commit_callbacks, tour_index)

    html = client.get(manage_url(registration)).content.decode()

    # Every stop that is not optional, and the optional park exercises they
    # chose; not the optional hospital visit.
    assert stop_titles(html) == [
        "의료생협의 역사 강의 (1-1)",
        "점심 (1-3)",
        "진료소에서 가정의 교류 (2-1)",
        "버스로 이동 (2-2)",
        "공원 체조 모임 참여 (2-3)",
    ]
    assert "병원 견학: 수술실, 병실, 조리실 (1-2)" not in html.split("delegate-itinerary")[1]
    assert '<time datetime="2030-05-17T08:30:00+09:00">' in html
    assert "도착 로비" in html


def test_the_tour_times_are_shown_in_the_tours_time_zone(
    client, tour_index, django_capture_on_commit_callbacks
):
    """The site's own time zone is Seoul's; a tour in Hanoi shows Hanoi's times."""
    page, registration = delegate(
        client, django_capture_on_commit_callbacks, tour_index, time_zone="Asia/Ho_Chi_Minh"
    )

    html = client.get(manage_url(registration)).content.decode()

    # When: from the meeting time, with the time zone named in the reader's language.
    assert (
        '<time datetime="2030-05-17T08:30:00+07:00">Friday, May 17, 2030 08:30 – '
        "Saturday, May 18, 2030 (Vietnam Time)</time>"
    ) in html
    assert '<time datetime="2030-05-17T09:00:00+07:00">09:00–' in html


def test_the_group_appears_once_an_organizer_sets_it(
    client, tour_index, django_capture_on_commit_callbacks
):
    page, registration = delegate(client, django_capture_on_commit_callbacks, tour_index)
    assert "Group or bus" not in client.get(manage_url(registration)).content.decode()

    registration.group = "1호차"
    registration.save(update_fields=["group"])
    html = client.get(manage_url(registration)).content.decode()

    assert html.count("1호차") == 1
    assert "<dt>Group or bus</dt><dd>1호차</dd>" in html


def test_an_unconfirmed_delegate_sees_no_itinerary_yet(
    client, tour_index, django_capture_on_commit_callbacks
):
    page, registration = delegate(
        client, django_capture_on_commit_callbacks, tour_index, requires_verification=True
    )

    html = client.get(manage_url(registration)).content.decode()

    assert registration.status == Status.UNVERIFIED
    assert "delegate-itinerary" not in html


# The delegate's calendar ----------------------------------------------------------


def stop_of(event):
    """The stop id in a VEVENT's UID (``tour-<key>-stop-<stop id>-<language>@<host>``)."""
    return str(event["UID"]).split("-stop-")[1][:36]


def test_the_calendar_download_holds_exactly_the_delegates_stops(
    client, tour_index, django_capture_on_commit_callbacks
):
    page, registration = delegate(client, django_capture_on_commit_callbacks, tour_index)
    ids = stop_ids(page)

    response = client.get(manage_url(registration) + "calendar/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Asia/Tokyo"
    events = calendar.walk("VEVENT")
    assert [stop_of(event) for event in events] == [
        ids[0],
        ids[2],
        ids[3],
        ids[4],
        ids[5],
    ]
    assert [e.decoded("DTSTART") for e in events][:2] == [
        datetime.datetime(2030, 5, 17, 9, 0, tzinfo=TOKYO),
        datetime.datetime(2030, 5, 17, 12, 0, tzinfo=TOKYO),
    ]
    assert events[0]["DTSTART"].params["TZID"] == "Asia/Tokyo"
    # No English tour page: the calendar is the Korean one's.
    with translation.override("ko"):
        summary = gettext("%(stop)s (optional) – %(tour)s") % {
            "stop": "공원 체조 모임 참여 (2-3)",
            "tour": page.title,
        }
    assert str(events[-1]["SUMMARY"]) == summary


def test_the_calendar_leaves_out_a_stop_the_delegate_waits_for(
    client, tour_index, django_capture_on_commit_callbacks
):
    page = registrable_tour(tour_index, seats={OPTIONAL: 1})
    activity = activity_of(page, *OPTIONAL)
    register(registrable_of(page), activities=[activity])
    waiting = register(registrable_of(page), activities=[activity])

    response = client.get(manage_url(waiting) + "calendar/")

    calendar = Calendar.from_ical(response.content)
    ids = stop_ids(page)
    assert [stop_of(event) for event in calendar.walk("VEVENT")] == [
        ids[0],
        ids[1],
        ids[2],
        ids[3],
        ids[4],
    ]


# Seats on the card and the page --------------------------------------------------------


def test_the_card_and_the_page_say_how_many_seats_are_left(client, tour_index):
    page = registrable_tour(tour_index, capacity=5)
    for _n in range(3):
        register(registrable_of(page))
    english_page = english(page, tour_index, slug=page.slug)

    card = client.get("/en/tours/").content.decode()
    html = client.get(english_page.url).content.decode()

    status = (
        '<p class="registration-status registration-status--open">'
        "Registration open · 2 seats left</p>"
    )
    assert status in card
    assert status in html


def test_a_full_tour_says_the_waiting_list_is_open(client, tour_index):
    page = registrable_tour(tour_index, capacity=1)
    register(registrable_of(page))
    english_page = english(page, tour_index, slug=page.slug)

    card = client.get("/en/tours/").content.decode()
    html = client.get(english_page.url).content.decode()

    status = (
        '<p class="registration-status registration-status--waitlist">Full – waiting list open</p>'
    )
    assert status in card
    assert status in html
    # People may still join the waiting list, alone or as a delegation, in English.
    assert f'class="button register__button" href="/en/register/{page.translation_key}/"' in html
    assert f'href="/en/register/{page.translation_key}/delegation/"' in html


def test_one_seat_left_is_singular(tour_index):
    page = registrable_tour(tour_index, capacity=2)
    register(registrable_of(page))

    with translation.override("en"):
        assert page.registration_status().seats_label == "1 seat left"


def test_a_tour_without_a_seat_limit_says_registration_is_open(tour_index):
    page = registrable_tour(tour_index, capacity=None)

    with translation.override("en"):
        status = page.registration_status()
    assert (status.code, status.seats_left) == ("open", None)
    with translation.override("en"):
        assert (status.label, status.seats_label) == ("Registration open", "")


def test_after_the_tour_registration_is_closed_and_the_buttons_are_gone(client, tour_index):
    page = registrable_tour(tour_index, first_date=datetime.date(2015, 7, 8))
    english_page = english(page, tour_index, slug=page.slug)

    html = client.get(english_page.url).content.decode()
    card = client.get("/en/tours/").content.decode()

    status = '<p class="registration-status registration-status--closed">Registration closed</p>'
    assert status in html
    assert status in card
    assert "register__button" not in html
    assert "/delegation/" not in html


def test_a_tour_that_takes_no_registrations_says_nothing_about_seats(client, tour_index):
    page = make_tour(tour_index, days=1, stops_per_day=2)

    html = client.get(page.url).content.decode()

    assert page.registration_status().code == "none"
    assert "registration-status" not in html
    assert "register__button" not in html


# Queries --------------------------------------------------------------------------------


def test_the_page_of_a_tour_that_takes_registrations_renders_in_few_queries(client, tour_index):
    small = full_tour(
        tour_index,
        first_date=FIRST_DAY,
        days=2,
        stops_per_day=4,
        hosts=4,
        take_registrations=True,
        capacity=40,
    )
    large = full_tour(
        tour_index,
        first_date=FIRST_DAY,
        days=20,
        stops_per_day=8,
        hosts=30,
        places=12,
        take_registrations=True,
        capacity=40,
    )
    for _n in range(3):
        register(registrable_of(large))

    assert (len(stop_ids(small)), len(stop_ids(large))) == (8, 160)
    # Before the tour, so the report is not shown (nor cached) yet.
    cold = tuple(cold_sections_count(client, page, show_report=False) for page in (small, large))
    # The tour's own (six before the tour: no report), the registrable row with
    # its seat count, and the site-wide parts (see test_tour_page.py).
    assert cold == (19, 19)
    assert max(cold) <= MAX_QUERIES
    # From the page cache: none.
    assert count_queries(client, large.url) == 0
