"""Places tours stop at, the host cooperatives' profiles (snippets), and the stops as the
registration engine sees them: optional stops as activities, places as its ``Place``."""

import datetime
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from madang.core.fields import local_script_address, local_script_name
from madang.core.forms import LocaleChoicesSnippetForm
from madang.registrations.contract import Place as RegistrationPlace
from madang.registrations.contract import When
from madang.registrations.offerings import ActivityOfferingMixin

if TYPE_CHECKING:
    from .pages import TourPage


class Place(TranslatableMixin, index.Indexed, models.Model):
    """A place a tour stops at, reused by every tour that goes there."""

    name = models.CharField(_("name"), max_length=200)
    address = models.CharField(_("address"), max_length=300, blank=True)
    map_url = models.URLField(_("map link"), blank=True)
    local_name = local_script_name(
        _("name in the local script"),
        _("As a taxi driver there reads it, e.g. in Japanese for a place in Japan."),
    )
    local_address = local_script_address()
    country = models.CharField(
        _("country"), max_length=2, blank=True, help_text=_("ISO code, e.g. JP.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("local_name"),
        FieldPanel("local_address"),
        FieldPanel("country"),
        FieldPanel("map_url"),
    ]
    override_translatable_fields = [
        SynchronizedField("local_name", overridable=False),
        SynchronizedField("local_address", overridable=False),
        SynchronizedField("country", overridable=False),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("address"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["name"]

    def __str__(self):
        return self.name


class HostProfile(TranslatableMixin, models.Model):
    """What a tour's visitors want to know about a host cooperative.

    Kept beside the organization (one profile per organization and
    language) and shown on every tour it hosts.
    """

    organization = models.OneToOneField(
        "people.Organization",
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        related_name="tour_host_profile",
    )
    runs = models.TextField(
        _("what it runs"),
        blank=True,
        help_text=_("Hospitals, clinics, care facilities…, one per line."),
    )
    members = models.PositiveIntegerField(_("number of members"), null=True, blank=True)
    members_year = models.PositiveSmallIntegerField(
        _("members counted in (year)"), null=True, blank=True
    )
    founded = models.PositiveSmallIntegerField(_("founded (year)"), null=True, blank=True)
    history = models.TextField(_("history"), blank=True)

    #: The organization it had when read from the database (None for a new profile).
    loaded_organization_id = None

    base_form_class = LocaleChoicesSnippetForm  # the organization in the profile's locale
    panels = [
        FieldPanel("organization"),
        FieldPanel("runs"),
        FieldRowPanel([FieldPanel("members"), FieldPanel("members_year")]),
        FieldPanel("founded"),
        FieldPanel("history"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("host profile")
        verbose_name_plural = _("host profiles")

    def __str__(self):
        return str(self.organization)

    @classmethod
    def from_db(cls, db, field_names, values, *, fetch_mode=None):
        """Remembers the organization it was read with: a profile moved to another
        organization leaves the tours of the old one too (``tours.wagtail_hooks``)."""
        profile = super().from_db(db, field_names, values, fetch_mode=fetch_mode)
        if "organization_id" in field_names:
            profile.loaded_organization_id = profile.organization_id
        return profile

    @property
    def runs_list(self):
        return [line.strip() for line in self.runs.splitlines() if line.strip()]


@dataclass(frozen=True)
class TourActivityItem(ActivityOfferingMixin):
    """An optional stop as the registration engine sees it: an optional activity
    (``madang.registrations.contract.Offering``)."""

    translation_key: uuid.UUID
    name: str
    description: str
    capacity: int | None
    starts: datetime.datetime
    ends: datetime.datetime
    place: Place | None = None
    tour: "TourPage" = field(default=None, compare=False, repr=False)

    def main_offering(self):
        return self.tour

    def registration_when(self):
        return When(self.starts, self.ends, self.tour.time_zone)

    def registration_place(self):
        return self.place


def registration_place_of(place, **extra):
    """A :class:`Place` (tours.Place) as the engine's ``contract.Place``; ``extra`` adds fields."""
    if place is None:
        return RegistrationPlace(**extra)
    return RegistrationPlace(
        name=place.name,
        address=place.address,
        map_url=place.map_url,
        local_name=place.local_name,
        local_address=place.local_address,
        country=place.country,
        **extra,
    )


def stop_place(stop):
    """A stop's place as the engine's :class:`Place`, or None."""
    if stop.place is None and not stop.place_detail:
        return None
    return registration_place_of(stop.place, detail=stop.place_detail)
