"""Template filters of the tour pages."""

from django import template

from madang.core.countries import country_name

register = template.Library()


@register.filter
def country_label(code):
    """The country's name for an ISO code (its code when the name is not known)."""
    return country_name(code)
