"""The provider's tracking webhooks (anymail's), as Amazon SES (via SNS) and Postmark post them."""

import base64
import datetime
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

from anymail.backends import test as anymail_test
from django.test import Client, override_settings
from django.utils import timezone

from madang.registrations import outbox
from madang.registrations.models import MailEvent, OutboxMail, OutboxStatus

from .factories import make_registrable, register
from .fake_provider import fake_provider

ROOT = Path(__file__).resolve().parents[2]
SES_URL = "/anymail/amazon_ses/tracking/"
POSTMARK_URL = "/anymail/postmark/tracking/"
SECRET = "madang:webhook-test-secret"  # ANYMAIL["WEBHOOK_SECRET"] in the test settings


def basic(secret):
    return "Basic " + base64.b64encode(secret.encode()).decode()


def sent_row(message_id="0100018c-ses-0001"):
    """A registration's mail, sent: the provider gave ``message_id``."""
    row = register(make_registrable()).mails.get()
    assert outbox.deliver(row.pk) is True
    OutboxMail.objects.filter(pk=row.pk).update(message_id=message_id)
    row.refresh_from_db()
    return row


def ses_event(row, kind, *, metadata=True):
    """An Amazon SES event for ``row``, as SES publishes it to SNS."""
    headers = [{"name": "Subject", "value": row.subject}]
    if metadata:  # anymail's SES backend puts the metadata in a header SES passes on
        headers.append({"name": "X-Metadata", "value": json.dumps({"outbox": str(row.uuid)})})
    event = {
        "eventType": kind,
        "mail": {
            "timestamp": "2026-12-03T06:00:00.000Z",
            "source": "noreply@madang.test",
            "messageId": row.message_id or "0100018c-unknown",
            "destination": [row.to],
            "headersTruncated": False,
            "headers": headers,
        },
    }
    if kind == "Delivery":
        event["delivery"] = {
            "timestamp": "2026-12-03T06:00:02.000Z",
            "recipients": [row.to],
            "smtpResponse": "250 2.0.0 OK",
        }
    elif kind == "Bounce":
        event["bounce"] = {
            "bounceType": "Permanent",
            "bounceSubType": "General",
            "bouncedRecipients": [
                {
                    "emailAddress": row.to,
                    "action": "failed",
                    "status": "5.1.1",
                    "diagnosticCode": "smtp; 550 5.1.1 user unknown",
                }
            ],
            "timestamp": "2026-12-03T06:00:03.000Z",
        }
    elif kind == "Send":
        event["send"] = {}
    return event


def post_sns(client, event, *, at="2026-12-03T06:00:05.000Z", sns_id=None, auth=SECRET):
    sns_id = sns_id or str(uuid.uuid4())
    body = {
        "Type": "Notification",
        "MessageId": sns_id,
        "TopicArn": "arn:aws:sns:ap-northeast-2:123456789012:madang-mail",
        "Message": json.dumps(event),
        "Timestamp": at,
        "SignatureVersion": "1",
        "Signature": "not-checked",
        "SigningCertURL": "https://sns.ap-northeast-2.amazonaws.com/cert.pem",
        "UnsubscribeURL": "https://sns.ap-northeast-2.amazonaws.com/?Action=Unsubscribe",
    }
    headers = {"x-amz-sns-message-type": "Notification", "x-amz-sns-message-id": sns_id}
    if auth:
        headers["Authorization"] = basic(auth)
    return client.post(
        SES_URL, json.dumps(body), content_type="text/plain; charset=UTF-8", headers=headers
    )


def status(row):
    row.refresh_from_db()
    return row.status


def events(row):
    return list(row.events.values_list("kind", "description"))


def test_a_delivery_marks_the_mail_delivered(db, client):
    row = sent_row()
    assert post_sns(client, ses_event(row, "Delivery")).status_code == 200
    assert status(row) == OutboxStatus.DELIVERED
    assert events(row) == [("delivered", "250 2.0.0 OK")]


def test_a_bounce_marks_the_mail_bounced_with_the_providers_reason(db, client):
    row = sent_row()
    assert post_sns(client, ses_event(row, "Bounce")).status_code == 200
    assert status(row) == OutboxStatus.BOUNCED
    assert events(row) == [("bounced", "Permanent: General · smtp; 550 5.1.1 user unknown")]


def test_the_latest_event_decides_even_when_an_earlier_one_arrives_last(db, client):
    row = sent_row()
    post_sns(client, ses_event(row, "Bounce"), at="2026-12-03T06:10:00.000Z")
    post_sns(client, ses_event(row, "Delivery"), at="2026-12-03T06:00:05.000Z")
    assert status(row) == OutboxStatus.BOUNCED
    assert sorted(kind for kind, _ in events(row)) == ["bounced", "delivered"]


def test_an_event_posted_twice_is_kept_once(db, client):
    row = sent_row()
    event = ses_event(row, "Delivery")
    assert post_sns(client, event, sns_id="sns-1").status_code == 200
    assert post_sns(client, event, sns_id="sns-1").status_code == 200
    assert MailEvent.objects.count() == 1


def test_the_message_id_alone_finds_the_mail(db, client):
    row = sent_row(message_id="0100018c-ses-0042")
    assert post_sns(client, ses_event(row, "Delivery", metadata=False)).status_code == 200
    assert status(row) == OutboxStatus.DELIVERED


def test_an_event_for_a_mail_we_do_not_know_is_accepted_and_ignored(db, client):
    row = sent_row()
    OutboxMail.objects.filter(pk=row.pk).update(message_id="another")
    row.uuid = uuid.uuid4()
    assert post_sns(client, ses_event(row, "Delivery")).status_code == 200
    assert MailEvent.objects.count() == 0


def test_a_post_without_the_secret_is_refused_and_changes_nothing(db, client):
    row = sent_row()
    # Amazon SNS sends the credentials only after a 401 asking for them.
    assert post_sns(client, ses_event(row, "Bounce"), auth=None).status_code == 401
    assert post_sns(client, ses_event(row, "Bounce"), auth="madang:guess").status_code == 400
    assert (status(row), MailEvent.objects.count()) == (OutboxStatus.SENT, 0)


def test_a_post_anymail_cannot_read_gets_a_400(db, client):
    headers = {"Authorization": basic(SECRET), "x-amz-sns-message-type": "Notification"}
    answer = client.post(SES_URL, "not json", content_type="text/plain", headers=headers)
    assert answer.status_code == 400
    answer = client.post(
        POSTMARK_URL, "{", content_type="application/json", headers={"Authorization": basic(SECRET)}
    )
    assert answer.status_code == 400


def test_a_get_is_not_allowed(db, client):
    assert client.get(SES_URL).status_code == 405


def postmark_delivery(row, message_id):
    return {
        "RecordType": "Delivery",
        "ServerID": 23,
        "MessageStream": "outbound",
        "MessageID": message_id,
        "Recipient": row.to,
        "Tag": "",
        "DeliveredAt": "2026-12-03T06:00:02Z",
        "Details": "smtp;250 2.0.0 OK",
        "Metadata": {"outbox": str(row.uuid)},
    }


def test_a_timed_out_mail_the_provider_delivered_is_never_sent_again(db, client):
    row = register(make_registrable()).mails.get()
    now = timezone.now()
    with fake_provider() as provider:
        provider.mode = "timeout"
        assert outbox.deliver_due(now=now) == 0
        assert status(row) == OutboxStatus.UNCERTAIN
        answer = client.post(
            POSTMARK_URL,
            json.dumps(postmark_delivery(row, "pm-0001")),
            content_type="application/json",
            headers={"Authorization": basic(SECRET)},
        )
        assert answer.status_code == 200
        provider.mode = "accept"
        assert outbox.deliver_due(now=now + outbox.GRACE) == 0
        assert outbox.deliver_due(now=now + datetime.timedelta(days=3)) == 0
    row.refresh_from_db()
    assert (row.status, row.message_id, row.attempts) == (OutboxStatus.DELIVERED, "pm-0001", 1)
    assert len(provider.received) == 1


class WebhookFirstBackend(anymail_test.EmailBackend):
    """A provider so quick that its delivery webhook arrives before its answer to the send."""

    def send_messages(self, email_messages):
        sent = super().send_messages(email_messages)
        for message in email_messages:
            row = OutboxMail.objects.get(uuid=message.metadata["outbox"])
            answer = Client().post(
                POSTMARK_URL,
                json.dumps(postmark_delivery(row, str(message.anymail_status.message_id))),
                content_type="application/json",
                headers={"Authorization": basic(SECRET)},
            )
            assert answer.status_code == 200
        return sent


def test_a_webhook_that_comes_before_the_providers_answer_keeps_its_word(db):
    row = register(make_registrable()).mails.get()
    backend = f"{__name__}.WebhookFirstBackend"
    with override_settings(MAILERS={"default": {"BACKEND": backend}}):
        assert outbox.deliver(row.pk) is True
    row.refresh_from_db()
    assert (row.status, row.message_id) == (OutboxStatus.DELIVERED, "0")
    assert row.sent_at is not None


def start_production(**environment):
    env = {k: v for k, v in os.environ.items() if k not in {"MAIL_TRACKING", "ANYMAIL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="madang.settings.production",
        SECRET_KEY="s" * 50,
        SITE_URL="https://madang.example",
        DATABASE_URL="postgres://db/madang",
        CACHE_URL="redis://cache:6379/1",
        MAIL_BACKEND="anymail.backends.amazon_ses.EmailBackend",
        PYTHONPATH=f"{ROOT}{os.pathsep}{ROOT / 'site'}",
        **environment,
    )
    done = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT / "site",
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done.returncode, (done.stderr.strip().splitlines() or [""])[-1]


def test_production_refuses_tracking_without_a_webhook_secret():
    status, error = start_production(MAIL_TRACKING="on", ANYMAIL='{"AMAZON_SES_CLIENT_PARAMS": {}}')
    assert status == 1
    assert error == (
        "django.core.exceptions.ImproperlyConfigured: MAIL_TRACKING is on, but ANYMAIL has no "
        "WEBHOOK_SECRET: anyone could post to the mail tracking webhooks. Add "
        '"WEBHOOK_SECRET": "user:long-random-password" to ANYMAIL and use it in the '
        "provider's webhook address. See README.md, Deployment."
    )
    status, error = start_production(
        MAIL_TRACKING="on", ANYMAIL='{"WEBHOOK_SECRET": "madang:a-long-random-password"}'
    )
    assert (status, error) == (0, "")
