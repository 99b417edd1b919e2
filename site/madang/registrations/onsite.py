"""What a delegate abroad needs on the spot: emergency numbers, and the local
language of a driver card.

Emergency numbers are those to dial from any phone in the country (mobile
phones included): police, fire and ambulance. Countries not listed get none
rather than a guess.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

SERVICES = {
    "police": pgettext_lazy("emergency service", "Police"),
    "fire": pgettext_lazy("emergency service", "Fire"),
    "ambulance": pgettext_lazy("emergency service", "Ambulance"),
    "fire_ambulance": _("Fire and ambulance"),
    "all": _("Police, fire and ambulance"),
}

NUMBERS = {
    "KR": (("police", "112"), ("fire_ambulance", "119")),
    "JP": (("police", "110"), ("fire_ambulance", "119")),
    "CN": (("police", "110"), ("fire", "119"), ("ambulance", "120")),
    "TW": (("police", "110"), ("fire_ambulance", "119")),
    "MN": (("police", "102"), ("fire", "101"), ("ambulance", "103")),
    "VN": (("police", "113"), ("fire", "114"), ("ambulance", "115")),
    "PH": (("all", "911"),),
    "SG": (("police", "999"), ("fire_ambulance", "995")),
    "MY": (("all", "999"),),
    "TH": (("police", "191"), ("fire", "199"), ("ambulance", "1669")),
}


@dataclass(frozen=True)
class EmergencyNumber:
    service: str  # a key of SERVICES
    number: str

    @property
    def label(self):
        """What the number is for, in the active language."""
        return str(SERVICES[self.service])


def emergency_numbers(country):
    """The emergency numbers of ``country`` (ISO code), [] when unknown."""
    return [EmergencyNumber(service, number) for service, number in NUMBERS.get(country or "", ())]


#: The language a taxi driver reads in each country, where the site has it.
LOCAL_LANGUAGES = {"KR": "ko", "JP": "ja"}


def driver_language(country):
    """The site's language spoken in ``country`` (ISO code), or ""."""
    return LOCAL_LANGUAGES.get(country or "", "")
