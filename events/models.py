"""Events: general assemblies, conferences, forums and seminars.

This is the first cut the foundation needs (index, event page with dates and
place); agendas, speakers and booths come with their own issue.
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


class EventKind(models.TextChoices):
    GENERAL_ASSEMBLY = "assembly", _("General assembly")
    CONFERENCE = "conference", _("Conference")
    FORUM = "forum", _("Forum")
    SEMINAR = "seminar", _("Seminar")


class EventPageQuerySet(PageQuerySet):
    def upcoming_in_locale(self, locale_id):
        return (
            public(self.live())
            .filter(locale_id=locale_id, end__gte=timezone.now())
            .order_by("start", "pk")
        )


class EventIndexPage(MadangPage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*MadangPage.content_panels, FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = public(EventPage.objects.child_of(self).live()).order_by("-start")
        now = timezone.now()
        context["upcoming"] = sorted((e for e in events if e.end >= now), key=lambda e: e.start)
        context["past"] = [e for e in events if e.end < now]
        return context


class EventPage(MadangPage):
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("time zone"), max_length=50, default="Asia/Seoul", help_text=_("For example Asia/Tokyo.")
    )
    city = models.CharField(_("city"), max_length=100)
    country = models.CharField(_("country"), max_length=2, help_text=_("ISO code, e.g. KR."))
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    intro = models.TextField(_("summary"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    objects = PageManager.from_queryset(EventPageQuerySet)()

    content_panels = [
        *MadangPage.content_panels,
        FieldPanel("kind"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("time_zone")],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("city"), FieldPanel("country")], heading=_("Where")
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *MadangPage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("city"),
        index.SearchField("venue"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})
