"""The organizers' side in the Wagtail admin.

One viewset (``registrations_admin``, under ``/admin/registrations/``):

- ``index``: the events and tours that take registrations, with their counts;
- ``list``: one registrable's registrations with filters, search, counts and
  CSV/XLSX export (Wagtail's ``SpreadsheetExportMixin``), bulk assignment of
  groups/buses and interpreters, adding seats;
- ``detail``: one registration, its organizer fields and its actions;
- ``check_in`` and ``walk_in``: the registration desk;
- ``write``: a message to all confirmed delegates;
- ``settings``: the settings that live only on the registrable row.

Views are thin: a form validates, one ``services`` function acts, and a
:class:`~.services.RegistrationError` becomes an error message. Every action
is a POST. Reading needs the "view registration" permission, acting needs
"change registration" (superusers have both).
"""

import datetime
import zoneinfo
from collections import Counter

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext_lazy, ngettext, pgettext, pgettext_lazy
from django.utils.translation import gettext as _
from django.views import View
from django_filters import ChoiceFilter, MultipleChoiceFilter
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem as AdminMenuItem
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BaseColumn, Column, DateColumn, TitleColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy

from . import services
from .countries import COUNTRIES
from .models import ACTIVE, SEAT_HOLDING, Booking, Registrable, Registration, Status
from .transitions import Action, organizer_actions

#: Who may see and act: "view registration" to read, "change registration" to act.
registration_policy = ModelPermissionPolicy(Registration)

NAMESPACE = "registrations_admin"


def url(name, *args):
    return reverse(f"{NAMESPACE}:{name}", args=args)


# --- counting ----------------------------------------------------------------


def _country_name(code):
    return str(dict(COUNTRIES).get(code, code))


#: The site's languages named in the admin's language ("영어" in the Korean admin).
LANGUAGE_NAMES = {
    "ko": pgettext_lazy("language name", "Korean"),
    "ja": pgettext_lazy("language name", "Japanese"),
    "en": pgettext_lazy("language name", "English"),
}


def _language_name(code):
    """A language's name in the admin's language, not its own ("English: 1명" was the bug)."""
    return str(LANGUAGE_NAMES.get(code, dict(settings.LANGUAGES).get(code, code)))


def summary(registrable):
    """The counts organizers see above a registrable's list (read-only)."""
    registrations = Registration.objects.filter(registrable=registrable)
    by_status = dict(registrations.values_list("status").annotate(n=Count("pk")).order_by())
    holding = registrations.filter(status__in=SEAT_HOLDING)
    interpretation = [
        (_language_name(code), n)
        for code, n in holding.exclude(interpretation_language="")
        .values_list("interpretation_language")
        .annotate(n=Count("pk"))
        .order_by("interpretation_language")
    ]
    dietary = Counter()
    wording = {}
    for text in holding.exclude(dietary_needs="").values_list("dietary_needs", flat=True):
        key = " ".join(text.split()).casefold()
        wording.setdefault(key, " ".join(text.split()))
        dietary[key] += 1
    activities = []
    for activity in registrable.activities.order_by("starts_at", "pk"):
        bookings = dict(
            Booking.objects.filter(activity=activity, registration__status__in=ACTIVE)
            .values_list("status")
            .annotate(n=Count("pk"))
            .order_by()
        )
        activities.append(
            {
                "activity": activity,
                "confirmed": bookings.get(Status.CONFIRMED, 0),
                "waitlisted": bookings.get(Status.WAITLISTED, 0),
                "capacity": activity.capacity,
                "seats_left": services.seats_left(activity),
            }
        )
    confirmed = by_status.get(Status.CONFIRMED, 0)
    return {
        "statuses": [(value, label, by_status.get(value, 0)) for value, label in Status.choices],
        "confirmed": confirmed,
        "pending": by_status.get(Status.PENDING, 0),
        "waitlisted": by_status.get(Status.WAITLISTED, 0),
        "cancelled": by_status.get(Status.CANCELLED, 0),
        "capacity": registrable.capacity,
        "seats_left": services.seats_left(registrable),
        "arrived": registrations.filter(
            status=Status.CONFIRMED, checked_in_at__isnull=False
        ).count(),
        "interpretation": interpretation,
        "dietary": sorted(
            ((wording[key], n) for key, n in dietary.items()), key=lambda item: (-item[1], item[0])
        ),
        "accessibility": holding.exclude(accessibility_needs="").count(),
        "activities": activities,
    }


def upcoming(*, now=None, limit=8):
    """Main registrables still ahead (or undated) that are open or have registrations."""
    now = now or timezone.now()
    return list(
        Registrable.objects.filter(parent__isnull=True)
        .filter(Q(starts_at__isnull=True) | Q(starts_at__gte=now))
        .annotate(
            confirmed_count=Count(
                "registrations", filter=Q(registrations__status=Status.CONFIRMED)
            ),
            waitlisted_count=Count(
                "registrations", filter=Q(registrations__status=Status.WAITLISTED)
            ),
            registration_count=Count("registrations"),
        )
        .filter(Q(is_open=True) | Q(registration_count__gt=0))
        .order_by("starts_at", "pk")[:limit]
    )


def _local(moment, zone):
    """A moment as a short date and time in the registrable's time zone, or a dash."""
    if moment is None:
        return "–"
    try:
        moment = timezone.localtime(moment, zoneinfo.ZoneInfo(zone))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        moment = timezone.localtime(moment)
    return date_format(moment, "SHORT_DATETIME_FORMAT")


def fill_rate(registrable):
    """Confirmed seats as a whole percentage of the capacity, or None without a limit."""
    if not registrable.capacity:
        return None
    return round(100 * registrable.confirmed_count / registrable.capacity)


# --- forms -------------------------------------------------------------------


class AddSeatsForm(forms.Form):
    target = forms.TypedChoiceField(label=gettext_lazy("Where"), coerce=int)
    seats = forms.IntegerField(label=gettext_lazy("Seats to add"), min_value=1, max_value=10000)

    def __init__(self, *args, registrable, **kwargs):
        super().__init__(*args, **kwargs)
        self.registrable = registrable
        rows = [registrable] if registrable.capacity is not None else []
        rows += list(registrable.activities.filter(capacity__isnull=False).order_by("pk"))
        self.fields["target"].choices = [(row.pk, row.title) for row in rows]
        self.rows = {row.pk: row for row in rows}

    def chosen(self):
        return self.rows[self.cleaned_data["target"]]


class AssignForm(forms.Form):
    FIELDS = [
        ("group", gettext_lazy("Group or bus")),
        ("interpreter", gettext_lazy("Interpreter")),
    ]
    registrations = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Registrations"),
        queryset=Registration.objects.none(),
        error_messages={"required": gettext_lazy("Select at least one registration.")},
    )
    field = forms.ChoiceField(label=gettext_lazy("Set"), choices=FIELDS)
    value = forms.CharField(
        label=pgettext_lazy("set a field to a value", "to"),
        max_length=60,
        required=False,
        help_text=gettext_lazy("Leave empty to clear it."),
    )

    def __init__(self, *args, registrable, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["registrations"].queryset = Registration.objects.filter(registrable=registrable)


class MessageForm(forms.Form):
    subject = forms.CharField(label=gettext_lazy("Subject"), max_length=200)
    body = forms.CharField(label=gettext_lazy("Message"), widget=forms.Textarea(attrs={"rows": 12}))


class CheckInForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Check-in code"),
        max_length=64,
        help_text=gettext_lazy("Scan the QR code or type the 8 characters under it."),
        widget=forms.TextInput(
            attrs={"autofocus": True, "autocomplete": "off", "autocapitalize": "characters"}
        ),
    )


class WalkInForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name"), max_length=120)
    organization = forms.CharField(
        label=gettext_lazy("Organization (cooperative)"), max_length=200, required=False
    )
    email = forms.EmailField(label=gettext_lazy("Email"), required=False)
    country = forms.ChoiceField(
        label=gettext_lazy("Country"), choices=[("", "—"), *COUNTRIES], required=False
    )
    correspondence_language = forms.ChoiceField(
        label=gettext_lazy("Language for our mails"), choices=settings.LANGUAGES
    )


class OrganizerFieldsForm(forms.ModelForm):
    class Meta:
        model = Registration
        fields = ["group", "interpreter", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}


class RegistrableSettingsForm(forms.ModelForm):
    class Meta:
        model = Registrable
        fields = ["verification_hours", "reminder_days", "retention_days"]


# --- filters -----------------------------------------------------------------


NEEDS = [
    ("interpretation", pgettext_lazy("needs filter", "Interpretation")),
    ("dietary", pgettext_lazy("needs filter", "Dietary needs")),
    ("accessibility", pgettext_lazy("needs filter", "Accessibility needs")),
]
YES_NO = [("yes", pgettext_lazy("filter", "Yes")), ("no", pgettext_lazy("filter", "No"))]


class RegistrationFilterSet(WagtailFilterSet):
    status = MultipleChoiceFilter(
        label=gettext_lazy("Status"), choices=Status.choices, widget=forms.CheckboxSelectMultiple
    )
    organization = ChoiceFilter(label=gettext_lazy("Organization"), method="filter_organization")
    country = ChoiceFilter(label=gettext_lazy("Country"))
    correspondence_language = ChoiceFilter(
        label=gettext_lazy("Language"), choices=settings.LANGUAGES
    )
    interpretation_language = ChoiceFilter(
        label=gettext_lazy("Interpretation into"), choices=settings.LANGUAGES
    )
    needs = ChoiceFilter(label=gettext_lazy("Needs"), choices=NEEDS, method="filter_needs")
    activity = ChoiceFilter(label=gettext_lazy("Activity"), method="filter_activity")
    group = ChoiceFilter(label=gettext_lazy("Group or bus"), method="filter_group")
    arrived = ChoiceFilter(label=gettext_lazy("Arrived"), choices=YES_NO, method="filter_arrived")

    class Meta:
        model = Registration
        fields = []

    def __init__(self, *args, registrable, **kwargs):
        super().__init__(*args, **kwargs)
        rows = Registration.objects.filter(registrable=registrable).order_by()
        organizations = sorted(
            set(rows.exclude(organization="").values_list("organization", flat=True))
        )
        self.filters["organization"].extra["choices"] = [(o, o) for o in organizations]
        countries = set(rows.exclude(country="").values_list("country", flat=True))
        self.filters["country"].extra["choices"] = [
            (code, label) for code, label in COUNTRIES if code in countries
        ] + [(code, code) for code in sorted(countries - dict(COUNTRIES).keys())]
        self.filters["activity"].extra["choices"] = [
            (str(a.pk), a.title) for a in registrable.activities.order_by("starts_at", "pk")
        ]
        groups = sorted(set(rows.exclude(group="").values_list("group", flat=True)))
        self.filters["group"].extra["choices"] = [
            ("-", pgettext_lazy("group filter", "Not assigned")),
            *[(g, g) for g in groups],
        ]

    def filter_organization(self, queryset, name, value):
        return queryset.filter(organization=value)

    def filter_needs(self, queryset, name, value):
        field = {
            "interpretation": "interpretation_language",
            "dietary": "dietary_needs",
            "accessibility": "accessibility_needs",
        }[value]
        return queryset.exclude(**{field: ""})

    def filter_activity(self, queryset, name, value):
        return queryset.filter(bookings__activity_id=value, bookings__status__in=ACTIVE).distinct()

    def filter_group(self, queryset, name, value):
        return queryset.filter(group="" if value == "-" else value)

    def filter_arrived(self, queryset, name, value):
        return queryset.filter(checked_in_at__isnull=value == "no")


# --- columns -----------------------------------------------------------------


class SelectColumn(BaseColumn):
    """A checkbox per row that belongs to the bulk assignment form (by its id)."""

    header_template_name = "registrations/admin/select_header.html"
    cell_template_name = "registrations/admin/select_cell.html"


class StatusColumn(Column):
    cell_template_name = "registrations/admin/status_cell.html"


class NeedsColumn(Column):
    cell_template_name = "registrations/admin/needs_cell.html"


class ActionsColumn(BaseColumn):
    """Quick POST actions that belong to the row action form (by its id)."""

    cell_template_name = "registrations/admin/actions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["actions"] = quick_actions(instance)
        return context


# --- actions on one registration ---------------------------------------------


def _check_in(registration, now=None):
    return services.check_in(registrable=registration.registrable, code=registration.code, now=now)


#: action (transitions.Action, its value is the URL slug) → (button label, service call, success)
ACTIONS = {
    Action.APPROVE: (
        pgettext_lazy("action", "Approve"),
        lambda r: services.approve_registration(registration=r),
        gettext_lazy("%(name)s is approved and confirmed."),
    ),
    Action.REJECT: (
        pgettext_lazy("action", "Reject"),
        lambda r: services.reject_registration(registration=r),
        gettext_lazy("%(name)s is rejected."),
    ),
    Action.GIVE_SEAT: (
        pgettext_lazy("action", "Give a seat"),
        lambda r: services.confirm_from_waitlist(registration=r),
        gettext_lazy("%(name)s has a seat now."),
    ),
    Action.WAITLIST: (
        pgettext_lazy("action", "Move to the waiting list"),
        lambda r: services.move_to_waitlist(registration=r),
        gettext_lazy("%(name)s is on the waiting list now."),
    ),
    Action.CHECK_IN: (
        pgettext_lazy("action", "Mark as arrived"),
        _check_in,
        gettext_lazy("%(name)s has arrived."),
    ),
    Action.RESEND: (
        pgettext_lazy("action", "Send the mail again"),
        lambda r: services.resend_mail(registration=r),
        gettext_lazy("The mail to %(name)s is on its way again."),
    ),
    Action.CANCEL: (
        pgettext_lazy("action", "Cancel the registration"),
        lambda r: services.cancel_registration(registration=r, by_organizer=True),
        gettext_lazy("The registration of %(name)s is cancelled."),
    ),
}


def available_actions(registration):
    """``(name, label)`` of the actions allowed in the registration's status (transitions.py)."""
    return [(str(action), ACTIONS[action][0]) for action in organizer_actions(registration)]


def quick_actions(registration):
    quick = {Action.APPROVE, Action.REJECT, Action.GIVE_SEAT, Action.CHECK_IN}
    return [
        (name, label, url("action", registration.pk, name))
        for name, label in available_actions(registration)
        if name in quick
    ]


# --- views -------------------------------------------------------------------


class OrganizerMixin(PermissionCheckedMixin):
    """Permission checks and the registrable of the URL, with breadcrumbs to it."""

    permission_policy = registration_policy
    any_permission_required = ["view", "change"]
    header_icon = "group"

    @cached_property
    def registrable(self):
        return get_object_or_404(Registrable, pk=self.kwargs["pk"], parent__isnull=True)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": url("index"), "label": _("Registrations")},
            {"url": url("list", self.registrable.pk), "label": self.registrable.title},
            {"url": "", "label": self.get_page_title()},
        ]

    def can_change(self):
        return self.user_has_permission("change")


class ActingMixin(OrganizerMixin):
    """A view that changes something: "change registration" needed."""

    any_permission_required = None
    permission_required = "change"


class RegistrableIndexView(IndexView):
    """The events and tours people register for, newest first."""

    model = Registrable
    permission_policy = registration_policy
    any_permission_required = ["view", "change"]
    index_url_name = f"{NAMESPACE}:index"
    index_results_url_name = f"{NAMESPACE}:index_results"
    search_fields = ["title"]
    search_backend_name = None
    default_ordering = "-starts_at"
    page_title = gettext_lazy("Registrations")
    header_icon = "group"
    list_export = []

    def get_base_queryset(self):
        return Registrable.objects.filter(parent__isnull=True).annotate(
            confirmed_count=Count(
                "registrations", filter=Q(registrations__status=Status.CONFIRMED)
            ),
            pending_count=Count("registrations", filter=Q(registrations__status=Status.PENDING)),
            waitlisted_count=Count(
                "registrations", filter=Q(registrations__status=Status.WAITLISTED)
            ),
        )

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": "", "label": self.get_page_title()},
        ]

    @cached_property
    def columns(self):
        title = self._get_title_column_class(TitleColumn)
        return [
            title(
                "title",
                label=_("Title"),
                sort_key="title",
                get_url=lambda row: url("list", row.pk),
            ),
            Column(
                "starts_at",
                label=_("Starts"),
                sort_key="starts_at",
                accessor=lambda row: _local(row.starts_at, row.time_zone),
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
        buttons = [
            MenuItem(_("Registrations"), url("list", instance.pk), icon_name="group", priority=10),
        ]
        if self.user_has_permission("change"):
            buttons += [
                MenuItem(
                    _("Check-in"), url("check_in", instance.pk), icon_name="tick", priority=20
                ),
                MenuItem(_("Walk-in"), url("walk_in", instance.pk), icon_name="plus", priority=30),
                MenuItem(
                    _("Write to all confirmed"),
                    url("write", instance.pk),
                    icon_name="mail",
                    priority=40,
                ),
                MenuItem(_("Settings"), url("settings", instance.pk), icon_name="cog", priority=50),
            ]
        return buttons


class RegistrationIndexView(OrganizerMixin, IndexView):
    """One registrable's registrations: filters, search, counts, export, bulk assignment."""

    model = Registration
    template_name = "registrations/admin/list.html"
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

    def get_page_title(self):
        return _("Registrations")

    def get_page_subtitle(self):
        return self.registrable.title

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": url("index"), "label": _("Registrations")},
            {"url": "", "label": self.registrable.title},
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
        title = self._get_title_column_class(TitleColumn)
        columns = []
        if self.can_change():
            columns.append(SelectColumn("select", label=_("Select")))
        columns += [
            title(
                "name",
                label=_("Name"),
                sort_key="name",
                get_url=lambda r: url("detail", r.pk),
                get_title_id=lambda r: f"registration_{r.pk}_title",
            ),
            Column("organization", label=_("Organization"), sort_key="organization"),
            Column("country", label=_("Country"), accessor=lambda r: _country_name(r.country)),
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
        activities = [
            booking.activity.title
            if booking.status == Status.CONFIRMED
            else _("%(activity)s (%(status)s)")
            % {"activity": booking.activity.title, "status": booking.get_status_display()}
            for booking in item.bookings.all()
            if booking.status in ACTIVE
        ]
        values = {
            "country": _country_name(item.country) if item.country else "",
            "status": item.get_status_display(),
            "correspondence_language": item.get_correspondence_language_display(),
            "interpretation_language": item.get_interpretation_language_display(),
            "delegation": item.delegation.organization if item.delegation else "",
            "activities": "; ".join(activities),
        }
        row = {}
        for field in self.list_export:
            if field.startswith("answer:"):
                row[field] = (item.answers or {}).get(field.removeprefix("answer:"), "")
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


class RegistrationDetailView(PermissionCheckedMixin, WagtailAdminTemplateMixin, View):
    """One registration: everything about it, its organizer fields and its actions."""

    permission_policy = registration_policy
    any_permission_required = ["view", "change"]
    template_name = "registrations/admin/detail.html"
    header_icon = "user"

    @cached_property
    def registration(self):
        return get_object_or_404(
            Registration.objects.select_related("registrable", "delegation"), pk=self.kwargs["pk"]
        )

    def get_page_title(self):
        return self.registration.name

    def get_breadcrumbs_items(self):
        registrable = self.registration.registrable
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": url("index"), "label": _("Registrations")},
            {"url": url("list", registrable.pk), "label": registrable.title},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request, *args, **kwargs):
        return self.render(OrganizerFieldsForm(instance=self.registration))

    def post(self, request, *args, **kwargs):
        if not self.user_has_permission("change"):
            raise PermissionDenied
        form = OrganizerFieldsForm(request.POST, instance=self.registration)
        if form.is_valid():
            form.save()
            messages.success(request, _("Saved."))
            return redirect(url("detail", self.registration.pk))
        messages.error(request, _("Please correct the errors below."))
        return self.render(form)

    def render(self, form):
        registration = self.registration
        labels = {}
        page = registration.registrable.page_in(get_language())
        if page is not None:
            labels = {q.clean_name: q.label for q in page.registration_question_list()}
        answers = [
            (labels.get(key, key), ", ".join(map(str, v)) if isinstance(v, list) else v)
            for key, v in (registration.answers or {}).items()
        ]
        context = self.get_context_data(
            registration=registration,
            form=form,
            can_change=self.user_has_permission("change"),
            actions=[
                (name, label, url("action", registration.pk, name))
                for name, label in available_actions(registration)
            ],
            answers=answers,
            country=_country_name(registration.country) if registration.country else "",
            bookings=registration.bookings.select_related("activity"),
            mails=registration.mails.order_by("-created_at", "-pk"),
            can_manage_personal_data=self.request.user.has_perm(
                "registrations.manage_personal_data"
            ),
            members=(
                registration.delegation.members.exclude(pk=registration.pk)
                if registration.delegation
                else []
            ),
        )
        return TemplateResponse(self.request, self.template_name, context)


class RegistrationActionView(PermissionCheckedMixin, View):
    """POST: one service call on one registration; its error becomes a message."""

    permission_policy = registration_policy
    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request, pk, action):
        registration = get_object_or_404(Registration.objects.select_related("registrable"), pk=pk)
        if action not in ACTIONS:
            raise Http404
        _label, call, success = ACTIONS[action]
        try:
            call(registration)
        except services.RegistrationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, success % {"name": registration.name})
        return redirect(get_valid_next_url_from_request(request) or url("detail", pk))


class AddSeatsView(ActingMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        form = AddSeatsForm(request.POST, registrable=self.registrable)
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
        else:
            target = form.chosen()
            try:
                promoted = services.add_seats(registrable=target, seats=form.cleaned_data["seats"])
            except services.RegistrationError as error:
                messages.error(request, error.message)
            else:
                messages.success(
                    request,
                    ngettext(
                        "%(seats)s seat added to %(title)s; %(promoted)s person came off the "
                        "waiting list.",
                        "%(seats)s seats added to %(title)s; %(promoted)s people came off the "
                        "waiting list.",
                        len(promoted),
                    )
                    % {
                        "seats": form.cleaned_data["seats"],
                        "title": target.title,
                        "promoted": len(promoted),
                    },
                )
        return redirect(get_valid_next_url_from_request(request) or url("list", pk))


class AssignView(ActingMixin, View):
    """POST: set the group/bus or the interpreter of the selected registrations."""

    http_method_names = ["post"]

    def post(self, request, pk):
        form = AssignForm(request.POST, registrable=self.registrable)
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
        else:
            field = form.cleaned_data["field"]
            ids = [r.pk for r in form.cleaned_data["registrations"]]
            count = Registration.objects.filter(pk__in=ids).update(
                **{field: form.cleaned_data["value"].strip(), "updated_at": timezone.now()}
            )
            messages.success(
                request,
                ngettext(
                    "%(field)s set for %(count)s registration.",
                    "%(field)s set for %(count)s registrations.",
                    count,
                )
                % {"field": capfirst(dict(AssignForm.FIELDS)[field]), "count": count},
            )
        return redirect(get_valid_next_url_from_request(request) or url("list", pk))


class FormPageView(ActingMixin, WagtailAdminTemplateMixin, View):
    """A page with one form; ``act`` calls the service and returns a redirect or None."""

    form_class = None

    def get_form_kwargs(self):
        return {}

    def get(self, request, *args, **kwargs):
        return self.render(self.form_class(**self.get_form_kwargs()))

    def post(self, request, *args, **kwargs):
        form = self.form_class(request.POST, **self.get_form_kwargs())
        if form.is_valid():
            try:
                response = self.act(form)
            except services.RegistrationError as error:
                messages.error(request, error.message)
            else:
                if response is not None:
                    return response
        return self.render(form)

    def page_context(self):
        return {}

    def render(self, form):
        context = self.get_context_data(
            form=form, registrable=self.registrable, **self.page_context()
        )
        return TemplateResponse(self.request, self.template_name, context)


class WriteView(FormPageView):
    """A message to every confirmed delegate with an email address."""

    form_class = MessageForm
    template_name = "registrations/admin/write.html"
    header_icon = "mail"

    def get_page_title(self):
        return _("Write to all confirmed delegates")

    def page_context(self):
        return {
            "recipients": Registration.objects.filter(
                registrable=self.registrable, status=Status.CONFIRMED
            )
            .exclude(email="")
            .count()
        }

    def act(self, form):
        count = services.write_to_confirmed(
            registrable=self.registrable,
            subject=form.cleaned_data["subject"],
            body=form.cleaned_data["body"],
        )
        messages.success(
            self.request,
            ngettext(
                "Your message is on its way to %(count)s delegate.",
                "Your message is on its way to %(count)s delegates.",
                count,
            )
            % {"count": count},
        )
        return redirect(url("list", self.registrable.pk))


class CheckInView(FormPageView):
    """The door: a scanner types the code into the focused field and presses Enter."""

    form_class = CheckInForm
    template_name = "registrations/admin/check_in.html"
    header_icon = "tick"

    def get_page_title(self):
        return _("Check-in")

    def page_context(self):
        confirmed = Registration.objects.filter(
            registrable=self.registrable, status=Status.CONFIRMED
        )
        arrivals = confirmed.filter(checked_in_at__isnull=False).order_by("-checked_in_at", "-pk")
        return {
            "arrived_count": arrivals.count(),
            "confirmed_count": confirmed.count(),
            "arrivals": arrivals[:200],
        }

    def post(self, request, *args, **kwargs):
        form = CheckInForm(request.POST)
        if not form.is_valid():
            return self.render(form)
        try:
            return self.act(form)
        except services.RegistrationError as error:
            # Back to an empty field, so that the next scan does not add to this code.
            messages.error(request, error.message)
            return redirect(url("check_in", self.registrable.pk))

    def act(self, form):
        now = timezone.now()
        registration = services.check_in(
            registrable=self.registrable, code=form.cleaned_data["code"], now=now
        )
        details = {
            "name": registration.name,
            "organization": registration.organization or "–",
            "group": registration.group or "–",
        }
        if registration.checked_in_at == now:
            messages.success(
                self.request,
                _("Welcome, %(name)s (%(organization)s). Group or bus: %(group)s.") % details,
            )
        else:
            messages.warning(
                self.request,
                _("%(name)s (%(organization)s) had already arrived at %(time)s.")
                % {
                    **details,
                    "time": timezone.localtime(registration.checked_in_at).strftime("%H:%M"),
                },
            )
        return redirect(url("check_in", self.registrable.pk))


class WalkInView(FormPageView):
    """A delegate registered at the desk; seats and the waiting list still hold."""

    form_class = WalkInForm
    template_name = "registrations/admin/walk_in.html"
    header_icon = "plus"

    def get_page_title(self):
        return _("Register a walk-in delegate")

    def get(self, request, *args, **kwargs):
        language = get_language()
        initial = {
            "correspondence_language": language
            if language in dict(settings.LANGUAGES)
            else settings.LANGUAGE_CODE
        }
        return self.render(WalkInForm(initial=initial))

    def page_context(self):
        return {"seats_left": services.seats_left(self.registrable)}

    def act(self, form):
        data = dict(form.cleaned_data)
        registration = services.register_walk_in(
            registrable=self.registrable, data=data, language=data["correspondence_language"]
        )
        name = {"name": registration.name}
        if registration.status == Status.CONFIRMED:
            messages.success(self.request, _("%(name)s is registered and has arrived.") % name)
        elif registration.status == Status.WAITLISTED:
            messages.warning(
                self.request,
                _("No seat is free: %(name)s is on the waiting list, not admitted.") % name,
            )
        else:
            messages.warning(
                self.request,
                _("%(name)s is registered with the status: %(status)s.")
                % {**name, "status": registration.get_status_display()},
            )
        return redirect(url("walk_in", self.registrable.pk))


class SettingsView(FormPageView):
    """Settings that live only on the registrable row (the rest is edited on the page)."""

    form_class = RegistrableSettingsForm
    template_name = "registrations/admin/settings.html"
    header_icon = "cog"

    def get_page_title(self):
        return _("Registration settings")

    def get_form_kwargs(self):
        return {"instance": self.registrable}

    def page_context(self):
        page = self.registrable.page
        return {
            "page_edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]) if page else None
        }

    def act(self, form):
        form.save()
        messages.success(self.request, _("The settings are saved."))
        return redirect(url("list", self.registrable.pk))


# --- the viewset -------------------------------------------------------------


class RegistrationsMenuItem(AdminMenuItem):
    def is_shown(self, request):
        return registration_policy.user_has_any_permission(request.user, ["view", "change"])


class RegistrationsViewSet(ViewSet):
    name = NAMESPACE
    url_prefix = "registrations"
    icon = "group"
    menu_label = gettext_lazy("Registrations")
    menu_icon = "group"
    menu_order = 250
    add_to_admin_menu = True
    menu_item_class = RegistrationsMenuItem

    @property
    def menu_url(self):
        return url("index")

    def get_urlpatterns(self):
        index = RegistrableIndexView.as_view()
        index_results = RegistrableIndexView.as_view(results_only=True)
        listing = RegistrationIndexView.as_view()
        listing_results = RegistrationIndexView.as_view(results_only=True)
        return [
            path("", index, name="index"),
            path("results/", index_results, name="index_results"),
            path("<int:pk>/", listing, name="list"),
            path("<int:pk>/results/", listing_results, name="list_results"),
            path("<int:pk>/seats/", AddSeatsView.as_view(), name="add_seats"),
            path("<int:pk>/assign/", AssignView.as_view(), name="assign"),
            path("<int:pk>/write/", WriteView.as_view(), name="write"),
            path("<int:pk>/check-in/", CheckInView.as_view(), name="check_in"),
            path("<int:pk>/walk-in/", WalkInView.as_view(), name="walk_in"),
            path("<int:pk>/settings/", SettingsView.as_view(), name="settings"),
            path("registration/<int:pk>/", RegistrationDetailView.as_view(), name="detail"),
            path(
                "registration/<int:pk>/<slug:action>/",
                RegistrationActionView.as_view(),
                name="action",
            ),
        ]
