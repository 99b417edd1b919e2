"""Registrations that wait for the delegate to confirm their email address."""

from django.core import mail

from madang.registrations import services
from madang.registrations.models import Registration, Status
from madang.registrations.tokens import VERIFY_SALT, verify_token

from .delegates import link_in, old_token, post, register_url
from .factories import make_registrable_event, register


def test_with_verification_a_registration_holds_a_seat_only_once_confirmed(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, capacity=1, requires_verification=True)
    url = register_url(registrable, "en")

    for name in ["First", "Second"]:
        post(
            client,
            url,
            django_capture_on_commit_callbacks,
            name=name,
            email=f"{name.lower()}@example.org",
            correspondence_language="en",
        )
    first, second = Registration.objects.order_by("pk")
    assert (first.status, second.status) == (Status.UNVERIFIED, Status.UNVERIFIED)
    assert services.seats_left(registrable) == 1

    # The second confirms first and gets the seat; the first then waits.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(link_in(mail.outbox[1], "/registration/confirm/"))
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        client.get(link_in(mail.outbox[0], "/registration/confirm/"))

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Status.WAITLISTED, Status.CONFIRMED)
    assert [m.subject for m in mail.outbox[2:]] == [
        f"Registration confirmed: {page.title}",
        f"You are on the waiting list: {page.title}",
    ]


def test_following_the_confirmation_link_twice_changes_nothing(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, requires_verification=True)
    post(client, register_url(registrable, "en"), django_capture_on_commit_callbacks)
    link = link_in(mail.outbox[0], "/registration/confirm/")

    with django_capture_on_commit_callbacks(execute=True):
        first = client.get(link)
        second = client.get(link)

    assert [first.status_code, second.status_code] == [302, 302]
    assert first["Location"].startswith("/ko/registration/")  # the mail's language
    assert second["Location"].startswith("/ko/registration/")
    assert Registration.objects.get().status == Status.CONFIRMED
    assert len(mail.outbox) == 2  # received, confirmed


def test_an_expired_confirmation_link_gets_a_clear_page(client, event_index):
    page, registrable = make_registrable_event(event_index, requires_verification=True)
    registration = register(registrable, language="en", correspondence_language="en")
    token = old_token(registration, salt=VERIFY_SALT, hours=49)

    response = client.get(f"/en/registration/confirm/{token}/")

    assert response.status_code == 410
    assert "<h1>This link has expired</h1>" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.UNVERIFIED


def test_a_registration_expired_for_want_of_confirmation_says_register_again(client, event_index):
    page, registrable = make_registrable_event(event_index, requires_verification=True)
    registration = register(registrable, language="en", correspondence_language="en")
    Registration.objects.filter(pk=registration.pk).update(status=Status.EXPIRED)

    response = client.get(f"/en/registration/confirm/{verify_token(registration)}/")

    assert response.status_code == 409
    assert "Please register again." in response.content.decode()
