"""Research projects: an index in the menu and one page per project.

A project page says when the project runs (``start_date``, ``end_date``), its
``status``, who takes part (``partners``) and what came of it (``outputs``),
besides its text. The index lists the projects of its language, ongoing and
planned ones first.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField

from madang.core.blocks import BaseStreamBlock
from madang.core.listing import DatedPageMixin, PageDates
from madang.core.pages import MadangPage, SectionIndexPage, page_search_fields


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=200)
    role = blocks.CharBlock(label=_("Part in the project"), max_length=200, required=False)
    url = blocks.URLBlock(label=_("Website"), required=False)

    class Meta:
        icon = "group"
        label = _("Partner")


class OutputKind(models.TextChoices):
    PAPER = "paper", _("Paper")
    REPORT = "report", _("Report")
    BOOK = "book", _("Book")
    TALK = "talk", _("Talk")
    DATA = "data", _("Data")


class OutputValue(blocks.StructValue):
    def kind_label(self):
        kind = self.get("kind")
        return OutputKind(kind).label if kind in OutputKind.values else ""


class OutputBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=300)
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=OutputKind.choices, default="paper")
    year = blocks.IntegerBlock(label=_("Year"), required=False, min_value=1900, max_value=2100)
    detail = blocks.CharBlock(
        label=_("Where it appeared"),
        max_length=300,
        required=False,
        help_text=_("A journal, a series, a conference."),
    )
    url = blocks.URLBlock(label=_("Link"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Output")
        value_class = OutputValue


class ResearchProjectIndexPage(SectionIndexPage):
    subpage_types = ["research.ResearchProjectPage"]

    class Meta:
        verbose_name = _("research index")
        verbose_name_plural = _("research indexes")

    def projects(self):
        """The live projects of this index: ongoing, then planned, then completed; latest first."""
        order = models.Case(
            models.When(status=ProjectStatus.ONGOING, then=0),
            models.When(status=ProjectStatus.PLANNED, then=1),
            default=2,
        )
        return (
            ResearchProjectPage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .order_by(order, models.F("start_date").desc(nulls_last=True), "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["projects"] = self.projects()
        return context


class ResearchProjectPage(DatedPageMixin, MadangPage):
    intro = models.TextField(_("summary"), blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=ProjectStatus.choices, default=ProjectStatus.ONGOING
    )
    start_date = models.DateField(_("starts"), null=True, blank=True)
    end_date = models.DateField(
        _("ends"), null=True, blank=True, help_text=_("Leave empty while open-ended.")
    )
    partners = StreamField([("partner", PartnerBlock())], verbose_name=_("partners"), blank=True)
    outputs = StreamField([("output", OutputBlock())], verbose_name=_("outputs"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *MadangPage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Period and status"),
        ),
        FieldPanel("partners"),
        FieldPanel("body"),
        FieldPanel("outputs"),
    ]
    search_fields = page_search_fields("intro", "body", "partners", "outputs")
    parent_page_types = ["research.ResearchProjectIndexPage"]
    subpage_types = []
    dates = PageDates("start_date", "end_date", days=True)
    ends_before_start_message = _("The project cannot end before it starts.")

    class Meta:
        verbose_name = _("research project")
        verbose_name_plural = _("research projects")
