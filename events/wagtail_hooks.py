from django.utils.translation import gettext as _
from wagtail import hooks

from madang.core.sections import HomeSection
from madang.registrations.pages import prefetch_registrables

from .models import EventIndexPage, EventPage

HOME_LIMIT = 3


@hooks.register("madang_home_sections")
def upcoming_events(*, page, request):
    items = list(EventPage.objects.upcoming_in_locale(page.locale_id)[:HOME_LIMIT])
    prefetch_registrables(items)
    index = EventIndexPage.objects.live().filter(locale_id=page.locale_id).first()
    return HomeSection(
        key="events",
        title=_("Next events"),
        items=items,
        template="events/includes/home_section.html",
        more_url=index.get_url(request) if index else None,
        more_label=_("All events"),
        order=10,
    )


@hooks.register("madang_load_demo")
def load_demo_events(context):
    from .demo import add_demo_events

    add_demo_events(context)
