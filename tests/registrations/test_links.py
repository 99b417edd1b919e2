"""Self-service with the signed link in every mail: see, change, cancel; bad links."""

import datetime

from django.core import mail, signing
from django.utils import timezone

from madang.registrations.models import Registrable, Registration, Status
from madang.registrations.tokens import MANAGE_GRACE, MANAGE_SALT, manage_token, verify_token

from .delegates import add_activity, form_data
from .factories import make_registrable_event, register


def manage_url(registration, suffix=""):
    return f"/en/registration/{manage_token(registration)}/{suffix}"


def person(registrable, **fields):
    return register(registrable, language="en", correspondence_language="en", **fields)


def test_the_link_shows_the_registration_without_an_account(client, event_index):
    page, registrable = make_registrable_event(event_index)
    registration = person(registrable, name="Kim Minji", organization="Ansan Cooperative")

    response = client.get(manage_url(registration))

    html = response.content.decode()
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in html
    assert "<dd>Kim Minji (Kim Minji" in html
    assert f"<dd>{registration.email}</dd>" in html
    assert f"<strong>{registration.code}</strong>" in html  # the check-in code
    assert f'href="/en/registration/{manage_token(registration)}/change/"' in html
    assert f'href="/en/registration/{manage_token(registration)}/cancel/"' in html
    assert response["Cache-Control"].startswith("max-age=0")


def test_a_link_with_one_character_changed_gets_a_clear_404_page(client, event_index):
    page, registrable = make_registrable_event(event_index)
    registration = person(registrable)
    token = manage_token(registration)
    position = len(token) // 2
    tampered = token[:position] + ("A" if token[position] != "A" else "B") + token[position + 1 :]

    for suffix in ["", "change/", "cancel/", "calendar/", "qr/"]:
        response = client.get(f"/en/registration/{tampered}/{suffix}")
        assert response.status_code == 404, suffix
        assert "<h1>This link does not work</h1>" in response.content.decode()
        assert registration.email not in response.content.decode()


def test_a_signed_link_with_another_registrations_id_shows_nothing(client, event_index):
    page, registrable = make_registrable_event(event_index)
    mine = person(registrable)
    theirs = person(registrable)
    swapped = signing.Signer(salt=MANAGE_SALT).sign_object([theirs.pk, mine.secret])

    response = client.get(f"/en/registration/{swapped}/")

    assert response.status_code == 404
    assert theirs.email not in response.content.decode()
    assert theirs.name not in response.content.decode()


def test_the_confirmation_link_is_not_a_self_service_link(client, event_index):
    page, registrable = make_registrable_event(event_index)
    registration = person(registrable)

    assert client.get(f"/en/registration/{verify_token(registration)}/").status_code == 404


def test_an_old_link_after_the_event_and_the_grace_period_has_expired(client, event_index):
    page, registrable = make_registrable_event(event_index)
    registration = person(registrable)
    ended = timezone.now() - MANAGE_GRACE - datetime.timedelta(hours=1)
    Registrable.objects.filter(pk=registrable.pk).update(ends_at=ended)

    response = client.get(manage_url(registration))

    assert response.status_code == 410
    assert "<h1>This link has expired</h1>" in response.content.decode()
    assert registration.email not in response.content.decode()


def test_a_link_within_the_grace_period_still_works(client, event_index):
    page, registrable = make_registrable_event(event_index)
    registration = person(registrable)
    ended = timezone.now() - MANAGE_GRACE + datetime.timedelta(hours=1)
    Registrable.objects.filter(pk=registrable.pk).update(ends_at=ended)

    assert client.get(manage_url(registration)).status_code == 200


def test_the_delegate_changes_their_details_and_gets_a_mail(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)
    registration = person(registrable, email="minji@example.org")
    mail.outbox.clear()

    change_url = manage_url(registration, "change/")
    form = client.get(change_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            change_url,
            form_data(role="Chair", phone="010-9999-9999", correspondence_language="en"),
        )

    assert 'value="minji@example.org"' in form
    assert 'name="consent"' not in form  # given when registering
    assert response.status_code == 302
    assert response["Location"] == change_url.removesuffix("change/")
    registration.refresh_from_db()
    assert (registration.role, registration.phone) == ("Chair", "010-9999-9999")
    assert [m.subject for m in mail.outbox] == [f"Registration changed: {page.title}"]


def test_a_change_with_errors_is_marked_and_nothing_is_saved(client, event_index):
    page, registrable = make_registrable_event(event_index)
    registration = person(registrable)

    response = client.post(manage_url(registration, "change/"), form_data(email="nope"))

    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    registration.refresh_from_db()
    assert registration.email != "nope"


def test_the_delegate_adds_an_optional_activity(client, event_index):
    page, registrable = make_registrable_event(event_index)
    activity = add_activity(page, name="Dinner", capacity=10)
    registration = person(registrable)

    client.post(
        manage_url(registration, "change/"),
        form_data(activities=[str(activity.pk)], correspondence_language="en"),
    )

    assert list(registration.bookings.values_list("activity", "status")) == [
        (activity.pk, Status.CONFIRMED)
    ]
    assert "<li>Dinner</li>" in client.get(manage_url(registration)).content.decode()


def test_cancelling_asks_for_confirmation_first(client, event_index):
    page, registrable = make_registrable_event(event_index)
    registration = person(registrable)

    page_html = client.get(manage_url(registration, "cancel/")).content.decode()
    response = client.post(manage_url(registration, "cancel/"), {})

    assert 'name="confirm"' in page_html
    assert response.status_code == 400
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_cancelling_gives_the_seat_to_the_first_person_waiting_who_is_told_by_mail(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, capacity=1)
    holder = person(registrable, email="holder@example.org")
    first = person(registrable, email="first@example.org")
    second = person(registrable, email="second@example.org")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(manage_url(holder, "cancel/"), {"confirm": "on"})

    assert response.status_code == 302
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "holder@example.org": Status.CANCELLED,
        "first@example.org": Status.CONFIRMED,
        "second@example.org": Status.WAITLISTED,
    }
    assert [(m.to, m.subject) for m in mail.outbox] == [
        (["holder@example.org"], f"Registration cancelled: {page.title}"),
        (["first@example.org"], f"A seat is yours: {page.title}"),
    ]
    html = client.get(manage_url(holder)).content.decode()
    assert "Cancelled" in html
    assert "/change/" not in html  # a cancelled registration cannot be changed
    change_url = manage_url(holder, "change/")
    assert client.get(change_url)["Location"] == change_url.removesuffix("change/")
    assert first.pk != second.pk


def test_cancelling_twice_says_it_is_already_cancelled(client, event_index):
    page, registrable = make_registrable_event(event_index)
    registration = person(registrable)
    client.post(manage_url(registration, "cancel/"), {"confirm": "on"})

    response = client.post(manage_url(registration, "cancel/"), {"confirm": "on"})

    assert response.status_code == 400
    assert "This registration is already cancelled." in response.content.decode()


def test_a_confirmed_delegate_downloads_the_calendar_and_the_qr_code(client, event_index):
    from icalendar import Calendar

    page, registrable = make_registrable_event(event_index)
    registration = person(registrable)

    ics = client.get(manage_url(registration, "calendar/"))
    qr = client.get(manage_url(registration, "qr/"))

    assert ics["Content-Type"] == "text/calendar; charset=utf-8"
    assert ics["Content-Disposition"] == 'attachment; filename="invite.ics"'
    [event] = Calendar.from_ical(ics.content).walk("VEVENT")
    assert str(event["SUMMARY"]) == page.title
    assert qr["Content-Type"] == "image/png"
    assert qr.content[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_waiting_delegate_has_no_calendar_or_qr_code_yet(client, event_index):
    page, registrable = make_registrable_event(event_index, capacity=0)
    registration = person(registrable)

    assert client.get(manage_url(registration, "calendar/")).status_code == 404
    assert client.get(manage_url(registration, "qr/")).status_code == 404
    html = client.get(manage_url(registration)).content.decode()
    assert "/qr/" not in html
    assert "On the waiting list" in html


def test_an_erased_registrations_link_has_expired(client, event_index):
    from madang.registrations import services

    page, registrable = make_registrable_event(event_index)
    registration = person(registrable)
    services.erase_personal_data(registrations=[registration])

    assert client.get(manage_url(registration)).status_code == 410


def test_the_self_service_page_follows_the_language_of_the_link(client, event_index):
    page, registrable = make_registrable_event(event_index)
    registration = person(registrable)

    response = client.get(f"/ko/registration/{manage_token(registration)}/")

    assert '<html lang="ko"' in response.content.decode()
    assert response.status_code == 200
