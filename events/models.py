"""Events: general assemblies, conferences, forums and seminars.

An event page carries its practical details, an agenda (days, parts/tracks in
rooms, sessions with people in roles; see blocks.py) and a booth directory.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from madang.core.blocks import BaseStreamBlock, DocumentLinkBlock
from madang.core.fields import local_script_address, local_script_name, optional_link
from madang.core.listing import DatedPageMixin, DatedPageQuerySet, PageDates
from madang.core.pages import MadangPage, page_search_fields
from madang.core.validators import validate_time_zone
from madang.registrations.contract import (
    Place,
    ProgrammeDay,
    ProgrammeItem,
    When,
    help_for,
)
from madang.registrations.offerings import AbstractActivity, AbstractQuestion
from madang.registrations.pages import (
    ORGANIZERS,
    OrganizersContactMixin,
    RegistrableIndexPage,
    RegistrablePageMixin,
)

from .agenda import build_agenda
from .blocks import AgendaBlock
from .calendar import event_calendar
from .choices import EventKind
from .forms import EventFilterForm, EventPageForm
from .public_routes import EventPublicRoutesMixin
from .routes import EventCalendarRoutesMixin


class EventIndexPage(RegistrableIndexPage):
    subpage_types = ["events.EventPage"]
    home_title = _("Next events")
    home_more_label = _("All events")
    home_order = 10

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    # Upcoming and past events, filtered by kind, year and place (GET); a year
    # is the year in the event's own time zone (see madang.core.listing).

    def filter_form(self, data, items):
        return EventFilterForm(data, events=items)


class EventPage(
    EventPublicRoutesMixin,
    EventCalendarRoutesMixin,
    RoutablePageMixin,
    DatedPageMixin,
    OrganizersContactMixin,
    RegistrablePageMixin,
    MadangPage,
):
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=50,
        default="Asia/Seoul",
        validators=[validate_time_zone],
        help_text=_("For example Asia/Tokyo."),
    )
    city = models.CharField(_("city"), max_length=100)
    country = models.CharField(_("country"), max_length=2, help_text=_("ISO code, e.g. KR."))
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.CharField(_("address"), max_length=300, blank=True)
    venue_floor = models.CharField(_("floor"), max_length=60, blank=True)
    venue_hall = models.CharField(_("hall or room"), max_length=120, blank=True)
    venue_local_name = local_script_name(
        _("venue in the local script"), _("Its name as a taxi driver there reads it.")
    )
    venue_local_address = local_script_address()
    map_url = models.URLField(_("map link"), blank=True)
    transport = models.TextField(_("getting there by public transport"), blank=True)
    parking = models.TextField(_("parking"), blank=True)
    venue_accessibility = models.TextField(_("accessibility of the venue"), blank=True)
    host = optional_link("people.Organization", _("host"))
    organizers = ParentalManyToManyField(
        "people.Organization", verbose_name=_("organizers"), blank=True, related_name="+"
    )
    expected_participants = models.PositiveIntegerField(
        _("expected participants"), null=True, blank=True
    )
    fee = models.CharField(
        _("fee"), max_length=200, blank=True, help_text=_("Leave empty if the event is free.")
    )
    registration_url = models.URLField(
        _("registration on another site"),
        blank=True,
        help_text=_(
            "Only when delegates register elsewhere instead of with this site's form. "
            "Printed as a QR code for posters."
        ),
    )
    intro = models.TextField(_("summary"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    documents = StreamField(
        [("document", DocumentLinkBlock())], verbose_name=_("documents"), blank=True
    )
    agenda = StreamField(AgendaBlock(), verbose_name=_("agenda"), blank=True)
    floor_map = optional_link(
        "wagtailimages.Image",
        _("floor map"),
        help_text=_("A plan of the exhibition floor; booths are marked on it by position."),
    )

    objects = PageManager.from_queryset(DatedPageQuerySet)()
    dates = PageDates("start", "end")
    ends_before_start_message = _("The event cannot end before it starts.")
    base_form_class = EventPageForm
    override_translatable_fields = [
        *MadangPage.override_translatable_fields,
        SynchronizedField("time_zone", overridable=False),
        SynchronizedField("country", overridable=False),
        SynchronizedField("venue_local_name", overridable=False),
        SynchronizedField("venue_local_address", overridable=False),
    ]
    serve_select_related = ["host", "floor_map"]

    content_panels = [
        *MadangPage.content_panels,
        FieldPanel("kind"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("time_zone")],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("venue_address"),
                FieldRowPanel([FieldPanel("venue_floor"), FieldPanel("venue_hall")]),
                FieldPanel("venue_local_name"),
                FieldPanel("venue_local_address"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("map_url"),
                FieldPanel("transport"),
                FieldPanel("parking"),
                FieldPanel("venue_accessibility"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("host"),
                FieldPanel("organizers"),
                FieldPanel("expected_participants"),
                FieldPanel("fee"),
            ],
            heading=_("Who"),
        ),
        MultiFieldPanel(OrganizersContactMixin.contact_panels, heading=_("Contact")),
        FieldPanel("body"),
        FieldPanel("documents"),
    ]
    registration_panels = [
        *RegistrablePageMixin.registration_panels,
        InlinePanel("registration_activities", label=_("Optional activities")),
        FieldPanel("registration_url"),
    ]
    agenda_panels = [FieldPanel("agenda")]
    booth_panels = [FieldPanel("floor_map"), InlinePanel("booths", label=_("Booths"))]
    edit_tabs = [
        (content_panels, _("Event")),
        (agenda_panels, _("Agenda")),
        (registration_panels, _("Registration")),
        (booth_panels, _("Booths")),
    ]

    search_fields = page_search_fields("intro", "body", "agenda", "city", "venue")
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    # --- the registration engine's contract (madang.registrations.contract) ----

    def registration_when(self):
        return When(self.start, self.end, self.time_zone)

    def registration_place(self):
        return Place(
            name=self.venue,
            address=self.venue_address,
            detail=", ".join(part for part in (self.venue_floor, self.venue_hall) if part),
            city=self.city,
            map_url=self.map_url,
            local_name=self.venue_local_name,
            local_address=self.venue_local_address,
            country=self.country,
        )

    def registration_programme(self):
        """The agenda's days and sessions; ids are the blocks', shared by the translations."""
        return [
            ProgrammeDay.of(
                day,
                (ProgrammeItem.of(s, where=s.room or s.part.title) for s in day.sessions),
            )
            for day in build_agenda(self).days
        ]

    def registration_help(self):
        return help_for(country=self.country, contacts=[(ORGANIZERS, self.registration_contact())])

    def registration_calendar(self, *, registration=None):
        return event_calendar(page=self, request=None)

    def registration_optional_activities(self):
        return list(self.registration_activities.all())

    def set_activity_seats(self, *, key, seats):
        rows = list(self.registration_activities.all())
        changed = [row for row in rows if row.translation_key == key and row.capacity != seats]
        for row in changed:
            row.capacity = seats
        if not changed:
            return []
        self.registration_activities.set(rows)  # in memory, saved with the page
        return ["registration_activities"]

    def registration_elsewhere_url(self):
        return self.registration_url


class EventQuestion(TranslatableMixin, AbstractQuestion):
    page = ParentalKey(EventPage, related_name="registration_questions", on_delete=models.CASCADE)

    class Meta(TranslatableMixin.Meta, AbstractQuestion.Meta):
        verbose_name = _("registration question")
        verbose_name_plural = _("registration questions")


class EventActivity(TranslatableMixin, Orderable, AbstractActivity):
    page = ParentalKey(EventPage, related_name="registration_activities", on_delete=models.CASCADE)

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("optional activity")
        verbose_name_plural = _("optional activities")


def map_position(verbose_name):
    """A booth's place on the floor map along one side, in percent of it; may stay empty."""
    return models.DecimalField(
        verbose_name,
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )


class BoothCategory(models.TextChoices):
    COOPERATIVE = "cooperative", _("Cooperative")
    PUBLIC = "public", _("Local government and public bodies")
    CARE = "care", _("Care and welfare services")
    HEALTH = "health", _("Health and medical services")
    EDUCATION = "education", _("Education and training")
    OTHER = "other", _("Other")


class EventBooth(TranslatableMixin, Orderable):
    page = ParentalKey(EventPage, related_name="booths", on_delete=models.CASCADE)
    number = models.CharField(_("booth number"), max_length=12)
    organization = models.ForeignKey(
        "people.Organization",
        verbose_name=_("organization"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    category = models.CharField(
        _("category"), max_length=20, choices=BoothCategory.choices, default="cooperative"
    )
    description = models.TextField(_("description"), blank=True)
    contact = models.CharField(_("contact"), max_length=200, blank=True)
    website = models.URLField(_("website"), blank=True)
    map_x = map_position(_("position across the map (%)"))
    map_y = map_position(_("position down the map (%)"))

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("category")]),
        FieldPanel("organization"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("contact"), FieldPanel("website")]),
        FieldRowPanel([FieldPanel("map_x"), FieldPanel("map_y")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("booth")
        verbose_name_plural = _("booths")
        constraints = [
            models.UniqueConstraint(fields=["page", "number"], name="unique_booth_number_per_event")
        ]

    def __str__(self):
        return self.number
