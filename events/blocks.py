"""The agenda of an event, as StreamField blocks.

An agenda is a list of days; a day has parts (a plenary, or parallel
sub-sessions/tracks), each in a room; a part holds sessions in time order.
Every session keeps a stable id (the list item's id), which its calendar UID
and its "star" in a visitor's personal agenda are built on.
"""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from madang.core.blocks import EndsAfterStartMixin
from madang.core.languages import SPOKEN_LANGUAGES

SESSION_KINDS = [
    ("ceremony", _("Ceremony")),
    ("keynote", _("Keynote")),
    ("case", _("Case presentation")),
    ("panel", _("Panel discussion")),
    ("talk", _("Talk")),
    ("break", _("Break")),
    ("visit", _("Field visit")),
    ("other", _("Other")),
]

ROLES = [
    ("speaker", _("Speaker")),
    ("keynote", _("Keynote speaker")),
    ("moderator", _("Moderator")),
    ("panelist", _("Panelist")),
    ("discussant", _("Discussant")),
]


class SessionPersonBlock(blocks.StructBlock):
    person = SnippetChooserBlock("people.Person", label=_("Person"))
    role = blocks.ChoiceBlock(choices=ROLES, default="speaker", label=_("Role"))

    class Meta:
        icon = "user"
        label = _("Person in a role")
        template = "events/blocks/session_person_block.html"
        preview_value = {"role": "speaker"}


class SessionBlock(EndsAfterStartMixin, blocks.StructBlock):
    start = blocks.TimeBlock(label=_("Starts"))
    end = blocks.TimeBlock(label=_("Ends"))
    kind = blocks.ChoiceBlock(choices=SESSION_KINDS, default="talk", label=_("Kind"))
    title = blocks.CharBlock(label=_("Title"), max_length=250)
    description = blocks.TextBlock(label=_("Description"), required=False)
    languages = blocks.MultipleChoiceBlock(
        choices=SPOKEN_LANGUAGES, required=False, label=_("Language(s) spoken")
    )
    interpretation = blocks.BooleanBlock(
        required=False, label=_("Interpretation offered"), default=False
    )
    interpretation_channels = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Interpretation channels"),
        help_text=_("For example: channel 1 Korean, channel 2 Japanese."),
    )
    people = blocks.ListBlock(SessionPersonBlock(), label=_("People"), default=[])
    materials = blocks.ListBlock(
        DocumentChooserBlock(label=_("Document")), label=_("Materials"), default=[]
    )
    materials_published = blocks.BooleanBlock(
        required=False,
        default=False,
        label=_("Publish materials"),
        help_text=_("Visitors can download the materials once this is ticked."),
    )

    ends_before_start_message = _("A session must end after it starts.")

    class Meta:
        icon = "time"
        label = _("Session")
        template = "events/blocks/session_block.html"
        form_classname = "struct-block session-block"
        preview_value = {
            "start": datetime.time(14, 0),
            "end": datetime.time(14, 40),
            "kind": "keynote",
            "title": "Care, with the community at its centre",
            "languages": ["ko"],
            "interpretation": True,
            "interpretation_channels": "1: 日本語, 2: English",
        }


class PartBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"), max_length=200, help_text=_("For example: Part 1, or Sub-session 2.")
    )
    room = blocks.CharBlock(label=_("Room"), max_length=120, required=False)
    sessions = blocks.ListBlock(SessionBlock(), label=_("Sessions"))

    class Meta:
        icon = "list-ul"
        label = _("Part or track")
        template = "events/blocks/part_block.html"
        preview_value = {"title": "Part 1", "room": "Convention Hall"}


class DayBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    title = blocks.CharBlock(label=_("Title"), max_length=120, required=False)
    parts = blocks.ListBlock(PartBlock(), label=_("Parts and tracks"))

    def clean(self, value):
        result = super().clean(value)
        errors = overlapping_sessions(result)
        if errors:
            raise StructBlockValidationError(
                block_errors={"parts": ValidationError(" ".join(errors))}
            )
        return result

    class Meta:
        icon = "date"
        label = _("Day")
        template = "events/blocks/day_block.html"
        preview_value = {"date": datetime.date(2026, 2, 27), "title": "Day 1"}


def overlapping_sessions(day):
    """Messages for sessions that overlap in the same room on one day."""
    by_room = {}
    for part in day["parts"]:
        room = (part["room"] or part["title"]).strip().casefold()
        for session in part["sessions"]:
            by_room.setdefault(room, []).append((part, session))
    messages = []
    for sessions in by_room.values():
        sessions.sort(key=lambda ps: ps[1]["start"])
        latest = None  # the session that ends last so far in this room
        for part, session in sessions:
            if latest is not None and session["start"] < latest["end"]:
                messages.append(
                    gettext(
                        "“%(first)s” and “%(second)s” overlap in %(room)s: "
                        "the second starts at %(start)s, before the first ends at %(end)s."
                    )
                    % {
                        "first": latest["title"],
                        "second": session["title"],
                        "room": part["room"] or part["title"],
                        "start": session["start"].strftime("%H:%M"),
                        "end": latest["end"].strftime("%H:%M"),
                    }
                )
            if latest is None or session["end"] > latest["end"]:
                latest = session
    return messages


class AgendaBlock(blocks.StreamBlock):
    day = DayBlock()

    class Meta:
        icon = "date"
        label = _("Agenda")
