"""How a page type (an event, a tour) becomes something people register for.

Mix :class:`RegistrablePageMixin` into the page model and give it two
orderables built on :class:`AbstractQuestion` and :class:`AbstractActivity`
with ``related_name="registration_questions"`` and
``"registration_activities"``. The page keeps what organizers write and
translate (settings, consent texts, questions, activities); publishing the
original writes the engine's :class:`~.models.Registrable` rows, which hold
the seats (``services.sync_registrable``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractFormField
from wagtail_localize.fields import SynchronizedField

from .models import SEAT_HOLDING, Registrable, Registration


class RegistrablePageMixin(models.Model):
    take_registrations = models.BooleanField(
        _("take registrations on this site"),
        default=False,
        help_text=_(
            "Delegates register with the form on this site, with seats and a waiting list."
        ),
    )
    capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    registration_opens = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_deadline = models.DateTimeField(_("registration deadline"), null=True, blank=True)
    requires_approval = models.BooleanField(
        _("organizers approve each registration"), default=False
    )
    requires_verification = models.BooleanField(
        _("delegates confirm their email address"),
        default=True,
        help_text=_("A registration holds a seat only once its address is confirmed."),
    )
    organization_limit = models.PositiveIntegerField(
        _("seats per organization"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    ask_emergency_contact = models.BooleanField(_("ask for an emergency contact"), default=False)
    consent_text = models.TextField(
        _("privacy notice"),
        blank=True,
        help_text=_(
            "What is kept, why, for how long, who sees it, and that the mail provider may "
            "process addresses abroad. Leave empty for the site's standard notice."
        ),
    )
    sensitive_consent_text = models.TextField(
        _("notice for dietary and accessibility needs"),
        blank=True,
        help_text=_("Leave empty for the site's standard notice."),
    )

    registration_panels = [
        FieldPanel("take_registrations"),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldRowPanel(
                    [FieldPanel("registration_opens"), FieldPanel("registration_deadline")]
                ),
                FieldPanel("organization_limit"),
                FieldPanel("requires_verification"),
                FieldPanel("requires_approval"),
                FieldPanel("ask_emergency_contact"),
            ],
            heading=_("Seats and rules"),
        ),
        MultiFieldPanel(
            [FieldPanel("consent_text"), FieldPanel("sensitive_consent_text")],
            heading=_("Privacy"),
        ),
        InlinePanel("registration_questions", label=_("Questions")),
    ]

    class Meta:
        abstract = True

    # --- what the engine asks of a registrable page --------------------------

    def registration_times(self):
        """``(starts, ends, time_zone)`` of what people register for; override."""
        return None, None, "Asia/Seoul"

    def registration_activity_items(self):
        """The optional activities, each with ``translation_key`` (a UUID shared by the
        translations), ``name``, ``description``, ``capacity``, ``starts`` and ``ends``.

        By default the ``registration_activities`` orderables; a tour offers its
        optional stops instead.
        """
        related = getattr(self, "registration_activities", None)
        return list(related.all()) if related is not None else []

    def registration_activity_names(self):
        """``{key: name}`` of the activities, in this page's language."""
        return {item.translation_key: item.name for item in self.registration_activity_items()}

    def get_registrable(self):
        """The engine's row for this page (shared by all its translations), or None."""
        if not self.take_registrations:
            return None
        cache = self.__dict__.setdefault("_registrable_cache", {})
        if "row" not in cache:
            cache["row"] = Registrable.objects.filter(key=self.translation_key).first()
        return cache["row"]


class AbstractQuestion(AbstractFormField):
    """An organizer's own question, built with Wagtail's form builder field types.

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

    panels = [
        *AbstractFormField.panels,
        FieldRowPanel([FieldPanel("show_if_question"), FieldPanel("show_if_value")]),
    ]
    override_translatable_fields = [
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("show_if_value", overridable=True),
    ]

    class Meta(AbstractFormField.Meta):
        abstract = True

    def save(self, *args, **kwargs):
        if not self.clean_name:
            name = self.get_field_clean_name()
            # Labels in Hangul or kana can leave nothing ASCII behind.
            if not name.strip("_"):
                key = getattr(self, "translation_key", None)
                name = "q_" + (key.hex[:8] if key else str(self.sort_order or 0))
            self.clean_name = name
        super().save(*args, **kwargs)


class AbstractActivity(models.Model):
    """An optional part people sign up for, with its own seats (a site visit, a dinner)."""

    name = models.CharField(_("name"), max_length=200)
    description = models.CharField(_("description"), max_length=500, blank=True)
    capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    starts = models.DateTimeField(_("starts"), null=True, blank=True)
    ends = models.DateTimeField(_("ends"), null=True, blank=True)
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
        FieldPanel("link_id"),
    ]
    override_translatable_fields = [SynchronizedField("link_id")]

    class Meta:
        abstract = True

    def __str__(self):
        return self.name


def prefetch_registrables(pages):
    """Load the registrable rows and their seat counts of many pages in two queries.

    For listings (event cards): afterwards ``page.get_registrable()`` and
    ``services.seats_left(row)`` cost no query.
    """
    pages = [page for page in pages if getattr(page, "take_registrations", False)]
    if not pages:
        return
    rows = {
        row.key: row
        for row in Registrable.objects.filter(key__in=[page.translation_key for page in pages])
    }
    taken = dict(
        Registration.objects.filter(registrable__in=list(rows.values()), status__in=SEAT_HOLDING)
        .values_list("registrable")
        .annotate(count=models.Count("pk"))
        .order_by()
    )
    for row in rows.values():
        row._seats_taken = taken.get(row.pk, 0)
    for page in pages:
        page.__dict__.setdefault("_registrable_cache", {})["row"] = rows.get(page.translation_key)
