"""Checking in at the desk in the admin: by code, arrivals, refusals, walk-ins."""

import datetime

import pytest
from django.utils import translation

from madang.registrations import services
from madang.registrations.models import Registration, Status

from .factories import make_registrable
from .organizers import messages_of, organizer_in, url

pytestmark = pytest.mark.django_db


def test_check_in_by_code_marks_the_arrival(admin, full_event):
    registrable, first, *_ = full_event

    response = admin.post(url("check_in", registrable.pk), {"code": first.code.lower()})

    first.refresh_from_db()
    assert (first.checked_in_at is not None, messages_of(response)) == (
        True,
        [f"Welcome, {first.name} (Ansan coop). Group or bus: –."],
    )


def test_checking_in_twice_says_when_they_arrived(admin, full_event):
    registrable, first, *_ = full_event
    services.check_in(
        registrable=registrable,
        code=first.code,
        now=datetime.datetime(2026, 5, 1, 0, 5, tzinfo=datetime.UTC),
    )

    response = admin.post(url("check_in", registrable.pk), {"code": first.code})

    assert messages_of(response) == [f"{first.name} (Ansan coop) had already arrived at 09:05."]


def test_check_in_page_lists_the_arrivals(admin, full_event):
    registrable, first, *_ = full_event
    services.check_in(registrable=registrable, code=first.code)

    response = admin.get(url("check_in", registrable.pk))

    assert (
        response.context["arrived_count"],
        response.context["confirmed_count"],
        list(response.context["arrivals"]),
    ) == (1, 2, [first])


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("ko", "코드 ZZZZ2222에 해당하는 참가 신청이 없습니다."),
        ("ja", "受付コード ZZZZ2222 の参加申込はありません。"),
    ],
)
def test_check_in_with_an_unknown_code_says_so_with_a_4xx(client, full_event, language, message):
    registrable, *_ = full_event

    response = organizer_in(client, language).post(
        url("check_in", registrable.pk), {"code": "ZZZZ2222"}
    )

    # An empty field again, so that the next scan does not add to this code.
    assert (response.status_code, messages_of(response), response.context["form"].data) == (
        400,
        [message],
        {},
    )


@pytest.mark.parametrize(
    ("language", "error"),
    [("ko", "필수 작성 항목입니다"), ("ja", "この項目は必須です")],
)
def test_check_in_without_a_code_says_so_with_a_4xx(client, full_event, language, error):
    registrable, *_ = full_event

    response = organizer_in(client, language).post(url("check_in", registrable.pk), {"code": ""})

    with translation.override(language):
        assert (response.status_code, response.context["form"].errors) == (
            400,
            {"code": [error]},
        )


def test_a_walk_in_without_a_name_is_refused_with_a_4xx(client, full_event):
    registrable, *_ = full_event

    response = organizer_in(client, "ko").post(
        url("walk_in", registrable.pk), {"name": "", "correspondence_language": "ja"}
    )

    with translation.override("ko"):
        assert (
            response.status_code,
            response.context["form"].errors,
            Registration.objects.filter(walk_in=True).count(),
        ) == (400, {"name": ["필수 작성 항목입니다"]}, 0)


def test_walk_in_on_a_full_event_goes_to_the_waiting_list(admin, full_event):
    registrable, *_ = full_event

    response = admin.post(
        url("walk_in", registrable.pk),
        {
            "name": "Tanaka Yui",
            "organization": "Minami coop",
            "country": "JP",
            "correspondence_language": "ja",
        },
    )

    walk_in = Registration.objects.get(name="Tanaka Yui")
    assert (walk_in.status, walk_in.walk_in, messages_of(response)) == (
        Status.WAITLISTED,
        True,
        ["No seat is free: Tanaka Yui is on the waiting list, not admitted."],
    )


def test_walk_in_with_a_free_seat_has_arrived(admin):
    registrable = make_registrable(capacity=5)

    response = admin.post(
        url("walk_in", registrable.pk),
        {"name": "Tanaka Yui", "correspondence_language": "ja"},
    )

    walk_in = Registration.objects.get(name="Tanaka Yui")
    assert (walk_in.status, walk_in.checked_in_at is not None, messages_of(response)) == (
        Status.CONFIRMED,
        True,
        ["Tanaka Yui is registered and has arrived."],
    )
