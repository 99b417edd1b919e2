"""What people register for (a :class:`Registrable`: an event, a tour, an activity) and
a person's registration: bookings of activities, delegations and corrections."""

import secrets

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce, Upper
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from madang.core.fields import optional_link

from ..transitions import Permitted
from .choices import ACTIVE, SEAT_HOLDING, Status


def title_in(language, *, of=""):
    """The title of the registrable at the lookup path ``of`` ("" for the row itself) in
    ``language``: its page's translation's title where one exists, else the row's own
    (the original's; an activity's always). One subquery, no query per row."""
    prefix = f"{of}__" if of else ""
    translated = Page.objects.filter(
        translation_key=OuterRef(f"{prefix}key"), locale__language_code=language
    ).values("title")[:1]
    return Coalesce(Subquery(translated), F(f"{prefix}title"))


class RegistrableQuerySet(models.QuerySet):
    def with_titles_in(self, language):
        """Each row with ``title_in_language`` (:func:`title_in`)."""
        return self.annotate(title_in_language=title_in(language))


class Registrable(models.Model):
    """One thing with seats: an event, a tour, or one optional activity of them."""

    key = models.UUIDField(
        _("key"),
        unique=True,
        editable=False,
        help_text=_("The translation key of the page or activity this row belongs to."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("main registration"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="activities",
    )
    page = optional_link(
        "wagtailcore.Page",
        _("page"),
        help_text=_("The original page (the first language it was written in)."),
    )
    title = models.CharField(_("title"), max_length=255)
    capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    synced_capacity = models.PositiveIntegerField(null=True, blank=True, editable=False)
    opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    closes_at = models.DateTimeField(_("registration closes"), null=True, blank=True)
    starts_at = models.DateTimeField(_("starts"), null=True, blank=True)
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    time_zone = models.CharField(_("time zone"), max_length=50, default="Asia/Seoul")
    is_open = models.BooleanField(_("takes registrations"), default=True)
    requires_approval = models.BooleanField(
        _("organizer approves each registration"), default=False
    )
    requires_verification = models.BooleanField(_("email address must be confirmed"), default=True)
    verification_hours = models.PositiveIntegerField(
        _("hours to confirm the email address"), default=48
    )
    organization_limit = models.PositiveIntegerField(
        _("seats per organization"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    ask_emergency_contact = models.BooleanField(_("ask for an emergency contact"), default=False)
    delegation_limit = models.PositiveIntegerField(_("people per delegation"), default=10)
    retention_days = models.PositiveIntegerField(
        _("days personal data is kept after the end"), default=365
    )
    reminder_days = models.PositiveIntegerField(
        _("days before the start to send a reminder"), default=3
    )

    objects = RegistrableQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration setup")
        verbose_name_plural = _("registration setups")

    def __str__(self):
        return self.shown_title

    #: The title in a reader's language, where the query asked for it (``with_titles_in``).
    title_in_language = None

    @property
    def shown_title(self):
        """The title in the language the query asked for, else the original's."""
        return self.title_in_language or self.title

    #: Seats taken, when a listing loaded them in bulk (``pages.prefetch_registrables``).
    prefetched_seats_taken = None

    def page_in(self, language):
        """The registrable page in ``language`` (its live translation), else the original.

        Always a page of a type with ``pages.RegistrablePageMixin`` (an
        :class:`~.contract.Offering`), or None.
        """
        # pages.py builds its mixin on these models: the one import of it from here waits.
        from ..pages import RegistrablePageMixin  # noqa: PLC0415 -- cycle: pages uses models

        key = self.parent.key if self.parent_id else self.key
        rows = (
            Page.objects.filter(translation_key=key)
            .live()
            .values_list("pk", "locale__language_code", "content_type_id")
        )
        chosen = None
        for pk, code, content_type_id in rows:
            if code == language:
                chosen = (pk, content_type_id)
                break
            if chosen is None or pk == self.page_id:
                chosen = (pk, content_type_id)
        if chosen is None:
            return None
        model = ContentType.objects.get_for_id(chosen[1]).model_class()
        if model is None or not issubclass(model, RegistrablePageMixin):
            return None
        # The specific page in one query, without its StreamFields (loaded if used).
        return (
            model._default_manager.filter(pk=chosen[0])
            .select_related("locale")
            .defer_streamfields()
            .first()
        )

    def offering_in(self, language, *, page=None):
        """What this row is for, as an :class:`~.contract.Offering` in ``language``.

        The page for a main row; for an activity, the activity as its page in
        that language offers it. ``page`` saves the query when the caller has it.
        """
        page = page if page is not None else self.page_in(language)
        if page is None or self.parent_id is None:
            return page
        key = str(self.key)
        for activity in page.registration_optional_activities():
            if str(activity.translation_key) == key:
                return activity
        return None

    def activity_titles_in(self, language):
        """``{activity key: title}``: the names this main row's page in ``language`` gives
        its optional activities (through the contract); a few queries however many, read
        once per row and language."""
        cache = self.__dict__.setdefault("_activity_titles", {})
        if language not in cache:
            page = self.page_in(language)
            activities = page.registration_optional_activities() if page is not None else []
            cache[language] = {
                str(activity.translation_key): activity.registration_title()
                for activity in activities
            }
        return cache[language]

    def activities_titled_in(self, language):
        """This main row's activities in order, each with ``title_in_language``: its name
        on the page in ``language`` where the page is translated, the original's otherwise."""
        rows = list(self.activities.order_by("starts_at", "pk"))
        titles = self.activity_titles_in(language) if rows else {}
        for row in rows:
            row.title_in_language = titles.get(str(row.key))
        return rows


#: What a person tells about themselves: the registration form's fields, the privacy export's first.
PERSON_FIELDS = [
    "name",
    "name_romanized",
    "email",
    "phone",
    "organization",
    "role",
    "country",
    "correspondence_language",
    "interpretation_language",
    "dietary_needs",
    "accessibility_needs",
    "emergency_contact",
]


def new_secret():
    return secrets.token_urlsafe(24)


def new_code():
    """A check-in code: 8 characters without look-alikes (0/O, 1/I/L)."""
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(8))


class Delegation(models.Model):
    """Several members of one cooperative registered together by a head of delegation."""

    registrable = models.ForeignKey(
        Registrable, verbose_name=_("for"), on_delete=models.CASCADE, related_name="delegations"
    )
    organization = models.CharField(_("organization"), max_length=200)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("delegation")
        verbose_name_plural = _("delegations")

    def __str__(self):
        return self.organization


class Registration(models.Model):
    registrable = models.ForeignKey(
        Registrable,
        verbose_name=_("for"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.UNVERIFIED
    )
    language = models.CharField(
        _("language of the registration"), max_length=8, choices=settings.LANGUAGES
    )
    # --- the person
    name = models.CharField(_("name"), max_length=120, help_text=_("In your own script."))
    name_romanized = models.CharField(
        _("name in Latin letters"), max_length=120, blank=True, help_text=_("As in your passport.")
    )
    email = models.EmailField(_("email"), max_length=254, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    organization = models.CharField(_("organization (cooperative)"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=120, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    correspondence_language = models.CharField(
        _("language for our mails"), max_length=8, choices=settings.LANGUAGES
    )
    interpretation_language = models.CharField(
        _("interpretation needed into"),
        max_length=8,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("The language you listen in, if you need interpretation."),
    )
    dietary_needs = models.CharField(_("dietary needs"), max_length=500, blank=True)
    accessibility_needs = models.CharField(_("accessibility needs"), max_length=500, blank=True)
    emergency_contact = models.CharField(_("emergency contact"), max_length=200, blank=True)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    # --- consent and provenance
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    sensitive_consent_at = models.DateTimeField(
        _("consent to sensitive data given"), null=True, blank=True
    )
    delegation = optional_link(Delegation, _("delegation"), related_name="members")
    is_head = models.BooleanField(_("head of delegation"), default=False)
    walk_in = models.BooleanField(_("registered at the desk"), default=False)
    # --- organizer's side
    group = models.CharField(
        _("group or bus"), max_length=60, blank=True, help_text=_("Assigned by the organizers.")
    )
    interpreter = models.CharField(_("interpreter"), max_length=120, blank=True)
    note = models.TextField(_("organizer's note"), blank=True)
    # --- bookkeeping
    secret = models.CharField(max_length=64, default=new_secret, editable=False)
    code = models.CharField(_("check-in code"), max_length=12, unique=True, default=new_code)
    created_at = models.DateTimeField(_("registered"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)
    verified_at = models.DateTimeField(_("email confirmed"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    waitlisted_at = models.DateTimeField(_("joined the waiting list"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("arrived"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    erased_at = models.DateTimeField(_("personal data erased"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        permissions = [
            ("manage_personal_data", _("Can export and erase a person's personal data")),
        ]
        indexes = [
            models.Index(fields=["registrable", "status"]),
            # Addresses are compared case-insensitively (``email__iexact`` is
            # UPPER(email) = UPPER(%s)): the duplicate check under the seat
            # lock, and finding one person's data to export or erase.
            models.Index(F("registrable"), Upper("email"), name="registration_email_ci"),
            models.Index(Upper("email"), name="registration_any_email_ci"),
        ]

    def __str__(self):
        return self.name

    @property
    def holds_seat(self):
        return self.status in SEAT_HOLDING

    @property
    def is_active(self):
        return self.status in ACTIVE

    @property
    def can(self):
        """What may be done with it now, by name: ``registration.can.cancel`` (transitions.py)."""
        return Permitted(self)


class Booking(models.Model):
    """A registration's place in one optional activity (a site visit, a dinner)."""

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="bookings"
    )
    activity = models.ForeignKey(
        Registrable,
        verbose_name=_("activity"),
        on_delete=models.PROTECT,
        related_name="bookings",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.CONFIRMED
    )
    created_at = models.DateTimeField(default=timezone.now)
    waitlisted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("activity booking")
        verbose_name_plural = _("activity bookings")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "activity"], name="one_booking_per_activity"
            )
        ]

    def __str__(self):
        return f"{self.registration} – {self.activity}"


class RegistrationChange(models.Model):
    """One correction an organizer made to a registration: who, when, which field, old → new.

    Health data (dietary and accessibility needs) is never copied here: its
    row says that it changed, not what it was (``sensitive``). The values are
    erased with the registration's personal data.
    """

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="changes")
    changed_by = optional_link(settings.AUTH_USER_MODEL, _("changed by"))
    changed_by_name = models.CharField(_("changed by"), max_length=150, blank=True)
    created_at = models.DateTimeField(_("changed"), default=timezone.now)
    field = models.CharField(_("field"), max_length=120)
    label = models.CharField(_("what"), max_length=255)
    old_value = models.TextField(_("before"), blank=True)
    new_value = models.TextField(_("after"), blank=True)
    sensitive = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("registration change")
        verbose_name_plural = _("registration changes")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.registration} – {self.what}"

    @property
    def what(self):
        """The question's label for an answer, else the field's name in the active language."""
        if self.label:
            return self.label
        try:
            return capfirst(Registration._meta.get_field(self.field).verbose_name)
        except FieldDoesNotExist:
            return self.field
