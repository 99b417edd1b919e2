"""The base of Madang's snippet viewsets: Wagtail's chooser window in the admin
user's language.

Wagtail's ``ChooserViewSet`` words its chooser window ("Choose", "Choose another",
"Edit", "Search", "Create") with ``gettext`` when it is imported, in the site's
default language: the window in which a Japanese organizer picks an organization
was headed 선택. :class:`SnippetChooserViewSet` has the same words, translated
when shown, and labels the window's locale filter (Wagtail's has no label but
its field's name, "Locale", in English).
"""

from django.utils.translation import gettext, gettext_lazy
from wagtail.snippets.views import chooser, snippets


class LabelledLocaleFilterMixin:
    def get_filter_form(self):
        form = super().get_filter_form()
        if "locale" in form.fields:
            form.fields["locale"].label = gettext("Locale")
        return form


class ChooseView(LabelledLocaleFilterMixin, chooser.ChooseView):
    pass


class ChooseResultsView(LabelledLocaleFilterMixin, chooser.ChooseResultsView):
    pass


class SnippetChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    choose_one_text = gettext_lazy("Choose")
    choose_another_text = gettext_lazy("Choose another")
    edit_item_text = gettext_lazy("Edit")
    search_tab_label = gettext_lazy("Search")
    create_action_label = gettext_lazy("Create")


class MadangSnippetViewSet(snippets.SnippetViewSet):
    """A snippet viewset whose chooser window speaks the admin user's language."""

    chooser_viewset_class = SnippetChooserViewSet
