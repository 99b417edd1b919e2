"""The filters above one registrable's list of registrations."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language, gettext_lazy, pgettext_lazy
from django_filters import ChoiceFilter, MultipleChoiceFilter
from wagtail.admin.filters import WagtailFilterSet

from madang.core.countries import REGISTRATION_COUNTRIES

from ..models import ACTIVE, Registration, Status

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
            (code, label) for code, label in REGISTRATION_COUNTRIES if code in countries
        ] + [(code, code) for code in sorted(countries - dict(REGISTRATION_COUNTRIES).keys())]
        self.filters["activity"].extra["choices"] = [
            (str(a.pk), a.shown_title) for a in registrable.activities_titled_in(get_language())
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
