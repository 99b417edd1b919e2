"""``{% google_calendar_url page %}`` and ``{% google_calendar_url page session %}``."""

from django import template

from ..calendar import event_google_calendar_url, session_google_calendar_url

register = template.Library()


@register.simple_tag(takes_context=True)
def google_calendar_url(context, page, session=None):
    """The "add to Google Calendar" link of an event, or of one of its agenda sessions."""
    request = context.get("request")
    if session is None:
        return event_google_calendar_url(page=page, request=request)
    return session_google_calendar_url(page=page, session=session, request=request)
