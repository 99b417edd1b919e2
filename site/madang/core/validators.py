import zoneinfo

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def validate_time_zone(value):
    """An IANA time zone name such as Asia/Seoul or Asia/Tokyo."""
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            _("“%(value)s” is not a time zone. Use a name such as Asia/Seoul or Asia/Tokyo."),
            params={"value": value},
            code="invalid_time_zone",
        ) from exc
