import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone, translation

from madang.registrations import outbox, services
from madang.registrations.models import Booking, MailKind, OutboxMail, Registration, Status

from .factories import make_activity, make_registrable, register, registrant

HOUR = datetime.timedelta(hours=1)
DAY = datetime.timedelta(days=1)


def register_at(registrable, when, *, activities=(), **overrides):
    """Register one delegate at the time ``when``."""
    return services.register(
        registrable=registrable,
        data=registrant(**overrides),
        language="ko",
        activities=activities,
        now=when,
    )


# --- expiry -----------------------------------------------------------------


def test_an_unconfirmed_registration_expires_after_the_hours_allowed(db):
    registrable = make_registrable(requires_verification=True, verification_hours=48)
    start = timezone.now()
    registration = register_at(registrable, start)
    assert services.expire_unverified(now=start + 48 * HOUR) == 0
    assert services.expire_unverified(now=start + 48 * HOUR + datetime.timedelta(seconds=1)) == 1
    registration.refresh_from_db()
    assert registration.status == Status.EXPIRED


def test_expiry_follows_each_registrables_hours(db):
    quick = make_registrable(requires_verification=True, verification_hours=2)
    slow = make_registrable(requires_verification=True, verification_hours=72)
    start = timezone.now()
    register_at(quick, start)
    register_at(slow, start)
    assert services.expire_unverified(now=start + 3 * HOUR) == 1
    statuses = Registration.objects.order_by("registrable_id").values_list("status", flat=True)
    assert list(statuses) == [Status.EXPIRED, Status.UNVERIFIED]


def test_expiry_leaves_confirmed_registrations_alone(db):
    registrable = make_registrable(requires_verification=True, verification_hours=1)
    start = timezone.now()
    registration = register_at(registrable, start)
    services.confirm_email(registration=registration, now=start + HOUR / 2)
    assert services.expire_unverified(now=start + DAY) == 0
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_expiry_also_expires_the_activity_choices(db):
    registrable = make_registrable(requires_verification=True, verification_hours=1)
    visit = make_activity(registrable, capacity=10)
    start = timezone.now()
    registration = register_at(registrable, start, activities=[visit])
    services.expire_unverified(now=start + DAY)
    assert Booking.objects.get(registration=registration).status == Status.EXPIRED


def test_an_expired_registration_can_no_longer_be_confirmed(db):
    registrable = make_registrable(requires_verification=True, verification_hours=1)
    start = timezone.now()
    registration = register_at(registrable, start)
    services.expire_unverified(now=start + DAY)
    with pytest.raises(services.RegistrationError) as error:
        services.confirm_email(registration=registration, now=start + DAY)
    assert error.value.code == "expired"


# --- reminders --------------------------------------------------------------


def reminders():
    rows = OutboxMail.objects.filter(kind=MailKind.REMINDER).order_by("pk")
    return list(rows.values_list("to", flat=True))


def test_reminders_go_only_within_the_reminder_days(db):
    now = timezone.now()
    registrable = make_registrable(starts_at=now + 5 * DAY, reminder_days=3)
    registration = register(registrable)
    assert services.send_reminders(now=now) == 0
    assert services.send_reminders(now=now + 2 * DAY - HOUR) == 0
    assert services.send_reminders(now=now + 2 * DAY) == 1
    assert reminders() == [registration.email]


def test_reminders_go_once(db):
    now = timezone.now()
    registrable = make_registrable(starts_at=now + DAY, reminder_days=3)
    register(registrable)
    assert services.send_reminders(now=now) == 1
    assert services.send_reminders(now=now + HOUR) == 0
    assert len(reminders()) == 1


def test_reminders_go_only_to_confirmed_delegates(db):
    now = timezone.now()
    registrable = make_registrable(starts_at=now + DAY, capacity=2)
    confirmed = register(registrable)
    cancelled = register(registrable)
    waiting = register(registrable)
    services.cancel_registration(registration=cancelled)
    waiting.refresh_from_db()
    late = register(registrable)
    assert (waiting.status, late.status) == (Status.CONFIRMED, Status.WAITLISTED)
    assert services.send_reminders(now=now) == 2
    assert reminders() == [confirmed.email, waiting.email]


def test_no_reminder_once_it_has_started(db):
    now = timezone.now()
    registrable = make_registrable(starts_at=now + HOUR)
    register(registrable)
    assert services.send_reminders(now=now + 2 * HOUR) == 0


def test_a_reminder_is_written_in_the_delegates_language(db):
    now = timezone.now()
    registrable = make_registrable(starts_at=now + DAY)
    register(registrable, correspondence_language="en")
    services.send_reminders(now=now)
    outbox.deliver_due()  # the worker renders the mail before sending it
    assert OutboxMail.objects.get(kind=MailKind.REMINDER).subject == (
        "See you soon: Gwangju national conference"
    )


# --- the command ------------------------------------------------------------


def run(*args):
    out = io.StringIO()
    with translation.override("en"):
        call_command("housekeeping", *args, stdout=out)
    return out.getvalue()


def test_the_command_runs_every_job_and_says_what_it_did(db):
    now = timezone.now()
    verified = make_registrable(requires_verification=True, verification_hours=1)
    register_at(verified, now - DAY)  # its confirmation mail is waiting in the outbox
    soon = make_registrable(starts_at=now + DAY)
    register(soon)  # its confirmation mail too
    assert run() == (
        "stuck mails put back in line: 0; mails sent: 2; "
        "unconfirmed registrations expired: 1; reminders written: 1; "
        "registrations erased after the retention period: 0; "
        "abandoned drafts whose slugs were freed: 0; "
        "old bulk document files deleted: 0; "
        "pages published or unpublished on schedule: 0\n"
    )


def test_the_command_sends_a_mail_only_once(db):
    register(make_registrable())
    run()
    assert run().startswith("stuck mails put back in line: 0; mails sent: 0; ")


def test_the_loop_needs_a_positive_number_of_seconds(db):
    with pytest.raises(CommandError) as error:
        run("--loop", "0")
    assert str(error.value) == "--loop needs a number of seconds, at least 1."
