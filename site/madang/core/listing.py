"""Index pages of dated pages (events, study tours): cards, filters, upcoming and past.

An index loads all its live children for cards in one query; the filter
form's choices are computed from them, so it offers only filters that find
something, and the filters are applied in Python. Each field is validated on
its own: an invalid value is ignored and the valid ones still apply.
"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy

from .countries import country_choices


class ListingFilterForm(forms.Form):
    """A GET form over a list of pages; subclasses say what matches (``matches``)."""

    def selected(self):
        """The valid filters, ``{name: value}``; empty when nothing is filtered."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}

    def is_filtering(self):
        return bool(self.selected())

    def filter(self, items):
        """``items`` that match every valid filter, in the same order."""
        selected = self.selected()
        return [item for item in items if self.matches(item, selected)]

    def matches(self, item, selected):
        raise NotImplementedError


def with_all(label, choices):
    """``choices`` after an empty "All …" choice."""
    return [("", label), *choices]


def year_choices(years):
    """``(year, "2025")`` for the given years, latest first, after "All years"."""
    return with_all(
        gettext_lazy("All years"), [(y, str(y)) for y in sorted(set(years), reverse=True)]
    )


def page_countries(pages):
    """The ISO codes of the pages' ``country`` fields, upper case, sorted by name."""
    return [code for code, _name in country_choices(p.country.upper() for p in pages if p.country)]


class DatedIndexMixin:
    """``get_context`` of an index page: filtered cards, split into upcoming and past.

    A subclass gives ``cards()`` (the live children, ready for cards),
    ``filter_form(data, items)``, ``is_past(item, now)`` and ``start_key(item)``.
    """

    def cards(self):
        raise NotImplementedError

    def filter_form(self, data, items):
        raise NotImplementedError

    def is_past(self, item, now):
        raise NotImplementedError

    def start_key(self, item):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = list(self.cards())
        form = self.filter_form(request.GET or None, items)
        selected = form.filter(items)
        now = timezone.now()
        context["filter_form"] = form
        context["filters_active"] = form.is_filtering()
        context["upcoming"] = sorted(
            (i for i in selected if not self.is_past(i, now)), key=self.start_key
        )
        context["past"] = [i for i in selected if self.is_past(i, now)]
        return context
