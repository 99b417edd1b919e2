"""Mails in development: one line each in the terminal with where to read them, the
mail kept as a file, and the admin's page showing it as its reader sees it."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.urls import reverse
from wagtail.users.models import UserProfile

from madang.registrations import mails
from madang.registrations.devmail import EmailBackend
from madang.registrations.models import MailKind, OutboxMail

from .factories import make_registrable, make_registrable_event, register


@pytest.fixture
def admin(db, client):
    user = get_user_model().objects.create_superuser("organizer", "o@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ko"
    profile.save()
    client.force_login(user)
    return client


def test_an_outbox_mail_is_one_line_with_a_link_to_read_it(db, tmp_path, settings):
    settings.SITE_URL = "http://127.0.0.1:8123"  # make run sets it from HOST and PORT
    registration = register(make_registrable(), correspondence_language="ja")
    mail = OutboxMail.objects.get(registration=registration)
    mails.render_outbox_mail(mail)
    stream = io.StringIO()

    message = EmailMessage(
        mail.subject,
        mail.text,
        to=[mail.to],
        headers={"Message-ID": f"<{mail.uuid}@madang.example>"},
    )
    EmailBackend(directory=tmp_path, stream=stream).send_messages([message])

    lines = stream.getvalue().splitlines()
    assert lines == [
        f"Mail to {registration.email}: {mail.subject}",
        f"    read it: http://127.0.0.1:8123/admin/registration-mails/{mail.uuid}/",
    ]
    [kept] = tmp_path.glob("*.eml")
    assert f"Subject: {mail.subject}".encode() in kept.read_bytes() or b"Subject: =?utf-8?" in (
        kept.read_bytes()
    )
    assert "Content-Type" not in stream.getvalue()  # no MIME in the terminal


def test_any_other_mail_is_kept_as_a_file_named_in_the_line(tmp_path):
    stream = io.StringIO()
    message = EmailMessage("비밀번호 재설정", "본문", to=["a@example.org"])

    EmailBackend(directory=tmp_path, stream=stream).send_messages([message])

    [kept] = tmp_path.glob("*.eml")
    assert stream.getvalue().splitlines() == [
        "Mail to a@example.org: 비밀번호 재설정",
        f"    read it: {kept}",
    ]


def test_the_admin_shows_a_mail_as_its_reader_sees_it(admin, event_index):
    page, registrable = make_registrable_event(event_index)
    registration = register(registrable, correspondence_language="ja")
    mail = OutboxMail.objects.get(registration=registration, kind=MailKind.CONFIRMED)

    response = admin.get(reverse("registrations_mail", args=[mail.uuid]))

    html = response.content.decode()
    subject, text, _html = mails.render(registration, MailKind.CONFIRMED)
    assert response.status_code == 200
    assert f"<dd data-mail-subject>{subject}</dd>" in html
    assert page.title in subject
    assert 'sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="' in html
    assert "&lt;meta name=&quot;viewport&quot;" in html  # the HTML mail, in the frame
    assert 'lang="ja" data-mail-text>' in html
    assert '<a href="https://madang.test/ja/registration/' in html  # links can be followed
    assert "invite.ics" in html


def test_the_registrations_detail_links_each_mail_to_its_page(admin):
    registration = register(make_registrable())
    mail = registration.mails.get()

    html = admin.get(reverse("registrations_admin:detail", args=[registration.pk])).content
    assert reverse("registrations_mail", args=[mail.uuid]).encode() in html


def test_development_uses_this_backend():
    from madang.settings import dev

    assert dev.MAILERS["default"]["BACKEND"] == "madang.registrations.devmail.EmailBackend"
