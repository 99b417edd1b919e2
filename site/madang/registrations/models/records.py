"""Who may act for one event or tour, and what was done: roles, desk scans, the privacy log."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from madang.core.fields import optional_link

from .choices import PrivacyAction, PrivacyVia, ScanOutcome
from .registrations import Registrable, Registration


class EventRole(models.Model):
    """A person's role for one event or tour: its organizer, or a volunteer at its desk.

    Global permissions ("view/change registration") reach every registrable;
    a role reaches one (``roles.py`` answers who may do what).
    """

    class Kind(models.TextChoices):
        ORGANIZER = "organizer", _("Organizer of this event")
        DESK = "desk", _("Registration desk (check-in only)")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="event_roles",
    )
    registrable = models.ForeignKey(
        Registrable,
        verbose_name=_("event or tour"),
        on_delete=models.CASCADE,
        related_name="roles",
    )
    role = models.CharField(_("role"), max_length=12, choices=Kind.choices)
    granted_by = optional_link(settings.AUTH_USER_MODEL, _("granted by"))
    created_at = models.DateTimeField(_("granted"), default=timezone.now)

    class Meta:
        verbose_name = _("event role")
        verbose_name_plural = _("event roles")
        ordering = ["registrable", "role", "user"]
        constraints = [
            models.UniqueConstraint(fields=["user", "registrable"], name="one_role_per_event")
        ]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()} – {self.registrable}"


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
    registration = optional_link(Registration, _("registration"), related_name="desk_scans")
    code = models.CharField(_("check-in code"), max_length=20)
    outcome = models.CharField(_("outcome"), max_length=10, choices=ScanOutcome.choices)
    scanned_at = models.DateTimeField(_("scanned"))
    received_at = models.DateTimeField(_("received"), default=timezone.now)
    user = optional_link(settings.AUTH_USER_MODEL, _("by"))

    class Meta:
        verbose_name = _("desk scan")
        verbose_name_plural = _("desk scans")
        ordering = ["received_at", "pk"]

    def __str__(self):
        return f"{self.code} {self.get_outcome_display()}"


class PrivacyLog(models.Model):
    """Who exported or erased whose data, when: the audit trail of privacy requests.

    It names the registrations (by id) and never keeps the personal data itself,
    so an erasure leaves nothing of the person behind here either.
    """

    action = models.CharField(_("action"), max_length=10, choices=PrivacyAction.choices)
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    user = optional_link(settings.AUTH_USER_MODEL, _("by"))
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
