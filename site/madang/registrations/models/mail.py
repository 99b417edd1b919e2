"""The outbox of mails and what the provider reported about them."""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from madang.core.fields import optional_link

from .choices import MailEventKind, MailKind, OutboxStatus
from .registrations import Registrable, Registration


class OutboxMail(models.Model):
    """A mail written in the same transaction as the change it reports.

    ``outbox.deliver`` sends it after commit; the conditional claim
    (pending → sending) makes sure only one worker ever sends a row.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    registration = optional_link(Registration, _("registration"), related_name="mails")
    kind = models.CharField(_("kind"), max_length=12, choices=MailKind.choices)
    activity = optional_link(Registrable, _("activity"))
    #: False until the worker renders subject, text and HTML (once, before the first attempt).
    rendered = models.BooleanField(default=False)
    to = models.EmailField(pgettext_lazy("mail recipient", "to"), max_length=254)
    language = models.CharField(_("language"), max_length=8)
    subject = models.CharField(_("subject"), max_length=255)
    text = models.TextField(_("text"))
    html = models.TextField(_("HTML"), blank=True)
    attach_calendar = models.BooleanField(default=False)
    attach_qr = models.BooleanField(default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=OutboxStatus.choices, default=OutboxStatus.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    first_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    #: The provider's id of the mail (anymail's ``message_id``); webhooks carry it.
    message_id = models.CharField(max_length=255, blank=True, db_index=True)
    #: The row this one sends again (an organizer's resend of a bounced or failed mail).
    resend_of = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="resent_as"
    )
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("written"), default=timezone.now)

    class Meta:
        verbose_name = _("outgoing mail")
        verbose_name_plural = _("outgoing mails")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return self.subject


class MailEvent(models.Model):
    """One tracking event from the mail provider's webhook (``delivery.py``)."""

    mail = models.ForeignKey(OutboxMail, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(
        pgettext_lazy("mail event", "event"), max_length=12, choices=MailEventKind.choices
    )
    occurred_at = models.DateTimeField(_("when"))
    #: The provider's own id of the event, so that a webhook posted twice is recorded once.
    event_id = models.CharField(max_length=255, blank=True)
    description = models.TextField(_("description"), blank=True)
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("mail event")
        verbose_name_plural = _("mail events")
        ordering = ["occurred_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["mail", "event_id", "kind"],
                condition=~models.Q(event_id=""),
                name="one_event_per_provider_id",
            )
        ]

    def __str__(self):
        return f"{self.mail_id} {self.kind}"
