from wagtail import hooks

from madang.core.calendar_feed import page_entries
from madang.core.calendars import host_of

from .calendar import event_location, event_uid
from .models import EventIndexPage, EventPage
from .status import event_zone


@hooks.register("madang_home_sections")
def upcoming_events(*, page, request):
    return EventIndexPage.home_section(page=page, request=request)


@hooks.register("madang_calendar_entries")
def coming_events_for_the_calendar(*, language, request, now):
    """The coming events in ``language`` for the site's calendar of coming events."""
    return page_entries(
        EventPage,
        language=language,
        request=request,
        uid=lambda page: event_uid(page, host=host_of(page, request), language=language),
        starts=lambda page: page.start.astimezone(event_zone(page)),
        ends=lambda page: page.end.astimezone(event_zone(page)),
        location=event_location,
    )
