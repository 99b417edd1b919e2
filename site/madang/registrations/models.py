"""The registration engine's records.

The engine knows "something people register for" (a :class:`Registrable`),
never what an event or a tour is. Events and tours plug in with the page
mixin in ``pages.py``: publishing such a page writes its registrable row and
those of its optional activities (see ``services.sync_registrable``).

Seats are never counted in a column: ``services`` locks the registrable row,
recounts the registrations that hold a seat and writes, in one transaction.
"""

import secrets
import uuid

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import F
from django.db.models.functions import Upper
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


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
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
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

    class Meta:
        verbose_name = _("registration setup")
        verbose_name_plural = _("registration setups")

    def __str__(self):
        return self.title

    #: Seats taken, when a listing loaded them in bulk (``pages.prefetch_registrables``).
    prefetched_seats_taken = None

    def page_in(self, language):
        """The registrable page in ``language`` (its live translation), else the original.

        Always a page of a type with ``pages.RegistrablePageMixin`` (an
        :class:`~.contract.Offering`), or None.
        """
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import Page

        from .pages import RegistrablePageMixin

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


class Status(models.TextChoices):
    UNVERIFIED = "unverified", _("Email not confirmed yet")
    PENDING = "pending", _("Awaiting approval")
    CONFIRMED = "confirmed", pgettext_lazy("registration status", "Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", pgettext_lazy("registration status", "Cancelled")
    REJECTED = "rejected", pgettext_lazy("registration status", "Rejected")
    EXPIRED = "expired", pgettext_lazy("registration status", "Expired")


#: Statuses that hold a seat (awaiting approval holds one, so approving never oversells).
SEAT_HOLDING = (Status.PENDING, Status.CONFIRMED)
#: Statuses of a registration that is still alive.
ACTIVE = (Status.UNVERIFIED, Status.PENDING, Status.CONFIRMED, Status.WAITLISTED)


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
    delegation = models.ForeignKey(
        Delegation,
        verbose_name=_("delegation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
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
        from .transitions import Permitted

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


class MailKind(models.TextChoices):
    RECEIVED = "received", _("Received: confirm your email address")
    CONFIRMED = "confirmed", _("Confirmed")
    PENDING = "pending", _("Received: awaiting approval")
    WAITLISTED = "waitlisted", _("Waiting list")
    PROMOTED = "promoted", _("Promoted from the waiting list")
    CHANGED = "changed", _("Changed")
    CANCELLED = "cancelled", pgettext_lazy("mail", "Cancelled")
    REJECTED = "rejected", pgettext_lazy("mail", "Rejected")
    REMINDER = "reminder", _("Reminder")
    MESSAGE = "message", _("Message from the organizers")


class OutboxStatus(models.TextChoices):
    """Where a mail is: ours to send, the provider's, or done (see ``outbox.py``)."""

    PENDING = "pending", _("Waiting to be sent")
    SENDING = "sending", _("Sending")
    #: The provider did not answer (a timeout): it may have the mail, so we wait for its word.
    UNCERTAIN = "uncertain", _("Waiting for the provider's answer")
    SENT = "sent", _("Sent")
    DELIVERED = "delivered", _("Delivered")
    BOUNCED = "bounced", _("Bounced")
    FAILED = "failed", _("Failed")


class OutboxMail(models.Model):
    """A mail written in the same transaction as the change it reports.

    ``outbox.deliver`` sends it after commit; the conditional claim
    (pending → sending) makes sure only one worker ever sends a row.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mails",
    )
    kind = models.CharField(_("kind"), max_length=12, choices=MailKind.choices)
    activity = models.ForeignKey(
        Registrable,
        verbose_name=_("activity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    #: False until the worker renders subject, text and HTML (once, before the first attempt).
    rendered = models.BooleanField(default=False)
    to = models.EmailField(pgettext_lazy("mail recipient", "to"), max_length=254)
    language = models.CharField(_("language"), max_length=8)
    subject = models.CharField(_("subject"), max_length=255)
    text = models.TextField(_("text"))
    html = models.TextField(_("HTML"), blank=True)
    attach_calendar = models.BooleanField(default=False)
    attach_qr = models.BooleanField(default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=OutboxStatus.choices, default=OutboxStatus.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    first_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    #: The provider's id of the mail (anymail's ``message_id``); webhooks carry it.
    message_id = models.CharField(max_length=255, blank=True, db_index=True)
    #: The row this one sends again (an organizer's resend of a bounced or failed mail).
    resend_of = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="resent_as"
    )
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("written"), default=timezone.now)

    class Meta:
        verbose_name = _("outgoing mail")
        verbose_name_plural = _("outgoing mails")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return self.subject


class MailEventKind(models.TextChoices):
    """What the provider reported about a mail (anymail's normalized event types)."""

    QUEUED = "queued", pgettext_lazy("mail event", "Queued")
    SENT = "sent", pgettext_lazy("mail event", "Accepted by the provider")
    DEFERRED = "deferred", pgettext_lazy("mail event", "Delayed, the provider keeps trying")
    DELIVERED = "delivered", pgettext_lazy("mail event", "Delivered")
    BOUNCED = "bounced", pgettext_lazy("mail event", "Bounced")
    REJECTED = "rejected", pgettext_lazy("mail event", "Rejected by the provider")
    FAILED = "failed", pgettext_lazy("mail event", "Failed")
    COMPLAINED = "complained", pgettext_lazy("mail event", "Marked as spam")
    OPENED = "opened", pgettext_lazy("mail event", "Opened")
    CLICKED = "clicked", pgettext_lazy("mail event", "Link clicked")
    OTHER = "other", pgettext_lazy("mail event", "Other")


class MailEvent(models.Model):
    """One tracking event from the mail provider's webhook (``delivery.py``)."""

    mail = models.ForeignKey(OutboxMail, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(
        pgettext_lazy("mail event", "event"), max_length=12, choices=MailEventKind.choices
    )
    occurred_at = models.DateTimeField(_("when"))
    #: The provider's own id of the event, so that a webhook posted twice is recorded once.
    event_id = models.CharField(max_length=255, blank=True)
    description = models.TextField(_("description"), blank=True)
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("mail event")
        verbose_name_plural = _("mail events")
        ordering = ["occurred_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["mail", "event_id", "kind"],
                condition=~models.Q(event_id=""),
                name="one_event_per_provider_id",
            )
        ]

    def __str__(self):
        return f"{self.mail_id} {self.kind}"


class PrivacyAction(models.TextChoices):
    EXPORT = "export", _("Exported")
    ERASE = "erase", _("Erased")
    WITHDRAW = "withdraw", _("Consent to sensitive data withdrawn")


class PrivacyVia(models.TextChoices):
    ADMIN = "admin", _("In the admin")
    COMMAND = "command", _("On the command line")
    RETENTION = "retention", _("Retention period over")
    SELF_SERVICE = "self", _("By the person, with their link")


class PrivacyLog(models.Model):
    """Who exported or erased whose data, when: the audit trail of privacy requests.

    It names the registrations (by id) and never keeps the personal data itself,
    so an erasure leaves nothing of the person behind here either.
    """

    action = models.CharField(_("action"), max_length=10, choices=PrivacyAction.choices)
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    #: The user's name when it was done (kept if the account is deleted).
    by = models.CharField(_("user name"), max_length=150, blank=True)
    via = models.CharField(_("how"), max_length=10, choices=PrivacyVia.choices)
    registrations = models.JSONField(_("registrations"), default=list)
    count = models.PositiveIntegerField(_("registrations"), default=0)

    class Meta:
        verbose_name = _("privacy log entry")
        verbose_name_plural = _("privacy log")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()} {self.at:%Y-%m-%d %H:%M} {self.by}"


class EventRole(models.Model):
    """A person's role for one event or tour: its organizer, or a volunteer at its desk.

    Global permissions ("view/change registration") reach every registrable;
    a role reaches one (``roles.py`` answers who may do what).
    """

    class Kind(models.TextChoices):
        ORGANIZER = "organizer", _("Organizer of this event")
        DESK = "desk", _("Registration desk (check-in only)")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="event_roles",
    )
    registrable = models.ForeignKey(
        Registrable,
        verbose_name=_("event or tour"),
        on_delete=models.CASCADE,
        related_name="roles",
    )
    role = models.CharField(_("role"), max_length=12, choices=Kind.choices)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("granted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("granted"), default=timezone.now)

    class Meta:
        verbose_name = _("event role")
        verbose_name_plural = _("event roles")
        ordering = ["registrable", "role", "user"]
        constraints = [
            models.UniqueConstraint(fields=["user", "registrable"], name="one_role_per_event")
        ]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()} – {self.registrable}"


class RegistrationChange(models.Model):
    """One correction an organizer made to a registration: who, when, which field, old → new.

    Health data (dietary and accessibility needs) is never copied here: its
    row says that it changed, not what it was (``sensitive``). The values are
    erased with the registration's personal data.
    """

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="changes")
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
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


class ScanOutcome(models.TextChoices):
    ARRIVED = "arrived", _("Checked in")
    ALREADY = "already", _("Had already arrived")
    UNKNOWN = "unknown", _("Unknown code")
    REFUSED = "refused", _("Not confirmed")


class DeskScan(models.Model):
    """One QR code read at the desk by a volunteer's phone (``desk.record_scan``).

    The phone names each scan with a random id before it sends it, and sends
    it again until the site answers (the network may drop at the door): the
    unique id makes every scan count once, however often it arrives.
    """

    scan_id = models.UUIDField(_("scan"), unique=True, editable=False)
    registrable = models.ForeignKey(
        Registrable, verbose_name=_("for"), on_delete=models.CASCADE, related_name="desk_scans"
    )
    registration = models.ForeignKey(
        Registration,
        verbose_name=_("registration"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="desk_scans",
    )
    code = models.CharField(_("check-in code"), max_length=20)
    outcome = models.CharField(_("outcome"), max_length=10, choices=ScanOutcome.choices)
    scanned_at = models.DateTimeField(_("scanned"))
    received_at = models.DateTimeField(_("received"), default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("desk scan")
        verbose_name_plural = _("desk scans")
        ordering = ["received_at", "pk"]

    def __str__(self):
        return f"{self.code} {self.get_outcome_display()}"
