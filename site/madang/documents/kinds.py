"""The four documents, and which languages they are printed in."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Kind(models.TextChoices):
    PROGRAMME = "programme", pgettext_lazy("document", "Programme")
    BADGE = "badge", _("Name badge")
    LETTER = "letter", _("Invitation letter for the visa")
    CERTIFICATE = "certificate", _("Certificate of attendance")


#: The language of a host country, for letters; English for any other country.
COUNTRY_LANGUAGES = {"KR": "ko", "JP": "ja"}
SITE_LANGUAGES = [code for code, _name in settings.LANGUAGES]


def host_language(place):
    """The language of the country the offering takes place in (``Place.country``)."""
    country = place.country if place else ""
    return COUNTRY_LANGUAGES.get((country or "").upper(), "en")


def two_languages(first, second):
    """``[first, second]``, or ``[first, "en"]`` when they are the same (English alone once)."""
    if first != second:
        return [first, second]
    return [first] if first == "en" else [first, "en"]
