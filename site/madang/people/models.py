"""People and organizations: translatable snippets reused by news, events and tours."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from madang.core.blocks import RICH_TEXT_FEATURES
from madang.core.fields import optional_link
from madang.core.forms import LocaleChoicesSnippetForm


class NamedSnippet(TranslatableMixin, index.Indexed, ClusterableModel):
    """An organization or a person: a name in its own script (``name``, the subclass's)
    and a romanized one, the same in every language; both names find it (in the admin's
    choosers too), and lists are in the order of the names."""

    name_romanized = models.CharField(_("romanized name"), max_length=200, blank=True)

    override_translatable_fields = [SynchronizedField("name_romanized")]
    # A person's organization is picked among those of the person's locale.
    base_form_class = LocaleChoicesSnippetForm
    search_fields = [
        index.SearchField("name"),
        index.SearchField("name_romanized"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class OrganizationKind(models.TextChoices):
    COOPERATIVE = "cooperative", _("Cooperative")
    FEDERATION = "federation", _("Federation of cooperatives")
    GOVERNMENT = "government", _("Government or public body")
    UNIVERSITY = "university", _("University or research institute")
    NONPROFIT = "nonprofit", _("Non-profit organization")
    OTHER = "other", _("Other")


class Organization(NamedSnippet):
    name = models.CharField(_("name"), max_length=200, help_text=_("In its own script."))
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=OrganizationKind.choices, default="cooperative"
    )
    country = models.CharField(_("country"), max_length=2, blank=True, help_text=_("ISO code."))
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = optional_link("wagtailimages.Image", _("logo"))
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("name_romanized"), FieldPanel("short_name")],
            heading=_("Name"),
        ),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("city"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]

    class Meta(NamedSnippet.Meta):
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")


class Person(NamedSnippet):
    name = models.CharField(_("name"), max_length=200, help_text=_("In the person's own script."))
    organization = optional_link(Organization, _("affiliation"), related_name="people")
    role = models.CharField(_("role"), max_length=200, blank=True)
    photo = optional_link("wagtailimages.Image", _("photo"))
    bio = RichTextField(_("biography"), features=RICH_TEXT_FEATURES, blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("name_romanized")], heading=_("Name")),
        FieldPanel("organization"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]

    class Meta(NamedSnippet.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        if self.name_romanized and self.name_romanized != self.name:
            return f"{self.name} ({self.name_romanized})"
        return self.name
