"""Template helpers of the registration engine for any page: time-zone names."""

from django import template

from ..timefmt import zone_name as _zone_name

register = template.Library()


@register.filter
def zone_name(time_zone, at=None):
    """``{{ page.time_zone|zone_name:page.start }}``: "대한민국 표준시", not ``Asia/Seoul``."""
    return _zone_name(time_zone, at)
