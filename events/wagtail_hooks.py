from wagtail import hooks

from madang.core.calendar_feed import page_entries

from .calendar import entry_fields
from .models import EventIndexPage, EventPage

hooks.register("madang_home_sections", EventIndexPage.home_section)


@hooks.register("madang_calendar_entries")
def coming_events_for_the_calendar(*, language, request, now):
    """The coming events in ``language`` for the site's calendar of coming events."""
    return page_entries(EventPage, language=language, request=request, entry_fields=entry_fields)
