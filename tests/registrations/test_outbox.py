import datetime

import pytest
from django.core import mail
from django.db import transaction
from django.test import override_settings
from django.utils import timezone

from madang.registrations import outbox
from madang.registrations.models import OutboxMail, OutboxStatus, Registration

from .factories import make_registrable, register
from .failing_mail import FAILING, WORKING

MINUTE = datetime.timedelta(minutes=1)


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


def test_a_row_left_sending_by_a_crashed_worker_is_recovered_and_sent_once(db):
    registration = register(make_registrable())
    now = timezone.now()
    registration.mails.update(
        status=OutboxStatus.SENDING, claimed_at=now - outbox.STUCK_AFTER - MINUTE, attempts=1
    )
    assert outbox.deliver_due(now=now) == 1
    assert outbox.deliver_due(now=now + 60 * MINUTE) == 0
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


def test_after_the_last_attempt_the_row_fails_and_is_left_alone(db):
    row = register(make_registrable()).mails.get()
    now = timezone.now()
    with override_settings(MAILERS=FAILING):
        for _ in range(outbox.MAX_ATTEMPTS):
            outbox.deliver_due(now=now)
            row.refresh_from_db()
            now = row.next_attempt_at
    assert (row.status, row.attempts) == (OutboxStatus.FAILED, outbox.MAX_ATTEMPTS)
    assert outbox.deliver_due(now=now + datetime.timedelta(days=1)) == 0
    assert mail.outbox == []


def test_a_stuck_row_that_used_all_its_attempts_fails_instead_of_coming_back(db):
    row = register(make_registrable()).mails.get()
    now = timezone.now()
    OutboxMail.objects.filter(pk=row.pk).update(
        status=OutboxStatus.SENDING,
        claimed_at=now - outbox.STUCK_AFTER - MINUTE,
        attempts=outbox.MAX_ATTEMPTS,
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
