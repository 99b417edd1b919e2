"""The organizers' actions in the admin: approve, reject, seats, waiting list, mails."""

import pytest
from wagtail.users.models import UserProfile

from madang.registrations.models import MailKind, OutboxMail, Status

from .factories import make_activity, make_registrable, register
from .organizers import messages_of, url

pytestmark = pytest.mark.django_db


def test_approve_confirms_a_pending_registration(admin, django_capture_on_commit_callbacks):
    registrable = make_registrable(requires_approval=True)
    registration = register(registrable)

    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(url("action", registration.pk, "approve"))

    registration.refresh_from_db()
    assert (response.status_code, registration.status, messages_of(response)) == (
        302,
        Status.CONFIRMED,
        [f"{registration.name} is approved and confirmed."],
    )


def test_reject_refuses_a_pending_registration(admin):
    registrable = make_registrable(requires_approval=True)
    registration = register(registrable)

    admin.post(url("action", registration.pk, "reject"))

    registration.refresh_from_db()
    assert registration.status == Status.REJECTED


def test_approving_twice_shows_the_engines_message(admin):
    registration = register(make_registrable())

    response = admin.post(url("action", registration.pk, "approve"))

    assert (response.status_code, messages_of(response)) == (
        302,
        ["Only registrations awaiting approval can be approved."],
    )


def test_actions_only_take_posts(admin):
    registration = register(make_registrable(requires_approval=True))

    response = admin.get(url("action", registration.pk, "approve"))

    assert response.status_code == 405


def test_unknown_action_is_not_found(admin):
    registration = register(make_registrable())

    response = admin.post(url("action", registration.pk, "explode"), follow=True)

    assert response.status_code == 404


def test_action_returns_to_the_next_url(admin, full_event):
    registrable, first, *_ = full_event
    back = url("list", registrable.pk) + "?status=confirmed"

    response = admin.post(url("action", first.pk, "waitlist"), {"next": back})

    assert response["Location"] == back


def test_add_seats_promotes_the_first_person_waiting(admin, full_event):
    registrable, first, second, third = full_event

    response = admin.post(url("add_seats", registrable.pk), {"target": registrable.pk, "seats": 1})

    third.refresh_from_db()
    registrable.refresh_from_db()
    assert (registrable.capacity, third.status, messages_of(response)) == (
        3,
        Status.CONFIRMED,
        ["1 seat added to Gwangju national conference; 1 person came off the waiting list."],
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "3 seats added to Gwangju national conference."),
        ("ko", "Gwangju national conference에 3자리를 추가했습니다."),
        ("ja", "Gwangju national conferenceに3席を追加しました。"),
    ],
)
def test_add_seats_with_nobody_waiting_does_not_count_zero_people(admin, language, expected):
    # "0 people came off the waiting list" read as if something had gone wrong.
    registrable = make_registrable(capacity=2)
    register(registrable)
    profile = UserProfile.objects.get(user__username="organizer")
    profile.preferred_language = language
    profile.save()

    response = admin.post(url("add_seats", registrable.pk), {"target": registrable.pk, "seats": 3})

    registrable.refresh_from_db()
    assert (registrable.capacity, messages_of(response)) == (5, [expected])


def test_add_seats_to_an_activity(admin):
    registrable = make_registrable()
    visit = make_activity(registrable, title="Site visit", capacity=1)
    register(registrable, activities=[visit])
    waiting = register(registrable, activities=[visit])

    admin.post(url("add_seats", registrable.pk), {"target": visit.pk, "seats": 2})

    visit.refresh_from_db()
    assert (visit.capacity, waiting.bookings.get().status) == (3, Status.CONFIRMED)


def test_add_seats_without_a_limit_shows_the_engines_message(admin):
    registrable = make_registrable(capacity=None)

    response = admin.post(url("add_seats", registrable.pk), {"target": registrable.pk, "seats": 1})

    assert messages_of(response) == [
        f"Select a valid choice. {registrable.pk} is not one of the available choices."
    ]


def test_confirming_from_the_waiting_list_without_a_free_seat_is_refused(admin, full_event):
    registrable, first, second, third = full_event

    response = admin.post(url("action", third.pk, "confirm"))

    third.refresh_from_db()
    assert (third.status, messages_of(response)) == (
        Status.WAITLISTED,
        ["No seat is free. Add seats, or move someone to the waiting list first."],
    )


def test_moving_someone_to_the_waiting_list_frees_a_seat_for_another(admin, full_event):
    registrable, first, second, third = full_event

    admin.post(url("action", first.pk, "waitlist"))
    admin.post(url("action", third.pk, "confirm"))

    first.refresh_from_db()
    third.refresh_from_db()
    assert (first.status, third.status) == (Status.WAITLISTED, Status.CONFIRMED)


def test_resend_writes_the_mail_again(admin, full_event):
    registrable, first, *_ = full_event

    admin.post(url("action", first.pk, "resend"))

    assert list(OutboxMail.objects.filter(registration=first).values_list("kind", flat=True)) == [
        MailKind.CONFIRMED,
        MailKind.CONFIRMED,
    ]


def test_cancel_gives_the_seat_to_the_first_person_waiting(admin, full_event):
    registrable, first, second, third = full_event

    admin.post(url("action", first.pk, "cancel"))

    first.refresh_from_db()
    third.refresh_from_db()
    assert (first.status, third.status) == (Status.CANCELLED, Status.CONFIRMED)


def test_write_to_all_confirmed_queues_one_mail_each(admin, full_event):
    registrable, first, second, third = full_event

    response = admin.post(
        url("write", registrable.pk), {"subject": "Bus times", "body": "The bus leaves at 8."}
    )

    mails = OutboxMail.objects.filter(kind=MailKind.MESSAGE).order_by("to")
    assert (
        response.status_code,
        [(m.to, m.subject) for m in mails],
        messages_of(response),
    ) == (
        302,
        sorted([(first.email, "Bus times"), (second.email, "Bus times")]),
        ["Your message is on its way to 2 delegates."],
    )


def test_write_needs_a_subject(admin, full_event):
    registrable, *_ = full_event

    response = admin.post(url("write", registrable.pk), {"subject": "", "body": "Hello"})

    assert (response.status_code, OutboxMail.objects.filter(kind=MailKind.MESSAGE).count()) == (
        400,
        0,
    )
