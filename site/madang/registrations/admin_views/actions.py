"""The actions on one registration: the button, the service call, the message."""

from django.utils.translation import gettext_lazy, pgettext_lazy

from .. import services
from ..transitions import Action, organizer_actions
from .base import url


def _check_in(registration, now=None):
    return services.check_in(registrable=registration.registrable, code=registration.code, now=now)


#: action (transitions.Action, its value is the URL slug) → (button label, service call, success)
ACTIONS = {
    Action.APPROVE: (
        pgettext_lazy("action", "Approve"),
        lambda r: services.approve_registration(registration=r),
        gettext_lazy("%(name)s is approved and confirmed."),
    ),
    Action.REJECT: (
        pgettext_lazy("action", "Reject"),
        lambda r: services.reject_registration(registration=r),
        gettext_lazy("%(name)s is rejected."),
    ),
    Action.GIVE_SEAT: (
        pgettext_lazy("action", "Give a seat"),
        lambda r: services.confirm_from_waitlist(registration=r),
        gettext_lazy("%(name)s has a seat now."),
    ),
    Action.WAITLIST: (
        pgettext_lazy("action", "Move to the waiting list"),
        lambda r: services.move_to_waitlist(registration=r),
        gettext_lazy("%(name)s is on the waiting list now."),
    ),
    Action.CHECK_IN: (
        pgettext_lazy("action", "Mark as arrived"),
        _check_in,
        gettext_lazy("%(name)s has arrived."),
    ),
    Action.RESEND: (
        pgettext_lazy("action", "Send the mail again"),
        lambda r: services.resend_mail(registration=r),
        gettext_lazy("The mail to %(name)s is on its way again."),
    ),
    Action.CANCEL: (
        pgettext_lazy("action", "Cancel the registration"),
        lambda r: services.cancel_registration(registration=r, by_organizer=True),
        gettext_lazy("The registration of %(name)s is cancelled."),
    ),
}


def available_actions(registration):
    """``(name, label)`` of the actions allowed in the registration's status (transitions.py)."""
    return [(str(action), ACTIONS[action][0]) for action in organizer_actions(registration)]


def quick_actions(registration):
    quick = {Action.APPROVE, Action.REJECT, Action.GIVE_SEAT, Action.CHECK_IN}
    return [
        (name, label, url("action", registration.pk, name))
        for name, label in available_actions(registration)
        if name in quick
    ]
