"""The base of every public page type (``MadangPage``) and of the sections' indexes
(``SectionIndexPage``).

Its own module, so that feature apps (news, events, tours) build on it without
importing ``core.models``, which imports them for the home page.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .forms import MadangPageForm
from .unique_rows import UniqueChildRowsMixin


class TranslationNote(models.TextChoices):
    NONE = "", _("No note")
    HUMAN = "human", _("Translated by a person")
    MACHINE = "machine", _("Machine-translated")


class MadangPage(UniqueChildRowsMixin, Page):
    """Base for every public page type: translation provenance and search.

    Its admin form offers snippets in the page's locale and, with its ``save``, keeps
    the uniqueness rules of inline rows (see ``forms.MadangPageForm`` and ``unique_rows``).
    """

    translation_note = models.CharField(
        _("translation note"),
        max_length=10,
        choices=TranslationNote.choices,
        blank=True,
        default=TranslationNote.NONE,
        help_text=_(
            "Shown to readers of this translation. Machine-translated pages link to the original."
        ),
    )

    override_translatable_fields = [SynchronizedField("translation_note", overridable=True)]
    base_form_class = MadangPageForm

    promote_panels = [
        *Page.promote_panels,
        FieldPanel("translation_note"),
    ]

    class Meta:
        abstract = True

    def original_page(self):
        """The version this page was translated from: the first one written.

        None when this page is itself the original.
        """
        original = (
            Page.objects.filter(translation_key=self.translation_key, alias_of__isnull=True)
            .live()
            .select_related("locale")
            .order_by("pk")
            .first()
        )
        if original is None or original.pk == self.pk:
            return None
        return original


def page_search_fields(*names):
    """A page type's ``search_fields``: every page's, and full-text search in ``names``."""
    return [*MadangPage.search_fields, *(index.SearchField(name) for name in names)]


class SectionIndexPage(MadangPage):
    """The index of one section of the site (news, research, events, study tours): one
    under the home page in each language, with an introduction above its list."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*MadangPage.content_panels, FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True
