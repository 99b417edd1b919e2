"""Inter-cooperative study tours.

This is the first cut the foundation needs (index, tour page with host, dates
and place); itineraries and delegations come with their own issue.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager, PageQuerySet
from wagtail.search import index

from madang.core.blocks import BaseStreamBlock
from madang.core.models import MadangPage
from madang.core.restrictions import public


class TourPageQuerySet(PageQuerySet):
    def upcoming_in_locale(self, locale_id):
        return (
            public(self.live())
            .filter(locale_id=locale_id, end_date__gte=timezone.localdate())
            .order_by("start_date", "pk")
        )


class TourIndexPage(MadangPage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*MadangPage.content_panels, FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["tours.TourPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("study tour index")
        verbose_name_plural = _("study tour indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tours = (
            public(TourPage.objects.child_of(self).live())
            .select_related("host")
            .order_by("-start_date")
        )
        today = timezone.localdate()
        context["upcoming"] = sorted(
            (t for t in tours if t.end_date >= today), key=lambda t: t.start_date
        )
        context["past"] = [t for t in tours if t.end_date < today]
        return context


class TourPage(MadangPage):
    host = models.ForeignKey(
        "people.Organization",
        verbose_name=_("host cooperative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    city = models.CharField(_("city"), max_length=100)
    country = models.CharField(_("country"), max_length=2, help_text=_("ISO code, e.g. JP."))
    intro = models.TextField(_("summary"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    objects = PageManager.from_queryset(TourPageQuerySet)()

    content_panels = [
        *MadangPage.content_panels,
        FieldPanel("host"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        MultiFieldPanel([FieldPanel("city"), FieldPanel("country")], heading=_("Where")),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *MadangPage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("city"),
    ]
    parent_page_types = ["tours.TourIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("study tour")
        verbose_name_plural = _("study tours")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The tour cannot end before it starts.")})
