"""The event page for visitors: details, agenda, speakers and booths.

Query counts are those of rendering the page (the first visitor after a
change); from then on the page comes whole from the page cache.
"""

import datetime
import re
import zoneinfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from events.agenda import build_agenda
from events.models import BoothCategory, EventPage
from madang.core.models import FooterText, SiteSettings
from madang.core.pagecache import HIT_HEADER
from madang.people.models import Organization, Person
from tests.events.factories import EventIndexPageFactory, make_event, session_ids
from tests.factories import translate_page
from tests.helpers import warm_count

pytestmark = pytest.mark.django_db

MAX_QUERIES = 18
SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")


@pytest.fixture
def index(home_pages):
    home = home_pages["ko"]
    # Saved before the first request, as on a real site (saving them bumps the
    # content generation, which would empty the fragment caches).
    FooterText.objects.create(locale=home.locale, organization_name="마당", address="서울")
    settings = SiteSettings.load()
    settings.contact_email = "hello@example.org"
    settings.save()
    return EventIndexPageFactory(parent=home, locale=home.locale)


def full_event(index, **kwargs):
    """An event with everything filled in: host, organizers, documents, body,
    floor map, registration, materials, booths and people."""
    locale = index.locale
    image = Image.objects.create(title="배치도", file=get_test_image_file())
    host = Organization.objects.create(name="광주광역시", locale=locale)
    organizers = [
        Organization.objects.create(name=f"조직위원회 {n}", locale=locale) for n in range(3)
    ]
    page = make_event(
        index,
        with_materials=True,
        host=host,
        floor_map=image,
        registration_url="https://example.org/register",
        registration_deadline=datetime.datetime(2030, 2, 20, 18, tzinfo=SEOUL),
        fee="10,000원",
        contact_name="사무국",
        contact_email="office@example.org",
        body=[{"type": "paragraph", "value": "<p>함께해요.</p>"}],
        publish=False,
        **kwargs,
    )
    page.organizers.set(organizers)
    page.documents = [
        {"type": "document", "value": {"document": doc.pk, "title": ""}} for doc in _documents(2)
    ]
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _documents(count):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    return [
        Document.objects.create(
            title=f"자료집 {n}", file=ContentFile(b"%PDF-1.4\n", name=f"d{n}.pdf")
        )
        for n in range(count)
    ]


def cold_agenda_count(client, page):
    """Queries of rendering the page (not from the page cache), other caches warm."""
    return warm_count(client, page.url)


def html(response):
    return response.content.decode()


# The event page ---------------------------------------------------------------


def test_full_event_page_renders_in_few_queries(client, index):
    # 4 parts × 4 sessions, 13 booths, 20 people.
    page = full_event(index, parts=4, sessions_per_part=4, people=20, booths=13)

    assert len(session_ids(page)) == 16
    assert cold_agenda_count(client, page) <= MAX_QUERIES
    assert warm_count(client, page.url) <= MAX_QUERIES


def test_query_count_does_not_grow_with_sessions(client, index):
    small = full_event(index, parts=2, sessions_per_part=5, people=20, booths=13)
    large = full_event(index, days=2, parts=4, sessions_per_part=25, people=60, booths=40)

    assert (len(session_ids(small)), len(session_ids(large))) == (10, 200)
    counts = (cold_agenda_count(client, small), cold_agenda_count(client, large))
    # Rendered (after a purge): the site and the route, the specific page, the
    # view-restriction checks, the menu, footer, settings, feed and language links;
    # the organizers, the documents, the agenda's people, their organizations
    # and materials; whether there are booths. The same for 10 or 200 sessions.
    assert counts == (18, 18)
    assert max(counts) <= MAX_QUERIES
    # From the page cache: none.
    for page in (small, large):
        client.get(page.url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(page.url)[HIT_HEADER] == "hit"
        assert len(queries) == 0


def test_every_session_is_in_the_agenda_once_placed_in_the_timetable(client, index):
    page = make_event(index, days=2, parts=2, sessions_per_part=3, people=6)
    # The list goes day by day, part by part.
    agenda = build_agenda(page)
    ids = [s.id for day in agenda.days for part in day.parts for s in part.sessions]

    content = html(client.get(page.url))

    assert re.findall(r'<li class="session[^"]*" id="session-([\w-]+)"', content) == ids
    # One markup: each session once, with its place in the day's timetable grid.
    placed = re.findall(r'id="session-([\w-]+)" data-session-id="[\w-]+" data-row="\d+"', content)
    assert placed == ids
    # A star button per session, hidden until the script shows it.
    stars = re.findall(
        r'<button type="button" class="star-toggle" aria-pressed="false"[^>]*>', content
    )
    assert len(stars) == len(ids)
    assert all(" hidden>" in star for star in stars)
    assert content.count('<div class="agenda-day__sessions timetable">') == 2
    assert f'data-storage-key="madang:agenda:{page.translation_key}"' in content


def test_timetable_has_rooms_as_columns_and_time_slots_as_rows(client, index):
    page = make_event(index, parts=2, sessions_per_part=2, people=2)
    agenda = build_agenda(page)

    content = html(client.get(page.url))

    rooms = re.findall(
        r'<p class="timetable__room" aria-hidden="true" data-col="(\d)">([^<]+)</p>', content
    )
    assert rooms == [("2", "101호"), ("3", "202호")]
    rows = re.findall(
        r'<p class="timetable__time[^"]*" aria-hidden="true" data-row="(\d+)">(.*?)</p>', content
    )
    # Two 40-minute sessions with a 5-minute gap between them, which gets a row of its own.
    assert [(row, re.sub(r"<[^>]+>", "", text)) for row, text in rows] == [
        ("2", "09:00–09:40"),
        ("3", "09:40–09:45"),
        ("4", "09:45–10:25"),
    ]
    assert content.count('<p class="timetable__time timetable__gap"') == 1
    # Each part's sessions in its room's column, each in the row of its slot.
    places = dict(
        re.findall(
            r'id="session-([\w-]+)" data-session-id="[\w-]+" (data-row="\d+" data-col="\d+")',
            content,
        )
    )
    first, second = agenda.days[0].parts
    assert [places[s.id] for s in first.sessions + second.sessions] == [
        'data-row="2" data-col="2"',
        'data-row="4" data-col="2"',
        'data-row="2" data-col="3"',
        'data-row="4" data-col="3"',
    ]


def tokyo_event(index):
    return make_event(
        index,
        parts=1,
        sessions_per_part=1,
        people=1,
        time_zone="Asia/Tokyo",
        first_date=datetime.date(2030, 5, 1),
    )


def test_times_are_in_the_event_time_zone(client, index):
    page = tokyo_event(index)

    content = html(client.get(page.url))

    assert (
        '<time datetime="2030-05-01T09:00:00+09:00" data-event-time="datetime">'
        "2030년 5월 1일 09:00</time>"
    ) in content
    # The zone is named in the reader's language, not as its IANA id.
    assert "(<span data-event-zone>일본 표준시</span>)" in content
    assert 'data-event-time-zone="Asia/Tokyo"' in content
    assert "data-time-zone-switch hidden" in content


def test_japanese_event_pages_name_the_time_zone_in_full_width_parentheses(client, index):
    page = tokyo_event(index)
    translate_page(index, "ja")
    japanese = translate_page(page, "ja", title="共に支え合う：全国大会")

    content = html(client.get(japanese.url))

    # As the registration pages and mails write it: "09:00（日本標準時）".
    assert '<span class="event-tz">（<span data-event-zone>日本標準時</span>）</span>' in content
    assert '</time><span class="event-tz">（' in content
    assert '<span class="event-tz">(' not in content


def test_registration_button_qr_code_and_calendar_links(client, index):
    page = full_event(index, parts=1, sessions_per_part=2, people=2, booths=1)
    first = session_ids(page)[0]

    content = html(client.get(page.url))

    assert '<a class="button register__button" href="https://example.org/register">' in content
    assert f'<img src="{page.url}qr/"' in content
    assert f'href="{page.url}calendar/"' in content
    assert f'href="{page.url}sessions/{first}/calendar/"' in content
    assert 'href="https://calendar.google.com/calendar/render?action=TEMPLATE' in content
    assert f'data-calendar-url="{page.url}my-agenda/"' in content
    assert "10,000원" in content
    assert "자료집 0" in content and "자료집 1" in content
    assert f'href="{page.url}speakers/"' in content
    assert f'href="{page.url}booths/"' in content


def test_closed_registration_shows_no_button(client, index):
    page = make_event(
        index,
        parts=1,
        sessions_per_part=1,
        people=0,
        booths=0,
        registration_url="https://example.org/register",
        registration_deadline=timezone.now() - datetime.timedelta(days=1),
    )

    content = html(client.get(page.url))

    assert '<span class="register__closed">' in content
    assert "register__button" not in content
    assert "/qr/" not in content


def test_event_without_registration_fee_or_booths(client, index):
    page = make_event(index, parts=1, sessions_per_part=1, people=0, booths=0)

    response = client.get(page.url)
    content = html(response)

    assert "register__" not in content
    assert "/qr/" not in content
    assert response.context["organizers"] == []
    event_agenda = response.context["event_agenda"]
    assert (event_agenda.has_speakers, event_agenda.has_booths) == (False, False)
    assert f'href="{page.url}booths/"' not in content


# Speakers ----------------------------------------------------------------------


def test_speakers_lists_everyone_in_the_agenda_once_with_their_roles(client, index):
    people = [
        Person.objects.create(name=f"사람{n}", name_romanized=f"Saram {n}", locale=index.locale)
        for n in range(6)
    ]
    Person.objects.create(name="다른 사람", locale=index.locale)  # in no agenda
    page = make_event(index, parts=2, sessions_per_part=5, people=people)

    response = client.get(f"{page.url}speakers/")

    assert response.status_code == 200
    agenda = build_agenda(page)
    expected = agenda.people
    speakers = response.context["speakers"]
    assert [s.person.pk for s in speakers] == [p.pk for p in expected]
    assert sorted(s.person.name for s in speakers) == [f"사람{n}" for n in range(6)]
    roles = {
        p.pk: sorted(
            {e.role_label for s in agenda.sessions for e in s.people if e.person.pk == p.pk}
        )
        for p in expected
    }
    assert {s.person.pk: sorted(s.roles) for s in speakers} == roles
    content = html(response)
    assert "다른 사람" not in content
    for person in expected:
        assert f'href="{page.url}speakers/{person.pk}/"' in content


def test_speakers_page_query_count_does_not_grow_with_people(client, index):
    photo = Image.objects.create(title="사진", file=get_test_image_file())
    small = make_event(index, parts=1, sessions_per_part=4, people=3, booths=0)
    large = make_event(index, parts=4, sessions_per_part=10, people=30, booths=0)
    Person.objects.update(photo=photo)

    assert warm_count(client, f"{small.url}speakers/") == warm_count(
        client, f"{large.url}speakers/"
    )


def test_speaker_page_shows_their_sessions(client, index):
    page = make_event(index, parts=2, sessions_per_part=5, people=4)
    agenda = build_agenda(page)
    person = agenda.people[0]
    expected = [s.id for s in agenda.sessions_of(person)]

    response = client.get(f"{page.url}speakers/{person.pk}/")

    assert response.status_code == 200
    assert response.context["speaker"].person.pk == person.pk
    assert [item.session.id for item in response.context["speaker_sessions"]] == expected
    content = html(response)
    for session_id in expected:
        assert f'href="{page.url}#session-{session_id}"' in content
    assert f"<h1>{person.name}" in content


def test_speaker_page_is_404_for_someone_not_in_this_agenda(client, index):
    page = make_event(index, parts=1, sessions_per_part=2, people=2)
    other_event = make_event(index, parts=1, sessions_per_part=2, people=2)
    outsider = build_agenda(other_event).people[0]

    assert client.get(f"{page.url}speakers/{outsider.pk}/").status_code == 404
    assert client.get(f"{page.url}speakers/999999/").status_code == 404
    assert client.get(f"{page.url}speakers/not-a-number/").status_code == 404


# Booths ------------------------------------------------------------------------


def booth_numbers(response):
    return [booth.number for booth in response.context["booths"]]


def test_booths_lists_every_booth_in_order_with_markers(client, index):
    page = full_event(index, parts=1, sessions_per_part=1, people=1, booths=8)

    response = client.get(f"{page.url}booths/")

    assert response.status_code == 200
    numbers = [f"A-{n:02d}" for n in range(1, 9)]
    assert booth_numbers(response) == numbers
    content = html(response)
    assert (
        re.findall(
            r'<a class="floor-map__marker" id="marker-\d+" href="#booth-\d+"[^>]*>'
            r'<span aria-hidden="true">([^<]+)<',
            content,
        )
        == numbers
    )
    # The markers are placed by a style element carrying the CSP nonce, not style attributes.
    assert "--x: 5.00%; --y: 10.00%; }" in content
    assert "style=" not in content
    assert [value for value, _label in response.context["categories"]] == [
        "cooperative",
        "public",
        "care",
        "health",
        "education",
        "other",
    ]


def test_booths_filtered_by_category(client, index):
    page = make_event(index, parts=1, sessions_per_part=1, people=1, booths=13)

    response = client.get(f"{page.url}booths/", {"category": "care"})

    # Categories cycle over six values: booths 3, 9 and 15 (of 13) are "care".
    assert booth_numbers(response) == ["A-03", "A-09"]
    assert response.context["category"] == "care"
    assert '<a href="?category=care" aria-current="true">' in html(response)


def test_unknown_booth_category_is_ignored(client, index):
    page = make_event(index, parts=1, sessions_per_part=1, people=1, booths=3)

    response = client.get(f"{page.url}booths/", {"category": "<script>"})

    assert response.status_code == 200
    assert booth_numbers(response) == ["A-01", "A-02", "A-03"]
    assert response.context["category"] == ""


def test_known_category_without_booths_lists_none(client, index):
    page = make_event(index, parts=1, sessions_per_part=1, people=1, booths=2)

    response = client.get(f"{page.url}booths/", {"category": BoothCategory.HEALTH})

    assert booth_numbers(response) == []
    assert response.context["booth_count"] == 2


def test_booths_page_query_count_does_not_grow_with_booths(client, index):
    logo = Image.objects.create(title="로고", file=get_test_image_file())
    small = full_event(index, parts=1, sessions_per_part=1, people=1, booths=2)
    large = full_event(index, parts=1, sessions_per_part=1, people=1, booths=30)
    Organization.objects.update(logo=logo)

    assert warm_count(client, f"{small.url}booths/") == warm_count(client, f"{large.url}booths/")


def test_event_page_model_selects_host_and_floor_map():
    assert EventPage.serve_select_related == ["host", "floor_map"]


def test_agenda_html_is_cached_until_the_next_publish(client, index):
    page = make_event(index, parts=1, sessions_per_part=2, people=1, booths=0)
    assert "개회식 (1-1-1)" in html(client.get(page.url))

    agenda = page.agenda.raw_data
    agenda[0]["value"]["parts"][0]["value"]["sessions"][0]["value"]["title"] = "새 제목"
    page.agenda = agenda
    page.save_revision().publish()

    content = html(client.get(page.url))
    assert ("새 제목" in content, "개회식 (1-1-1)" in content) == (True, False)


def test_preview_shows_the_draft_agenda_not_the_cached_one(client, index):
    page = make_event(index, parts=1, sessions_per_part=2, people=1, booths=0)
    client.get(page.url)  # the live agenda is now cached
    agenda = page.agenda.raw_data
    agenda[0]["value"]["parts"][0]["value"]["sessions"][0]["value"]["title"] = "초안 제목"
    page.agenda = agenda
    page.save_revision()  # a draft, not published

    response = page.make_preview_request()

    assert response.status_code == 200
    assert "초안 제목" in html(response.render())
    assert "초안 제목" not in html(client.get(page.url))


def test_agenda_block_templates_render_days_parts_sessions_and_people(index):
    page = make_event(index, parts=2, sessions_per_part=2, people=4, booths=0, with_materials=True)
    agenda = build_agenda(page)

    content = "".join(block.render() for block in page.agenda)

    assert content.count('<section class="agenda-day">') == 1
    assert content.count('<section class="agenda-part">') == 2
    titles = re.findall(r'<h5 class="session__title">([^<]+)</h5>', content)
    assert titles == [s.title for part in agenda.days[0].parts for s in part.sessions]
    speakers = [e for s in agenda.sessions for e in s.people if e.role == "speaker"]
    assert len(speakers) == 2  # two case presentations
    role = f'<span class="session__role">{speakers[0].role_label}</span>'
    assert content.count(role) == len(speakers)
    assert "발표 자료" in content


def test_stars_are_shared_by_every_language_of_an_event(client, index, home_pages):
    page = make_event(index, parts=1, sessions_per_part=2, people=1, booths=0)
    translate_page(index, "en")
    english = translate_page(page, "en", title="Caring together: national conference")

    korean_html, english_html = html(client.get(page.url)), html(client.get(english.url))

    def storage_key(content):
        return re.search(r'data-storage-key="([^"]+)"', content).group(1)

    def list_ids(content):
        return re.findall(r'<li class="session[^"]*" id="session-([\w-]+)"', content)

    assert english.url == f"/en/events/{page.slug}/"
    assert storage_key(english_html) == storage_key(korean_html)
    assert list_ids(english_html) == list_ids(korean_html)
    assert '<html lang="en">' in english_html
