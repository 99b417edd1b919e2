from django import forms
from django.utils.translation import gettext_lazy

from madang.core.countries import country_name
from madang.core.listing import ListingFilterForm, page_countries, with_all, year_choices
from madang.registrations.page_forms import RegistrablePageForm

from .choices import EventKind
from .status import event_zone


class EventPageForm(RegistrablePageForm):
    """Booth numbers are unique per event; organizations in the page's locale
    (see ``MadangPageForm``); never fewer seats than are taken."""


def _event_year(event):
    return event.start.astimezone(event_zone(event)).year


class EventFilterForm(ListingFilterForm):
    """Filters of the event index: kind, year and place (a country code or a city).

    The choices are those of the events given (see ``madang.core.listing``).
    """

    kind = forms.ChoiceField(label=gettext_lazy("Kind"), required=False)
    year = forms.TypedChoiceField(
        label=gettext_lazy("Year"), required=False, coerce=int, empty_value=None
    )
    place = forms.ChoiceField(label=gettext_lazy("Country or city"), required=False)

    def __init__(self, data=None, *, events, **kwargs):
        super().__init__(data, **kwargs)
        present = {e.kind for e in events}
        self.fields["kind"].choices = with_all(
            gettext_lazy("All kinds"),
            [(v, label) for v, label in EventKind.choices if v in present],
        )
        self.fields["year"].choices = year_choices(_event_year(e) for e in events)
        self.countries = page_countries(events)
        cities = sorted({e.city.strip() for e in events if e.city and e.city.strip()})
        self.fields["place"].choices = with_all(
            gettext_lazy("All places"),
            [
                (
                    gettext_lazy("Countries"),
                    [(code, country_name(code)) for code in self.countries],
                ),
                (gettext_lazy("Cities"), [(city, city) for city in cities]),
            ],
        )

    def matches(self, event, selected):
        kind, year, place = selected.get("kind"), selected.get("year"), selected.get("place")
        if kind and event.kind != kind:
            return False
        if year and _event_year(event) != year:
            return False
        if place:
            if place in self.countries:
                return event.country.upper() == place
            return event.city.strip() == place
        return True
