"""The audit trail of privacy requests."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import PrivacyAction, PrivacyVia


class PrivacyLog(models.Model):
    """Who exported or erased whose data, when: the audit trail of privacy requests.

    It names the registrations (by id) and never keeps the personal data itself,
    so an erasure leaves nothing of the person behind here either.
    """

    action = models.CharField(_("action"), max_length=10, choices=PrivacyAction.choices)
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    #: The user's name when it was done (kept if the account is deleted).
    by = models.CharField(_("user name"), max_length=150, blank=True)
    via = models.CharField(_("how"), max_length=10, choices=PrivacyVia.choices)
    registrations = models.JSONField(_("registrations"), default=list)
    count = models.PositiveIntegerField(_("registrations"), default=0)

    class Meta:
        verbose_name = _("privacy log entry")
        verbose_name_plural = _("privacy log")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()} {self.at:%Y-%m-%d %H:%M} {self.by}"
