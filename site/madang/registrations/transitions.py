"""Which action is allowed in which registration status: defined here, once.

The services refuse what is not allowed (``require``), the admin offers only
what is allowed (``organizer_actions``), and the delegate's pages show only
what is allowed (``registration.can.<action>`` in templates). A status change
that a service makes is one of these actions; no other module lists statuses
for an action.
"""

from django.db import models
from django.utils.translation import gettext as _

from .errors import RegistrationError
from .models.choices import ACTIVE, MailKind, Status


class Action(models.TextChoices):
    # The values are the admin's URL slugs; the labels live with the admin's buttons.
    CONFIRM_EMAIL = "confirm-email"
    APPROVE = "approve"
    REJECT = "reject"
    GIVE_SEAT = "confirm"  # from the waiting list, by an organizer
    WAITLIST = "waitlist"
    CHECK_IN = "check-in"
    RESEND = "resend"
    CHANGE = "change"
    CANCEL = "cancel"
    ERASE = "erase"
    REGISTER_AGAIN = "register-again"
    SHOW_TICKET = "ticket"  # the check-in QR code and the calendar file


#: action → the statuses it is allowed in.
ALLOWED = {
    Action.CONFIRM_EMAIL: frozenset({Status.UNVERIFIED}),
    Action.APPROVE: frozenset({Status.PENDING}),
    Action.REJECT: frozenset({Status.UNVERIFIED, Status.PENDING, Status.WAITLISTED}),
    Action.GIVE_SEAT: frozenset({Status.WAITLISTED}),
    Action.WAITLIST: frozenset({Status.PENDING, Status.CONFIRMED}),
    Action.CHECK_IN: frozenset({Status.CONFIRMED}),
    Action.RESEND: frozenset(
        {
            Status.UNVERIFIED,
            Status.PENDING,
            Status.CONFIRMED,
            Status.WAITLISTED,
            Status.CANCELLED,
            Status.REJECTED,
        }
    ),
    Action.CHANGE: frozenset(ACTIVE),
    Action.CANCEL: frozenset(ACTIVE),
    Action.ERASE: frozenset(Status.values),
    Action.REGISTER_AGAIN: frozenset({Status.CANCELLED, Status.REJECTED, Status.EXPIRED}),
    Action.SHOW_TICKET: frozenset({Status.CONFIRMED}),
}

#: The mail that tells a person their registration's status.
MAIL_FOR_STATUS = {
    Status.UNVERIFIED: MailKind.RECEIVED,
    Status.PENDING: MailKind.PENDING,
    Status.CONFIRMED: MailKind.CONFIRMED,
    Status.WAITLISTED: MailKind.WAITLISTED,
    Status.CANCELLED: MailKind.CANCELLED,
    Status.REJECTED: MailKind.REJECTED,
}

#: In the order the admin shows them.
ORGANIZER_ACTIONS = [
    Action.APPROVE,
    Action.GIVE_SEAT,
    Action.REJECT,
    Action.CHECK_IN,
    Action.WAITLIST,
    Action.RESEND,
    Action.CANCEL,
]


def allows(action, registration):
    """True if ``action`` makes sense for the registration as it is now."""
    if registration.erased_at is not None:  # nothing is left to act on
        return False
    if registration.status not in ALLOWED[action]:
        return False
    if action == Action.RESEND:
        return bool(registration.email)
    return True


def _refusal(action, registration):
    name = {"name": registration.name, "status": registration.get_status_display()}
    messages = {
        Action.CONFIRM_EMAIL: (
            _(
                "This registration expired because its address was not confirmed in time. "
                "Please register again."
            ),
            "expired",
        ),
        Action.APPROVE: (_("Only registrations awaiting approval can be approved."), "invalid"),
        Action.REJECT: (
            _("Only registrations that are waiting can be rejected; cancel a confirmed one."),
            "invalid",
        ),
        Action.GIVE_SEAT: (_("This person is not on the waiting list."), "invalid"),
        Action.WAITLIST: (
            _("Only people with a seat can be moved to the waiting list."),
            "invalid",
        ),
        Action.CHECK_IN: (_("%(name)s is not confirmed (%(status)s).") % name, "not_confirmed"),
        Action.RESEND: (_("There is no mail to send for this registration."), "invalid"),
        Action.CHANGE: (
            _("This registration was cancelled and can no longer be changed."),
            "inactive",
        ),
        Action.CANCEL: (_("This registration is already cancelled."), "inactive"),
    }
    return messages.get(action, (_("This is not possible for this registration."), "invalid"))


def require(action, registration):
    """Raise :class:`RegistrationError` (translated) unless ``action`` is allowed."""
    if not allows(action, registration):
        message, code = _refusal(action, registration)
        raise RegistrationError(message, code=code)


def organizer_actions(registration):
    """The admin's actions for this registration, in display order.

    "Mark as arrived" only until the person has arrived.
    """
    return [
        action
        for action in ORGANIZER_ACTIONS
        if allows(action, registration)
        and not (action == Action.CHECK_IN and registration.checked_in_at is not None)
    ]


class Permitted:
    """``registration.can.cancel`` and the like, for templates."""

    def __init__(self, registration):
        self._registration = registration

    def __getattr__(self, name):
        try:
            action = Action(name.replace("_", "-"))
        except ValueError:
            raise AttributeError(name) from None
        return allows(action, self._registration)
