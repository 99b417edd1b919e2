from django.utils.translation import gettext as _
from wagtail import hooks

from madang.core.sections import upcoming_section
from madang.registrations.pages import prefetch_registrables

from .models import EventIndexPage, EventPage

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
    from .demo import add_demo_events

    add_demo_events(context)
