"""A Japanese delegation registers for the Saitama demo tour on a phone.

A delegate opens the demo's Saitama tour in Japanese on a phone-sized window,
follows "register a delegation", registers a delegation of three (the head
joins the optional stop), receives the mails (anymail's test backend, whose
outbox lives in this process, like the live server), opens the link in the
first mail, which confirms the address and lands on the self-service page
with their own itinerary, and downloads that itinerary as .ics. Axe finds no
WCAG 2.2 A/AA problem on the tour page, the delegation form or the
self-service page.

Playwright starts only after the database work is done, and the database is
read again only once the browser is closed (see conftest.py).
"""

import datetime
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.browser.conftest import AXE_OPTIONS, CHROMIUM, chromium_page

if not CHROMIUM.exists():
    pytest.skip(
        "Debian's Chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
        allow_module_level=True,
    )

from axe_playwright_python.sync_playwright import Axe  # noqa: E402

pytestmark = [pytest.mark.browser]

PHONE = {"width": 390, "height": 844}
# Set MADANG_SCREENSHOT_DIR to keep a full-page screenshot of every checked page.
SCREENSHOT_DIR = os.environ.get("MADANG_SCREENSHOT_DIR")

ORGANIZATION = "医療生協さいたま 研修参加者の会"
HEAD = {"name": "山田花子", "name_romanized": "Yamada Hanako", "email": "hanako@example.org"}
MEMBERS = [
    {"name": "佐藤一郎", "email": "ichiro@example.org"},
    {"name": "鈴木美咲", "email": "misaki@example.org"},
]


@dataclass(frozen=True)
class TourSite:
    url: str  # the live server, without a trailing slash
    tour: str  # path of the Japanese Saitama tour
    key: str  # the tour's translation key (the registrable's key)
    optional_stop: str  # Japanese title of the optional stop the head joins
    optional_stop_ko: str  # its Korean title (the engine's activity row)
    own_stops: list  # the head's stop ids, in itinerary order
    time_zone: str


def shift_dates(page, years):
    """Move a tour page ``years`` later: its first and last day and every itinerary day."""
    page.start_date = page.start_date.replace(year=page.start_date.year + years)
    page.end_date = page.end_date.replace(year=page.end_date.year + years)
    itinerary = page.itinerary.raw_data
    for day in itinerary:
        date = datetime.date.fromisoformat(day["value"]["date"])
        day["value"]["date"] = date.replace(year=date.year + years).isoformat()
    page.itinerary = itinerary


@pytest.fixture
def tour_site(changed_demo_site):
    """The demo content (loaded once for the browser tests that read it, which run
    before this one: see tests/browser/conftest.py), with the Saitama tour moved to
    next year."""
    from django.core import mail
    from django.core.cache import cache
    from django.utils import timezone

    from madang.core.demo.build import demo_key
    from tours.models import TourPage

    key = demo_key("tour-saitama-2015")
    original = TourPage.objects.get(translation_key=key, locale__language_code="ko")
    # The demo tour took place in July 2015, so its registration is closed. The
    # test registers as a delegate would have before it happened: the tour (in
    # every language) moves to the same days of next year. Publishing the
    # Korean original re-syncs the registrable's dates, so it takes
    # registrations again.
    years = timezone.localdate().year + 1 - original.start_date.year
    for page in TourPage.objects.filter(translation_key=key).order_by("-locale__language_code"):
        shift_dates(page, years)
        page.save_revision().publish()
    japanese = TourPage.objects.get(translation_key=key, locale__language_code="ja")
    itinerary = japanese.tour_itinerary()
    [optional, *_others] = itinerary.optional_stops
    cache.clear()
    # The demo's own delegations were mailed while it loaded; only ours count here.
    mail.outbox.clear()
    return TourSite(
        url=changed_demo_site.url,
        tour=japanese.url,
        key=str(key),
        optional_stop=optional.title,
        optional_stop_ko=original.tour_itinerary().stop(optional.id).title,
        own_stops=itinerary.stop_ids_for([optional.id]),
        time_zone=japanese.time_zone,
    )


def violations(page):
    if SCREENSHOT_DIR:
        number = len(list(Path(SCREENSHOT_DIR).glob("tour-registration-*.png")))
        path = Path(SCREENSHOT_DIR) / f"tour-registration-{number:02}.png"
        page.screenshot(path=str(path), full_page=True)
    found = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    return [
        (violation["id"], [" ".join(node["target"]) for node in violation["nodes"]])
        for violation in found
    ]


def no_sideways_scrolling(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def fill_delegation(page, site):
    page.fill("#id_delegation-organization", ORGANIZATION)
    page.fill("#id_head-name", HEAD["name"])
    page.fill("#id_head-name_romanized", HEAD["name_romanized"])
    page.fill("#id_head-email", HEAD["email"])
    page.fill("#id_head-phone", "090-0000-0000")
    page.fill("#id_head-role", "理事")
    page.select_option("#id_head-country", "JP")
    page.select_option("#id_head-interpretation_language", "ko")
    page.get_by_label(site.optional_stop, exact=True).check()
    page.check("#id_head-consent")
    for index, member in enumerate(MEMBERS):
        page.fill(f"#id_members-{index}-name", member["name"])
        page.fill(f"#id_members-{index}-email", member["email"])


def test_a_delegation_of_three_registers_for_the_saitama_tour_in_japanese_on_a_phone(
    tour_site, tmp_path, mailoutbox
):
    with chromium_page() as page:
        page.set_viewport_size(PHONE)
        ics = register_and_download(page, tour_site, mailoutbox, tmp_path)

    # The browser is closed: the database can be read again.
    from madang.registrations.models import Registration

    assert {
        r.email: (r.language, r.status, r.is_head, r.organization)
        for r in Registration.objects.filter(delegation__organization=ORGANIZATION)
    } == {
        HEAD["email"]: ("ja", "confirmed", True, ORGANIZATION),
        MEMBERS[0]["email"]: ("ja", "unverified", False, ORGANIZATION),
        MEMBERS[1]["email"]: ("ja", "unverified", False, ORGANIZATION),
    }
    head = Registration.objects.get(email=HEAD["email"])
    assert [(b.activity.title, b.status) for b in head.bookings.all()] == [
        (tour_site.optional_stop_ko, "confirmed")
    ]

    from icalendar import Calendar

    calendar = Calendar.from_ical(ics)
    events = calendar.walk("VEVENT")
    assert [str(e["UID"]).split("-stop-")[1][:36] for e in events] == tour_site.own_stops
    assert {e["DTSTART"].params["TZID"] for e in events} == {tour_site.time_zone}
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == [tour_site.time_zone]
    assert str(calendar["PRODID"]) == "-//Madang//Study tours//JA"


def register_and_download(page, site, mailoutbox, folder):
    """The delegate's steps in the browser; returns the downloaded .ics (saved in ``folder``:
    the browser runs in a process of its own)."""

    # The Japanese tour page says how many seats are left, and links to the forms.
    page.goto(site.url + site.tour, wait_until="load")
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.locator(".tour-actions .registration-status").is_visible() is True
    assert no_sideways_scrolling(page) is True
    assert violations(page) == []

    page.locator("a.register__delegation").click()
    page.wait_for_url(f"{site.url}/ja/register/{site.key}/delegation/")
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.locator("#id_head-correspondence_language").input_value() == "ja"
    assert no_sideways_scrolling(page) is True
    assert violations(page) == []

    fill_delegation(page, site)
    page.locator("form.registration-form button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/thanks/\?r=.*"))
    assert page.locator(".registration-done li").count() == 3
    assert violations(page) == []

    # One mail each, in Japanese, with its own link; the head's comes first.
    assert [message.to for message in mailoutbox] == [
        [HEAD["email"]],
        [MEMBERS[0]["email"]],
        [MEMBERS[1]["email"]],
    ]
    confirm = re.search(r"https?://\S+/registration/confirm/\S+", mailoutbox[0].body).group(0)
    assert "/ja/registration/confirm/" in confirm
    confirm = site.url + "/" + confirm.split("/", 3)[3]

    # The link confirms the address and opens the head's own page, with their itinerary.
    page.goto(confirm, wait_until="load")
    assert re.search(r"/ja/registration/[^/]+/$", page.url)
    assert page.locator(".registration-status--confirmed").is_visible() is True
    itinerary = page.locator(".delegate-itinerary")
    assert itinerary.is_visible() is True
    assert itinerary.locator("li").count() == len(site.own_stops)
    assert itinerary.get_by_text(site.optional_stop, exact=True).is_visible() is True
    assert no_sideways_scrolling(page) is True
    assert violations(page) == []

    # The head's own itinerary as a calendar file.
    with page.expect_download() as download_info:
        page.locator(".registration-actions a[href$='/calendar/']").click()
    download = download_info.value
    assert download.suggested_filename == "invite.ics"
    saved = folder / download.suggested_filename
    download.save_as(saved)
    return saved.read_bytes()
