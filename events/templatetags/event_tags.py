"""Template tags of the event pages."""

from django import template
from django.urls import NoReverseMatch
from wagtail.contrib.routable_page.templatetags.wagtailroutablepage_tags import routablepageurl

register = template.Library()


@register.simple_tag(takes_context=True)
def event_url(context, page, name, *args):
    """``{% routablepageurl %}``, or "" when the page has no route of that name.

    The calendar and QR code routes come from another mixin (events.routes);
    the links to them are left out rather than failing the whole page."""
    try:
        return routablepageurl(context, page, name, *args)
    except NoReverseMatch:
        return ""


@register.filter
def choice_label(bound_block):
    """The label of a ChoiceBlock's value, from its bound block
    (``value.bound_blocks.kind``)."""
    choices = dict(bound_block.block.field.choices)
    return choices.get(bound_block.value, bound_block.value)
