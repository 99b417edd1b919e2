"""Counting seats and placing people in them, or on the waiting list.

Every function here runs inside a :func:`~.locking.locked` block of its caller,
or takes one itself.
"""

import datetime

from django.utils import timezone

from .. import outbox
from ..models import ACTIVE, SEAT_HOLDING, Booking, MailKind, Registrable, Registration, Status
from ..transitions import MAIL_FOR_STATUS, Action, require
from .locking import lock_registrable, locked


def seats_taken(registrable):
    prefetched = registrable.prefetched_seats_taken  # pages.prefetch_registrables
    if prefetched is not None:
        return prefetched
    if registrable.parent_id is None:
        return Registration.objects.filter(registrable=registrable, status__in=SEAT_HOLDING).count()
    return Booking.objects.filter(activity=registrable, status__in=SEAT_HOLDING).count()


def seats_left(registrable):
    """Free seats, or None when there is no limit."""
    if registrable.capacity is None:
        return None
    return max(registrable.capacity - seats_taken(registrable), 0)


def decide_seat(registration, registrable, *, now):
    """Set the status of a verified registration: a seat if one is free, else the waiting list."""
    free = seats_left(registrable)
    if free is None or free > 0:
        registration.status = Status.PENDING if registrable.requires_approval else Status.CONFIRMED
        if registration.status == Status.CONFIRMED:
            registration.confirmed_at = now
    else:
        registration.status = Status.WAITLISTED
        registration.waitlisted_at = now


def place(registration, registrable, *, now, mail=True):
    """Give a verified registration a seat, or a place on the waiting list."""
    decide_seat(registration, registrable, now=now)
    registration.save()
    if registration.status == Status.CONFIRMED:
        place_bookings(registration, now=now)
    if mail:
        outbox.enqueue(registration, MAIL_FOR_STATUS[registration.status])


def place_bookings(registration, *, now):
    """Seats in the chosen activities, for a registration that has its own seat."""
    for booking in (
        registration.bookings.filter(status=Status.UNVERIFIED)
        .select_related("activity")
        .order_by("activity_id")
    ):
        activity = lock_registrable(booking.activity)
        free = seats_left(activity)
        if free is None or free > 0:
            booking.status = Status.CONFIRMED
        else:
            booking.status = Status.WAITLISTED
            booking.waitlisted_at = now
        booking.save(update_fields=["status", "waitlisted_at"])


def release_bookings(registration, *, now):
    freed = []
    for booking in registration.bookings.filter(status__in=ACTIVE).order_by("activity_id"):
        held = booking.status in SEAT_HOLDING
        booking.status = Status.CANCELLED
        booking.save(update_fields=["status"])
        if held:
            freed.append(booking.activity)
    for activity in freed:
        promote_from_waitlist(registrable=activity, now=now)


def confirm_seat(registration, *, mail, now):
    """Confirm a registration that may take its seat (under its lock), with its bookings."""
    registration.status = Status.CONFIRMED
    registration.confirmed_at = now
    registration.save()
    place_bookings(registration, now=now)
    outbox.enqueue(registration, mail)
    return registration


#: How a registration ends: its status and the mail that says so, by action.
ENDINGS = {
    Action.CANCEL: (Status.CANCELLED, MailKind.CANCELLED),
    Action.REJECT: (Status.REJECTED, MailKind.REJECTED),
}


def end_registration(registration, *, action, now):
    """Cancel or reject (``action``) under the lock; the seat goes to the first person waiting."""
    status, mail = ENDINGS[action]
    with locked(registration=registration) as (registrable, registration):
        require(action, registration)
        held = registration.holds_seat
        registration.status = status
        registration.cancelled_at = now
        registration.save()
        release_bookings(registration, now=now)
        outbox.enqueue(registration, mail)
        if held:
            promote_from_waitlist(registrable=registrable, now=now)
        return registration


def promote_from_waitlist(*, registrable, now=None):
    """Fill free seats from the waiting list, first come first served; returns those promoted."""
    now = now or timezone.now()
    promoted = []
    with locked(registrable=registrable) as held:
        registrable = held.registrable
        free = seats_left(registrable)
        if registrable.parent_id is None:
            waiting = Registration.objects.filter(
                registrable=registrable, status=Status.WAITLISTED
            ).order_by("waitlisted_at", "pk")
            if free is not None:
                waiting = waiting[:free]
            for registration in waiting:
                if registrable.requires_approval:
                    registration.status = Status.PENDING
                else:
                    registration.status = Status.CONFIRMED
                    registration.confirmed_at = now
                registration.save()
                if registration.status == Status.CONFIRMED:
                    place_bookings(registration, now=now)
                outbox.enqueue(registration, MailKind.PROMOTED)
                promoted.append(registration)
        else:
            waiting = (
                Booking.objects.filter(activity=registrable, status=Status.WAITLISTED)
                .select_related("registration")
                .order_by("waitlisted_at", "pk")
            )
            if free is not None:
                waiting = waiting[:free]
            for booking in waiting:
                booking.status = Status.CONFIRMED
                booking.save(update_fields=["status"])
                outbox.enqueue(booking.registration, MailKind.PROMOTED, activity=registrable)
                promoted.append(booking.registration)
    return promoted


def expire_unverified(*, now=None):
    """Unconfirmed registrations older than their registrable allows expire."""
    now = now or timezone.now()
    expired = 0
    for registrable in Registrable.objects.filter(
        registrations__status=Status.UNVERIFIED
    ).distinct():
        limit = now - datetime.timedelta(hours=registrable.verification_hours)
        with locked(registrable=registrable):
            rows = Registration.objects.filter(
                registrable=registrable, status=Status.UNVERIFIED, created_at__lt=limit
            )
            ids = list(rows.values_list("pk", flat=True))
            Booking.objects.filter(registration_id__in=ids).update(status=Status.EXPIRED)
            expired += Registration.objects.filter(pk__in=ids).update(status=Status.EXPIRED)
    return expired
