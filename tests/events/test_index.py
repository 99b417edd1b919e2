"""The event index: upcoming and past events, filters, cards and registration status."""

import datetime
import zoneinfo

import pytest
from django.utils import translation

from events.models import EventPage
from madang.core.models import FooterText, SiteSettings
from madang.registrations.contract import StatusCode as RegistrationCode
from tests.events.factories import EventIndexPageFactory, make_event
from tests.helpers import warm_count

pytestmark = pytest.mark.django_db

SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
MAX_QUERIES = 17


def small_event(index, title, slug, **fields):
    return make_event(
        index,
        title=title,
        slug=slug,
        parts=1,
        sessions_per_part=1,
        people=0,
        booths=0,
        publish=False,
        **fields,
    )


@pytest.fixture
def index(home_pages):
    home = home_pages["ko"]
    index = EventIndexPageFactory(parent=home, locale=home.locale)
    small_event(
        index,
        "함께 여는 돌봄의 시대 전국대회",
        "gwangju",
        kind="conference",
        first_date=datetime.date(2030, 2, 27),
        city="광주",
        registration_url="https://example.org/register",
        registration_deadline=datetime.datetime(2030, 2, 25, 18, 0, tzinfo=SEOUL),
    )
    small_event(
        index,
        "부산 돌봄 정책포럼",
        "busan",
        kind="forum",
        first_date=datetime.date(2030, 6, 10),
        city="부산",
    )
    # Starts on 1 January 2030 in Seoul, still 31 December 2029 in UTC.
    small_event(
        index,
        "신년 세미나",
        "seminar",
        kind="seminar",
        city="서울",
        start=datetime.datetime(2030, 1, 1, 0, 30, tzinfo=SEOUL),
        end=datetime.datetime(2030, 1, 1, 2, 0, tzinfo=SEOUL),
    )
    small_event(
        index,
        "APHCO 총회",
        "aphco-2015",
        kind="assembly",
        first_date=datetime.date(2015, 11, 5),
        time_zone="Asia/Tokyo",
        city="도쿄",
        country="JP",
        registration_url="https://example.org/aphco",
    )
    small_event(
        index,
        "2019 돌봄 포럼",
        "forum-2019",
        kind="forum",
        first_date=datetime.date(2019, 9, 10),
        time_zone="Asia/Tokyo",
        city="오사카",
        country="JP",
    )
    return index


def titles(response):
    return (
        [e.title for e in response.context["upcoming"]],
        [e.title for e in response.context["past"]],
    )


ALL = (
    ["신년 세미나", "함께 여는 돌봄의 시대 전국대회", "부산 돌봄 정책포럼"],
    ["2019 돌봄 포럼", "APHCO 총회"],
)


def test_index_lists_upcoming_and_past_events(client, index):
    response = client.get("/ko/events/")

    assert response.status_code == 200
    assert titles(response) == ALL
    assert response.context["filters_active"] is False
    assert "Clear filters" not in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"kind": "forum"}, (["부산 돌봄 정책포럼"], ["2019 돌봄 포럼"])),
        ({"kind": "assembly"}, ([], ["APHCO 총회"])),
        ({"year": "2030"}, (ALL[0], [])),
        ({"year": "2015"}, ([], ["APHCO 총회"])),
        ({"place": "JP"}, ([], ["2019 돌봄 포럼", "APHCO 총회"])),
        ({"place": "KR"}, (ALL[0], [])),
        ({"place": "부산"}, (["부산 돌봄 정책포럼"], [])),
        ({"place": "KR", "kind": "seminar"}, (["신년 세미나"], [])),
        ({"kind": "forum", "year": "2019", "place": "오사카"}, ([], ["2019 돌봄 포럼"])),
        ({"kind": "forum", "place": "광주"}, ([], [])),
    ],
)
def test_filters(client, index, query, expected):
    response = client.get("/ko/events/", query)

    assert response.status_code == 200
    assert titles(response) == expected
    assert response.context["filters_active"] is True


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"kind": "bogus", "year": "abc", "place": "nowhere"}, ALL),
        ({"year": "2029"}, ALL),  # the seminar is in 2030, in Seoul
        ({"year": "9" * 40}, ALL),
        ({"year": "-1", "kind": "<script>"}, ALL),
        ({"kind": "forum", "year": "abc"}, (["부산 돌봄 정책포럼"], ["2019 돌봄 포럼"])),
        ({"place": "jp", "kind": "assembly"}, ([], ["APHCO 총회"])),
        ({"kind": ""}, ALL),
    ],
)
def test_invalid_filter_values_are_ignored(client, index, query, expected):
    response = client.get("/ko/events/", query)

    assert response.status_code == 200
    assert titles(response) == expected


def test_filter_choices_come_from_the_events(client, index):
    form = client.get("/ko/events/").context["filter_form"]

    with translation.override("en"):
        assert [(v, str(label)) for v, label in form.fields["kind"].choices] == [
            ("", "All kinds"),
            ("assembly", "General assembly"),
            ("conference", "Conference"),
            ("forum", "Forum"),
            ("seminar", "Seminar"),
        ]
        assert [(v, str(label)) for v, label in form.fields["year"].choices] == [
            ("", "All years"),
            (2030, "2030"),
            (2019, "2019"),
            (2015, "2015"),
        ]
        assert [
            (str(group), [(v, str(label)) for v, label in options])
            if isinstance(options, list)
            else (group, str(options))
            for group, options in form.fields["place"].choices
        ] == [
            ("", "All places"),
            ("Countries", [("JP", "Japan"), ("KR", "South Korea")]),
            (
                "Cities",
                [
                    ("광주", "광주"),
                    ("도쿄", "도쿄"),
                    ("부산", "부산"),
                    ("서울", "서울"),
                    ("오사카", "오사카"),
                ],
            ),
        ]


def test_filter_form_and_cards_are_rendered(client, index):
    response = client.get("/ko/events/", {"kind": "seminar"})
    html = response.content.decode()

    assert '<form class="event-filters" method="get" action="/ko/events/"' in html
    assert '<label for="id_kind">' in html
    assert '<label for="id_year">' in html
    assert '<label for="id_place">' in html
    assert '<option value="seminar" selected>' in html
    assert '<button type="submit">' in html
    assert html.count('<a href="/ko/events/">') == 1  # clear filters
    # The seminar's date in its own time zone, not in UTC.
    assert '<time datetime="2030-01-01T00:30:00+09:00">' in html
    assert '<a href="/ko/events/seminar/">신년 세미나</a>' in html


def test_cards_show_the_registration_status(client, index):
    response = client.get("/ko/events/")
    html = response.content.decode()

    with translation.override("ko"):
        status = EventPage.objects.get(slug="gwangju").registration_status()
        closed = EventPage.objects.get(slug="aphco-2015").registration_status()
        assert f'<p class="registration-status registration-status--open">{status.label}</p>' in (
            html
        )
        assert (
            f'<p class="registration-status registration-status--closed">{closed.label}</p>'
        ) in html
    assert html.count('class="registration-status ') == 2


def test_index_renders_in_few_queries_whatever_the_number_of_events(client, index):
    # Site-wide content, cached after the first visitor (as on the real site).
    FooterText.objects.create(locale=index.locale, organization_name="마당", address="서울")
    SiteSettings.load()
    make_event(index, slug="full", days=2, parts=4, sessions_per_part=4, people=20, booths=13)
    before = warm_count(client, "/ko/events/?kind=forum&year=2030")
    for n in range(15):
        small_event(
            index,
            f"행사 {n}",
            f"more-{n}",
            kind="seminar",
            first_date=datetime.date(2031, 1, 1) + datetime.timedelta(days=n),
            registration_url="https://example.org/r",
        )

    assert before <= MAX_QUERIES
    assert warm_count(client, "/ko/events/") == before
    assert warm_count(client, "/ko/events/?kind=forum&year=2030") == before


class TestRegistrationStatus:
    @pytest.fixture
    def event(self):
        return EventPage(
            title="대회",
            start=datetime.datetime(2030, 2, 27, 9, tzinfo=SEOUL),
            end=datetime.datetime(2030, 2, 27, 18, tzinfo=SEOUL),
            time_zone="Asia/Seoul",
            registration_url="https://example.org/register",
            registration_deadline=datetime.datetime(2030, 2, 25, 23, 30, tzinfo=SEOUL),
        )

    def at(self, *args):
        return datetime.datetime(*args, tzinfo=SEOUL)

    def test_open(self, event):
        status = event.registration_status(now=self.at(2030, 2, 1))

        assert status.code == RegistrationCode.OPEN
        with translation.override("en"):
            assert status.label == "Registration open"

    def test_closing_within_seven_days_shows_the_deadline_date_in_the_event_time_zone(self, event):
        status = event.registration_status(now=self.at(2030, 2, 18, 23, 30))

        assert status.code == RegistrationCode.CLOSING
        # 23:30 in Seoul is 14:30 UTC: the date is the one in Seoul.
        assert status.deadline == self.at(2030, 2, 25, 23, 30)
        with translation.override("en"):
            assert status.label == "Registration closes on Feb. 25, 2030"

    def test_more_than_seven_days_before_the_deadline_is_open(self, event):
        status = event.registration_status(now=self.at(2030, 2, 18, 23, 29))

        assert status.code == RegistrationCode.OPEN

    def test_closed_after_the_deadline(self, event):
        status = event.registration_status(now=self.at(2030, 2, 26))

        assert status.code == RegistrationCode.CLOSED
        with translation.override("en"):
            assert status.label == "Registration closed"

    def test_closed_when_the_event_has_ended(self, event):
        event.registration_deadline = None

        assert event.registration_status(now=self.at(2030, 2, 27, 18, 1)).code == "closed"
        assert event.registration_status(now=self.at(2030, 2, 27, 17, 59)).code == "open"

    def test_none_without_a_registration_link(self, event):
        event.registration_url = ""

        status = event.registration_status(now=self.at(2030, 2, 1))

        assert status.code == RegistrationCode.NONE
        with translation.override("en"):
            assert status.label == "No registration"

    def test_before_the_opening_it_says_when_it_opens(self, event):
        event.registration_opens = self.at(2030, 2, 10, 9)

        status = event.registration_status(now=self.at(2030, 2, 1))

        assert status.code == RegistrationCode.NOT_YET
        assert status.is_open is False
        with translation.override("en"):
            assert status.label == "Registration opens on Feb. 10, 2030"
