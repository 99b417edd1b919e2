"""What delegates and organizers do, as functions named after it.

Every function that touches seats runs in one transaction: lock the
registrable's row (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's IMMEDIATE
transactions already hold the write lock from BEGIN), recount the seats that
are held, write, and put the mails in the outbox in the same transaction.
The outbox is sent after commit (``outbox.py``).
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import mails
from .errors import RegistrationError
from .models import (
    ACTIVE,
    SEAT_HOLDING,
    Booking,
    Delegation,
    MailKind,
    OutboxMail,
    PrivacyAction,
    PrivacyLog,
    PrivacyVia,
    Registrable,
    Registration,
    Status,
)
from .timefmt import format_moment
from .transitions import MAIL_FOR_STATUS, Action, require

__all__ = ["RegistrationError"]  # re-exported: callers catch services.RegistrationError


# --- counting ----------------------------------------------------------------


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


def _lock(registrable):
    """The registrable's row, locked until the transaction ends.

    ``REGISTRATIONS_LOCK = False`` exists only so that a test can show what
    happens without the lock (overselling on PostgreSQL).
    """
    rows = Registrable.objects.all()
    if getattr(settings, "REGISTRATIONS_LOCK", True):
        rows = rows.select_for_update()
    try:
        return rows.get(pk=registrable.pk)
    except Registrable.DoesNotExist:  # deleted since the caller read it
        raise RegistrationError(_("Registration is not open."), code="closed") from None


def _normalise(text):
    return " ".join((text or "").split()).casefold()


# --- checks ------------------------------------------------------------------


#: The codes ``check_open`` raises with.
CLOSED_CODES = frozenset({"closed", "not_yet"})


def closed_reason(registrable, *, now=None):
    """Why registration is closed now (a translated message), or None while it is open."""
    try:
        check_open(registrable, now=now or timezone.now())
    except RegistrationError as error:
        return error.message
    return None


def check_open(registrable, *, now):
    if not registrable.is_open:
        raise RegistrationError(_("Registration is not open."), code="closed")
    if registrable.opens_at and now < registrable.opens_at:
        raise RegistrationError(
            _("Registration opens on %(date)s.")
            % {"date": format_moment(registrable.opens_at, registrable.time_zone)},
            code="not_yet",
        )
    if registrable.closes_at and now > registrable.closes_at:
        raise RegistrationError(_("Registration has closed."), code="closed")
    if registrable.ends_at and now > registrable.ends_at:
        raise RegistrationError(_("Registration has closed."), code="closed")


def _check_duplicate(registrable, *, email, name, exclude=None):
    if not email:
        return
    others = Registration.objects.filter(
        registrable=registrable, status__in=ACTIVE, email__iexact=email
    )
    if exclude is not None:
        others = others.exclude(pk=exclude.pk)
    names = others.values_list("name", flat=True)
    if any(_normalise(other) == _normalise(name) for other in names):
        raise RegistrationError(
            _(
                "%(name)s is already registered with %(email)s. The link in our mail lets you "
                "see or change that registration."
            )
            % {"name": name, "email": email},
            code="duplicate",
        )


def _check_organization_limit(registrable, *, organization, adding, exclude=None):
    limit = registrable.organization_limit
    if limit is None or not organization.strip():
        return
    # Narrowed in the database, compared exactly (spacing and case aside) in Python.
    same = Registration.objects.filter(
        registrable=registrable,
        status__in=ACTIVE,
        organization__icontains=organization.split()[0],
    )
    if exclude is not None:
        same = same.exclude(pk__in=[r.pk for r in exclude])
    count = sum(
        1
        for o in same.values_list("organization", flat=True)
        if _normalise(o) == _normalise(organization)
    )
    if count + adding > limit:
        raise RegistrationError(
            ngettext(
                "%(organization)s can register at most %(limit)s people; %(count)s is "
                "registered already.",
                "%(organization)s can register at most %(limit)s people; %(count)s are "
                "registered already.",
                count,
            )
            % {"organization": organization, "limit": limit, "count": count},
            code="organization_limit",
        )


# --- placing people in seats -------------------------------------------------


def _decide_seat(registration, registrable, *, now):
    """Set the status of a verified registration: a seat if one is free, else the waiting list."""
    free = seats_left(registrable)
    if free is None or free > 0:
        registration.status = Status.PENDING if registrable.requires_approval else Status.CONFIRMED
        if registration.status == Status.CONFIRMED:
            registration.confirmed_at = now
    else:
        registration.status = Status.WAITLISTED
        registration.waitlisted_at = now


def _place(registration, registrable, *, now, mail=True):
    """Give a verified registration a seat, or a place on the waiting list."""
    _decide_seat(registration, registrable, now=now)
    registration.save()
    if registration.status == Status.CONFIRMED:
        _place_bookings(registration, now=now)
    if mail:
        mails.enqueue(registration, MAIL_FOR_STATUS[registration.status])


def _place_bookings(registration, *, now):
    """Seats in the chosen activities, for a registration that has its own seat."""
    for booking in (
        registration.bookings.filter(status=Status.UNVERIFIED)
        .select_related("activity")
        .order_by("activity_id")
    ):
        activity = _lock(booking.activity)
        free = seats_left(activity)
        if free is None or free > 0:
            booking.status = Status.CONFIRMED
        else:
            booking.status = Status.WAITLISTED
            booking.waitlisted_at = now
        booking.save(update_fields=["status", "waitlisted_at"])


def _release_bookings(registration, *, now):
    freed = []
    for booking in registration.bookings.filter(status__in=ACTIVE).order_by("activity_id"):
        held = booking.status in SEAT_HOLDING
        booking.status = Status.CANCELLED
        booking.save(update_fields=["status"])
        if held:
            freed.append(booking.activity)
    for activity in freed:
        promote_from_waitlist(registrable=activity, now=now)


# --- delegates ---------------------------------------------------------------


def register(
    *,
    registrable,
    data,
    language,
    answers=None,
    activities=(),
    delegation=None,
    is_head=False,
    walk_in=False,
    sensitive_consent=False,
    now=None,
):
    """Register one person. Returns the saved :class:`Registration`.

    ``data`` holds the model fields a delegate fills in; ``activities`` are
    the optional activities' registrables. ``sensitive_consent`` is this
    person's own consent to keeping their dietary and accessibility needs:
    without it, needs are refused, never stored. Raises :class:`RegistrationError`.
    """
    now = now or timezone.now()
    _check_sensitive_consent(data, sensitive_consent)
    with transaction.atomic():
        registrable = _lock(registrable)
        if not walk_in:
            check_open(registrable, now=now)
        if delegation is None:
            _check_organization_limit(
                registrable, organization=data.get("organization", ""), adding=1
            )
        _check_duplicate(registrable, email=data.get("email", ""), name=data.get("name", ""))
        registration = Registration(
            registrable=registrable,
            language=language,
            answers=answers or {},
            delegation=delegation,
            is_head=is_head,
            walk_in=walk_in,
            consent_at=now,
            created_at=now,
            **data,
        )
        if not registration.correspondence_language:
            registration.correspondence_language = language
        if sensitive_consent:
            registration.sensitive_consent_at = now
        verify = registrable.requires_verification and not walk_in
        if not verify:
            # Decided before the row is written, so it is written once.
            registration.verified_at = None if walk_in else now
            _decide_seat(registration, registrable, now=now)
            if walk_in and registration.status == Status.CONFIRMED:
                registration.checked_in_at = now
        registration.save(force_insert=True)
        chosen = _valid_activities(registrable, activities)
        for activity in chosen:
            Booking.objects.create(
                registration=registration,
                activity=activity,
                status=Status.UNVERIFIED,
                created_at=now,
            )
        if verify:
            # A member without an address of their own is confirmed with the
            # head's address (confirm_email); only the head is asked.
            if registration.email:
                mails.enqueue(registration, MailKind.RECEIVED)
        else:
            if chosen and registration.status == Status.CONFIRMED:
                _place_bookings(registration, now=now)
            if registration.email:
                mails.enqueue(registration, MAIL_FOR_STATUS[registration.status])
        return registration


def _has_needs(data):
    return bool((data.get("dietary_needs") or "").strip()) or bool(
        (data.get("accessibility_needs") or "").strip()
    )


def _check_sensitive_consent(data, consent):
    if _has_needs(data) and not consent:
        raise RegistrationError(
            _(
                "We can keep dietary or accessibility needs only with the consent of the "
                "person they belong to. Tick the box, or leave those fields empty."
            ),
            code="consent",
        )


def _valid_activities(registrable, activities):
    ids = {a.pk for a in activities}
    return (
        list(registrable.activities.filter(pk__in=ids, is_open=True).order_by("pk")) if ids else []
    )


def register_delegation(*, registrable, organization, members, language, answers=None, now=None):
    """Register a head of delegation (``members[0]``) and the members in one go.

    All or nobody: if one member cannot be registered, nothing is written.
    ``members`` are dicts of model fields, each with ``activities`` and
    ``sensitive_consent`` (that member's own consent; both optional).
    """
    now = now or timezone.now()
    if not members:
        raise RegistrationError(_("Add at least one member."), code="empty")
    with transaction.atomic():
        locked = _lock(registrable)
        check_open(locked, now=now)
        if len(members) > locked.delegation_limit:
            raise RegistrationError(
                ngettext(
                    "A delegation can register at most %(count)s person, the head included.",
                    "A delegation can register at most %(count)s people, the head included.",
                    locked.delegation_limit,
                )
                % {"count": locked.delegation_limit},
                code="delegation_limit",
            )
        _check_organization_limit(locked, organization=organization, adding=len(members))
        delegation = Delegation.objects.create(
            registrable=locked, organization=organization, created_at=now
        )
        seen = set()
        registrations = []
        for index, member in enumerate(members):
            member = dict(member)
            chosen = member.pop("activities", ())
            consent = member.pop("sensitive_consent", False)
            key = (_normalise(member.get("email")), _normalise(member.get("name")))
            if key in seen:
                raise RegistrationError(
                    _("%(name)s is listed twice.") % {"name": member.get("name", "")},
                    code="duplicate",
                )
            seen.add(key)
            member["organization"] = organization
            registrations.append(
                register(
                    registrable=locked,
                    data=member,
                    language=language,
                    answers=answers if index == 0 else {},
                    activities=chosen,
                    delegation=delegation,
                    is_head=index == 0,
                    sensitive_consent=consent,
                    now=now,
                )
            )
        return delegation, registrations


def confirm_email(*, registration, now=None):
    """The delegate followed the link in the first mail. Idempotent."""
    now = now or timezone.now()
    with transaction.atomic():
        registrable = _lock(registration.registrable)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Status.EXPIRED:
            require(Action.CONFIRM_EMAIL, registration)
        if registration.status != Status.UNVERIFIED:  # followed twice: nothing to do
            return registration
        registration.verified_at = now
        _place(registration, registrable, now=now)
        if registration.is_head and registration.delegation_id:
            # The members without an address of their own were confirmed with this one.
            for member in (
                Registration.objects.select_for_update()
                .filter(delegation=registration.delegation, email="", status=Status.UNVERIFIED)
                .order_by("pk")
            ):
                member.verified_at = now
                _place(member, registrable, now=now)
        return registration


def change_registration(
    *,
    registration,
    data,
    answers=None,
    activities=None,
    sensitive_consent=None,
    privacy_via=PrivacyVia.SELF_SERVICE,
    now=None,
):
    """The delegate (or an organizer) changes details or optional activities.

    ``sensitive_consent``: None leaves the consent as it is; True gives it;
    False withdraws it, which erases the dietary and accessibility needs (and
    is written to the privacy log, ``privacy_via`` saying who did it).
    """
    now = now or timezone.now()
    with transaction.atomic():
        registrable = _lock(registration.registrable)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        require(Action.CHANGE, registration)
        if "organization" in data:
            _check_organization_limit(
                registrable,
                organization=data["organization"],
                adding=1,
                exclude=[registration],
            )
        for field, value in data.items():
            setattr(registration, field, value)
        _check_duplicate(
            registrable, email=registration.email, name=registration.name, exclude=registration
        )
        if answers is not None:
            registration.answers = answers
        withdrawn = sensitive_consent is False and registration.sensitive_consent_at is not None
        if sensitive_consent is False:
            _withdraw_sensitive_consent(registration)
        elif sensitive_consent and registration.sensitive_consent_at is None:
            registration.sensitive_consent_at = now
        _check_sensitive_consent(
            {
                "dietary_needs": registration.dietary_needs,
                "accessibility_needs": registration.accessibility_needs,
            },
            registration.sensitive_consent_at is not None,
        )
        registration.save()
        if withdrawn:
            log_privacy(
                action=PrivacyAction.WITHDRAW, registrations=[registration], via=privacy_via
            )
        if activities is not None:
            wanted = {a.pk: a for a in _valid_activities(registrable, activities)}
            current = {b.activity_id: b for b in registration.bookings.filter(status__in=ACTIVE)}
            for activity_id, booking in current.items():
                if activity_id not in wanted:
                    held = booking.status in SEAT_HOLDING
                    booking.status = Status.CANCELLED
                    booking.save(update_fields=["status"])
                    if held:
                        promote_from_waitlist(registrable=booking.activity, now=now)
            for activity_id, activity in wanted.items():
                if activity_id in current:
                    continue
                Booking.objects.update_or_create(
                    registration=registration,
                    activity=activity,
                    defaults={"status": Status.UNVERIFIED, "created_at": now},
                )
            if registration.status == Status.CONFIRMED:
                _place_bookings(registration, now=now)
        mails.enqueue(registration, MailKind.CHANGED)
        return registration


def _withdraw_sensitive_consent(registration):
    registration.sensitive_consent_at = None
    registration.dietary_needs = ""
    registration.accessibility_needs = ""


def withdraw_sensitive_consent(*, registration):
    """The person withdraws their consent: their dietary and accessibility needs are erased."""
    with transaction.atomic():
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        had = registration.sensitive_consent_at is not None or _has_needs(
            {
                "dietary_needs": registration.dietary_needs,
                "accessibility_needs": registration.accessibility_needs,
            }
        )
        _withdraw_sensitive_consent(registration)
        registration.save(
            update_fields=[
                "sensitive_consent_at",
                "dietary_needs",
                "accessibility_needs",
                "updated_at",
            ]
        )
        if had:
            mails.enqueue(registration, MailKind.CHANGED)
            log_privacy(
                action=PrivacyAction.WITHDRAW,
                registrations=[registration],
                via=PrivacyVia.SELF_SERVICE,
            )
        return registration


def cancel_registration(*, registration, by_organizer=False, now=None):
    """Cancel; the seat goes to the first person waiting."""
    now = now or timezone.now()
    with transaction.atomic():
        registrable = _lock(registration.registrable)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        require(Action.CANCEL, registration)
        held = registration.holds_seat
        registration.status = Status.CANCELLED
        registration.cancelled_at = now
        registration.save()
        _release_bookings(registration, now=now)
        mails.enqueue(registration, MailKind.CANCELLED)
        if held:
            promote_from_waitlist(registrable=registrable, now=now)
        return registration


def promote_from_waitlist(*, registrable, now=None):
    """Fill free seats from the waiting list, first come first served; returns those promoted."""
    now = now or timezone.now()
    promoted = []
    with transaction.atomic():
        registrable = _lock(registrable)
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
                    _place_bookings(registration, now=now)
                mails.enqueue(registration, MailKind.PROMOTED)
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
                mails.enqueue(booking.registration, MailKind.PROMOTED, activity=registrable)
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
        with transaction.atomic():
            _lock(registrable)
            rows = Registration.objects.filter(
                registrable=registrable, status=Status.UNVERIFIED, created_at__lt=limit
            )
            ids = list(rows.values_list("pk", flat=True))
            Booking.objects.filter(registration_id__in=ids).update(status=Status.EXPIRED)
            expired += Registration.objects.filter(pk__in=ids).update(status=Status.EXPIRED)
    return expired


# --- organizers --------------------------------------------------------------


def add_seats(*, registrable, seats, now=None):
    """More seats; the first people waiting get them."""
    if seats < 1:
        raise RegistrationError(_("Add at least one seat."), code="invalid")
    with transaction.atomic():
        registrable = _lock(registrable)
        if registrable.capacity is None:
            raise RegistrationError(_("This registration has no seat limit."), code="unlimited")
        registrable.capacity += seats
        registrable.save(update_fields=["capacity"])
        return promote_from_waitlist(registrable=registrable, now=now)


def approve_registration(*, registration, now=None):
    now = now or timezone.now()
    with transaction.atomic():
        _lock(registration.registrable)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        require(Action.APPROVE, registration)
        registration.status = Status.CONFIRMED
        registration.confirmed_at = now
        registration.save()
        _place_bookings(registration, now=now)
        mails.enqueue(registration, MailKind.CONFIRMED)
        return registration


def reject_registration(*, registration, now=None):
    now = now or timezone.now()
    with transaction.atomic():
        registrable = _lock(registration.registrable)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        require(Action.REJECT, registration)
        held = registration.holds_seat
        registration.status = Status.REJECTED
        registration.cancelled_at = now
        registration.save()
        _release_bookings(registration, now=now)
        mails.enqueue(registration, MailKind.REJECTED)
        if held:
            promote_from_waitlist(registrable=registrable, now=now)
        return registration


def confirm_from_waitlist(*, registration, now=None):
    """An organizer moves a waiting person into a free seat (never past the limit)."""
    now = now or timezone.now()
    with transaction.atomic():
        registrable = _lock(registration.registrable)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        require(Action.GIVE_SEAT, registration)
        if seats_left(registrable) == 0:
            raise RegistrationError(
                _("No seat is free. Add seats, or move someone to the waiting list first."),
                code="full",
            )
        registration.status = Status.CONFIRMED
        registration.confirmed_at = now
        registration.save()
        _place_bookings(registration, now=now)
        mails.enqueue(registration, MailKind.PROMOTED)
        return registration


def move_to_waitlist(*, registration, now=None):
    """An organizer moves a confirmed person to the end of the waiting list."""
    now = now or timezone.now()
    with transaction.atomic():
        _lock(registration.registrable)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        require(Action.WAITLIST, registration)
        registration.status = Status.WAITLISTED
        registration.waitlisted_at = now
        registration.save()
        mails.enqueue(registration, MailKind.WAITLISTED)
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


def register_walk_in(*, registrable, data, language, now=None):
    """A delegate registered at the desk: no mail check; seats and waiting list still hold."""
    return register(registrable=registrable, data=data, language=language, walk_in=True, now=now)


def write_to_confirmed(*, registrable, subject, body):
    """Queue one mail per confirmed delegate; returns how many."""
    with transaction.atomic():
        count = 0
        for registration in Registration.objects.filter(
            registrable=registrable, status=Status.CONFIRMED
        ).exclude(email=""):
            mails.enqueue(registration, MailKind.MESSAGE, subject=subject, body=body)
            count += 1
        return count


def resend_mail(*, registration):
    """Queue the mail that matches the registration's status again."""
    require(Action.RESEND, registration)
    with transaction.atomic():
        return mails.enqueue(registration, MAIL_FOR_STATUS[registration.status])


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
                mails.enqueue(registration, MailKind.REMINDER)
                sent += 1
    return sent


def sync_registrable(*, page, activities=None):
    """Write the engine's rows from a published registrable page (the original).

    Everything comes through the contract (``contract.Offering``): the page's
    dates and seats, and its optional activities unless ``activities`` are given.
    """
    if activities is None:
        activities = page.registration_optional_activities()
    when = page.registration_when()
    starts, ends, zone = when.starts, when.ends, when.time_zone
    capacity = page.registration_capacity()
    with transaction.atomic():
        registrable, created = Registrable.objects.select_for_update().get_or_create(
            key=page.translation_key,
            defaults={"title": page.registration_title(), "page": page, "capacity": capacity},
        )
        grew = False
        fields = {
            "title": page.registration_title(),
            "page": page,
            "opens_at": page.registration_opens,
            "closes_at": page.registration_deadline,
            "starts_at": starts,
            "ends_at": ends,
            "time_zone": zone,
            "is_open": page.take_registrations,
            "requires_approval": page.requires_approval,
            "requires_verification": page.requires_verification,
            "organization_limit": page.organization_limit,
            "ask_emergency_contact": page.ask_emergency_contact,
            "delegation_limit": page.delegation_limit,
        }
        if not created and capacity != registrable.synced_capacity:
            grew = registrable.capacity is not None and (
                capacity is None or capacity > registrable.capacity
            )
            fields["capacity"] = capacity
        fields["synced_capacity"] = capacity
        for name, value in fields.items():
            setattr(registrable, name, value)
        registrable.save()
        keep = []
        for activity in activities:
            title = activity.registration_title()
            seats = activity.registration_capacity()
            activity_when = activity.registration_when()
            row, _created = Registrable.objects.get_or_create(
                key=activity.translation_key,
                defaults={"parent": registrable, "title": title, "capacity": seats},
            )
            activity_grew = (
                not _created
                and seats != row.synced_capacity
                and (row.capacity is not None and (seats is None or seats > row.capacity))
            )
            if _created or seats != row.synced_capacity:
                row.capacity = seats
            row.synced_capacity = seats
            row.parent = registrable
            row.title = title
            row.starts_at = activity_when.starts
            row.ends_at = activity_when.ends
            row.time_zone = zone
            row.is_open = True
            row.requires_verification = registrable.requires_verification
            row.save()
            keep.append(row.pk)
            if activity_grew:
                promote_from_waitlist(registrable=row)
        registrable.activities.exclude(pk__in=keep).update(is_open=False)
        if grew:
            promote_from_waitlist(registrable=registrable)
        return registrable


# --- privacy -----------------------------------------------------------------

ERASED = "—"


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
        "name",
        "name_romanized",
        "email",
        "phone",
        "organization",
        "role",
        "country",
        "correspondence_language",
        "interpretation_language",
        "dietary_needs",
        "accessibility_needs",
        "emergency_contact",
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
    count = 0
    erased = []
    # Always in the same order, so two erasures never lock rows crosswise.
    ordered = sorted(registrations, key=lambda r: (r.registrable_id, r.pk))
    with transaction.atomic():
        for registration in ordered:
            registrable = _lock(registration.registrable)
            registration = Registration.objects.select_for_update().get(pk=registration.pk)
            if registration.erased_at is not None:
                continue
            over = registrable.ends_at is not None and registrable.ends_at <= now
            held = registration.holds_seat
            registration.name = ERASED
            registration.name_romanized = ""
            registration.email = ""
            registration.phone = ""
            registration.role = ""
            registration.dietary_needs = ""
            registration.accessibility_needs = ""
            registration.emergency_contact = ""
            registration.answers = {}
            registration.note = ""
            registration.interpreter = ""
            registration.erased_at = now
            cancel = registration.status in ACTIVE and not over
            if cancel:
                registration.status = Status.CANCELLED
                registration.cancelled_at = registration.cancelled_at or now
            registration.save()
            if cancel:
                _release_bookings(registration, now=now)
            registration.mails.all().delete()
            if cancel and held:
                promote_from_waitlist(registrable=registrable, now=now)
            count += 1
            erased.append(registration)
        if via is not None and erased:
            log_privacy(action=PrivacyAction.ERASE, registrations=erased, via=via, user=user)
    return count


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
