"""One person's data: the privacy log, export, erasure and the retention period."""

import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from ..models import (
    ACTIVE,
    PERSON_FIELDS,
    OutboxMail,
    PrivacyAction,
    PrivacyLog,
    PrivacyVia,
    Registrable,
    Registration,
    Status,
)
from .locking import locked
from .seats import promote_from_waitlist, release_bookings

ERASED = "—"

#: The text fields erasure blanks (the name becomes ``ERASED``, the answers ``{}``).
PERSONAL_FIELDS = (
    "name_romanized",
    "email",
    "phone",
    "role",
    "dietary_needs",
    "accessibility_needs",
    "emergency_contact",
    "note",
    "interpreter",
)


def log_privacy(*, action, registrations, via, user=None):
    """Write who did what to whose data (ids only) in the privacy log."""
    return PrivacyLog.objects.create(
        action=action,
        user=user,
        by=user.get_username() if user is not None else "",
        via=via,
        registrations=[r.pk for r in registrations],
        count=len(registrations),
    )


def person_registrations(*, email=None, registration=None):
    """One person's registrations: all those with the address, or the one given.

    A person registered without an address of their own (a delegation member
    whose mails go to the head) is found by their registration.
    """
    if registration is not None:
        return Registration.objects.filter(pk=registration.pk)
    email = (email or "").strip()
    if not email:  # a blank address would match every erased or walk-in registration
        return Registration.objects.none()
    return Registration.objects.filter(email__iexact=email)


def export_personal_data(*, email=None, registration=None, via=None, user=None):
    """Everything kept about one person (by address, or one registration), as plain data.

    With ``via`` the export is written to the privacy log.
    """
    rows = (
        person_registrations(email=email, registration=registration)
        .select_related("registrable", "delegation")
        .prefetch_related("bookings__activity", "mails")
    )
    fields = [
        *PERSON_FIELDS,
        "answers",
        "status",
        "language",
        "is_head",
        "walk_in",
        "group",
        "interpreter",
        "note",
        "created_at",
        "verified_at",
        "confirmed_at",
        "waitlisted_at",
        "cancelled_at",
        "checked_in_at",
        "reminded_at",
        "consent_at",
        "sensitive_consent_at",
    ]
    result = []
    for registration in rows:
        record = {"for": registration.registrable.title}
        for field in fields:
            value = getattr(registration, field)
            if isinstance(value, datetime.datetime):
                value = value.isoformat()
            record[field] = value
        record["delegation"] = (
            registration.delegation.organization if registration.delegation else ""
        )
        record["activities"] = [
            {"activity": b.activity.title, "status": b.status} for b in registration.bookings.all()
        ]
        record["mails"] = [
            {
                "kind": m.kind,
                "to": m.to,
                "subject": m.subject,
                "status": m.status,
                "created_at": m.created_at.isoformat(),
                "sent_at": m.sent_at.isoformat() if m.sent_at else None,
            }
            for m in registration.mails.all()
        ]
        result.append(record)
    if via is not None and rows:
        log_privacy(action=PrivacyAction.EXPORT, registrations=rows, via=via, user=user)
    return result


def erase_personal_data(*, registrations, now=None, via=None, user=None):
    """Blank the personal fields; keep the row so counts and history stay right.

    Before the end, an active registration is also cancelled: its seat and its
    places in activities go to the first people waiting. After the end the
    status stays (who came still counts). The registration's outbox mails hold
    the address and the name, so they are deleted, sent or not.
    """
    now = now or timezone.now()
    erased = []
    # Always in the same order, so two erasures never lock rows crosswise.
    ordered = sorted(registrations, key=lambda r: (r.registrable_id, r.pk))
    with transaction.atomic():
        for registration in ordered:
            registration = _erase(registration, now=now)
            if registration is not None:
                erased.append(registration)
        if via is not None and erased:
            log_privacy(action=PrivacyAction.ERASE, registrations=erased, via=via, user=user)
    return len(erased)


def _erase(registration, *, now):
    """Erase one registration; None when it was erased already."""
    with locked(registration=registration) as (registrable, registration):
        if registration.erased_at is not None:
            return None
        over = registrable.ends_at is not None and registrable.ends_at <= now
        held = registration.holds_seat
        for field in PERSONAL_FIELDS:
            setattr(registration, field, "")
        registration.name = ERASED
        registration.answers = {}
        registration.erased_at = now
        cancel = registration.status in ACTIVE and not over
        if cancel:
            registration.status = Status.CANCELLED
            registration.cancelled_at = registration.cancelled_at or now
        registration.save()
        if cancel:
            release_bookings(registration, now=now)
        registration.mails.all().delete()
        registration.changes.update(old_value="", new_value="")  # corrections' history
        if cancel and held:
            promote_from_waitlist(registrable=registrable, now=now)
        return registration


def erase_person(*, email=None, registration=None, now=None, via=None, user=None):
    """Erase one person: every registration with this address (and any mail still
    addressed to it), or the one registration given. Returns how many were erased."""
    registrations = list(person_registrations(email=email, registration=registration))
    if registration is None and not (email or "").strip():
        return 0
    with transaction.atomic():
        count = erase_personal_data(registrations=registrations, now=now, via=via, user=user)
        if registration is None:
            OutboxMail.objects.filter(to__iexact=email.strip()).delete()
    return count


def apply_retention(*, now=None):
    """Erase personal data once the retention period after the end has passed.

    Without an end time, the start counts as the end.
    """
    now = now or timezone.now()
    due = []
    for registrable in Registrable.objects.filter(parent__isnull=True).filter(
        Q(ends_at__isnull=False) | Q(starts_at__isnull=False)
    ):
        end = registrable.ends_at or registrable.starts_at
        if end + datetime.timedelta(days=registrable.retention_days) < now:
            due.extend(registrable.registrations.filter(erased_at__isnull=True))
    return erase_personal_data(registrations=due, now=now, via=PrivacyVia.RETENTION)
