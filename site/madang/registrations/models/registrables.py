"""What people register for: a :class:`Registrable` (an event, a tour, an activity)."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


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
