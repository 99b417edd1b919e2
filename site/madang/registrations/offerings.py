"""The parts of an offering besides its page: the contract's defaults, questions, activities.

:class:`OfferingDefaults` answers what an offering does not say (no calendar,
itinerary, programme or activities of its own). A registrable page's orderable
questions build on :class:`AbstractQuestion` (Wagtail's form builder fields,
conditional, translatable), its optional activities on :class:`AbstractActivity`
(seats of their own); anything else that is an activity keeps the contract through
:class:`ActivityOfferingMixin`, its status from its seats (:func:`activity_status`).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.forms.models import AbstractFormField
from wagtail_localize.fields import SynchronizedField

from .contract import Place, When, compute_status
from .models import Registrable
from .services import seats_left


class OfferingDefaults:
    """The contract's answers an offering gives unless it says otherwise: no calendar,
    itinerary, programme or optional activities of its own; its seats are its ``capacity``."""

    def registration_calendar(self, *, registration=None):
        return None

    def registration_itinerary(self, *, registration):
        return []

    def registration_programme(self):
        """The whole programme (``contract.ProgrammeDay``); none by default."""
        return []

    def registration_capacity(self):
        return self.capacity

    def registration_optional_activities(self):
        """The optional activities, each an :class:`~.contract.Offering`; none by default."""
        return []

    def registration_letter_question(self):
        """No question asks for the invitation letter: every confirmed delegate may have it."""
        return None


class AbstractQuestion(AbstractFormField):
    """An organizer's own question, built with Wagtail's form builder field types.

    A concrete subclass is translatable (``TranslatableMixin``) and has a
    ``page`` ParentalKey with ``related_name="registration_questions"``.

    ``show_if_question``/``show_if_value`` make it conditional: shown (and
    required, if marked so) only when that other question has that answer.
    Answers are stored on the registration under ``clean_name``, which the
    translations share.
    """

    show_if_question = models.CharField(
        _("show only when the question"),
        max_length=255,
        blank=True,
        help_text=_("The label of an earlier question, as written in this language."),
    )
    show_if_value = models.CharField(
        _("has the answer"),
        max_length=255,
        blank=True,
        help_text=_("For a yes/no question, write yes."),
    )

    asks_for_letter = models.BooleanField(
        _("asks for the invitation letter"),
        default=False,
        help_text=_(
            'For a checkbox like "I need an invitation letter for my visa": the letter is '
            "then offered only to the delegates who tick it."
        ),
    )

    panels = [
        *AbstractFormField.panels,
        FieldRowPanel([FieldPanel("show_if_question"), FieldPanel("show_if_value")]),
        FieldPanel("asks_for_letter"),
    ]
    override_translatable_fields = [
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("asks_for_letter"),
        SynchronizedField("show_if_value", overridable=True),
    ]

    class Meta(AbstractFormField.Meta):
        abstract = True

    def save(self, *args, **kwargs):
        if not self.clean_name:
            name = self.get_field_clean_name()
            # Labels in Hangul or kana can leave nothing ASCII behind.
            if not name.strip("_"):
                # Questions are translatable: the key is shared by the translations.
                name = "q_" + self.translation_key.hex[:8]
            self.clean_name = name
        super().save(*args, **kwargs)


class ActivityOfferingMixin(OfferingDefaults):
    """The engine's contract (``contract.Offering``) as every optional activity keeps it.

    A subclass gives ``main_offering()`` (its event or tour page), ``name``,
    ``capacity``, ``translation_key`` and its own ``registration_when()`` and
    ``registration_place()``. The page's address, contact and help are the main
    offering's, and its status comes from its seats (:func:`activity_status`).
    """

    def main_offering(self):
        raise NotImplementedError

    def registration_title(self):
        return self.name

    def registration_page_url(self):
        return self.main_offering().registration_page_url()

    def registration_contact(self):
        return self.main_offering().registration_contact()

    def registration_status(self, *, now=None):
        return activity_status(self, now=now)

    def registration_help(self):
        return self.main_offering().registration_help()


class AbstractActivity(ActivityOfferingMixin, models.Model):
    """An optional part people sign up for, with its own seats (a site visit, a dinner).

    A concrete subclass has a ``page`` ParentalKey to its registrable page
    (``related_name="registration_activities"``). It is an
    :class:`~.contract.Offering` of its own: its times are shown in the page's
    time zone, its place is its own or else the page's, and its page link and
    contact are the page's.
    """

    name = models.CharField(_("name"), max_length=200)
    description = models.CharField(_("description"), max_length=500, blank=True)
    capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    starts = models.DateTimeField(_("starts"), null=True, blank=True)
    ends = models.DateTimeField(_("ends"), null=True, blank=True)
    place = models.CharField(
        _("place"),
        max_length=300,
        blank=True,
        help_text=_("Where it happens, with the address, when it is not at the main venue."),
    )
    link_id = models.CharField(
        _("programme item"),
        max_length=64,
        blank=True,
        help_text=_("Optional: the id of the agenda session or itinerary stop it belongs to."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("starts"), FieldPanel("ends")]),
        FieldPanel("place"),
        FieldPanel("link_id"),
    ]
    override_translatable_fields = [SynchronizedField("link_id")]

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    # --- the engine's contract (contract.Offering) ---------------------------

    def main_offering(self):
        return self.page

    def registration_when(self):
        zone = self.page.registration_when().time_zone
        return When(self.starts, self.ends, zone)

    def registration_place(self):
        if self.place:
            return Place(name=self.place)
        return self.page.registration_place()


def activity_status(activity, *, now=None):
    """The registration status of an optional activity, from its row's seats."""
    row = Registrable.objects.filter(key=activity.translation_key).first()
    return compute_status(
        takes_registrations=row is not None,
        is_open=row is not None and row.is_open,
        when=activity.registration_when(),
        opens_at=None,
        deadline=None,
        seats_left=seats_left(row) if row is not None else None,
        now=now or timezone.now(),
    )
