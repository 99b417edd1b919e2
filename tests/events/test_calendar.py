"""Calendars (.ics) of events and sessions, and "add to Google Calendar" links."""

import datetime
import zoneinfo
from urllib.parse import quote

import pytest
from django.utils import translation
from django.utils.translation import gettext
from icalendar import Calendar

from events.agenda import build_agenda
from events.calendar import event_google_calendar_url, session_google_calendar_url
from events.models import EventPage
from madang.core.calendars import google_calendar_url, sequence_for
from tests.events.factories import EventIndexPageFactory, make_event, session_ids
from tests.factories import translate_page

pytestmark = pytest.mark.django_db

SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")


@pytest.fixture
def index(home_pages):
    home = home_pages["ko"]
    return EventIndexPageFactory(parent=home, locale=home.locale)


@pytest.fixture
def event(index):
    return make_event(index, slug="gwangju-2030", days=2, parts=2, sessions_per_part=3, people=6)


def get_calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response, Calendar.from_ical(response.content)


def events_of(calendar):
    return calendar.walk("VEVENT")


def test_event_calendar_has_one_event_in_local_time(client, event):
    response, calendar = get_calendar(client, "/ko/events/gwangju-2030/calendar/")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == (
        "attachment; filename=\"gwangju-2030.ics\"; filename*=UTF-8''gwangju-2030.ics"
    )
    assert str(calendar["PRODID"]) == "-//Madang//Events//KO"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    [timezone] = calendar.walk("VTIMEZONE")
    assert str(timezone["TZID"]) == "Asia/Seoul"
    [vevent] = events_of(calendar)
    assert vevent["DTSTART"].params["TZID"] == "Asia/Seoul"
    assert vevent.start == datetime.datetime(2030, 2, 27, 9, 0, tzinfo=SEOUL)
    assert vevent["DTEND"].params["TZID"] == "Asia/Seoul"
    # Two days, three 45-minute slots a day: the last session ends at 11:10.
    assert vevent.end == datetime.datetime(2030, 2, 28, 11, 10, tzinfo=SEOUL)
    assert str(vevent["UID"]) == f"event-{event.translation_key}-ko@madang.test"
    assert str(vevent["SUMMARY"]) == "함께 여는 돌봄의 시대 전국대회"
    assert str(vevent["DESCRIPTION"]) == (
        "통합돌봄법 시행에 맞춰 지역사회와 함께 여는 돌봄의 시대를 이야기합니다."
    )
    assert str(vevent["LOCATION"]) == (
        "김대중컨벤션센터, 컨벤션홀, 광주광역시 서구 상무누리로 30, 광주"
    )
    assert str(vevent["URL"]) == "https://madang.test/ko/events/gwangju-2030/"
    assert vevent["SEQUENCE"] == sequence_for(event)
    assert vevent["LAST-MODIFIED"].dt == event.last_published_at.replace(microsecond=0)
    assert vevent["DTSTAMP"].dt.utcoffset() == datetime.timedelta(0)


def test_calendar_text_is_folded_and_escaped(client, event):
    event.title = "돌봄, 의료; 그리고 협동 " * 6
    event.save_revision().publish()

    response, calendar = get_calendar(client, "/ko/events/gwangju-2030/calendar/")

    lines = response.content.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    assert b"SUMMARY:\xeb\x8f\x8c\xeb\xb4\x84\\, \xec\x9d\x98\xeb\xa3\x8c\\;" in response.content
    assert str(events_of(calendar)[0]["SUMMARY"]) == "돌봄, 의료; 그리고 협동 " * 6


def test_sequence_is_the_seconds_since_2020_of_the_last_publication(event):
    published = datetime.datetime(2026, 3, 1, 12, 0, 30, tzinfo=datetime.UTC)
    event.last_published_at = published

    assert sequence_for(event) == int(
        (published - datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)).total_seconds()
    )
    assert sequence_for(event) == 194_529_630


def test_uid_is_stable_and_sequence_grows_when_the_event_is_edited(client, event):
    # The first publication happened an hour ago.
    EventPage.objects.filter(pk=event.pk).update(
        last_published_at=event.last_published_at - datetime.timedelta(hours=1)
    )
    _, before = get_calendar(client, "/ko/events/gwangju-2030/calendar/")
    event.refresh_from_db()
    event.title = "함께 여는 돌봄의 시대 전국대회 (변경)"
    event.start = event.start + datetime.timedelta(hours=1)
    event.save_revision().publish()

    _, after = get_calendar(client, "/ko/events/gwangju-2030/calendar/")

    [old], [new] = events_of(before), events_of(after)
    assert str(new["UID"]) == str(old["UID"])
    assert new["SEQUENCE"] > old["SEQUENCE"]
    assert str(new["SUMMARY"]) == "함께 여는 돌봄의 시대 전국대회 (변경)"
    assert new.start == datetime.datetime(2030, 2, 27, 10, 0, tzinfo=SEOUL)


def test_each_language_has_its_own_stable_uid(client, index, event):
    translate_page(index, "en", slug="events")
    english = translate_page(event, "en", title="National conference on care", slug="gwangju")

    _, korean_calendar = get_calendar(client, "/ko/events/gwangju-2030/calendar/")
    _, english_calendar = get_calendar(client, "/en/events/gwangju/calendar/")

    [korean], [other] = events_of(korean_calendar), events_of(english_calendar)
    assert english.translation_key == event.translation_key
    assert str(korean["UID"]) == f"event-{event.translation_key}-ko@madang.test"
    assert str(other["UID"]) == f"event-{event.translation_key}-en@madang.test"
    assert str(other["SUMMARY"]) == "National conference on care"
    assert str(english_calendar["PRODID"]) == "-//Madang//Events//EN"


def test_session_calendar(client, event):
    agenda = build_agenda(event)
    panel = next(s for s in agenda.sessions if s.kind == "panel")

    response, calendar = get_calendar(
        client, f"/ko/events/gwangju-2030/sessions/{panel.id}/calendar/"
    )

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    [vevent] = events_of(calendar)
    assert str(vevent["UID"]) == (
        f"event-{event.translation_key}-session-{panel.id}-ko@madang.test"
    )
    assert vevent.start == panel.start
    assert vevent["DTSTART"].params["TZID"] == "Asia/Seoul"
    assert vevent.end == panel.end
    assert str(vevent["URL"]) == f"https://madang.test/ko/events/gwangju-2030/#session-{panel.id}"
    assert str(vevent["LOCATION"]) == (
        f"김대중컨벤션센터, {panel.room}, 광주광역시 서구 상무누리로 30, 광주"
    )
    with translation.override("ko"):
        people = [
            gettext("%(role)s: %(name)s")
            % {
                "role": entry.role_label,
                "name": gettext("%(name)s, %(organization)s")
                % {"name": str(entry.person), "organization": entry.person.organization.name},
            }
            for entry in panel.people
        ]
        assert str(vevent["SUMMARY"]) == gettext("%(session)s – %(event)s") % {
            "session": panel.title,
            "event": event.title,
        }
        room = gettext("Room: %(room)s") % {"room": panel.room}
    assert len(people) == 4
    assert str(vevent["DESCRIPTION"]) == (panel.description + "\n\n" + "\n".join([*people, room]))
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Asia/Seoul"


def test_unknown_session_is_404(client, event):
    response = client.get("/ko/events/gwangju-2030/sessions/no-such-session/calendar/")

    assert response.status_code == 404


def test_personal_calendar_has_exactly_the_chosen_sessions_in_agenda_order(client, event):
    ids = session_ids(event)
    chosen = [ids[4], ids[0], "unknown-id", ids[7], ids[0]]

    response, calendar = get_calendar(
        client, "/ko/events/gwangju-2030/my-agenda/?sessions=" + ",".join(chosen)
    )

    assert response["Content-Disposition"] == (
        "attachment; filename=\"gwangju-2030-my-agenda.ics\"; filename*=UTF-8''"
        + quote("gwangju-2030-" + translated_slug("my agenda") + ".ics", safe="")
    )
    uid = f"event-{event.translation_key}-session-%s-ko@madang.test"
    assert [str(e["UID"]) for e in events_of(calendar)] == [
        uid % ids[0],
        uid % ids[4],
        uid % ids[7],
    ]
    starts = [e.start for e in events_of(calendar)]
    assert starts == sorted(starts)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Seoul"]


def translated_slug(text):
    from django.utils.text import slugify

    with translation.override("ko"):
        return slugify(gettext(text), allow_unicode=True)


def test_empty_personal_selection_is_a_valid_empty_calendar(client, event):
    for url in (
        "/ko/events/gwangju-2030/my-agenda/",
        "/ko/events/gwangju-2030/my-agenda/?sessions=",
    ):
        response, calendar = get_calendar(client, url)

        assert events_of(calendar) == []
        assert str(calendar["VERSION"]) == "2.0"
        assert response.content.startswith(b"BEGIN:VCALENDAR\r\n")
        assert response.content.endswith(b"END:VCALENDAR\r\n")


@pytest.mark.parametrize(
    "parameter",
    [
        "<script>",
        "abc,de f",
        "a/b",
        ",".join(f"id-{n}" for n in range(201)),
        "x" * 65,
        "a," * 7000,
    ],
    ids=["markup", "space", "slash", "201 ids", "long id", "over-long"],
)
def test_bad_personal_selection_is_400_with_a_plain_message(client, event, parameter):
    response = client.get("/ko/events/gwangju-2030/my-agenda/", {"sessions": parameter})

    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    with translation.override("ko"):
        expected = gettext(
            "The list of sessions is not valid: give at most %(count)s session ids, "
            "separated by commas."
        ) % {"count": 200}
    assert response.content.decode() == expected


def test_200_sessions_are_accepted(client, index):
    event = make_event(
        index, slug="big", days=1, parts=4, sessions_per_part=50, people=20, booths=0
    )
    ids = session_ids(event)

    response, calendar = get_calendar(client, "/ko/events/big/my-agenda/?sessions=" + ",".join(ids))

    assert len(ids) == 200
    assert len(events_of(calendar)) == 200


def test_unicode_slug_gives_an_ascii_and_a_utf8_file_name(client, index):
    make_event(index, slug="광주-대회", title="Gwangju conference 2030", booths=0, people=2)

    response = client.get(f"/ko/events/{quote('광주-대회')}/calendar/")

    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'attachment; filename="gwangju-conference-2030.ics"; '
        "filename*=UTF-8''%EA%B4%91%EC%A3%BC-%EB%8C%80%ED%9A%8C.ics"
    )


def test_google_calendar_url():
    url = google_calendar_url(
        title="Care & community",
        start=datetime.datetime(2030, 2, 27, 14, 0, tzinfo=SEOUL),
        end=datetime.datetime(2030, 2, 27, 16, 30, tzinfo=SEOUL),
        details="Line 1\nLine 2",
        location="Kimdaejung Convention Center, Gwangju",
    )

    assert url == (
        "https://calendar.google.com/calendar/render?action=TEMPLATE"
        "&text=Care%20%26%20community"
        "&dates=20300227T050000Z/20300227T073000Z"
        "&details=Line%201%0ALine%202"
        "&location=Kimdaejung%20Convention%20Center%2C%20Gwangju"
    )


def test_google_calendar_url_of_an_event_and_a_session(rf, index):
    event = make_event(
        index,
        slug="care",
        title="Care conference",
        intro="Integrated care.",
        venue="KDJ Center",
        venue_hall="Hall 1",
        venue_address="30 Sangmunuri-ro",
        city="Gwangju",
        days=1,
        parts=1,
        sessions_per_part=2,
        people=0,
        booths=0,
    )
    request = rf.get("/ko/events/care/")

    assert event_google_calendar_url(page=event, request=request) == (
        "https://calendar.google.com/calendar/render?action=TEMPLATE"
        "&text=Care%20conference"
        "&dates=20300227T000000Z/20300227T012500Z"
        "&details=Integrated%20care.%0A%0Ahttps%3A//madang.test/ko/events/care/"
        "&location=KDJ%20Center%2C%20Hall%201%2C%2030%20Sangmunuri-ro%2C%20Gwangju"
    )
    session = build_agenda(event).sessions[1]
    link = session_google_calendar_url(page=event, session=session, request=request)
    assert "&dates=20300227T004500Z/20300227T012500Z&" in link
    assert link.endswith(
        f"%0A%0Ahttps%3A//madang.test/ko/events/care/%23session-{session.id}"
        f"&location=KDJ%20Center%2C%20{quote('컨벤션홀')}%2C%2030%20Sangmunuri-ro%2C%20Gwangju"
    )


def test_google_calendar_links_for_templates(rf, event):
    from django.template import Context, Template

    request = rf.get("/ko/events/gwangju-2030/")
    session = build_agenda(event).sessions[2]
    template = Template(
        "{% load event_calendar %}{% google_calendar_url page %}|"
        "{% google_calendar_url page session %}"
    )

    rendered = template.render(Context({"request": request, "page": event, "session": session}))

    event_link = event_google_calendar_url(page=event, request=request)
    session_link = session_google_calendar_url(page=event, session=session, request=request)
    assert rendered == f"{event_link}|{session_link}".replace("&", "&amp;")
    assert event.google_calendar_link() == event_link
    assert event.session_google_calendar_link(session) == session_link
