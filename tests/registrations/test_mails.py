"""Mails to delegates: in their language, plain text and HTML, with .ics and QR where due."""

import datetime

from django.core import mail
from icalendar import Calendar

from madang.registrations import services
from madang.registrations.models import OutboxMail, Registration
from tests.factories import translate_page

from .delegates import link_in
from .factories import make_registrable_event, register

PNG = b"\x89PNG\r\n\x1a\n"


def person(registrable, language="en", **fields):
    return register(registrable, language=language, correspondence_language=language, **fields)


def html_of(message):
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def attachments(message):
    return {name: (content, mimetype) for name, content, mimetype in message.attachments}


def test_the_first_mail_asks_to_confirm_the_address_and_has_no_attachments(
    event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, requires_verification=True)

    with django_capture_on_commit_callbacks(execute=True):
        registration = person(registrable, name="Kim Minji")

    [message] = mail.outbox
    assert message.to == [registration.email]
    assert message.subject == f"Please confirm your email address: {page.title}"
    assert message.body.startswith("Dear Kim Minji,\n\nThank you for registering for ")
    assert link_in(message, "/en/registration/confirm/")
    assert "Confirm your email address</a>" in html_of(message)
    assert message.attachments == []
    assert OutboxMail.objects.get().kind == "received"


def test_the_confirmation_carries_the_calendar_and_the_check_in_qr_code(
    event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)

    with django_capture_on_commit_callbacks(execute=True):
        registration = person(registrable)

    [message] = mail.outbox
    assert message.subject == f"Registration confirmed: {page.title}"
    files = attachments(message)
    assert set(files) == {"invite.ics", f"checkin-{registration.code}.png"}
    ics, mimetype = files["invite.ics"]
    assert mimetype == "text/calendar"
    [event] = Calendar.from_ical(ics).walk("VEVENT")
    assert str(event["SUMMARY"]) == page.title
    assert event.decoded("DTSTART") == page.start
    assert event.decoded("DTEND") == page.end
    png, mimetype = files[f"checkin-{registration.code}.png"]
    assert (png[:8], mimetype) == (PNG, "image/png")
    assert f"Check-in code: {registration.code}" in message.body
    assert f"<strong>{registration.code}</strong>" in html_of(message)


def test_every_mail_has_the_self_service_link(event_index, django_capture_on_commit_callbacks):
    from madang.registrations.tokens import registration_from_manage_token

    page, registrable = make_registrable_event(event_index)
    with django_capture_on_commit_callbacks(execute=True):
        registration = person(registrable)

    [message] = mail.outbox
    link = link_in(message, "/en/registration/")
    token = link.removeprefix("/en/registration/").removesuffix("/")
    assert registration_from_manage_token(token) == registration
    assert f'<a href="https://madang.test{link}" style=' in html_of(message)


def test_waitlisted_then_promoted_when_a_seat_becomes_free(
    event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        holder = person(registrable)
        waiting = person(registrable)

    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_registration(registration=holder)

    mails = [(m.to[0], m.subject) for m in mail.outbox]
    assert mails == [
        (holder.email, f"Registration confirmed: {page.title}"),
        (waiting.email, f"You are on the waiting list: {page.title}"),
        (holder.email, f"Registration cancelled: {page.title}"),
        (waiting.email, f"A seat is yours: {page.title}"),
    ]
    waitlisted, cancelled, promoted = mail.outbox[1], mail.outbox[2], mail.outbox[3]
    assert "is full at the moment, so you are on the waiting list." in waitlisted.body
    assert attachments(waitlisted) == {}
    assert attachments(cancelled) == {}
    assert "Good news: a seat at " in promoted.body
    assert set(attachments(promoted)) == {
        "invite.ics",
        f"checkin-{Registration.objects.get(pk=waiting.pk).code}.png",
    }


def test_a_change_is_confirmed_by_mail_with_the_updated_calendar(
    event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)
    registration = person(registrable)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        services.change_registration(registration=registration, data={"role": "Chair"})

    [message] = mail.outbox
    assert message.subject == f"Registration changed: {page.title}"
    assert "invite.ics" in attachments(message)
    assert html_of(message).startswith('<!doctype html>\n<html lang="en">')


def test_mails_are_written_in_the_language_of_correspondence(
    event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)
    translate_page(event_index, "ja", title="イベント")
    translate_page(page, "ja", title="ケアの時代を共に開く全国大会")

    with django_capture_on_commit_callbacks(execute=True):
        # Registered on the Korean page, but mails in Japanese.
        registration = register(registrable, language="ko", correspondence_language="ja")

    [message] = mail.outbox
    assert "ケアの時代を共に開く全国大会" in message.subject
    assert '<html lang="ja">' in html_of(message)
    assert link_in(message, "/ja/registration/")
    assert OutboxMail.objects.get().language == "ja"
    assert registration.language == "ko"


def test_japanese_mails_end_their_labels_with_a_full_width_colon(
    event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)

    with django_capture_on_commit_callbacks(execute=True):
        registration = person(
            registrable, language="ja", name="山田花子", name_romanized="", organization=""
        )

    [message] = mail.outbox
    details = message.body.split("\nお申し込み内容\n", 1)[1].split("\n\n", 1)[0]
    assert details.splitlines() == [
        "- 状況：確定",
        "- 名前：山田花子",
        f"- 受付コード：{registration.code}",
    ]


def test_mails_follow_a_changed_language_of_correspondence(
    event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)
    registration = person(registrable, language="ko")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        services.change_registration(
            registration=registration, data={"correspondence_language": "en"}
        )

    [message] = mail.outbox
    assert message.subject == f"Registration changed: {page.title}"
    assert link_in(message, "/en/registration/")


def test_a_registration_without_an_address_gets_no_mail(
    event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index)

    with django_capture_on_commit_callbacks(execute=True):
        services.register_walk_in(
            registrable=registrable,
            data={"name": "At the desk", "correspondence_language": "ko"},
            language="ko",
            now=datetime.datetime(2030, 2, 27, 9, tzinfo=datetime.UTC),
        )

    assert mail.outbox == []
    assert OutboxMail.objects.count() == 0


def test_a_tour_naming_only_its_host_gives_no_empty_contact_line(
    home_pages, django_capture_on_commit_callbacks
):
    from madang.registrations.models import Registrable
    from tests.tours.factories import TourIndexPageFactory, make_tour

    home = home_pages["ko"]
    tour = make_tour(
        TourIndexPageFactory(parent=home, locale=home.locale),
        days=1,
        stops_per_day=1,
        take_registrations=True,
        capacity=10,
        requires_verification=False,
    )
    registrable = Registrable.objects.get(key=tour.translation_key)
    assert tour.host is not None and not tour.contact_email

    with django_capture_on_commit_callbacks(execute=True):
        person(registrable, name="Kim Minji")

    [message] = mail.outbox
    assert "Organizers’ contact" not in message.body
    assert "Organizers’ contact" not in html_of(message)
