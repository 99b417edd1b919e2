"""Checks before anything is written: open or closed, duplicates, limits, consent."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..errors import RegistrationError
from ..models import ACTIVE, Registration
from ..timefmt import format_moment


def normalise(text):
    return " ".join((text or "").split()).casefold()


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


def check_duplicate(registrable, *, email, name, exclude=None):
    if not email:
        return
    others = Registration.objects.filter(
        registrable=registrable, status__in=ACTIVE, email__iexact=email
    )
    if exclude is not None:
        others = others.exclude(pk=exclude.pk)
    names = others.values_list("name", flat=True)
    if any(normalise(other) == normalise(name) for other in names):
        raise RegistrationError(
            _(
                "%(name)s is already registered with %(email)s. The link in our mail lets you "
                "see or change that registration."
            )
            % {"name": name, "email": email},
            code="duplicate",
        )


def check_organization_limit(registrable, *, organization, adding, exclude=None):
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
        if normalise(o) == normalise(organization)
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


def has_needs(data):
    return bool((data.get("dietary_needs") or "").strip()) or bool(
        (data.get("accessibility_needs") or "").strip()
    )


def check_sensitive_consent(data, consent):
    if has_needs(data) and not consent:
        raise RegistrationError(
            _(
                "We can keep dietary or accessibility needs only with the consent of the "
                "person they belong to. Tick the box, or leave those fields empty."
            ),
            code="consent",
        )


def valid_activities(registrable, activities):
    ids = {a.pk for a in activities}
    return (
        list(registrable.activities.filter(pk__in=ids, is_open=True).order_by("pk")) if ids else []
    )
