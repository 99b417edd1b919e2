"""Forms of the study tours: the admin form of a tour page and the index filters."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from events.blocks import SPOKEN_LANGUAGES
from events.forms import country_name
from madang.core.forms import UniqueRowsPageForm


def _tour_year(tour):
    return tour.start_date.year


def day_date_errors(itinerary, *, start_date, end_date):
    """``{position: message}`` for the itinerary's days that fall outside the tour."""
    errors = {}
    if not start_date or not end_date or itinerary is None:
        return errors
    for position, child in enumerate(itinerary):
        if child.block_type != "day":
            continue
        day = child.value["date"]
        if day and not start_date <= day <= end_date:
            errors[position] = _(
                "This day (%(date)s) is outside the tour’s dates, %(start)s to %(end)s."
            ) % {
                "date": date_format(day, "DATE_FORMAT"),
                "start": date_format(start_date, "DATE_FORMAT"),
                "end": date_format(end_date, "DATE_FORMAT"),
            }
    return errors


class TourPageForm(UniqueRowsPageForm):
    """Checkboxes for the tour's themes, languages and what the fee covers
    (stored as lists), and the itinerary's days within the tour's dates."""

    themes = forms.MultipleChoiceField(
        label=gettext_lazy("Themes"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    languages = forms.MultipleChoiceField(
        label=gettext_lazy("Languages of the tour"),
        required=False,
        choices=SPOKEN_LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
    )
    fee_covers = forms.MultipleChoiceField(
        label=gettext_lazy("The fee covers"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        from .models import FeeItem, TourTheme

        super().__init__(*args, **kwargs)
        self.fields["themes"].choices = TourTheme.choices
        self.fields["fee_covers"].choices = FeeItem.choices

    def clean(self):
        cleaned = super().clean()
        itinerary = cleaned.get("itinerary")
        errors = day_date_errors(
            itinerary, start_date=cleaned.get("start_date"), end_date=cleaned.get("end_date")
        )
        if errors:
            self.add_error(
                "itinerary",
                StreamBlockValidationError(
                    block_errors={
                        position: StructBlockValidationError(
                            block_errors={"date": ValidationError(message)}
                        )
                        for position, message in errors.items()
                    }
                ),
            )
        return cleaned


class TourFilterForm(forms.Form):
    """Filters of the tour index: host country, theme and year.

    The choices are those of the tours given, so the form offers only filters
    that find something. Each field is validated on its own: an invalid value
    is ignored and the valid ones still apply.
    """

    country = forms.ChoiceField(label=gettext_lazy("Host country"), required=False)
    theme = forms.ChoiceField(label=gettext_lazy("Theme"), required=False)
    year = forms.TypedChoiceField(
        label=gettext_lazy("Year"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, data=None, *, tours, **kwargs):
        from .models import TourTheme

        super().__init__(data, **kwargs)
        countries = sorted(
            {t.country.upper() for t in tours if t.country},
            key=lambda code: str(country_name(code)),
        )
        self.fields["country"].choices = [("", gettext_lazy("All countries"))] + [
            (code, country_name(code)) for code in countries
        ]
        themes = {theme for t in tours for theme in t.themes or ()}
        self.fields["theme"].choices = [("", gettext_lazy("All themes"))] + [
            (value, label) for value, label in TourTheme.choices if value in themes
        ]
        years = sorted({_tour_year(t) for t in tours}, reverse=True)
        self.fields["year"].choices = [("", gettext_lazy("All years"))] + [
            (y, str(y)) for y in years
        ]

    def selected(self):
        """The valid filters, ``{name: value}``; empty when nothing is filtered."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}

    def is_filtering(self):
        return bool(self.selected())

    def filter(self, tours):
        """``tours`` that match every valid filter, in the same order."""
        selected = self.selected()
        country, theme, year = selected.get("country"), selected.get("theme"), selected.get("year")
        return [
            t
            for t in tours
            if (not country or t.country.upper() == country)
            and (not theme or theme in (t.themes or ()))
            and (not year or _tour_year(t) == year)
        ]
