"""Giving and taking back a person's role for one event or tour (``roles.py`` reads them)."""

from django.db import transaction
from django.utils.translation import gettext as _

from ..errors import RegistrationError
from ..models import EventRole


def assign_event_role(*, registrable, user, role, granted_by=None):
    """Make ``user`` the organizer of ``registrable`` or a volunteer at its desk.

    A person has one role per event: assigning another one replaces it.
    """
    if registrable.parent_id:
        raise RegistrationError(
            _("Roles are given for a whole event or tour, not for one of its activities."),
            code="invalid",
        )
    if role not in EventRole.Kind.values:
        raise RegistrationError(_("Choose a role."), code="invalid")
    if not user.is_active:
        raise RegistrationError(
            _("%(user)s cannot sign in (the account is inactive).") % {"user": user},
            code="inactive",
        )
    with transaction.atomic():
        row, _created = EventRole.objects.select_for_update().update_or_create(
            user=user, registrable=registrable, defaults={"role": role, "granted_by": granted_by}
        )
    return row


def remove_event_role(*, registrable, user):
    """Take back ``user``'s role for ``registrable``. Returns whether there was one."""
    deleted, _rows = EventRole.objects.filter(user=user, registrable=registrable).delete()
    return bool(deleted)
