"""The delegate's page on a phone with the network switched off (issue 13, item 1).

A Korean delegate of a tour in Japan opens their page once online; their
page's own service worker keeps it. With the network off (Playwright's offline
mode) the page still reads: the itinerary with the driver card in Japanese,
the help numbers and the check-in QR code, with an "updated at" line and a
note that this is the saved copy. Another person's page is not served from
it. Back online, the page refreshes itself.
"""

import time
from dataclasses import dataclass

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.browser.conftest import CHROMIUM, chromium_page

if not CHROMIUM.exists():
    pytest.skip(
        "Debian's Chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
        allow_module_level=True,
    )

pytestmark = [pytest.mark.browser]

PHONE = {"width": 390, "height": 844}


@dataclass(frozen=True)
class Delegates:
    url: str
    own: str  # the delegate's page path
    other: str  # another delegate's page path
    code: str


@pytest.fixture
def delegates(django_db_serialized_rollback, transactional_db, live_server, home_pages):
    from django.core.cache import cache

    from madang.registrations.tokens import manage_token
    from tests.registrations.factories import register
    from tests.tours.factories import TourIndexPageFactory, make_tour_abroad

    home = home_pages["ko"]
    tour = make_tour_abroad(TourIndexPageFactory(parent=home, locale=home.locale))
    registrable = tour.get_registrable()
    own = register(registrable, name="김민지", name_romanized="Kim Minji")
    other = register(registrable, name="이서준", name_romanized="Lee Seojun")
    cache.clear()
    return Delegates(
        url=live_server.url,
        own=f"/ko/registration/{manage_token(own)}/",
        other=f"/ko/registration/{manage_token(other)}/",
        code=own.code,
    )


@pytest.fixture
def phone(delegates):
    with chromium_page() as page:
        page.set_viewport_size(PHONE)
        yield page


def until(page, expression, arg=None, timeout=30):
    """Wait until ``expression`` is true in the page. Playwright's ``wait_for_function``
    evaluates a string, which the page's Content-Security-Policy (no 'unsafe-eval')
    forbids; ``evaluate`` goes through the DevTools protocol, which the policy allows."""
    deadline = time.monotonic() + timeout
    while not _evaluate(page, expression, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {expression}")
        page.wait_for_timeout(100)


def _evaluate(page, expression, arg):
    try:
        return page.evaluate(expression, arg)
    except PlaywrightError as error:  # the page is navigating (reloading): ask again
        if "Execution context was destroyed" not in str(error):
            raise
        return False


KEPT = """async (scope) => {
    const cache = await caches.open("madang-delegate:" + scope);
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
}"""


def test_the_delegates_page_reads_offline_with_itinerary_driver_card_and_qr(phone, delegates):
    page = phone
    page.goto(delegates.url + delegates.own)
    until(page, "navigator.serviceWorker.controller !== null")
    until(
        page,
        """async ([scope, css]) => {
            const cache = await caches.open("madang-delegate:" + scope);
            const kept = (await cache.keys()).map((request) => new URL(request.url).pathname);
            return kept.includes(scope) && kept.includes(scope + "qr/") && kept.includes(css);
        }""",
        arg=[delegates.own, "/static/css/registrations.css"],
    )

    page.context.set_offline(True)
    response = page.reload()

    assert response.from_service_worker
    assert page.evaluate("fetch('/ko/').then(() => 'online', () => 'offline')") == "offline"
    assert page.locator("[data-offline-note]").is_visible()
    assert page.locator("[data-offline-note]").inner_text() == (
        "지금은 오프라인입니다. 이 휴대전화에 저장된 사본을 보고 계시며, "
        "다시 연결되면 새로 고쳐집니다."
    )
    assert page.locator(".updated-at").inner_text().endswith("에 업데이트됨")
    assert page.locator("#delegate-itinerary-heading").inner_text() == "나의 일정"
    page.locator(".driver-card summary").first.click()
    card = page.locator(".driver-card__text").first
    assert card.get_attribute("lang") == "ja"
    assert card.inner_text() == (
        "この場所までお願いします。\n\n医療生協さいたま 本部\n埼玉県さいたま市浦和区 1-2-3"
    )
    assert page.locator(".delegate-help__numbers").inner_text() == "경찰: 110\n화재·구급: 119"
    qr = page.locator(".checkin-qr img")
    assert qr.evaluate("img => img.complete && img.naturalWidth") == 200
    assert delegates.code in page.locator(".checkin-qr figcaption").inner_text()
    # The stylesheet came from the worker's copy too.
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.driver-card__place')).fontWeight")
        == "700"
    )

    # Another person's page is never answered from this one's copy.
    tab = page.context.new_page()
    with pytest.raises(Exception, match="ERR_INTERNET_DISCONNECTED"):
        tab.goto(delegates.url + delegates.other)
    tab.close()
    page.evaluate("window.stale = true")

    page.context.set_offline(False)
    until(page, "window.stale === undefined")  # reloaded when back online
    assert page.locator("[data-offline-note]").is_hidden()
