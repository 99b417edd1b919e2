"""Choices of event pages, shared by the models and the forms."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    GENERAL_ASSEMBLY = "assembly", _("General assembly")
    CONFERENCE = "conference", _("Conference")
    FORUM = "forum", _("Forum")
    SEMINAR = "seminar", _("Seminar")
