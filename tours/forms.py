"""Forms of the study tours: the admin form of a tour page and the index filters."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from madang.core.countries import country_choices
from madang.core.languages import SPOKEN_LANGUAGES
from madang.core.listing import ListingFilterForm, page_countries, with_all, year_choices
from madang.registrations.page_forms import RegistrablePageForm

from .choices import FeeItem, TourTheme


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


class TourPageForm(RegistrablePageForm):
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


class TourFilterForm(ListingFilterForm):
    """Filters of the tour index: host country, theme and year.

    The choices are those of the tours given (see ``madang.core.listing``).
    """

    country = forms.ChoiceField(label=gettext_lazy("Host country"), required=False)
    theme = forms.ChoiceField(label=gettext_lazy("Theme"), required=False)
    year = forms.TypedChoiceField(
        label=gettext_lazy("Year"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, data=None, *, tours, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["country"].choices = with_all(
            gettext_lazy("All countries"), country_choices(page_countries(tours))
        )
        present = {theme for t in tours for theme in t.themes or ()}
        self.fields["theme"].choices = with_all(
            gettext_lazy("All themes"),
            [(v, label) for v, label in TourTheme.choices if v in present],
        )
        self.fields["year"].choices = year_choices(_tour_year(t) for t in tours)

    def matches(self, tour, selected):
        country, theme, year = selected.get("country"), selected.get("theme"), selected.get("year")
        return (
            (not country or tour.country.upper() == country)
            and (not theme or theme in (tour.themes or ()))
            and (not year or _tour_year(tour) == year)
        )
