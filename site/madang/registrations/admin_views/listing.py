"""The two lists: registrables with their counts, one registrable's registrations (export)."""

import datetime
import zoneinfo

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext_lazy, pgettext
from django.utils.translation import gettext as _
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.widgets.button import Button

from madang.core.countries import country_name
from madang.core.languages import name_in_reader_language

from .. import roles
from ..models import ACTIVE, Registrable, Registration, Status
from .answers import answer_in, choices_in
from .base import NAMESPACE, CountingPaginator, OrganizerMixin, registration_policy, url
from .columns import (
    ActionsColumn,
    NeedsColumn,
    SelectColumn,
    StatusColumn,
    TitleWithButtonsColumn,
    leading_columns,
)
from .filters import RegistrationFilterSet
from .forms import (
    AddSeatsForm,
    AssignForm,
)
from .reports import local_moment, status_counts, summary


class RegistrableIndexView(IndexView):
    """The events and tours people register for, newest first."""

    model = Registrable
    permission_policy = registration_policy
    paginator_class = CountingPaginator
    any_permission_required = ["view", "change"]
    index_url_name = f"{NAMESPACE}:index"
    index_results_url_name = f"{NAMESPACE}:index_results"
    search_fields = ["title", "title_in_language"]
    search_backend_name = None
    default_ordering = "-starts_at"
    page_title = gettext_lazy("Registrations")
    header_icon = "group"
    list_export = []

    def user_has_any_permission(self, permissions):
        return roles.may_use_registrations_admin(self.request.user)

    def get_base_queryset(self):
        registrables = roles.registrables_for(self.request.user)
        return (
            registrables.filter(parent__isnull=True)
            .with_titles_in(get_language())
            .annotate(
                **status_counts(
                    confirmed_count=Status.CONFIRMED,
                    pending_count=Status.PENDING,
                    waitlisted_count=Status.WAITLISTED,
                )
            )
        )

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": "", "label": self.get_page_title()},
        ]

    @cached_property
    def columns(self):
        return [
            TitleWithButtonsColumn(
                "title",
                buttons_for=self.get_list_buttons,
                label=_("Title"),
                sort_key="title_in_language",
                accessor="shown_title",
                get_url=lambda row: url(
                    "list" if roles.may_view(self.request.user, row) else "check_in", row.pk
                ),
            ),
            Column(
                "starts_at",
                label=_("Starts"),
                sort_key="starts_at",
                accessor=lambda row: local_moment(row.starts_at, row.time_zone),
            ),
            Column("confirmed_count", label=pgettext("registration status", "Confirmed")),
            Column("pending_count", label=_("Awaiting approval")),
            Column(
                "capacity",
                label=_("Seats"),
                accessor=lambda row: _("no limit") if row.capacity is None else row.capacity,
            ),
            Column("waitlisted_count", label=_("Waiting list")),
            Column(
                "is_open",
                label=_("Takes registrations"),
                accessor=lambda row: _("Yes") if row.is_open else _("No"),
            ),
        ]

    def get_list_more_buttons(self, instance):
        user = self.request.user
        buttons = []
        if roles.may_view(user, instance):
            buttons.append(
                MenuItem(
                    _("Registrations"), url("list", instance.pk), icon_name="group", priority=10
                )
            )
        if roles.may_check_in(user, instance):
            buttons.append(
                MenuItem(_("Check-in"), url("check_in", instance.pk), icon_name="tick", priority=20)
            )
        if roles.may_manage(user, instance):
            buttons += [
                MenuItem(_("Walk-in"), url("walk_in", instance.pk), icon_name="plus", priority=30),
                MenuItem(
                    _("Write to all confirmed"),
                    url("write", instance.pk),
                    icon_name="mail",
                    priority=40,
                ),
                MenuItem(_("Settings"), url("settings", instance.pk), icon_name="cog", priority=50),
                MenuItem(_("Roles"), url("roles", instance.pk), icon_name="user", priority=60),
            ]
        if roles.may_view(user, instance):
            buttons.append(  # madang.documents: badges, letters, certificates, programme
                MenuItem(
                    _("Print documents"),
                    reverse("documents_admin:start", args=[instance.pk]),
                    icon_name="doc-full",
                    priority=70,
                )
            )
        return buttons


class RegistrationIndexView(OrganizerMixin, IndexView):
    """One registrable's registrations: filters, search, counts, export, bulk assignment."""

    model = Registration
    template_name = "registrations/admin/list.html"
    paginator_class = CountingPaginator
    results_template_name = "registrations/admin/list_results.html"
    search_fields = ["name", "name_romanized", "email", "organization", "code", "phone"]
    search_backend_name = None
    default_ordering = "created_at"
    paginate_by = 50
    list_export = [
        "code",
        "name",
        "name_romanized",
        "organization",
        "role",
        "country",
        "email",
        "phone",
        "status",
        "correspondence_language",
        "interpretation_language",
        "dietary_needs",
        "accessibility_needs",
        "emergency_contact",
        "delegation",
        "is_head",
        "walk_in",
        "activities",
        "group",
        "interpreter",
        "note",
        "created_at",
        "confirmed_at",
        "checked_in_at",
    ]

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        zone = self.registrable.time_zone
        try:
            self.zone = zoneinfo.ZoneInfo(zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            self.zone = datetime.UTC
        self.custom_value_preprocess = {
            datetime.datetime: {
                self.FORMAT_XLSX: lambda value: timezone.localtime(value, self.zone).replace(
                    tzinfo=None
                ),
                self.FORMAT_CSV: lambda value: timezone.localtime(value, self.zone).strftime(
                    "%Y-%m-%d %H:%M"
                ),
            },
            bool: {
                self.FORMAT_XLSX: lambda value: _("yes") if value else "",
                self.FORMAT_CSV: lambda value: _("yes") if value else "",
            },
            list: {
                self.FORMAT_XLSX: lambda value: ", ".join(str(v) for v in value),
                self.FORMAT_CSV: lambda value: ", ".join(str(v) for v in value),
            },
        }
        if self.is_export:
            questions = self.questions()
            self.list_export = [*type(self).list_export, *(f"answer:{k}" for k in questions)]
            self.export_headings = {
                "activities": capfirst(_("activities")),
                **{f"answer:{key}": label for key, label in questions.items()},
            }

    def get_base_queryset(self):
        return (
            Registration.objects.filter(registrable=self.registrable)
            .select_related("delegation", "registrable")
            .prefetch_related("bookings__activity")
        )

    page_title = gettext_lazy("Registrations")

    def get_page_subtitle(self):
        return self.registrable.shown_title

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": url("index"), "label": _("Registrations")},
            {"url": "", "label": self.registrable.shown_title},
        ]

    def get_index_url(self):
        return url("list", self.registrable.pk)

    def get_index_results_url(self):
        return url("list_results", self.registrable.pk)

    def get_edit_url(self, instance):
        return url("detail", instance.pk)

    def get_list_more_buttons(self, instance):
        return []

    def get_filename(self):
        return f"registrations-{self.registrable.pk}-{timezone.localdate():%Y%m%d}"

    @cached_property
    def filterset_class(self):
        return RegistrationFilterSet

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "registrable": self.registrable}

    @cached_property
    def columns(self):
        columns = leading_columns(
            self,
            SelectColumn,
            "name",
            label=_("Name"),
            sort_key="name",
            get_url=lambda r: url("detail", r.pk),
            get_title_id=lambda r: f"registration_{r.pk}_title",
        )
        columns += [
            Column("organization", label=_("Organization"), sort_key="organization"),
            Column("country", label=_("Country"), accessor=lambda r: str(country_name(r.country))),
            StatusColumn("status", label=_("Status"), sort_key="status"),
            Column("group", label=_("Group or bus"), sort_key="group"),
            Column("interpreter", label=_("Interpreter")),
            NeedsColumn("needs", label=_("Needs")),
            DateColumn("created_at", label=_("Registered"), sort_key="created_at"),
            DateColumn("checked_in_at", label=_("Arrived"), sort_key="checked_in_at"),
        ]
        if self.can_change():
            columns.append(ActionsColumn("actions", label=_("Actions")))
        return columns

    # --- export --------------------------------------------------------------

    def registrable_choices_in(self, language):
        """The options of the registrable's choice questions in ``language``, read once."""
        cache = self.__dict__.setdefault("_choices_in", {})
        if language not in cache:
            cache[language] = choices_in(self.registrable, language)
        return cache[language]

    def questions(self):
        """``{clean_name: label}`` of the organizer's questions, in the admin's language.

        The page's questions come first, in their order; answers to questions
        since removed follow under their key.
        """
        labels = {}
        page = self.registrable.page_in(get_language())
        if page is not None:
            for question in page.registration_question_list():
                labels[question.clean_name] = question.label
        keys = set()
        for answers in self.get_base_queryset().values_list("answers", flat=True):
            keys.update((answers or {}).keys())
        for key in sorted(keys - labels.keys()):
            labels[key] = key
        return labels

    def to_row_dict(self, item):
        titles = self.registrable.activity_titles_in(get_language())
        choices = self.registrable_choices_in(get_language())
        activities = [
            titles.get(str(booking.activity.key), booking.activity.title)
            if booking.status == Status.CONFIRMED
            else _("%(activity)s (%(status)s)")
            % {
                "activity": titles.get(str(booking.activity.key), booking.activity.title),
                "status": booking.get_status_display(),
            }
            for booking in item.bookings.all()
            if booking.status in ACTIVE
        ]
        values = {
            "country": str(country_name(item.country)) if item.country else "",
            "status": item.get_status_display(),
            "correspondence_language": name_in_reader_language(item.correspondence_language),
            "interpretation_language": (
                name_in_reader_language(item.interpretation_language)
                if item.interpretation_language
                else ""
            ),
            "delegation": item.delegation.organization if item.delegation else "",
            "activities": "; ".join(activities),
        }
        row = {}
        for field in self.list_export:
            if field.startswith("answer:"):
                key = field.removeprefix("answer:")
                row[field] = answer_in((item.answers or {}).get(key, ""), choices.get(key, {}))
            elif field in values:
                row[field] = values[field]
            else:
                row[field] = getattr(item, field)
        return row

    def stream_csv(self, queryset):
        # The rows are written while the response streams, after the view has
        # left the organizer's admin language: write each one in that language.
        return self._rows_in(get_language(), super().stream_csv(queryset))

    @staticmethod
    def _rows_in(language, rows):
        # A byte order mark, so spreadsheet programs read Korean and Japanese as UTF-8.
        yield "\ufeff"
        while True:
            with translation.override(language):
                row = next(rows, None)
            if row is None:
                return
            yield row

    # --- page ----------------------------------------------------------------

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons.copy()
        if self.can_change():
            buttons += [
                Button(_("Check-in"), url=url("check_in", self.registrable.pk), icon_name="tick"),
                Button(_("Walk-in"), url=url("walk_in", self.registrable.pk), icon_name="plus"),
                Button(
                    _("Write to all confirmed"),
                    url=url("write", self.registrable.pk),
                    icon_name="mail",
                ),
                Button(_("Settings"), url=url("settings", self.registrable.pk), icon_name="cog"),
            ]
        buttons.append(  # madang.documents: badges, letters, certificates, programme
            Button(
                _("Print documents"),
                url=reverse("documents_admin:start", args=[self.registrable.pk]),
                icon_name="doc-full",
            )
        )
        return buttons

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["registrable"] = self.registrable
        context["can_change"] = self.can_change()
        if not self.results_only:
            context["summary"] = summary(self.registrable)
            if self.can_change():
                context["seats_form"] = AddSeatsForm(registrable=self.registrable)
                context["assign_form"] = AssignForm(registrable=self.registrable)
        context["next_url"] = self.request.get_full_path()
        return context
