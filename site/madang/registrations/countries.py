"""Countries offered in the registration form: the region first, then "other"."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

COUNTRIES = [
    ("KR", _("Korea")),
    ("JP", _("Japan")),
    ("CN", _("China")),
    ("TW", _("Taiwan")),
    ("MN", _("Mongolia")),
    ("VN", _("Vietnam")),
    ("PH", _("Philippines")),
    ("TH", _("Thailand")),
    ("MY", _("Malaysia")),
    ("SG", _("Singapore")),
    ("ID", _("Indonesia")),
    ("KH", _("Cambodia")),
    ("MM", _("Myanmar")),
    ("NP", _("Nepal")),
    ("BD", _("Bangladesh")),
    ("LK", _("Sri Lanka")),
    ("IN", _("India")),
    ("AU", _("Australia")),
    ("US", _("United States")),
    ("XX", pgettext_lazy("country", "Other")),
]
