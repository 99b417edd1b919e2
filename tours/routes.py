"""Routes of a tour page: the page itself and the itinerary's calendar files.

URLs end in a slash, like every page route of the site; the file name comes
from Content-Disposition (see madang.core.calendars).

- ``""``: the page, with its itinerary, report and links
- ``calendar/`` (``calendar``): the whole itinerary as .ics
- ``days/<n>/calendar/`` (``day_calendar``): day ``n`` (from 1) as .ics

``TourRoutesMixin`` goes before ``RoutablePageMixin`` in ``TourPage``'s bases.
The itinerary is built once per page instance and only when used: the page
template keeps the itinerary's and the report's HTML in a fragment cache, and
while it is cached, none of it costs a query.
"""

from django.http import Http404
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext, override
from wagtail.contrib.routable_page.models import path
from wagtail.models import Page

from madang.core.calendars import calendar_response, file_names
from madang.core.sites import page_address

from .calendar import tour_itinerary_calendar
from .itinerary import build_itinerary


class TourSections:
    """The parts of the tour page that cost queries, computed on first use."""

    def __init__(self, page, request):
        self.page = page
        self.request = request

    @cached_property
    def show_report(self):
        """After the tour; in a preview, also as soon as there is a report to see."""
        preview = getattr(self.request, "is_preview", False)
        return self.page.is_over() or (preview and bool(self.page.report.raw_data))

    @cached_property
    def base_url(self):
        return page_address(self.page, self.request)

    @cached_property
    def itinerary(self):
        itinerary = self.page.tour_itinerary()
        for day in itinerary.days:
            day.calendar_url = self.base_url + self.page.reverse_subpage(
                "day_calendar", args=(day.number,)
            )
        return itinerary

    @cached_property
    def related_news(self):
        return self.page.related_pages("related_news")

    @cached_property
    def follow_ups(self):
        return self.page.related_pages("follow_ups")


class TourRoutesMixin:
    def tour_itinerary(self):
        """The itinerary (``itinerary.Itinerary``), built once per page instance."""
        itinerary = self.__dict__.get("_tour_itinerary")
        if itinerary is None:
            itinerary = self.__dict__["_tour_itinerary"] = build_itinerary(self)
        return itinerary

    def related_pages(self, field_name):
        """The live pages chosen in ``field_name`` (a StreamField of page
        choosers), each in this page's language when translated, else as
        chosen, in the order chosen. One query, from the raw ids."""
        stream = getattr(self, field_name)
        ids, model = [], None
        for item in stream.raw_data:
            block = stream.stream_block.child_blocks.get(item["type"])
            if block is not None and isinstance(item["value"], int):
                ids.append(item["value"])
                model = block.target_model
        if not ids:
            return []
        keys = Page.objects.filter(pk__in=ids).values("translation_key")
        pages = list(
            model.objects.live().filter(translation_key__in=keys).public().defer_streamfields()
        )
        position = {pk: n for n, pk in enumerate(ids)}
        order, best = {}, {}
        for page in pages:
            key = page.translation_key
            if page.pk in position:
                order[key] = min(order.get(key, len(ids)), position[page.pk])
            if page.locale_id == self.locale_id or (page.pk in position and key not in best):
                best[key] = page
        return sorted(best.values(), key=lambda p: order.get(p.translation_key, len(ids)))

    def _file_names(self):
        """(ASCII, Unicode) file names from the slug, which may be Korean or Japanese."""
        return file_names(self.slug, slugify(self.title) or "tour")

    @path("")
    def index_route(self, request, *args, **kwargs):
        request.is_preview = getattr(request, "is_preview", False)
        return self.render(request, context_overrides={"tour": TourSections(self, request)})

    @path("calendar/", name="calendar")
    def calendar_route(self, request):
        ascii_name, utf8_name = self._file_names()
        calendar = tour_itinerary_calendar(self, request=request)
        return calendar_response(calendar.to_ical(), ascii_name=ascii_name, utf8_name=utf8_name)

    @path("days/<int:day_number>/calendar/", name="day_calendar")
    def day_calendar_route(self, request, day_number):
        if self.tour_itinerary().day(day_number) is None:
            raise Http404
        with override(self.locale.language_code):
            name = gettext("%(tour)s, day %(number)s") % {"tour": self.title, "number": day_number}
        calendar = tour_itinerary_calendar(self, request=request, day_number=day_number, name=name)
        ascii_name, utf8_name = self._file_names()
        return calendar_response(
            calendar.to_ical(),
            ascii_name=f"{ascii_name}-day-{day_number}",
            utf8_name=f"{utf8_name}-day-{day_number}",
        )
