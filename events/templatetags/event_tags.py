"""Template tags of the event pages."""

from django import template
from django.urls import NoReverseMatch

from madang.core.sites import page_address

register = template.Library()


@register.simple_tag(takes_context=True)
def event_url(context, page, name, *args):
    """``{% routablepageurl %}`` (the site from the shared cache), or "" when the
    page has no route of that name.

    The calendar and QR code routes come from another mixin (events.routes);
    the links to them are left out rather than failing the whole page."""
    try:
        route = page.reverse_subpage(name, args=args)
    except NoReverseMatch:
        return ""
    return page_address(page, context["request"]) + route


@register.filter
def choice_label(bound_block):
    """The label of a ChoiceBlock's value, from its bound block
    (``value.bound_blocks.kind``)."""
    choices = dict(bound_block.block.field.choices)
    return choices.get(bound_block.value, bound_block.value)
