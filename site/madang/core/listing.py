"""Dated pages (events, study tours, research projects) and their index pages: which
fields hold the dates (``PageDates``), the coming ones (``DatedPageQuerySet``), the end
after the start (``DatedPageMixin``); cards, filters, upcoming and past.

An index loads all its live children for cards in one query; the filter
form's choices are computed from them, so it offers only filters that find
something, and the filters are applied in Python. Each field is validated on
its own: an invalid value is ignored and the valid ones still apply.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.models import PageQuerySet

from .countries import country_choices


@dataclass(frozen=True)
class PageDates:
    """Which fields of a page type hold its start and its end, and whether they are days
    (``DateField``, compared with the local date) or moments (``DateTimeField``)."""

    start: str
    end: str
    days: bool = False

    def as_of(self, now):
        """``now`` as the end field compares it: the local date for days."""
        return timezone.localdate(now) if self.days else now

    def is_past(self, page, now):
        return getattr(page, self.end) < self.as_of(now)

    def start_key(self, page):
        return (getattr(page, self.start), page.pk)

    def latest_first(self):
        return (f"-{self.start}", "-pk")

    def not_over(self):
        """Filter arguments for pages that have not ended yet."""
        return {f"{self.end}__gte": self.as_of(timezone.now())}

    def over_at(self, page):
        """The moment ``not_over`` stops matching the page (the day after its last, for days)."""
        end = getattr(page, self.end)
        if not self.days:
            return end
        zone = timezone.get_current_timezone()
        return datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time(), zone)


class DatedPageQuerySet(PageQuerySet):
    """Pages of a type with ``dates`` (a :class:`PageDates`)."""

    def upcoming_in_locale(self, locale_id):
        """The live, public pages in a locale that have not ended, the first to start first."""
        dates = self.model.dates
        return (
            self.live()
            .public()
            .filter(locale_id=locale_id, **dates.not_over())
            .order_by(dates.start, "pk")
        )


class DatedPageMixin:
    """A page type with ``dates`` (a :class:`PageDates`) that cannot end before it starts;
    ``ends_before_start_message`` is the error shown on the end field."""

    dates = None
    ends_before_start_message = None

    def clean(self):
        super().clean()
        start, end = getattr(self, self.dates.start), getattr(self, self.dates.end)
        if start and end and end < start:
            raise ValidationError({self.dates.end: self.ends_before_start_message})


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

    The page type it lists is its one subpage type (``listed_model()``), with
    ``dates``. A subclass gives ``cards()`` (the live children, ready for cards)
    and ``filter_form(data, items)``.
    """

    @classmethod
    def listed_model(cls):
        """The page type this index lists: its one subpage type."""
        return cls.allowed_subpage_models()[0]

    def cards(self):
        raise NotImplementedError

    def filter_form(self, data, items):
        raise NotImplementedError

    def is_past(self, item, now):
        return self.listed_model().dates.is_past(item, now)

    def start_key(self, item):
        return self.listed_model().dates.start_key(item)

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
