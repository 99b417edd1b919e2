from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from madang.core.calendar_feed import page_entries
from madang.core.snippets import MadangSnippetViewSet

from .calendar import entry_fields
from .models import HostProfile, Place, TourIndexPage, TourPage


class PlaceViewSet(MadangSnippetViewSet):
    model = Place
    icon = "site"
    list_display = ["name", "address"]
    search_fields = ["name", "address"]


class HostProfileViewSet(MadangSnippetViewSet):
    model = HostProfile
    icon = "group"
    list_display = ["organization", "members", "founded"]


class ToursGroup(SnippetViewSetGroup):
    items = (PlaceViewSet, HostProfileViewSet)
    menu_icon = "site"
    menu_label = gettext_lazy("Study tours")
    menu_name = "tours"


register_snippet(ToursGroup)


hooks.register("madang_home_sections", TourIndexPage.home_section)


@hooks.register("madang_pages_showing")
def tours_showing_a_host_profile(instance):
    """A host's profile shows on the tours it hosts (they name the organization, not the
    profile, so Wagtail's reference index does not know); moved to another organization,
    it leaves the tours of the one it was read with."""
    if isinstance(instance, HostProfile):
        hosts = {instance.organization_id, instance.loaded_organization_id} - {None}
        return TourPage.objects.filter(host_id__in=hosts)
    return None


@hooks.register("madang_calendar_entries")
def coming_tours_for_the_calendar(*, language, request, now):
    """The coming study tours in ``language``, as all-day entries from the first to the last day."""
    return page_entries(TourPage, language=language, request=request, entry_fields=entry_fields)
