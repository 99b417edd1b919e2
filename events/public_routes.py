"""What visitors see of an event: the page with its agenda, speakers and booths.

``EventPublicRoutesMixin`` goes first in ``EventPage``'s bases (before
``RoutablePageMixin``), so its ``""`` route serves the page itself. Every
route works from the agenda built once per request (``build_agenda`` loads the
agenda's people, their organizations and documents in bulk); images come with
their renditions prefetched, so the number of SQL queries does not grow with
the number of sessions, people or booths.
"""

from dataclasses import dataclass, field

from django.http import Http404
from django.urls import NoReverseMatch
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext as _
from wagtail.contrib.routable_page.models import path
from wagtail.images import get_image_model

from madang.core.sites import page_address
from madang.people.models import Person

from .agenda import build_agenda
from .timetable import build_timetables


@dataclass
class Speaker:
    """A person with a role in the agenda, and every role they have in it."""

    person: object  # people.Person
    roles: list = field(default_factory=list)  # role labels, each once, in order of appearance

    @property
    def pk(self):
        return self.person.pk


@dataclass
class SpeakerSession:
    session: object  # agenda.Session
    roles: list  # the speaker's role labels in this session


def speakers_of(agenda):
    """Everyone in the agenda, in order of first appearance, with their roles."""
    speakers = {}
    for session in agenda.sessions:
        for entry in session.people:
            speaker = speakers.setdefault(entry.person.pk, Speaker(person=entry.person))
            if entry.role_label not in speaker.roles:
                speaker.roles.append(entry.role_label)
    return list(speakers.values())


def attach_photos(people):
    """Load the people's photos, with their renditions, in two queries."""
    ids = {person.photo_id for person in people if person.photo_id}
    if not ids:
        return
    images = get_image_model().objects.prefetch_related("renditions").in_bulk(ids)
    for person in people:
        if person.photo_id:
            person._state.fields_cache["photo"] = images.get(person.photo_id)


class EventAgenda:
    """The agenda part of the event page, computed on first use.

    The links of every session and speaker, and the sessions' times as
    printed, are computed here, once, rather than by a template tag or filter
    per session.
    """

    def __init__(self, page, request):
        self.page = page
        self.request = request

    @cached_property
    def agenda(self):
        agenda = self.page.public_agenda()
        self._add_links(agenda)
        return agenda

    @cached_property
    def timetables(self):
        """One timetable per day; each session gets its ``placement`` in it
        (None when the day is too big for the grid and stays a list)."""
        timetables = build_timetables(self.agenda)
        for timetable in timetables:
            placements = timetable.placements() if timetable.fits_grid else {}
            for part in timetable.day.parts:
                for session in part.sessions:
                    session.placement = placements.get(session.id)
        return timetables

    @cached_property
    def has_speakers(self):
        return bool(self.agenda.people)

    @cached_property
    def has_booths(self):
        return self.page.booths.exists()

    def _route(self, base, name, *args):
        try:
            return base + self.page.reverse_subpage(name, args=args)
        except NoReverseMatch:  # the calendar routes come from another mixin
            return ""

    def _add_links(self, agenda):
        base = page_address(self.page, self.request)
        speaker_urls = {}
        for session in agenda.sessions:
            # Its times as the template prints them (in the event's time zone), once.
            session.start_iso, session.end_iso = session.start.isoformat(), session.end.isoformat()
            session.start_hm, session.end_hm = f"{session.start:%H:%M}", f"{session.end:%H:%M}"
            session.calendar_url = self._route(base, "session_calendar", session.id)
            for entry in session.people:
                pk = entry.person.pk
                if pk not in speaker_urls:
                    speaker_urls[pk] = self._route(base, "speaker", pk)
                entry.speaker_url = speaker_urls[pk]


class EventPublicRoutesMixin:
    """Routes of an event page for visitors: the page, speakers and booths."""

    def public_agenda(self):
        """The agenda (``agenda.Agenda``), built once per page instance."""
        agenda = self.__dict__.get("_public_agenda")
        if agenda is None:
            agenda = self.__dict__["_public_agenda"] = build_agenda(self)
        return agenda

    def agenda_context(self, request):
        return {
            "event_agenda": EventAgenda(self, request),
            # Read only when the event's facts are rendered (not when they come
            # from the page's fragments, madang/core/pagecache.py).
            "organizers": SimpleLazyObject(lambda: list(self.organizers.all())),
            # From EventCalendarRoutesMixin (events/routes.py), when it is there.
            "google_calendar_url": self.google_calendar_link(request)
            if hasattr(self, "google_calendar_link")
            else "",
        }

    @path("")
    def index_route(self, request, *args, **kwargs):
        request.is_preview = getattr(request, "is_preview", False)
        return self.render(request, context_overrides=self.agenda_context(request))

    @path("speakers/", name="speakers")
    def speakers_route(self, request):
        speakers = speakers_of(self.public_agenda())
        attach_photos([speaker.person for speaker in speakers])
        return self.render(
            request,
            template="events/event_speakers.html",
            context_overrides={"subpage_title": _("Speakers"), "speakers": speakers},
        )

    def subpage_in_locale(self, name, kwargs, *, locale):
        """A speaker's page in another language: the same person's, where the person
        is translated, else the speakers (madang.core.i18n ``subpage_in``)."""
        if name != "speaker":
            return None
        original = Person.objects.filter(pk=kwargs["person_id"]).values("translation_key")
        twin = Person.objects.filter(translation_key__in=original, locale=locale).first()
        if twin is None:
            return self.reverse_subpage("speakers")
        return self.reverse_subpage("speaker", kwargs={"person_id": twin.pk})

    @path("speakers/<int:person_id>/", name="speaker")
    def speaker_route(self, request, person_id):
        agenda = self.public_agenda()
        speaker = next((s for s in speakers_of(agenda) if s.pk == person_id), None)
        if speaker is None:
            raise Http404
        attach_photos([speaker.person])
        sessions = [
            SpeakerSession(
                session=session,
                roles=[e.role_label for e in session.people if e.person.pk == person_id],
            )
            for session in agenda.sessions_of(speaker.person)
        ]
        return self.render(
            request,
            template="events/event_speaker.html",
            context_overrides={"speaker": speaker, "speaker_sessions": sessions},
        )

    @path("booths/", name="booths")
    def booths_route(self, request):
        booths = list(
            self.booths.select_related("organization", "organization__logo")
            .prefetch_related("organization__logo__renditions")
            .order_by("sort_order", "pk")
        )
        present = {booth.category for booth in booths}
        # The booth model's categories (events.models builds EventPage on this mixin).
        categories = dict(self.booths.model._meta.get_field("category").choices)
        category = request.GET.get("category", "")
        if category not in categories:
            category = ""  # an unknown category is ignored: every booth is listed
        shown = [b for b in booths if b.category == category] if category else booths
        return self.render(
            request,
            template="events/event_booths.html",
            context_overrides={
                "subpage_title": _("Booths and exhibitors"),
                "booths": shown,
                "booth_count": len(booths),
                "category": category,
                "category_label": categories[category] if category else "",
                "categories": [
                    (value, label) for value, label in categories.items() if value in present
                ],
                "markers": [b for b in shown if b.map_x is not None and b.map_y is not None],
            },
        )
