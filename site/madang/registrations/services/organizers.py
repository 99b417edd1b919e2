"""What organizers do: seats, approval, the waiting list, check-in, mails to delegates."""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import outbox
from ..errors import RegistrationError
from ..models import MailKind, Registrable, Registration, Status
from ..transitions import MAIL_FOR_STATUS, Action, require
from .locking import locked
from .page_sync import write_seats_to_pages
from .seats import confirm_seat, end_registration, promote_from_waitlist, seats_left


def add_seats(*, registrable, seats, now=None):
    """More seats; the first people waiting get them. The page's "seats" field (or the
    activity's on its page) says so too (every language, the next draft), so that
    publishing it again keeps them."""
    if seats < 1:
        raise RegistrationError(_("Add at least one seat."), code="invalid")
    with locked(registrable=registrable) as held:
        registrable = held.registrable
        if registrable.capacity is None:
            raise RegistrationError(_("This registration has no seat limit."), code="unlimited")
        registrable.capacity += seats
        if write_seats_to_pages(registrable=registrable):
            registrable.synced_capacity = registrable.capacity  # what the page says now
        registrable.save(update_fields=["capacity", "synced_capacity"])
        return promote_from_waitlist(registrable=registrable, now=now)


def approve_registration(*, registration, now=None):
    now = now or timezone.now()
    with locked(registration=registration) as (_registrable, registration):
        require(Action.APPROVE, registration)
        return confirm_seat(registration, mail=MailKind.CONFIRMED, now=now)


def reject_registration(*, registration, now=None):
    return end_registration(registration, action=Action.REJECT, now=now or timezone.now())


def confirm_from_waitlist(*, registration, now=None):
    """An organizer moves a waiting person into a free seat (never past the limit)."""
    now = now or timezone.now()
    with locked(registration=registration) as (registrable, registration):
        require(Action.GIVE_SEAT, registration)
        if seats_left(registrable) == 0:
            raise RegistrationError(
                _("No seat is free. Add seats, or move someone to the waiting list first."),
                code="full",
            )
        return confirm_seat(registration, mail=MailKind.PROMOTED, now=now)


def move_to_waitlist(*, registration, now=None):
    """An organizer moves a confirmed person to the end of the waiting list."""
    now = now or timezone.now()
    with locked(registration=registration) as (_registrable, registration):
        require(Action.WAITLIST, registration)
        registration.status = Status.WAITLISTED
        registration.waitlisted_at = now
        registration.save()
        outbox.enqueue(registration, MailKind.WAITLISTED)
        return registration


def check_in(*, registrable, code, now=None):
    """Mark a confirmed delegate as arrived, by the code on their QR."""
    now = now or timezone.now()
    code = "".join(ch for ch in (code or "").upper() if ch.isalnum())
    main = registrable.parent or registrable
    with transaction.atomic():
        registration = (
            Registration.objects.select_for_update().filter(registrable=main, code=code).first()
        )
        if registration is None:
            raise RegistrationError(
                _("No registration has the code %(code)s.") % {"code": code or "–"}, code="unknown"
            )
        require(Action.CHECK_IN, registration)
        if registration.checked_in_at is None:
            registration.checked_in_at = now
            registration.save(update_fields=["checked_in_at"])
        return registration


def write_to_confirmed(*, registrable, subject, body):
    """Queue one mail per confirmed delegate; returns how many."""
    with transaction.atomic():
        count = 0
        for registration in Registration.objects.filter(
            registrable=registrable, status=Status.CONFIRMED
        ).exclude(email=""):
            outbox.enqueue(registration, MailKind.MESSAGE, subject=subject, body=body)
            count += 1
        return count


def resend_mail(*, registration):
    """Queue the mail that matches the registration's status again."""
    require(Action.RESEND, registration)
    with transaction.atomic():
        return outbox.enqueue(registration, MAIL_FOR_STATUS[registration.status])


def send_reminders(*, now=None):
    """Remind confirmed delegates a few days before the start; once each."""
    now = now or timezone.now()
    sent = 0
    for registrable in Registrable.objects.filter(parent__isnull=True, starts_at__gt=now):
        if registrable.starts_at - now > datetime.timedelta(days=registrable.reminder_days):
            continue
        with transaction.atomic():
            for registration in (
                Registration.objects.select_for_update()
                .filter(registrable=registrable, status=Status.CONFIRMED, reminded_at__isnull=True)
                .exclude(email="")
            ):
                registration.reminded_at = now
                registration.save(update_fields=["reminded_at"])
                outbox.enqueue(registration, MailKind.REMINDER)
                sent += 1
    return sent
