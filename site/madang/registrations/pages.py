"""How a page type (an event, a tour) becomes something people register for.

Mix :class:`RegistrablePageMixin` into the page model, give it orderable
questions built on :class:`AbstractQuestion` with
``related_name="registration_questions"``, and implement the rest of the
engine's contract (``contract.Offering``): at least ``registration_when()``,
and where the page has them its place, contact, calendar, itinerary and
optional activities (orderables built on :class:`AbstractActivity`, or
anything else that implements the contract). The page keeps what organizers
write and translate (settings, consent texts, questions, activities);
publishing the original writes the engine's :class:`~.models.Registrable`
rows, which hold the seats (``services.sync_registrable``).
"""

from functools import partial

from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override, pgettext_lazy
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)

from madang.core.listing import DatedIndexMixin
from madang.core.pagecache import fragment
from madang.core.pages import SectionIndexPage
from madang.core.sections import upcoming_section

from .contract import Contact, compute_status, help_for, status_changes_at
from .models import SEAT_HOLDING, Registrable, Registration
from .offerings import OfferingDefaults
from .services import seats_left

#: Who a :class:`~.contract.HelpContact` is, for the organizers' contact.
ORGANIZERS = pgettext_lazy("help contact", "Organizers")
#: The same for a host's contact person on site (a tour's host cooperative).
HOST = pgettext_lazy("help contact", "Host")
#: How many coming pages of a type the home page shows.
HOME_LIMIT = 3


class RegistrablePageMixin(OfferingDefaults, models.Model):
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
    delegation_limit = models.PositiveIntegerField(
        _("people per delegation"),
        default=10,
        validators=[MinValueValidator(1)],
        help_text=_("How many people one delegation form can register, the head included."),
    )
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
                FieldPanel("delegation_limit"),
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

    #: The editor's tabs before Promote and Settings: (panels, heading).
    edit_tabs = ()

    class Meta:
        abstract = True

    @classmethod
    def get_edit_handler(cls):
        """The page's editor in tabs: ``edit_tabs``, then Promote and Settings."""
        tabs = [
            *cls.edit_tabs,
            (cls.promote_panels, _("Promote")),
            (cls.settings_panels, _("Settings")),
        ]
        return TabbedInterface(
            [ObjectList(panels, heading=heading) for panels, heading in tabs]
        ).bind_to_model(cls)

    # --- the engine's contract (contract.Offering) ---------------------------
    # A page type overrides registration_when() and, where it has them, the
    # place, the contact, the calendar, the itinerary and the activities.

    def set_activity_seats(self, *, key, seats):
        """Write ``seats`` into this page object's optional activity ``key`` (its
        ``translation_key``), in memory: a live page's or a revision's. Returns the
        names of the fields (or child relations) to save, empty when nothing changed.
        The engine writes seats organizers add back to the page with it
        (``services.page_sync``); a page type with optional activities implements it.
        """
        return []

    def registration_title(self):
        return self.title

    def registration_when(self):
        """A :class:`~.contract.When`; every registrable page type overrides it."""
        raise NotImplementedError(f"{type(self).__name__} must define registration_when()")

    def registration_place(self):
        return None

    def registration_page_url(self):
        return self.get_url() or ""

    def registration_contact(self):
        return None

    def registration_help(self):
        """On-the-spot help: the organizers' contact; a page type adds its country's numbers."""
        return help_for(country="", contacts=[(ORGANIZERS, self.registration_contact())])

    def registration_status(self, *, now=None, request=None):
        """The one status API of registrable pages (see ``contract.compute_status``).

        The engine's row, once the page is published, is the truth about dates
        and seats (its translations share it); before that, the page's fields.
        Rendered by the page view (``request``), the row's facts and its free
        seats are a fragment of the page: saving the row or taking or freeing a
        seat purges the page, and the status is computed from them now, so a
        deadline passing shows at once.
        """
        return compute_status(**self._status_inputs(request), now=now or timezone.now())

    def registration_status_changes_at(self, *, now=None, request=None):
        """When time alone next changes ``registration_status`` (a fragment showing it
        holds until then), or None."""
        return status_changes_at(**self._status_inputs(request), now=now or timezone.now())

    def _status_inputs(self, request):
        facts = fragment(request, "registration-facts", self.registration_facts)
        when = self.registration_when()
        if facts is not None:
            is_open, opens_at, closes_at, free = facts
            return {
                "takes_registrations": True,
                "is_open": is_open,
                "when": when,
                "opens_at": opens_at,
                "deadline": closes_at,
                "seats_left": free,
            }
        return {
            "takes_registrations": self.take_registrations
            or bool(self.registration_elsewhere_url()),
            "when": when,
            "opens_at": self.registration_opens,
            "deadline": self.registration_deadline,
        }

    def registration_facts(self):
        """``(is_open, opens_at, closes_at, seats_left)`` of the engine's row, or None
        before there is one: what the status is computed from."""
        row = self.get_registrable()
        if row is None:
            return None
        return (row.is_open, row.opens_at, row.closes_at, seats_left(row))

    # --- for the page's own templates ----------------------------------------

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Called by the template that shows them: sub-routes that do not pay nothing.
        context["registration_status"] = partial(self.registration_status, request=request)
        context["registration_link"] = partial(
            fragment, request, "registration-link", lambda: self.registration_link
        )
        return context

    def registration_elsewhere_url(self):
        """Where people register when it is not on this site; "" by default."""
        return ""

    @property
    def registration_link(self):
        """Where visitors register: this site's form in the page's language, or elsewhere."""
        if self.take_registrations:
            with override(self.locale.language_code):
                return reverse("registrations:register", args=[self.translation_key])
        return self.registration_elsewhere_url()

    def registration_question_list(self):
        """The organizer's questions (the ``registration_questions`` orderables), in order."""
        return list(self.registration_questions.all())

    def registration_letter_question(self):
        """The ``clean_name`` of the checkbox by which delegates ask for the invitation
        letter, or None when the page asks no such question."""
        question = (
            self.registration_questions.filter(asks_for_letter=True, field_type="checkbox")
            .order_by("sort_order", "pk")
            .first()
        )
        return question.clean_name if question else None

    def get_registrable(self):
        """The engine's row for this page (shared by all its translations), or None."""
        if not self.take_registrations:
            return None
        cache = self.__dict__.setdefault("_registrable_cache", {})
        if "row" not in cache:
            cache["row"] = Registrable.objects.filter(key=self.translation_key).first()
        return cache["row"]


class OrganizersContactMixin(models.Model):
    """Whom delegates write to or call: the organizers' contact person, email and phone
    (``contact_panels``), with the name of the page's ``host`` organization: the
    contract's ``registration_contact()`` of an event or a tour page."""

    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    contact_panels = [
        FieldPanel("contact_name"),
        FieldPanel("contact_email"),
        FieldPanel("contact_phone"),
    ]

    class Meta:
        abstract = True

    def registration_contact(self):
        host = self.host.localized if self.host else None
        return Contact(
            self.contact_name,
            self.contact_email,
            self.contact_phone,
            organization=host.name if host else "",
        )


class RegistrableIndexPage(DatedIndexMixin, SectionIndexPage):
    """The index of one type of registrable page (events, study tours) under the home page.

    Its cards come with their registrations' seats read in bulk; the filters,
    upcoming and past are ``DatedIndexMixin``'s. A subclass gives
    ``subpage_types`` (the one page type it lists), ``filter_form``, what its
    cards show of the pages' links (``card_related``) and the home page's
    section of the next few (``home_title``, ``home_more_label``, ``home_order``).
    """

    card_related = ()
    home_title = ""
    home_more_label = ""
    home_order = 100

    class Meta:
        abstract = True

    def live_children(self, model):
        """This index's live, public children of type ``model``, without their StreamFields."""
        return model.objects.child_of(self).live().public().defer_streamfields()

    @classmethod
    def with_card_related(cls, pages):
        return pages.select_related(*cls.card_related) if cls.card_related else pages

    def pages_for_cards(self):
        """This index's live pages, latest first."""
        model = self.listed_model()
        pages = self.live_children(model).order_by(*model.dates.latest_first())
        return self.with_card_related(pages)

    def cards(self):
        pages = list(self.pages_for_cards())
        prefetch_registrables(pages)
        return pages

    @classmethod
    def home_section(cls, *, page, request):
        """The next few pages in the home page's language, with their seats: the section
        an app adds to the home page (``madang_home_sections``), shown by its
        ``<app>/includes/home_section.html``, until the first of them ends or
        changes its status by time alone."""
        model = cls.listed_model()
        now = timezone.now()
        coming = model.objects.upcoming_in_locale(page.locale_id)
        items = list(cls.with_card_related(coming)[:HOME_LIMIT])
        prefetch_registrables(items)
        # An item leaves the section when it is over, its card changes with its status.
        moments = [model.dates.over_at(item) for item in items]
        moments += [item.registration_status_changes_at(now=now) for item in items]
        app = cls._meta.app_label
        return upcoming_section(
            page=page,
            request=request,
            items=items,
            index_model=cls,
            key=app,
            title=str(cls.home_title),
            template=f"{app}/includes/home_section.html",
            more_label=str(cls.home_more_label),
            order=cls.home_order,
            until=min((m for m in moments if m is not None), default=None),
        )


def prefetch_registrables(pages):
    """Load the registrable rows and their seat counts of many pages in two queries.

    For listings (event cards): afterwards ``page.get_registrable()`` and
    ``services.seats_left(row)`` cost no query.
    """
    pages = [page for page in pages if page.take_registrations]
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
        row.prefetched_seats_taken = taken.get(row.pk, 0)
    for page in pages:
        page.__dict__.setdefault("_registrable_cache", {})["row"] = rows.get(page.translation_key)
