"""The event page in a real browser: a Gwangju-like conference in Korean on a phone.

A visitor reads the agenda list, stars two sessions, downloads the .ics of
their own agenda, and axe finds no WCAG A/AA problem; the timetable on a wide
screen, the speakers and the booths are checked with axe too.

The event is built with the test factory, once for the module's tests, which
only read it. Playwright starts only after the database work is done (see
conftest.py).
"""

import datetime
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.conftest import AXE_OPTIONS, CHROMIUM, chromium_page

if not CHROMIUM.exists():
    pytest.skip(
        "Debian's Chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
        allow_module_level=True,
    )

from axe_playwright_python.sync_playwright import Axe  # noqa: E402
from icalendar import Calendar  # noqa: E402

# One worker builds the module's conference once (``event_site``) and runs them all.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("event_site")]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@dataclass(frozen=True)
class EventSite:
    url: str  # the live server, without a trailing slash
    event: str  # path of the event page
    list_titles: list  # session titles in the order of the agenda list
    list_ids: list  # session ids in the same order


@pytest.fixture(scope="module")
def event_site(served_content):
    """A Korean conference in Gwangju over two days, served by a live server of its own:
    built once for the module, whose tests only read it (tests/browser/conftest.py)."""
    with served_content() as server:
        yield build_event_site(server)


def build_event_site(server):
    from django.core.cache import cache
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    from events.agenda import build_agenda
    from madang.people.models import Organization
    from tests.events.factories import EventIndexPageFactory, make_event
    from tests.factories import make_home_pages

    home = make_home_pages()["ko"]
    index = EventIndexPageFactory(parent=home, locale=home.locale)
    host = Organization.objects.create(
        name="광주광역시", name_romanized="Gwangju Metropolitan City", locale=home.locale
    )
    page = make_event(
        index,
        title="2026 함께 여는 돌봄의 시대 전국대회",
        slug="gwangju-2026",
        first_date=datetime.date(2030, 2, 26),
        days=2,
        parts=4,
        sessions_per_part=4,
        people=20,
        booths=13,
        with_materials=True,
        host=host,
        floor_map=Image.objects.create(title="전시장 배치도", file=get_test_image_file()),
        registration_url="https://example.org/gwangju-2026/register",
        fee="2만 원 (조합원 무료)",
        contact_name="대회 사무국",
        contact_email="office@example.org",
    )
    agenda = build_agenda(page)
    sessions = [s for day in agenda.days for part in day.parts for s in part.sessions]
    cache.clear()
    return EventSite(
        url=server.url,
        event=page.url,
        list_titles=[s.title for s in sessions],
        list_ids=[s.id for s in sessions],
    )


@pytest.fixture
def browser_page(event_site):
    """A page in a fresh browser context, opened after the event is built."""
    with chromium_page(timezone_id="Europe/Berlin") as page:
        yield page


def open_page(page, url, viewport):
    page.set_viewport_size(viewport)
    response = page.goto(url, wait_until="load")
    assert (url, response.status) == (url, 200)


def violations(page):
    """Axe's violations as (rule, [targets]) pairs, empty when there are none."""
    found = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    return [
        (violation["id"], [" ".join(node["target"]) for node in violation["nodes"]])
        for violation in found
    ]


def star(page, session_id):
    return page.locator(f"#session-{session_id} button.star-toggle")


def test_phone_visitor_reads_the_agenda_stars_sessions_and_downloads_them(event_site, browser_page):
    page = browser_page
    url = event_site.url + event_site.event
    open_page(page, url, PHONE)

    # The agenda is a list on a phone: no timetable headings, parts one below the other.
    assert page.locator(".agenda-part__heading").first.is_visible() is True
    assert page.locator(".timetable__room").first.is_visible() is False
    titles = page.locator(".agenda .session__title").all_inner_texts()
    assert titles == event_site.list_titles
    agenda = page.locator("[data-agenda]")
    label_add = agenda.get_attribute("data-label-add")
    label_added = agenda.get_attribute("data-label-added")

    # The star buttons appear with JavaScript, not pressed; the panel is empty.
    first, second = event_site.list_ids[1], event_site.list_ids[5]
    assert star(page, first).is_visible() is True
    assert star(page, first).get_attribute("aria-pressed") == "false"
    assert star(page, first).inner_text() == label_add
    assert page.locator("[data-my-agenda]").is_visible() is True
    assert page.locator("[data-my-agenda-download]").is_visible() is False

    star(page, second).click()
    star(page, first).click()

    pressed = page.locator(".agenda button.star-toggle[aria-pressed='true']")
    assert pressed.count() == 2
    assert [star(page, i).get_attribute("aria-pressed") for i in (first, second)] == [
        "true",
        "true",
    ]
    assert star(page, first).inner_text() == label_added
    status = page.locator("[data-agenda-status]").inner_text()
    assert status == agenda.get_attribute("data-message-added").replace(
        "{title}", event_site.list_titles[1]
    )
    assert page.locator("[data-my-agenda-list] a").all_inner_texts() == [
        event_site.list_titles[1],
        event_site.list_titles[5],
    ]

    # The download link names exactly the two sessions, in agenda order.
    link = page.locator("[data-my-agenda-download] a")
    assert link.is_visible() is True
    href = link.get_attribute("href")
    parts = urlsplit(href)
    assert parts.path == f"{event_site.event}my-agenda/"
    assert parse_qs(parts.query) == {"sessions": [f"{first},{second}"]}

    response = page.request.get(event_site.url + href)
    assert response.status == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.body())
    events = calendar.walk("VEVENT")
    assert len(events) == 2
    # Each event's UID is built on its session's id.
    uids = [str(event["UID"]) for event in events]
    assert sorted(i for i in (first, second) for uid in uids if i in uid) == sorted([first, second])

    assert violations(page) == []

    # The stars are kept in the browser: still there after a reload.
    open_page(page, url, PHONE)
    assert [star(page, i).get_attribute("aria-pressed") for i in (first, second)] == [
        "true",
        "true",
    ]

    # Unstarring one updates the link.
    star(page, first).click()
    assert star(page, first).get_attribute("aria-pressed") == "false"
    assert parse_qs(urlsplit(link.get_attribute("href")).query) == {"sessions": [second]}


def test_the_agenda_controls_are_drawn_before_the_script_runs_and_never_without_it(event_site):
    url = event_site.url + event_site.event
    controls = ("[data-time-zone-switch]", "[data-my-agenda]", "button.star-toggle")

    # Scripts on: the style shows them from the first paint, so nothing moves when
    # personal-agenda.js starts (here it never arrives).
    with chromium_page() as page:
        page.route("**/personal-agenda*.js", lambda route: route.abort())
        open_page(page, url, PHONE)
        assert [page.locator(control).first.is_visible() for control in controls] == [True] * 3

    # Scripts off: nothing to use, nothing shown.
    with chromium_page(java_script_enabled=False) as page:
        open_page(page, url, PHONE)
        assert [page.locator(control).first.is_visible() for control in controls] == [False] * 3


def test_times_can_be_shown_in_the_visitors_time_zone(event_site, browser_page):
    page = browser_page
    open_page(page, event_site.url + event_site.event, PHONE)
    start = page.locator(".event-facts time").first
    assert start.inner_text() == "2030년 2월 26일 09:00"
    zone = page.locator(".event-facts [data-event-zone]").first
    assert zone.inner_text() == "대한민국 표준시"  # named in the page's language, not Asia/Seoul

    toggle = page.locator("[data-time-zone-toggle]")
    toggle.click()

    # 09:00 in Seoul is 01:00 in Berlin (UTC+1 in February).
    assert toggle.get_attribute("aria-pressed") == "true"
    assert zone.inner_text() == "중부유럽 표준시"
    assert "01:00" in start.inner_text()
    assert "중부유럽 표준시" in page.locator("[data-time-zone-status]").inner_text()

    toggle.click()
    assert (start.inner_text(), zone.inner_text()) == ("2030년 2월 26일 09:00", "대한민국 표준시")


def test_timetable_speakers_and_booths_are_accessible(event_site, browser_page):
    page = browser_page
    found = {}

    open_page(page, event_site.url + event_site.event, DESKTOP)
    # The same list laid out as a timetable: room headings above, sessions side by side.
    assert page.locator(".timetable__room").first.is_visible() is True
    assert page.locator(".timetable").count() == 2
    ids = event_site.list_ids  # 4 parts of 4 sessions a day, each part in its own room
    first, later, beside = (page.locator(f"#session-{ids[i]}").bounding_box() for i in (0, 1, 4))
    assert (later["x"], later["y"] > first["y"]) == (first["x"], True)
    assert (beside["y"], beside["x"] > first["x"]) == (first["y"], True)
    found["timetable"] = violations(page)

    # A link to a session lands on it (focused, for keyboard and screen reader users).
    session_id = event_site.list_ids[6]
    page.goto(f"{event_site.url}{event_site.event}#session-{session_id}")
    focused = page.evaluate("document.activeElement.id")
    assert focused == f"session-{session_id}"

    for name in ("speakers", "booths"):
        for viewport in (PHONE, DESKTOP):
            open_page(page, f"{event_site.url}{event_site.event}{name}/", viewport)
            found[f"{name}-{viewport['width']}"] = violations(page)
    assert page.locator(".floor-map__marker").count() == 13

    # The dark colour scheme, and no horizontal scrolling at 320 CSS pixels.
    page.emulate_media(color_scheme="dark")
    for viewport in (PHONE, DESKTOP):
        open_page(page, event_site.url + event_site.event, viewport)
        found[f"dark-{viewport['width']}"] = violations(page)
    overflow = {}
    for path in ("", "speakers/", "booths/"):
        open_page(page, f"{event_site.url}{event_site.event}{path}", {"width": 320, "height": 640})
        overflow[path] = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )

    assert found == dict.fromkeys(found, [])
    assert overflow == dict.fromkeys(overflow, 0)
