from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Locale

from madang.core.calendar_feed import CalendarEntry
from madang.core.calendars import host_of, sequence_for
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


@hooks.register("madang_load_demo")
def load_demo_events(context):
    from .demo import add_demo_events  # noqa: PLC0415 -- the demo loads only when asked for

    add_demo_events(context)


@hooks.register("madang_calendar_entries")
def coming_events_for_the_calendar(*, language, request, now):
    """The coming events in ``language`` for the site's calendar of coming events."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return []
    pages = EventPage.objects.upcoming_in_locale(locale.pk).defer_streamfields()
    entries = []
    for page in pages:
        tz = event_zone(page)
        entries.append(
            CalendarEntry(
                uid=event_uid(page, host=host_of(page, request), language=language),
                summary=page.title,
                starts=page.start.astimezone(tz),
                ends=page.end.astimezone(tz),
                url=page.get_full_url(request),
                location=event_location(page),
                description=page.intro.strip(),
                sequence=sequence_for(page),
            )
        )
    return entries
