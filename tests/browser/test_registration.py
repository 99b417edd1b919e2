"""Registering on a phone in Korean, then the self-service page from the mail.

A delegate opens an event that takes registrations, fills the form (with a
question shown only after another is answered), sees the thanks page, opens
the link in the first mail, which confirms the address and lands on their own
page; axe finds no WCAG 2.2 A/AA problem on the form, the thanks page or the
self-service page.

The event is built with the test factories; Playwright starts only after the
database work is done (see conftest.py). Mails go to the anymail test backend,
whose outbox lives in this process, like the live server.
"""

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


@dataclass(frozen=True)
class RegistrationSite:
    url: str  # the live server, without a trailing slash
    event: str  # path of the Korean event page
    form: str  # path of the registration form
    question: str  # field name of the yes/no question
    follow_up: str  # field name of the question shown only after a yes


@pytest.fixture
def registration_site(django_db_serialized_rollback, transactional_db, live_server):
    """A Korean conference with 30 seats, email confirmation and two questions."""
    from django.core.cache import cache

    from tests.events.factories import EventIndexPageFactory
    from tests.factories import make_home_pages
    from tests.registrations.delegates import add_question
    from tests.registrations.factories import make_registrable_event

    home = make_home_pages()["ko"]
    index = EventIndexPageFactory(parent=home, locale=home.locale)
    page, registrable = make_registrable_event(
        index,
        capacity=30,
        requires_verification=True,
        title="2030 함께 여는 돌봄의 시대 전국대회",
        slug="gwangju-2030",
    )
    dinner = add_question(page, label="환영 만찬에 참석하시나요?", field_type="checkbox")
    menu = add_question(
        page,
        label="만찬 메뉴",
        field_type="radio",
        choices="일반식\n채식",
        required=True,
        show_if_question="환영 만찬에 참석하시나요?",
        show_if_value="yes",
    )
    cache.clear()
    return RegistrationSite(
        url=live_server.url,
        event=page.url,
        form=f"/ko/register/{registrable.key}/",
        question="answer_" + dinner.clean_name,
        follow_up="answer_" + menu.clean_name,
    )


@pytest.fixture
def phone(registration_site):
    with chromium_page() as page:
        page.set_viewport_size(PHONE)
        yield page


def violations(page):
    if SCREENSHOT_DIR:
        number = len(list(Path(SCREENSHOT_DIR).glob("registration-*.png")))
        path = Path(SCREENSHOT_DIR) / f"registration-{number:02}.png"
        page.screenshot(path=str(path), full_page=True)
    found = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    return [
        (violation["id"], [" ".join(node["target"]) for node in violation["nodes"]])
        for violation in found
    ]


def no_sideways_scrolling(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_delegate_registers_on_a_phone_and_manages_the_registration(
    registration_site, phone, mailoutbox
):
    site = registration_site
    page = phone

    # From the event page to the form.
    page.goto(site.url + site.event, wait_until="load")
    page.locator("a.register__button").click()
    page.wait_for_url(site.url + site.form)
    assert page.locator("html").get_attribute("lang") == "ko"
    assert no_sideways_scrolling(page) is True
    # The follow-up question appears only once the first is answered yes.
    follow_up = page.locator(f".form-field:has([name='{site.follow_up}'])")
    assert follow_up.is_visible() is False
    assert violations(page) == []

    # A form sent without the required fields says so at the top.
    page.locator("form.registration-form button[type=submit]").click()
    page.wait_for_load_state("load")
    assert page.locator(".form-errors--summary[role=alert]").is_visible() is True
    assert violations(page) == []

    page.fill("#id_name", "김민지")
    page.fill("#id_name_romanized", "Kim Minji")
    page.fill("#id_email", "minji@example.org")
    page.fill("#id_phone", "010-1234-5678")
    page.fill("#id_organization", "안산의료복지사회적협동조합")
    page.fill("#id_role", "이사")
    page.select_option("#id_country", "KR")
    page.select_option("#id_interpretation_language", "ja")
    page.check(f"[name='{site.question}']")
    assert follow_up.is_visible() is True
    page.locator(f"[name='{site.follow_up}'][value='채식']").check()
    page.check("#id_consent")
    page.locator("form.registration-form button[type=submit]").click()

    # The thanks page.
    page.wait_for_url(re.compile(r".*/thanks/\?r=.*"))
    assert page.locator(".registration-done li").inner_text().startswith("김민지")
    assert violations(page) == []

    # The mail's first link confirms the address and opens the delegate's own page.
    [message] = mailoutbox
    assert message.to == ["minji@example.org"]
    confirm = re.search(r"https?://\S+/registration/confirm/\S+", message.body).group(0)
    confirm = site.url + "/" + confirm.split("/", 3)[3]
    page.goto(confirm, wait_until="load")
    assert "/ko/registration/" in page.url
    assert page.locator(".registration-status--confirmed").is_visible() is True
    assert page.locator(".checkin-qr img").evaluate("img => img.naturalWidth > 0") is True
    assert no_sideways_scrolling(page) is True
    assert violations(page) == []

    # The change form, from the same page.
    page.locator(".registration-actions a[href$='/change/']").click()
    page.wait_for_load_state("load")
    assert page.locator("#id_name").input_value() == "김민지"
    assert violations(page) == []

    # The delegation form, for a head registering several members.
    page.goto(site.url + site.form + "delegation/", wait_until="load")
    assert page.locator("fieldset.member").count() == 2
    assert no_sideways_scrolling(page) is True
    assert violations(page) == []
