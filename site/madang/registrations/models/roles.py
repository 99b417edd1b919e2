"""People's roles for one event or tour."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .registrables import Registrable


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
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("granted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
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
