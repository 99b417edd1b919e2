"""What delegates do: register (alone, as a delegation, at the desk), confirm, change, cancel."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .. import outbox
from ..errors import RegistrationError
from ..models import (
    ACTIVE,
    SEAT_HOLDING,
    Booking,
    Delegation,
    MailKind,
    PrivacyAction,
    PrivacyVia,
    Registration,
    Status,
)
from ..transitions import MAIL_FOR_STATUS, Action, require
from .checks import (
    check_duplicate,
    check_open,
    check_organization_limit,
    check_sensitive_consent,
    has_needs,
    normalise,
    valid_activities,
)
from .locking import locked
from .privacy import log_privacy
from .seats import (
    decide_seat,
    end_registration,
    place,
    place_bookings,
    promote_from_waitlist,
)


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
    check_sensitive_consent(data, sensitive_consent)
    with locked(registrable=registrable) as held:
        registrable = held.registrable
        if not walk_in:
            check_open(registrable, now=now)
        if delegation is None:
            check_organization_limit(
                registrable, organization=data.get("organization", ""), adding=1
            )
        check_duplicate(registrable, email=data.get("email", ""), name=data.get("name", ""))
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
            decide_seat(registration, registrable, now=now)
            if walk_in and registration.status == Status.CONFIRMED:
                registration.checked_in_at = now
        registration.save(force_insert=True)
        chosen = valid_activities(registrable, activities)
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
                outbox.enqueue(registration, MailKind.RECEIVED)
        else:
            if chosen and registration.status == Status.CONFIRMED:
                place_bookings(registration, now=now)
            if registration.email:
                outbox.enqueue(registration, MAIL_FOR_STATUS[registration.status])
        return registration


def register_delegation(*, registrable, organization, members, language, answers=None, now=None):
    """Register a head of delegation (``members[0]``) and the members in one go.

    All or nobody: if one member cannot be registered, nothing is written.
    ``members`` are dicts of model fields, each with ``activities`` and
    ``sensitive_consent`` (that member's own consent; both optional).
    """
    now = now or timezone.now()
    if not members:
        raise RegistrationError(_("Add at least one member."), code="empty")
    with locked(registrable=registrable) as held:
        registrable = held.registrable
        check_open(registrable, now=now)
        if len(members) > registrable.delegation_limit:
            raise RegistrationError(
                ngettext(
                    "A delegation can register at most %(count)s person, the head included.",
                    "A delegation can register at most %(count)s people, the head included.",
                    registrable.delegation_limit,
                )
                % {"count": registrable.delegation_limit},
                code="delegation_limit",
            )
        check_organization_limit(registrable, organization=organization, adding=len(members))
        delegation = Delegation.objects.create(
            registrable=registrable, organization=organization, created_at=now
        )
        seen = set()
        registrations = []
        for index, member in enumerate(members):
            member = dict(member)
            chosen = member.pop("activities", ())
            consent = member.pop("sensitive_consent", False)
            key = (normalise(member.get("email")), normalise(member.get("name")))
            if key in seen:
                raise RegistrationError(
                    _("%(name)s is listed twice.") % {"name": member.get("name", "")},
                    code="duplicate",
                )
            seen.add(key)
            member["organization"] = organization
            registrations.append(
                register(
                    registrable=registrable,
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
    with locked(registration=registration) as (registrable, registration):
        if registration.status == Status.EXPIRED:
            require(Action.CONFIRM_EMAIL, registration)
        if registration.status != Status.UNVERIFIED:  # followed twice: nothing to do
            return registration
        registration.verified_at = now
        place(registration, registrable, now=now)
        if registration.is_head and registration.delegation_id:
            # The members without an address of their own were confirmed with this one.
            for member in (
                Registration.objects.select_for_update()
                .filter(delegation=registration.delegation, email="", status=Status.UNVERIFIED)
                .order_by("pk")
            ):
                member.verified_at = now
                place(member, registrable, now=now)
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
    with locked(registration=registration) as (registrable, registration):
        require(Action.CHANGE, registration)
        if "organization" in data:
            check_organization_limit(
                registrable,
                organization=data["organization"],
                adding=1,
                exclude=[registration],
            )
        for field, value in data.items():
            setattr(registration, field, value)
        check_duplicate(
            registrable, email=registration.email, name=registration.name, exclude=registration
        )
        if answers is not None:
            registration.answers = answers
        withdrawn = sensitive_consent is False and registration.sensitive_consent_at is not None
        if sensitive_consent is False:
            _withdraw_sensitive_consent(registration)
        elif sensitive_consent and registration.sensitive_consent_at is None:
            registration.sensitive_consent_at = now
        check_sensitive_consent(
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
            wanted = {a.pk: a for a in valid_activities(registrable, activities)}
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
                place_bookings(registration, now=now)
        outbox.enqueue(registration, MailKind.CHANGED)
        return registration


def _withdraw_sensitive_consent(registration):
    registration.sensitive_consent_at = None
    registration.dietary_needs = ""
    registration.accessibility_needs = ""


def withdraw_sensitive_consent(*, registration):
    """The person withdraws their consent: their dietary and accessibility needs are erased."""
    with transaction.atomic():
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        had = registration.sensitive_consent_at is not None or has_needs(
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
            outbox.enqueue(registration, MailKind.CHANGED)
            log_privacy(
                action=PrivacyAction.WITHDRAW,
                registrations=[registration],
                via=PrivacyVia.SELF_SERVICE,
            )
        return registration


def cancel_registration(*, registration, by_organizer=False, now=None):
    """Cancel; the seat goes to the first person waiting."""
    return end_registration(registration, action=Action.CANCEL, now=now or timezone.now())


def register_walk_in(*, registrable, data, language, now=None):
    """A delegate registered at the desk: no mail check; seats and waiting list still hold."""
    return register(registrable=registrable, data=data, language=language, walk_in=True, now=now)
