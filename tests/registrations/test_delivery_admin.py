"""Mail delivery in the admin: organizers see bounced and failed mails and send them again."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse
from wagtail.users.models import UserProfile

from madang.registrations import outbox
from madang.registrations.models import EventRole, MailEvent, OutboxMail, OutboxStatus
from madang.registrations.services.event_roles import assign_event_role

from .factories import make_registrable, register

pytestmark = pytest.mark.django_db

INDEX = "/admin/mail-delivery/"
RESEND = "/admin/mail-delivery/resend/"


def messages_of(response):
    return [str(m).strip() for m in get_messages(response.wsgi_request)]


def login(client, language="en", *, permissions=None):
    if permissions is None:
        user = get_user_model().objects.create_superuser("organizer", "o@example.org", "pw")
    else:
        user = get_user_model().objects.create_user("staff", "s@example.org", "pw")
        group = Group.objects.create(name="Mail readers")
        group.permissions.add(
            *Permission.objects.filter(codename__in=["access_admin", *permissions])
        )
        user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def admin(client):
    return login(client)


def mail_in(status, registrable, **overrides):
    """A registration's mail, sent, then given ``status`` (as the webhooks or retries would)."""
    registration = register(registrable, **overrides)
    row = registration.mails.get()
    outbox.deliver(row.pk)
    OutboxMail.objects.filter(pk=row.pk).update(status=status)
    row.refresh_from_db()
    return row


@pytest.fixture
def mails():
    registrable = make_registrable(title="Gwangju assembly")
    return {
        status: mail_in(status, registrable, email=f"{status}@example.org")
        for status in ["delivered", "bounced", "failed", "uncertain", "sent"]
    }


def listed(response):
    return sorted(m.to for m in response.context["object_list"])


def test_the_listing_filters_mails_by_state(admin, mails):
    assert listed(admin.get(INDEX)) == sorted(m.to for m in mails.values())
    attention = admin.get(INDEX, {"state": "attention"})
    assert listed(attention) == ["bounced@example.org", "failed@example.org"]
    assert listed(admin.get(INDEX, {"state": "bounced"})) == ["bounced@example.org"]
    assert listed(admin.get(INDEX, {"state": "waiting"})) == ["uncertain@example.org"]
    assert listed(admin.get(INDEX, {"state": "delivered"})) == ["delivered@example.org"]
    assert listed(admin.get(INDEX, {"q": "failed@"})) == ["failed@example.org"]


def test_only_bounced_and_failed_mails_can_be_ticked(admin, mails):
    html = admin.get(INDEX).content.decode()
    ticked = {m.to for m in mails.values() if f'name="mails" value="{m.pk}"' in html}
    assert ticked == {"bounced@example.org", "failed@example.org"}


def test_the_listing_shows_the_providers_reason(admin, mails):
    MailEvent.objects.create(
        mail=mails["bounced"],
        kind="bounced",
        occurred_at=mails["bounced"].sent_at,
        description="Permanent: General · smtp; 550 5.1.1 user unknown",
    )
    response = admin.get(INDEX, {"state": "bounced"})
    assert "Permanent: General · smtp; 550 5.1.1 user unknown" in response.content.decode()


def test_bulk_resend_sends_each_ticked_mail_once_more(
    admin, mails, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    chosen = [mails["bounced"].pk, mails["failed"].pk]
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(RESEND, {"mails": chosen, "next": INDEX + "?state=attention"})
    assert response.status_code == 302
    assert response["Location"] == INDEX + "?state=attention"
    assert messages_of(response) == ["2 mails are on their way again."]
    assert sorted(m.to[0] for m in mail.outbox) == ["bounced@example.org", "failed@example.org"]
    copies = OutboxMail.objects.filter(resend_of__isnull=False)
    assert sorted(copies.values_list("resend_of__to", "status")) == [
        ("bounced@example.org", OutboxStatus.SENT),
        ("failed@example.org", OutboxStatus.SENT),
    ]
    # Sent again: no longer waiting for an organizer, and not sent a third time.
    assert listed(admin.get(INDEX, {"state": "attention"})) == []
    with django_capture_on_commit_callbacks(execute=True):
        again = admin.post(RESEND, {"mails": chosen, "next": INDEX})
    assert messages_of(again) == [
        "2 mails were not bounced or failed, or were already sent again; they were left alone."
    ]
    assert (len(mail.outbox), copies.count()) == (2, 2)


def test_a_resent_mail_goes_to_the_corrected_address(
    admin, mails, django_capture_on_commit_callbacks
):
    bounced = mails["bounced"]
    bounced.registration.email = "right@example.org"
    bounced.registration.save()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        admin.post(RESEND, {"mails": [bounced.pk], "next": INDEX})
    assert [(m.to, m.subject) for m in mail.outbox] == [(["right@example.org"], bounced.subject)]


def test_resend_of_a_delivered_mail_is_refused(admin, mails):
    response = admin.post(RESEND, {"mails": [mails["delivered"].pk], "next": INDEX})
    assert messages_of(response) == [
        "1 mail was not bounced or failed, or was already sent again; it was left alone."
    ]
    assert OutboxMail.objects.filter(resend_of__isnull=False).count() == 0


def test_resend_without_a_ticked_mail_says_so(admin, mails):
    response = admin.post(RESEND, {"next": INDEX})
    assert messages_of(response) == ["Tick the bounced or failed mails to send again first."]
    admin.get(INDEX)  # the message is shown, and gone
    bad = admin.post(RESEND, {"mails": ["x"], "next": INDEX})
    assert messages_of(bad) == ["Tick the bounced or failed mails to send again first."]


def test_a_reader_sees_the_listing_but_cannot_resend(client, mails):
    login(client, permissions=["view_registration"])
    assert client.get(INDEX).status_code == 200
    response = client.post(RESEND, {"mails": [mails["bounced"].pk], "next": INDEX})
    assert (response.status_code, OutboxMail.objects.filter(resend_of__isnull=False).count()) == (
        302,
        0,
    )
    assert response["Location"] == reverse("wagtailadmin_home")


def test_without_permission_the_listing_is_refused(client, mails):
    login(client, permissions=[])
    assert client.get(INDEX).status_code == 302


def test_the_mails_page_shows_its_delivery_events(admin, mails):
    bounced = mails["bounced"]
    MailEvent.objects.create(
        mail=bounced, kind="delivered", occurred_at=bounced.sent_at, description="250 2.0.0 OK"
    )
    MailEvent.objects.create(
        mail=bounced, kind="bounced", occurred_at=bounced.sent_at, description="user unknown"
    )
    page = admin.get(reverse("registrations_mail", args=[bounced.uuid]))
    events = [(e.kind, e.description) for e in page.context["events"]]
    assert events == [("delivered", "250 2.0.0 OK"), ("bounced", "user unknown")]
    assert page.context["resendable"] is True
    assert "Send this mail again" in page.content.decode()


def test_the_dashboard_counts_mails_that_need_attention(admin, mails):
    html = admin.get(reverse("wagtailadmin_home")).content.decode()
    assert "Not sent again yet: 1 bounced, 1 failed." in html
    OutboxMail.objects.filter(status__in=["bounced", "failed"]).update(status="delivered")
    html = admin.get(reverse("wagtailadmin_home")).content.decode()
    assert "Not sent again yet" not in html


def test_the_listing_in_korean(client, mails):
    login(client, "ko")
    html = client.get(INDEX, {"state": "attention"}).content.decode()
    assert "메일 전달" in html
    assert "반송됨" in html


def test_an_event_organizer_sees_and_resends_only_that_events_mails(
    client, django_capture_on_commit_callbacks
):
    mine, theirs = make_registrable(title="Gwangju"), make_registrable(title="Saitama")
    my_mail = mail_in("bounced", mine, email="mine@example.org")
    their_mail = mail_in("bounced", theirs, email="theirs@example.org")
    user = get_user_model().objects.create_user("kim", "kim@example.org", "pw")
    assign_event_role(registrable=mine, user=user, role=EventRole.Kind.ORGANIZER)
    login_as = UserProfile.get_for_user(user)
    login_as.preferred_language = "en"
    login_as.save()
    client.force_login(user)

    assert listed(client.get(INDEX)) == ["mine@example.org"]
    assert client.get(reverse("registrations_mail", args=[my_mail.uuid])).status_code == 200
    theirs_page = client.get(reverse("registrations_mail", args=[their_mail.uuid]))
    assert (theirs_page.status_code, theirs_page["Location"]) == (302, reverse("wagtailadmin_home"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(RESEND, {"mails": [my_mail.pk, their_mail.pk], "next": INDEX})
    resent = OutboxMail.objects.filter(resend_of__isnull=False).values_list("to", flat=True)
    assert list(resent) == ["mine@example.org"]
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Not sent again yet" not in html


def test_a_desk_volunteer_sees_no_mails(client):
    event = make_registrable()
    mail_in("bounced", event)
    user = get_user_model().objects.create_user("desk", "desk@example.org", "pw")
    assign_event_role(registrable=event, user=user, role=EventRole.Kind.DESK)
    client.force_login(user)
    assert client.get(INDEX).status_code == 302
