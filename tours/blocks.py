"""StreamField blocks of a study tour: goals, the itinerary, the report and links.

The itinerary is a list of days; a day holds its stops in order. Every stop
keeps a stable id (its list item's id, kept across edits and copied into
translations), which its calendar UID and a delegate's choice of optional
stops are built on. Texts are translated with wagtail-localize; dates, times,
kinds and flags are synchronized from the original.
"""

import datetime

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from madang.core.blocks import EndsAfterStartMixin, StoryBlock

STOP_KINDS = [
    ("lecture", _("Lecture")),
    ("hospital", _("Hospital visit")),
    ("clinic", _("Clinic visit")),
    ("care", _("Care facility")),
    ("members", _("Member activity")),
    ("exchange", _("Exchange meeting")),
    ("meal", _("Meal")),
    ("travel", _("Travel")),
    ("other", _("Other")),
]


class GoalBlock(blocks.CharBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 300)
        super().__init__(**kwargs)

    class Meta:
        icon = "tick"
        label = _("Goal")
        template = "tours/blocks/goal_block.html"
        preview_value = "Learn how six medical co-ops merged into one"


class StopBlock(EndsAfterStartMixin, blocks.StructBlock):
    start = blocks.TimeBlock(label=_("Starts"))
    end = blocks.TimeBlock(label=_("Ends"))
    kind = blocks.ChoiceBlock(choices=STOP_KINDS, default="lecture", label=_("Kind"))
    title = blocks.CharBlock(label=_("Title"), max_length=250)
    place = SnippetChooserBlock("tours.Place", required=False, label=_("Place"))
    place_detail = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Room or meeting spot"),
        help_text=_("For example: 3rd floor meeting room, or the park's east gate."),
    )
    description = blocks.TextBlock(required=False, label=_("What happens"))
    hosts = blocks.ListBlock(
        SnippetChooserBlock("people.Person", label=_("Person")),
        label=_("Hosts and speakers"),
        default=[],
    )
    interpretation = blocks.BooleanBlock(
        required=False, default=False, label=_("Interpretation arranged")
    )
    optional = blocks.BooleanBlock(
        required=False,
        default=False,
        label=_("Optional"),
        help_text=_("Delegates choose whether to join this stop."),
    )
    seats = blocks.IntegerBlock(
        required=False,
        min_value=1,
        label=_("Seats"),
        help_text=_("For an optional stop that takes only so many people; empty for no limit."),
    )

    ends_before_start_message = _("A stop must end after it starts.")

    class Meta:
        icon = "site"
        label = _("Stop")
        template = "tours/blocks/stop_block.html"
        form_classname = "struct-block stop-block"
        preview_value = {
            "start": datetime.time(10, 0),
            "end": datetime.time(11, 30),
            "kind": "hospital",
            "title": "Hospital tour: operating theatres, wards and kitchen",
            "description": "Staff show the delegates round the hospital.",
            "interpretation": True,
        }


class TourDayBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    title = blocks.CharBlock(label=_("Title"), max_length=120, required=False)
    stops = blocks.ListBlock(StopBlock(), label=_("Stops"))

    class Meta:
        icon = "date"
        label = _("Day")
        template = "tours/blocks/day_block.html"
        preview_value = {"date": datetime.date(2027, 5, 17), "title": "Arrival and lecture"}


class ItineraryBlock(blocks.StreamBlock):
    day = TourDayBlock()

    class Meta:
        icon = "date"
        label = _("Itinerary")


class ReportBlock(StoryBlock):
    """What happened on the tour: text, photos with captions, delegates' words."""

    class Meta:
        icon = "doc-full"
        label = _("Report")


class _PageLinkBlock(blocks.PageChooserBlock):
    """A link to a page of one type (``target_type``), with that type's ``target_label``."""

    target_type = None
    target_label = None

    def __init__(self, **kwargs):
        kwargs.setdefault("page_type", self.target_type)
        kwargs.setdefault("label", self.target_label)
        super().__init__(**kwargs)

    def get_preview_value(self):
        """The first live page of the chosen type, if there is one."""
        model = self.target_model
        return model.objects.live().order_by("path").first()

    class Meta:
        template = "tours/blocks/page_link_block.html"


class NewsLinkBlock(_PageLinkBlock):
    target_type = "news.NewsPage"
    target_label = _("News article")

    class Meta:
        icon = "doc-full-inverse"


class EventLinkBlock(_PageLinkBlock):
    target_type = "events.EventPage"
    target_label = _("Event")

    class Meta:
        icon = "date"
