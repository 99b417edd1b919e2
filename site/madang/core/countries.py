"""Country names: one table for the whole site.

Codes are ISO 3166-1 alpha-2. ``COUNTRY_NAMES`` names every country the site
knows (lazily translated); ``REGISTRATION_COUNTRIES`` is the order the
registration form offers them in (the region first, then "other"); filters of
the event and tour indexes name the countries their pages are in.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

#: code → name, in the reader's language.
COUNTRY_NAMES = {
    "KR": _("South Korea"),
    "JP": _("Japan"),
    "CN": _("China"),
    "TW": _("Taiwan"),
    "HK": _("Hong Kong"),
    "MN": _("Mongolia"),
    "VN": _("Vietnam"),
    "PH": _("Philippines"),
    "TH": _("Thailand"),
    "MY": _("Malaysia"),
    "SG": _("Singapore"),
    "ID": _("Indonesia"),
    "KH": _("Cambodia"),
    "LA": _("Laos"),
    "MM": _("Myanmar"),
    "NP": _("Nepal"),
    "BD": _("Bangladesh"),
    "LK": _("Sri Lanka"),
    "IN": _("India"),
    "AU": _("Australia"),
    "US": _("United States"),
    "XX": pgettext_lazy("country", "Other"),
}

#: The countries a delegate chooses from, in this order.
REGISTRATION_COUNTRIES = [
    (code, COUNTRY_NAMES[code])
    for code in (
        "KR",
        "JP",
        "CN",
        "TW",
        "MN",
        "VN",
        "PH",
        "TH",
        "MY",
        "SG",
        "ID",
        "KH",
        "MM",
        "NP",
        "BD",
        "LK",
        "IN",
        "AU",
        "US",
        "XX",
    )
]


def country_name(code):
    """The country's name (lazily translated), or its code when it is not in the table."""
    code = (code or "").upper()
    return COUNTRY_NAMES.get(code, code)


def country_choices(codes):
    """``(code, name)`` for the given codes, sorted by name in the active language."""
    return [
        (code, country_name(code))
        for code in sorted(set(codes), key=lambda c: str(country_name(c)))
    ]
