from django import forms
from django.utils.translation import gettext_lazy

from madang.core.forms import UniqueRowsPageForm


class EventPageForm(UniqueRowsPageForm):
    """Booth numbers are unique per event (see ``UniqueRowsPageForm``)."""


# Country names for the places filter, by ISO 3166 code (codes not listed are shown as is).
COUNTRY_NAMES = {
    "BD": gettext_lazy("Bangladesh"),
    "CN": gettext_lazy("China"),
    "HK": gettext_lazy("Hong Kong"),
    "ID": gettext_lazy("Indonesia"),
    "IN": gettext_lazy("India"),
    "JP": gettext_lazy("Japan"),
    "KH": gettext_lazy("Cambodia"),
    "KR": gettext_lazy("South Korea"),
    "LA": gettext_lazy("Laos"),
    "LK": gettext_lazy("Sri Lanka"),
    "MM": gettext_lazy("Myanmar"),
    "MN": gettext_lazy("Mongolia"),
    "MY": gettext_lazy("Malaysia"),
    "NP": gettext_lazy("Nepal"),
    "PH": gettext_lazy("Philippines"),
    "SG": gettext_lazy("Singapore"),
    "TH": gettext_lazy("Thailand"),
    "TW": gettext_lazy("Taiwan"),
    "VN": gettext_lazy("Vietnam"),
}


def country_name(code):
    """The country's name (lazily translated), or its code when not listed."""
    return COUNTRY_NAMES.get(code.upper(), code.upper())


def _event_year(event):
    from .status import event_zone

    return event.start.astimezone(event_zone(event)).year


class EventFilterForm(forms.Form):
    """Filters of the event index: kind, year and place (a country code or a city).

    The choices are those of the events given, so the form offers only
    filters that find something. Each field is validated on its own: an
    invalid value is ignored and the valid ones still apply.
    """

    kind = forms.ChoiceField(label=gettext_lazy("Kind"), required=False)
    year = forms.TypedChoiceField(
        label=gettext_lazy("Year"), required=False, coerce=int, empty_value=None
    )
    place = forms.ChoiceField(label=gettext_lazy("Country or city"), required=False)

    def __init__(self, data=None, *, events, **kwargs):
        from .models import EventKind

        super().__init__(data, **kwargs)
        kinds = {e.kind for e in events}
        self.fields["kind"].choices = [("", gettext_lazy("All kinds"))] + [
            (value, label) for value, label in EventKind.choices if value in kinds
        ]
        years = sorted({_event_year(e) for e in events}, reverse=True)
        self.fields["year"].choices = [("", gettext_lazy("All years"))] + [
            (y, str(y)) for y in years
        ]
        countries = sorted(
            {e.country.upper() for e in events if e.country},
            key=lambda code: str(country_name(code)),
        )
        cities = sorted({e.city.strip() for e in events if e.city and e.city.strip()})
        self.countries = countries
        self.fields["place"].choices = [
            ("", gettext_lazy("All places")),
            (gettext_lazy("Countries"), [(code, country_name(code)) for code in countries]),
            (gettext_lazy("Cities"), [(city, city) for city in cities]),
        ]

    def selected(self):
        """The valid filters, ``{name: value}``; empty when nothing is filtered."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}

    def is_filtering(self):
        return bool(self.selected())

    def filter(self, events):
        """``events`` that match every valid filter, in the same order."""
        selected = self.selected()
        kind, year, place = selected.get("kind"), selected.get("year"), selected.get("place")
        result = []
        for event in events:
            if kind and event.kind != kind:
                continue
            if year and _event_year(event) != year:
                continue
            if place:
                if place in self.countries:
                    if event.country.upper() != place:
                        continue
                elif event.city.strip() != place:
                    continue
            result.append(event)
        return result
