"""Choices of event pages, shared by the models and the forms."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    GENERAL_ASSEMBLY = "assembly", _("General assembly")
    CONFERENCE = "conference", _("Conference")
    FORUM = "forum", _("Forum")
    SEMINAR = "seminar", _("Seminar")


class BoothCategory(models.TextChoices):
    COOPERATIVE = "cooperative", _("Cooperative")
    PUBLIC = "public", _("Local government and public bodies")
    CARE = "care", _("Care and welfare services")
    HEALTH = "health", _("Health and medical services")
    EDUCATION = "education", _("Education and training")
    OTHER = "other", _("Other")
