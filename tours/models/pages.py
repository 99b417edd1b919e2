"""The tour index and the tour page."""

import dataclasses
import datetime
import uuid

from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import PageManager, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from events.status import event_zone
from madang.core.blocks import BaseStreamBlock
from madang.core.fields import optional_link
from madang.core.languages import SPOKEN_LANGUAGES
from madang.core.listing import DatedPageMixin, DatedPageQuerySet, PageDates
from madang.core.pages import MadangPage, page_search_fields
from madang.core.validators import validate_time_zone
from madang.registrations.contract import (
    Contact,
    ItineraryDay,
    ItineraryStop,
    ProgrammeDay,
    ProgrammeItem,
    When,
    help_for,
)
from madang.registrations.models import Status
from madang.registrations.offerings import AbstractQuestion
from madang.registrations.pages import (
    HOST,
    ORGANIZERS,
    OrganizersContactMixin,
    RegistrableIndexPage,
    RegistrablePageMixin,
)

from ..blocks import EventLinkBlock, GoalBlock, ItineraryBlock, NewsLinkBlock, ReportBlock
from ..calendar import tour_itinerary_calendar
from ..choices import FeeItem, TourTheme
from ..forms import TourFilterForm, TourPageForm
from ..routes import TourRoutesMixin
from .places import HostProfile, TourActivityItem, registration_place_of, stop_place


class TourIndexPage(RegistrableIndexPage):
    subpage_types = ["tours.TourPage"]
    card_related = ["host"]
    home_title = _("Next study tours")
    home_more_label = _("All study tours")
    home_order = 20

    class Meta:
        verbose_name = _("study tour index")
        verbose_name_plural = _("study tour indexes")

    # Upcoming and past tours, filtered by host country, theme and year (GET);
    # see madang.core.listing.

    def filter_form(self, data, items):
        return TourFilterForm(data, tours=items)


class TourPage(
    TourRoutesMixin,
    RoutablePageMixin,
    DatedPageMixin,
    OrganizersContactMixin,
    RegistrablePageMixin,
    MadangPage,
):
    host = optional_link("people.Organization", _("host cooperative"))
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=50,
        default="Asia/Seoul",
        validators=[validate_time_zone],
        help_text=_("Where the tour takes place, for example Asia/Tokyo."),
    )
    city = models.CharField(_("city"), max_length=100)
    country = models.CharField(_("country"), max_length=2, help_text=_("ISO code, e.g. JP."))
    themes = models.JSONField(_("themes"), default=list, blank=True)
    intro = models.TextField(_("summary"), blank=True)
    audience = models.TextField(
        _("who it is for"),
        blank=True,
        help_text=_("The visiting side: which cooperatives, which roles."),
    )
    goals = StreamField([("goal", GoalBlock())], verbose_name=_("goals"), blank=True)
    meeting_place = optional_link("tours.Place", _("meeting place"))
    meeting_point = models.CharField(
        _("meeting point"),
        max_length=250,
        blank=True,
        help_text=_("Where exactly to meet, for example: at the ticket gates."),
    )
    meeting_time = models.TimeField(
        _("meeting time"), null=True, blank=True, help_text=_("On the first day.")
    )
    languages = models.JSONField(_("languages of the tour"), default=list, blank=True)
    interpretation = models.TextField(
        _("interpretation"),
        blank=True,
        help_text=_("What interpretation is offered, for example Korean–Japanese throughout."),
    )
    fee = models.CharField(
        _("fee"), max_length=200, blank=True, help_text=_("Leave empty if the tour is free.")
    )
    fee_covers = models.JSONField(_("the fee covers"), default=list, blank=True)
    fee_notes = models.TextField(_("about the fee"), blank=True)
    visiting_rules = models.TextField(
        _("rules for visiting medical and care facilities"), blank=True
    )
    photo_policy = models.TextField(_("photos and consent"), blank=True)
    what_to_bring = models.TextField(_("what to bring"), blank=True)
    host_contact_name = models.CharField(
        _("host's contact person"),
        max_length=120,
        blank=True,
        help_text=_("Whom delegates call on site at the host cooperative."),
    )
    host_contact_phone = models.CharField(_("host's contact phone"), max_length=40, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    itinerary = StreamField(ItineraryBlock(), verbose_name=_("itinerary"), blank=True)
    report = StreamField(ReportBlock(), verbose_name=_("report"), blank=True)
    related_news = StreamField(
        [("article", NewsLinkBlock())], verbose_name=_("related news"), blank=True
    )
    follow_ups = StreamField(
        [("event", EventLinkBlock())],
        verbose_name=_("what came next"),
        blank=True,
        help_text=_("Events that grew out of the tour."),
    )

    objects = PageManager.from_queryset(DatedPageQuerySet)()
    dates = PageDates("start_date", "end_date", days=True)
    ends_before_start_message = _("The tour cannot end before it starts.")
    base_form_class = TourPageForm
    serve_select_related = ["host", "host__tour_host_profile", "meeting_place"]

    override_translatable_fields = [
        *MadangPage.override_translatable_fields,
        SynchronizedField("time_zone", overridable=False),
        SynchronizedField("country", overridable=False),
        SynchronizedField("contact_phone"),
        SynchronizedField("host_contact_phone"),
    ]

    content_panels = [
        *MadangPage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("meeting_place"),
                FieldPanel("meeting_point"),
                FieldPanel("meeting_time"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("host"), FieldPanel("audience"), FieldPanel("themes")],
            heading=_("Who"),
        ),
        FieldPanel("goals"),
        MultiFieldPanel(
            [FieldPanel("languages"), FieldPanel("interpretation")],
            heading=_("Languages"),
        ),
        MultiFieldPanel(
            [FieldPanel("fee"), FieldPanel("fee_covers"), FieldPanel("fee_notes")],
            heading=_("Fee"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("visiting_rules"),
                FieldPanel("photo_policy"),
                FieldPanel("what_to_bring"),
            ],
            heading=_("Practical notes"),
        ),
        MultiFieldPanel(
            [
                *OrganizersContactMixin.contact_panels,
                FieldPanel("host_contact_name"),
                FieldPanel("host_contact_phone"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("body"),
    ]
    itinerary_panels = [FieldPanel("itinerary")]
    report_panels = [FieldPanel("report"), FieldPanel("related_news"), FieldPanel("follow_ups")]
    edit_tabs = [
        (content_panels, _("Tour")),
        (itinerary_panels, _("Itinerary")),
        (RegistrablePageMixin.registration_panels, _("Registration")),
        (report_panels, _("Report")),
    ]

    search_fields = page_search_fields(
        "intro", "audience", "goals", "body", "itinerary", "report", "city"
    )
    parent_page_types = ["tours.TourIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("study tour")
        verbose_name_plural = _("study tours")

    # --- the registration engine's contract (madang.registrations.contract) ----

    def registration_when(self):
        """From the meeting time (or the first day) to the last day, in the tour's zone."""
        meeting = self.meeting_datetime()
        starts = meeting or datetime.datetime.combine(
            self.start_date, datetime.time(0, 0), tzinfo=self.zone
        )
        ends = datetime.datetime.combine(self.end_date, datetime.time(23, 59), tzinfo=self.zone)
        return When(starts, ends, self.time_zone, all_day=meeting is None, end_time=False)

    def registration_place(self):
        """Where the tour meets (the meeting place and point), else its city."""
        place = registration_place_of(self.meeting_place, detail=self.meeting_point, city=self.city)
        return dataclasses.replace(place, country=place.country or self.country)

    def registration_programme(self):
        """Every day and stop of the itinerary; ids are the blocks', shared by the translations."""
        return [
            ProgrammeDay.of(
                day,
                (
                    ProgrammeItem.of(
                        stop, where=str(stop_place(stop) or ""), optional=stop.optional
                    )
                    for stop in day.stops
                ),
            )
            for day in self.tour_itinerary().days
        ]

    def registration_help(self):
        """The country's emergency numbers, the organizers and the host's contact on site."""
        host = Contact(self.host_contact_name, "", self.host_contact_phone)
        return help_for(
            country=self.country,
            contacts=[(ORGANIZERS, self.registration_contact()), (HOST, host)],
        )

    def registration_optional_activities(self):
        """The optional stops: delegates choose them, some with a seat limit."""
        return [
            TourActivityItem(
                translation_key=uuid.UUID(stop.id),
                name=stop.title,
                description=stop.description,
                capacity=stop.seats,
                starts=stop.start,
                ends=stop.end,
                place=stop_place(stop),
                tour=self,
            )
            for stop in self.tour_itinerary().optional_stops
        ]

    def set_activity_seats(self, *, key, seats):
        """An optional stop's seats (its list item's id is the activity's key)."""
        itinerary = self.itinerary.raw_data
        changed = False
        for day in itinerary:
            for stop in day["value"].get("stops", []):
                if stop.get("id") == str(key) and stop["value"].get("seats") != seats:
                    stop["value"]["seats"] = seats
                    changed = True
        if not changed:
            return []
        self.itinerary = itinerary
        self.__dict__.pop("_tour_itinerary", None)  # built again from the new seats
        return ["itinerary"]

    def _chosen_stop_ids(self, registration):
        return [
            str(booking.activity.key)
            for booking in registration.bookings.select_related("activity")
            if booking.status == Status.CONFIRMED
        ]

    def registration_itinerary(self, *, registration):
        """The delegate's own days: every stop, and the optional ones they hold a place in."""
        itinerary = self.tour_itinerary()
        wanted = set(itinerary.stop_ids_for(self._chosen_stop_ids(registration)))
        days = []
        for day in itinerary.days:
            stops = tuple(
                ItineraryStop(
                    starts=stop.start,
                    ends=stop.end,
                    title=stop.title,
                    place=stop_place(stop),
                    optional=stop.optional,
                )
                for stop in day.stops
                if stop.id in wanted
            )
            if stops:
                days.append(
                    ItineraryDay(number=day.number, date=day.date, title=day.title, stops=stops)
                )
        return days

    def registration_calendar(self, *, registration=None):
        """The delegate's own itinerary (the whole one without a registration)."""
        itinerary = self.tour_itinerary()
        chosen = self._chosen_stop_ids(registration) if registration is not None else None
        stop_ids = itinerary.stop_ids_for(chosen) if chosen is not None else None
        calendar = tour_itinerary_calendar(self, stop_ids=stop_ids, name=self.title)
        return calendar.to_ical()

    def is_over(self, today=None):
        """True once the tour's last day has passed (in the tour's time zone)."""
        if today is None:
            today = timezone.now().astimezone(self.zone).date()
        return self.end_date < today

    @property
    def zone(self):
        return event_zone(self)

    @cached_property
    def host_profile(self):
        """The host's HostProfile, or None (selected with the page when served)."""
        if self.host is None:
            return None
        try:
            return self.host.tour_host_profile
        except HostProfile.DoesNotExist:
            return None

    def theme_labels(self):
        labels = dict(TourTheme.choices)
        return [labels[value] for value in self.themes or () if value in labels]

    def fee_cover_labels(self):
        labels = dict(FeeItem.choices)
        return [labels[value] for value in self.fee_covers or () if value in labels]

    def language_codes(self):
        known = dict(SPOKEN_LANGUAGES)
        return [code for code in self.languages or () if code in known]

    def meeting_datetime(self):
        """When to meet, aware, in the tour's time zone; None without a time."""
        if self.meeting_time is None:
            return None
        return datetime.datetime.combine(self.start_date, self.meeting_time, tzinfo=self.zone)

    def days_count(self):
        return (self.end_date - self.start_date).days + 1


class TourQuestion(TranslatableMixin, AbstractQuestion):
    page = ParentalKey(TourPage, related_name="registration_questions", on_delete=models.CASCADE)

    class Meta(TranslatableMixin.Meta, AbstractQuestion.Meta):
        verbose_name = _("registration question")
        verbose_name_plural = _("registration questions")
