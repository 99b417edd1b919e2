"""The tour page in a real browser: a past tour with its report, on a phone and a desktop.

Axe finds no WCAG A/AA problem in either; printed, the page is a plain
itinerary without links to calendars or in-page navigation. The tour is built
with the test factory; Playwright starts only after the database work is
done (see tests/browser/conftest.py).
"""

import datetime
from dataclasses import dataclass

import pytest

from tests.browser.conftest import AXE_OPTIONS, CHROMIUM, chromium_page

if not CHROMIUM.exists():
    pytest.skip(
        "Debian's Chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
        allow_module_level=True,
    )

from axe_playwright_python.sync_playwright import Axe  # noqa: E402

pytestmark = [pytest.mark.browser]

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


@dataclass(frozen=True)
class TourSite:
    url: str
    tour: str
    index: str
    stops: int


@pytest.fixture
def tour_site(django_db_serialized_rollback, transactional_db, live_server):
    from django.core.cache import cache
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    from tests.factories import make_home_pages
    from tests.tours.factories import TourIndexPageFactory, make_tour, stop_ids

    home = make_home_pages()["ko"]
    index = TourIndexPageFactory(parent=home, locale=home.locale)
    image = Image.objects.create(title="공원 체조", file=get_test_image_file())
    page = make_tour(
        index,
        slug="saitama-2015",
        first_date=datetime.date(2015, 7, 8),
        days=3,
        stops_per_day=4,
        optional={(1, 3)},
        themes=["governance", "members"],
        audience="안산과 시흥의 의사와 이사",
        goals=[{"type": "goal", "value": "합병의 역사 배우기"}],
        languages=["ko", "ja"],
        interpretation="한국어–일본어 통역",
        fee="3만 원",
        fee_covers=["transport", "meals"],
        visiting_rules="병실에서는 목소리를 낮춰 주세요.",
        photo_policy="환자 사진은 찍지 않습니다.",
        what_to_bring="편한 신발",
        contact_email="tours@example.org",
        report=[
            {"type": "paragraph", "value": "<p>병원과 진료소를 둘러봤습니다.</p>"},
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": "공원 체조", "caption": "공원에서"},
            },
            {
                "type": "quote",
                "value": {"text": "사람을 배우고 왔습니다.", "attribution": "방문단원"},
            },
        ],
    )
    cache.clear()
    return TourSite(url=live_server.url, tour=page.url, index=index.url, stops=len(stop_ids(page)))


@pytest.fixture
def browser_page(tour_site):
    with chromium_page() as page:
        yield page


def violations(page):
    found = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    return [
        (violation["id"], [" ".join(node["target"]) for node in violation["nodes"]])
        for violation in found
    ]


def test_tour_page_and_index_are_accessible_on_a_phone_and_a_desktop(tour_site, browser_page):
    found = {}
    for name, viewport in VIEWPORTS.items():
        browser_page.set_viewport_size(viewport)
        for path in (tour_site.tour, tour_site.index, tour_site.index + "?theme=governance"):
            response = browser_page.goto(tour_site.url + path, wait_until="load")
            assert response.status == 200
            found[(name, path)] = violations(browser_page)

    assert {key: value for key, value in found.items() if value} == {}


def test_timeline_lists_every_stop_and_prints_without_links(tour_site, browser_page):
    browser_page.set_viewport_size(VIEWPORTS["phone"])
    browser_page.goto(tour_site.url + tour_site.tour, wait_until="load")

    assert browser_page.locator(".timeline > .stop").count() == tour_site.stops
    assert browser_page.locator(".stop--optional").count() == 1
    assert browser_page.locator(".tour-day__calendar").first.is_visible()

    browser_page.emulate_media(media="print")

    assert browser_page.locator(".tour-day__calendar").first.is_visible() is False
    assert browser_page.locator(".tour-nav").is_visible() is False
    assert browser_page.locator(".timeline > .stop").first.is_visible()
