"""Codes read at the registration desk."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import ScanOutcome
from .registrables import Registrable
from .registrations import Registration


class DeskScan(models.Model):
    """One QR code read at the desk by a volunteer's phone (``desk.record_scan``).

    The phone names each scan with a random id before it sends it, and sends
    it again until the site answers (the network may drop at the door): the
    unique id makes every scan count once, however often it arrives.
    """

    scan_id = models.UUIDField(_("scan"), unique=True, editable=False)
    registrable = models.ForeignKey(
        Registrable, verbose_name=_("for"), on_delete=models.CASCADE, related_name="desk_scans"
    )
    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="desk_scans",
    )
    code = models.CharField(_("check-in code"), max_length=20)
    outcome = models.CharField(_("outcome"), max_length=10, choices=ScanOutcome.choices)
    scanned_at = models.DateTimeField(_("scanned"))
    received_at = models.DateTimeField(_("received"), default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("desk scan")
        verbose_name_plural = _("desk scans")
        ordering = ["received_at", "pk"]

    def __str__(self):
        return f"{self.code} {self.get_outcome_display()}"
