import datetime
import socket

import pytest
from django.core import mail
from django.db import transaction
from django.test import override_settings
from django.utils import timezone

from madang.registrations import outbox
from madang.registrations.models import OutboxMail, OutboxStatus, Registration

from .factories import make_registrable, register
from .failing_mail import FAILING, WORKING
from .fake_provider import fake_provider

MINUTE = datetime.timedelta(minutes=1)
# Every send of the lost-replies test times out: the client waits this long for each of
# its 20 answers, a reply that never comes in time (the provider answers after three times).
LOST_REPLY_TIMEOUT = 0.05


def test_a_failing_provider_keeps_all_100_and_after_recovery_exactly_100_are_sent(
    db, django_capture_on_commit_callbacks
):
    registrable = make_registrable(capacity=500)
    with override_settings(MAILERS=FAILING), django_capture_on_commit_callbacks(execute=True):
        registrations = [register(registrable) for _ in range(100)]
    assert Registration.objects.filter(registrable=registrable, status="confirmed").count() == 100
    assert list(OutboxMail.objects.order_by().values_list("status", "attempts").distinct()) == [
        ("pending", 1)
    ]
    assert mail.outbox == []

    later = timezone.now() + 2 * MINUTE  # past the first backoff (one minute)
    with override_settings(MAILERS=WORKING):
        assert outbox.deliver_due(now=later) == 100
        assert outbox.deliver_due(now=later + 60 * MINUTE) == 0
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        r.email for r in registrations
    )
    assert OutboxMail.objects.filter(status="sent").count() == 100


def test_the_error_is_kept_on_the_row(db):
    registration = register(make_registrable())
    with override_settings(MAILERS=FAILING):
        outbox.deliver_due()
    assert registration.mails.get().last_error == (
        "AnymailAPIError: 503 Service Unavailable: the provider is down"
    )


def test_a_row_left_sending_by_a_crashed_worker_waits_for_the_grace_period_then_is_sent_once(db):
    registration = register(make_registrable())
    claimed = timezone.now() - outbox.STUCK_AFTER - MINUTE
    registration.mails.update(status=OutboxStatus.SENDING, claimed_at=claimed, attempts=1)
    now = timezone.now()
    # The worker may have handed the mail over before it stopped: wait for the provider's word.
    assert outbox.deliver_due(now=now) == 0
    row = registration.mails.get()
    assert (row.status, row.next_attempt_at) == (OutboxStatus.UNCERTAIN, claimed + outbox.GRACE)
    assert outbox.deliver_due(now=claimed + outbox.GRACE) == 1
    assert outbox.deliver_due(now=claimed + 2 * outbox.GRACE) == 0
    assert [message.to for message in mail.outbox] == [[registration.email]]


def test_a_row_another_worker_is_sending_now_is_left_alone(db):
    registration = register(make_registrable())
    now = timezone.now()
    registration.mails.update(status=OutboxStatus.SENDING, claimed_at=now - MINUTE, attempts=1)
    assert outbox.deliver_due(now=now) == 0
    assert registration.mails.get().status == OutboxStatus.SENDING
    assert mail.outbox == []


def test_a_sent_row_is_never_sent_again(db):
    registration = register(make_registrable())
    row = registration.mails.get()
    assert outbox.deliver(row.pk) is True
    assert outbox.deliver(row.pk, now=timezone.now() + 60 * MINUTE) is False
    assert len(mail.outbox) == 1


def test_the_wait_between_attempts_doubles(db):
    row = register(make_registrable()).mails.get()
    waits = []
    now = timezone.now()
    with override_settings(MAILERS=FAILING):
        for _ in range(4):
            outbox.deliver_due(now=now)
            row.refresh_from_db()
            waits.append(row.next_attempt_at - now)
            now = row.next_attempt_at
    assert waits == [MINUTE, 2 * MINUTE, 4 * MINUTE, 8 * MINUTE]


def test_a_retry_is_not_made_before_its_time(db):
    row = register(make_registrable()).mails.get()
    now = timezone.now()
    with override_settings(MAILERS=FAILING):
        outbox.deliver_due(now=now)
    assert outbox.deliver_due(now=now + MINUTE - datetime.timedelta(seconds=1)) == 0
    row.refresh_from_db()
    assert (row.status, row.attempts) == (OutboxStatus.PENDING, 1)


def test_retries_go_on_for_five_days_with_waits_of_at_most_an_hour_then_the_row_fails(db):
    row = register(make_registrable()).mails.get()
    first = now = timezone.now()
    waits = []
    with override_settings(MAILERS=FAILING):
        while True:
            assert outbox.deliver_due(now=now) == 0
            row.refresh_from_db()
            if row.status == OutboxStatus.FAILED:
                break
            waits.append(row.next_attempt_at - now)
            now = row.next_attempt_at
    assert waits[:8] == [m * MINUTE for m in (1, 2, 4, 8, 16, 32, 60, 60)]
    assert max(waits) == 60 * MINUTE
    # The last attempt was made 4 days 23 hours 3 minutes after the first: 125 in all.
    assert (row.attempts, now - first) == (125, datetime.timedelta(days=4, hours=23, minutes=3))
    assert outbox.deliver_due(now=now + datetime.timedelta(days=1)) == 0
    assert mail.outbox == []


def test_a_stuck_row_past_the_five_days_fails_instead_of_coming_back(db):
    row = register(make_registrable()).mails.get()
    now = timezone.now()
    OutboxMail.objects.filter(pk=row.pk).update(
        status=OutboxStatus.SENDING,
        claimed_at=now - outbox.STUCK_AFTER - MINUTE,
        first_attempt_at=now - outbox.RETRY_FOR - MINUTE,
        attempts=125,
    )
    assert outbox.deliver_due(now=now) == 0
    row.refresh_from_db()
    assert row.status == OutboxStatus.FAILED
    assert mail.outbox == []


def test_a_registration_rolled_back_leaves_no_mail(db, django_capture_on_commit_callbacks):
    registrable = make_registrable()
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        register(registrable)
        assert OutboxMail.objects.count() == 1  # written in the same transaction
        raise RuntimeError("something after the registration failed")
    assert (Registration.objects.count(), OutboxMail.objects.count(), callbacks) == (0, 0, [])
    assert mail.outbox == []


# --- a real anymail backend (Postmark's) against a provider on loopback -------------------


def test_an_accepted_mail_keeps_the_providers_id_and_carries_the_outbox_id(db):
    row = register(make_registrable()).mails.get()
    with fake_provider() as provider:
        assert outbox.deliver_due() == 1
    row.refresh_from_db()
    assert (row.status, row.message_id, row.attempts) == (OutboxStatus.SENT, "pm-0001", 1)
    assert [payload["Metadata"] for payload in provider.received] == [{"outbox": str(row.uuid)}]


def test_a_send_that_timed_out_is_not_repeated_while_the_provider_may_have_it(db):
    registrable = make_registrable()
    registrations = [register(registrable) for _ in range(20)]
    now = timezone.now()
    with fake_provider(timeout=LOST_REPLY_TIMEOUT) as provider:
        provider.mode = "timeout"
        assert outbox.deliver_due(now=now) == 0
        provider.mode = "accept"
        # Housekeeping runs every five minutes during the grace period: nothing is sent again.
        for minutes in range(5, 60, 5):
            assert outbox.deliver_due(now=now + minutes * MINUTE) == 0
    assert len(provider.received) == 20
    assert sorted(p["To"] for p in provider.received) == sorted(r.email for r in registrations)
    assert list(OutboxMail.objects.order_by().values_list("status", "attempts").distinct()) == [
        (OutboxStatus.UNCERTAIN, 1)
    ]
    row = registrations[0].mails.get()
    assert row.next_attempt_at == now + outbox.GRACE
    assert row.last_error.startswith("AnymailRequestsAPIError: Error posting to http://127.0.0.1:")
    assert f"read timeout={LOST_REPLY_TIMEOUT}" in row.last_error


def test_without_the_providers_word_after_the_grace_period_a_timed_out_mail_is_sent_once_more(db):
    row = register(make_registrable()).mails.get()
    now = timezone.now()
    with fake_provider() as provider:
        provider.mode = "timeout"
        outbox.deliver_due(now=now)
        provider.mode = "accept"
        assert outbox.deliver_due(now=now + outbox.GRACE) == 1
        assert outbox.deliver_due(now=now + 2 * outbox.GRACE) == 0
    row.refresh_from_db()
    assert (row.status, row.attempts, row.message_id) == (OutboxStatus.SENT, 2, "pm-0002")
    assert len(provider.received) == 2


def test_a_mail_the_provider_refuses_fails_at_once_and_is_never_tried_again(db):
    row = register(make_registrable()).mails.get()
    now = timezone.now()
    with fake_provider() as provider:
        provider.mode = "invalid"
        assert outbox.deliver_due(now=now) == 0
        provider.mode = "accept"
        assert outbox.deliver_due(now=now + datetime.timedelta(days=1)) == 0
    row.refresh_from_db()
    assert (row.status, row.attempts) == (OutboxStatus.FAILED, 1)
    assert "Postmark API response 422" in row.last_error
    assert provider.received == []


def test_a_provider_that_is_down_is_tried_again_after_a_minute(db):
    row = register(make_registrable()).mails.get()
    now = timezone.now()
    with fake_provider() as provider:
        provider.mode = "down"
        assert outbox.deliver_due(now=now) == 0
        row.refresh_from_db()
        assert (row.status, row.next_attempt_at) == (OutboxStatus.PENDING, now + MINUTE)
        provider.mode = "accept"
        assert outbox.deliver_due(now=now + MINUTE) == 1
    assert len(provider.received) == 1


def test_a_provider_that_cannot_be_reached_is_tried_again_after_a_minute(db):
    row = register(make_registrable()).mails.get()
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}/"
    now = timezone.now()
    with fake_provider() as provider, provider.settings(closed):
        assert outbox.deliver_due(now=now) == 0
    row.refresh_from_db()
    assert (row.status, row.next_attempt_at) == (OutboxStatus.PENDING, now + MINUTE)
    assert provider.received == []
