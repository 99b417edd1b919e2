"""Countries offered in the registration form: the region first, then "other".

The names live in the site's one country table, ``madang.core.countries``.
"""

from madang.core.countries import REGISTRATION_COUNTRIES as COUNTRIES
from madang.core.countries import country_name

__all__ = ["COUNTRIES", "country_name"]
