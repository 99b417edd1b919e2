"""The engine's choices: statuses of registrations and mails, what was done and how.

Plain values (no models), so that the rules about them (``transitions.py``) sit
below the models that use them.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Status(models.TextChoices):
    UNVERIFIED = "unverified", _("Email not confirmed yet")
    PENDING = "pending", _("Awaiting approval")
    CONFIRMED = "confirmed", pgettext_lazy("registration status", "Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", pgettext_lazy("registration status", "Cancelled")
    REJECTED = "rejected", pgettext_lazy("registration status", "Rejected")
    EXPIRED = "expired", pgettext_lazy("registration status", "Expired")


#: Statuses that hold a seat (awaiting approval holds one, so approving never oversells).
SEAT_HOLDING = (Status.PENDING, Status.CONFIRMED)
#: Statuses of a registration that is still alive.
ACTIVE = (Status.UNVERIFIED, Status.PENDING, Status.CONFIRMED, Status.WAITLISTED)


class MailKind(models.TextChoices):
    RECEIVED = "received", _("Received: confirm your email address")
    CONFIRMED = "confirmed", _("Confirmed")
    PENDING = "pending", _("Received: awaiting approval")
    WAITLISTED = "waitlisted", _("Waiting list")
    PROMOTED = "promoted", _("Promoted from the waiting list")
    CHANGED = "changed", _("Changed")
    CANCELLED = "cancelled", pgettext_lazy("mail", "Cancelled")
    REJECTED = "rejected", pgettext_lazy("mail", "Rejected")
    REMINDER = "reminder", _("Reminder")
    MESSAGE = "message", _("Message from the organizers")


class OutboxStatus(models.TextChoices):
    """Where a mail is: ours to send, the provider's, or done (see ``outbox.py``)."""

    PENDING = "pending", _("Waiting to be sent")
    SENDING = "sending", _("Sending")
    #: The provider did not answer (a timeout): it may have the mail, so we wait for its word.
    UNCERTAIN = "uncertain", _("Waiting for the provider's answer")
    SENT = "sent", _("Sent")
    DELIVERED = "delivered", _("Delivered")
    BOUNCED = "bounced", _("Bounced")
    FAILED = "failed", _("Failed")


class MailEventKind(models.TextChoices):
    """What the provider reported about a mail (anymail's normalized event types)."""

    QUEUED = "queued", pgettext_lazy("mail event", "Queued")
    SENT = "sent", pgettext_lazy("mail event", "Accepted by the provider")
    DEFERRED = "deferred", pgettext_lazy("mail event", "Delayed, the provider keeps trying")
    DELIVERED = "delivered", pgettext_lazy("mail event", "Delivered")
    BOUNCED = "bounced", pgettext_lazy("mail event", "Bounced")
    REJECTED = "rejected", pgettext_lazy("mail event", "Rejected by the provider")
    FAILED = "failed", pgettext_lazy("mail event", "Failed")
    COMPLAINED = "complained", pgettext_lazy("mail event", "Marked as spam")
    OPENED = "opened", pgettext_lazy("mail event", "Opened")
    CLICKED = "clicked", pgettext_lazy("mail event", "Link clicked")
    OTHER = "other", pgettext_lazy("mail event", "Other")


class PrivacyAction(models.TextChoices):
    EXPORT = "export", _("Exported")
    ERASE = "erase", _("Erased")
    WITHDRAW = "withdraw", _("Consent to sensitive data withdrawn")


class PrivacyVia(models.TextChoices):
    ADMIN = "admin", _("In the admin")
    COMMAND = "command", _("On the command line")
    RETENTION = "retention", _("Retention period over")
    SELF_SERVICE = "self", _("By the person, with their link")


class ScanOutcome(models.TextChoices):
    ARRIVED = "arrived", _("Checked in")
    ALREADY = "already", _("Had already arrived")
    UNKNOWN = "unknown", _("Unknown code")
    REFUSED = "refused", _("Not confirmed")
