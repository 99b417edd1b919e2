"""Choices of tour pages, shared by the models and the forms."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TourTheme(models.TextChoices):
    GOVERNANCE = "governance", _("Mergers and governance")
    HOME_CARE = "home_care", _("Home care")
    HEALTH_PROMOTION = "health_promotion", _("Community health promotion")
    INTEGRATED_CARE = "integrated_care", _("Integrated care")
    MEMBERS = "members", _("Members’ activities")
    MEDICAL = "medical", _("Hospitals and clinics")


class FeeItem(models.TextChoices):
    TRANSPORT = "transport", _("Local transport")
    MEALS = "meals", _("Meals")
    LODGING = "lodging", _("Lodging")
    INTERPRETATION = "interpretation", _("Interpretation")
    INSURANCE = "insurance", _("Travel insurance")
