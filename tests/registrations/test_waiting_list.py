"""Seats and the waiting list on the public form, for the event and its activities."""

from madang.registrations.models import Booking, Registration, Status

from .delegates import add_activity, post, register_url
from .factories import make_registrable_event


def test_when_the_seats_are_gone_new_registrations_wait_in_order(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, capacity=1)
    url = register_url(registrable, "en")

    for n in range(3):
        post(
            client,
            url,
            django_capture_on_commit_callbacks,
            name=f"Person {n}",
            email=f"p{n}@example.org",
        )
    html = client.get(url).content.decode()

    assert list(Registration.objects.values_list("name", "status")) == [
        ("Person 0", Status.CONFIRMED),
        ("Person 1", Status.WAITLISTED),
        ("Person 2", Status.WAITLISTED),
    ]
    assert "0 seats left — new registrations go on the waiting list" in html


def test_a_waitlisted_delegate_is_told_so_on_the_thanks_page(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, capacity=0)

    response = post(client, register_url(registrable, "en"), django_capture_on_commit_callbacks)

    html = client.get(response["Location"]).content.decode()
    assert "<strong>김민지</strong>: On the waiting list" in html
    assert "Every seat is taken, so you are on the waiting list." in html


def test_an_optional_activity_is_booked_with_the_registration(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)
    activity = add_activity(page, name="Site visit to the clinic", capacity=1)

    html = client.get(register_url(registrable, "en")).content.decode()
    post(
        client,
        register_url(registrable, "en"),
        django_capture_on_commit_callbacks,
        activities=[str(activity.pk)],
    )
    post(
        client,
        register_url(registrable, "en"),
        django_capture_on_commit_callbacks,
        name="Second",
        email="second@example.org",
        activities=[str(activity.pk)],
    )

    assert "Site visit to the clinic" in html
    assert list(Booking.objects.order_by("pk").values_list("registration__name", "status")) == [
        ("김민지", Status.CONFIRMED),
        ("Second", Status.WAITLISTED),
    ]
