from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from madang.core.snippets import MadangSnippetViewSet

from .models import Organization, Person


class PersonViewSet(MadangSnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "name_romanized", "organization", "role"]
    search_fields = ["name", "name_romanized"]


class OrganizationViewSet(MadangSnippetViewSet):
    model = Organization
    icon = "group"
    list_display = ["name", "name_romanized", "kind", "city"]
    list_filter = ["kind"]
    search_fields = ["name", "name_romanized"]


class PeopleGroup(SnippetViewSetGroup):
    items = (PersonViewSet, OrganizationViewSet)
    menu_icon = "group"
    menu_label = _("People")
    menu_name = "people"


register_snippet(PeopleGroup)
