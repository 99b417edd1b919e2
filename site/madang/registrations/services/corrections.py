"""An organizer corrects a delegate's details or answers; every change is kept in a history."""

from django.utils import timezone
from django.utils.translation import gettext as _

from ..errors import RegistrationError
from ..models import RegistrationChange
from .checks import check_duplicate, check_organization_limit, has_needs
from .locking import locked

#: Health data: the history says that it changed, never what it was or became.
SENSITIVE_FIELDS = ("dietary_needs", "accessibility_needs", "emergency_contact")


def _text(value):
    if value in (None, ""):
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(item) for item in value)
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    return str(value)


def correct_registration(*, registration, by, data, answers=None, answer_labels=None, now=None):
    """Write an organizer's corrections and one history row per changed field.

    ``data``: the person's fields (name, email, needs…) as the form cleaned
    them; ``answers``: the answers to the page's questions (None leaves them);
    ``answer_labels``: the questions' labels by key, kept in the history.
    Needs can be stored only with the person's own consent on record. Returns
    the list of :class:`~.models.RegistrationChange` rows written.
    """
    now = now or timezone.now()
    answer_labels = answer_labels or {}
    with locked(registration=registration) as (registrable, registration):
        if registration.erased_at is not None:
            raise RegistrationError(
                _("This person's data was erased; there is nothing to correct."), code="erased"
            )
        changes = []
        for field, value in data.items():
            old = getattr(registration, field)
            if old == value:
                continue
            changes.append((field, "", old, value))
        if answers is not None:
            before = registration.answers or {}
            for key in sorted(set(before) | set(answers)):
                if before.get(key) != answers.get(key):
                    label = answer_labels.get(key, key)
                    changes.append((f"answers.{key}", label, before.get(key), answers.get(key)))
        if not changes:
            return []
        if data.get("organization", registration.organization) != registration.organization:
            check_organization_limit(
                registrable, organization=data["organization"], adding=1, exclude=[registration]
            )
        for field, value in data.items():
            setattr(registration, field, value)
        if answers is not None:
            registration.answers = answers
        check_duplicate(
            registrable, email=registration.email, name=registration.name, exclude=registration
        )
        needs = {
            "dietary_needs": registration.dietary_needs,
            "accessibility_needs": registration.accessibility_needs,
        }
        if has_needs(needs) and registration.sensitive_consent_at is None:
            raise RegistrationError(
                _(
                    "Dietary or accessibility needs can be stored only with the person's own "
                    "consent, which is not on record. They can give it on their registration page."
                ),
                code="consent",
            )
        registration.save()
        name = (by.get_full_name() or by.get_username()) if by is not None else ""
        rows = [
            RegistrationChange(
                registration=registration,
                changed_by=by,
                changed_by_name=name,
                created_at=now,
                field=field,
                label=label,
                old_value="" if field in SENSITIVE_FIELDS else _text(old),
                new_value="" if field in SENSITIVE_FIELDS else _text(new),
                sensitive=field in SENSITIVE_FIELDS,
            )
            for field, label, old, new in changes
        ]
        return RegistrationChange.objects.bulk_create(rows)
