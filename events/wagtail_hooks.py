from django.utils.translation import gettext as _
from wagtail import hooks

from madang.core.calendar_feed import page_entries
from madang.core.calendars import host_of
from madang.core.sections import upcoming_section
from madang.registrations.pages import prefetch_registrables

from .calendar import event_location, event_uid
from .models import EventIndexPage, EventPage
from .status import event_zone

HOME_LIMIT = 3


@hooks.register("madang_home_sections")
def upcoming_events(*, page, request):
    items = list(EventPage.objects.upcoming_in_locale(page.locale_id)[:HOME_LIMIT])
    prefetch_registrables(items)
    return upcoming_section(
        page=page,
        request=request,
        items=items,
        index_model=EventIndexPage,
        key="events",
        title=_("Next events"),
        template="events/includes/home_section.html",
        more_label=_("All events"),
        order=10,
    )


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
