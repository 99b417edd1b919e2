"""Template helpers of the registration engine: time-zone names, driver cards."""

from django import template

from ..offline import driver_card as _driver_card
from ..timefmt import zone_brackets as _zone_brackets
from ..timefmt import zone_name as _zone_name

register = template.Library()


@register.filter
def zone_name(time_zone, at=None):
    """``{{ page.time_zone|zone_name:page.start }}``: "대한민국 표준시", not ``Asia/Seoul``."""
    return _zone_name(time_zone, at)


@register.simple_tag
def zone_brackets():
    """``{% zone_brackets as tz %}``: ``tz.space``, ``tz.open`` and ``tz.close`` around a
    time zone's name after a time, as the registration pages and mails write them
    (" (", ")"; Japanese "（", "）" right after the time)."""
    return _zone_brackets()


@register.inclusion_tag("registrations/includes/driver_card.html")
def driver_card(place):
    """``{% driver_card place %}``: the place in the local script, for a taxi driver."""
    return {"card": _driver_card(place)}
