"""A delegate's whole journey on a phone, in Korean and in Japanese.

Register (with dietary needs and an optional dinner), read the mail as it is
rendered and follow its link to confirm, read the confirmation mail, change a
detail, withdraw the consent to keeping the needs, cancel, and register
again. Every page says what just happened in the delegate's language and shows
when (with the time zone named in that language) and where; axe finds no WCAG
2.2 A/AA problem on any page, nor in the mails.

The site is built with the test factories before Playwright starts (see
conftest.py); mails go to the anymail test backend, whose outbox lives in this
process like the live server, and their links point at the live server.
"""

import datetime
import os
import re
import zoneinfo
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
SCREENSHOT_DIR = os.environ.get("MADANG_SCREENSHOT_DIR")
SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")

#: What the delegate reads, per language (from the project's catalogs).
WORDS = {
    "ko": {
        "zone": "대한민국 표준시",
        "date": "2030년 5월 1일 수요일 09:00 ~ 18:00",
        "thanks": "메일을 보내 드렸습니다.",
        "confirmed": "감사합니다. 주소가 확인되어 자리가 확정되었습니다.",
        "saved": "변경 내용을 저장하고 메일을 보내 드렸습니다.",
        "withdrawn": "동의를 철회하셨습니다.",
        "cancelled": "참가 신청을 취소하고 메일을 보내 드렸습니다.",
        "again": "다시 신청하기",
        "withdraw": "동의를 철회하고 지우기",
        "name": "김민지",
        "dinner": "환영 만찬",
    },
    "ja": {
        "zone": "韓国標準時",
        "date": "2030年5月1日水曜日 09:00～18:00",
        "thanks": "メールをお送りしました。",
        "confirmed": "ありがとうございます。アドレスが確認され、お席が確定しました。",
        "saved": "変更を保存し、メールをお送りしました。",
        "withdrawn": "同意を取り消しました。",
        "cancelled": "参加申込を取り消し、メールをお送りしました。",
        "again": "もう一度申し込む",
        "withdraw": "同意を取り消して消去する",
        "name": "山田花子",
        "dinner": "歓迎夕食会",
    },
}


@dataclass(frozen=True)
class JourneySite:
    url: str
    form: str  # path of the registration form in the language


@pytest.fixture(params=["ko", "ja"])
def journey(request, django_db_serialized_rollback, transactional_db, live_server, settings):
    """A Korean conference (translated into Japanese) with email confirmation,
    a venue, a contact, and an optional dinner."""
    from django.core.cache import cache

    from tests.events.factories import EventIndexPageFactory
    from tests.factories import make_home_pages, translate_page
    from tests.registrations.delegates import add_activity
    from tests.registrations.factories import make_registrable_event

    language = request.param
    settings.SITE_URL = live_server.url  # links in mails lead to this server
    homes = make_home_pages()
    index = EventIndexPageFactory(parent=homes["ko"], locale=homes["ko"].locale)
    page, registrable = make_registrable_event(
        index,
        capacity=30,
        requires_verification=True,
        title="2030 함께 여는 돌봄의 시대 전국대회",
        slug="gwangju-2030",
        start=datetime.datetime(2030, 5, 1, 9, tzinfo=SEOUL),
        end=datetime.datetime(2030, 5, 1, 18, tzinfo=SEOUL),
        venue="김대중컨벤션센터",
        venue_address="광주광역시 서구 상무누리로 30",
        contact_name="사무국",
        contact_email="office@example.org",
    )
    add_activity(page, name="환영 만찬", capacity=20)
    if language == "ja":
        translate_page(index, "ja", slug="events")
        translated = translate_page(page, "ja", title="2030 ケアの時代をともに開く全国大会")
        activity = translated.registration_activities.get()
        activity.name = "歓迎夕食会"
        activity.save()
    cache.clear()
    return language, JourneySite(
        url=live_server.url, form=f"/{language}/register/{registrable.key}/"
    )


@pytest.fixture
def phone(journey):
    with chromium_page() as page:
        page.set_viewport_size(PHONE)
        yield page


def violations(page, label):
    if SCREENSHOT_DIR:
        page.screenshot(path=str(Path(SCREENSHOT_DIR) / f"journey-{label}.png"), full_page=True)
    found = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    return [
        (label, violation["id"], [" ".join(node["target"]) for node in violation["nodes"]])
        for violation in found
    ]


def read_mail(page, message):
    """Show a mail's HTML as a mail program would, on the phone."""
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    page.set_content(html, wait_until="load")
    return html


def fill_person(page, words, email):
    page.fill("#id_name", words["name"])
    page.fill("#id_name_romanized", "Kim Minji")
    page.fill("#id_email", email)
    page.fill("#id_organization", "안산의료복지사회적협동조합")
    page.select_option("#id_country", "KR")


def test_the_whole_journey_in_the_delegates_language(journey, phone, mailoutbox):
    language, site = journey
    words = WORDS[language]
    page = phone
    problems = []

    # 1. The form says when and where, with the time zone named in the language.
    page.goto(site.url + site.form, wait_until="load")
    assert page.locator("html").get_attribute("lang") == language
    facts = page.locator(".offering-facts").inner_text()
    assert words["date"] in facts and words["zone"] in facts
    assert "Asia/Seoul" not in page.content()
    problems += violations(page, f"{language}-form")
    fill_person(page, words, "minji@example.org")
    page.fill("#id_dietary_needs", "채식 / ベジタリアン")
    page.check("#id_sensitive_consent")
    page.locator(f"label:has-text('{words['dinner']}')").click()
    page.check("#id_consent")
    page.locator("form.registration-form button[type=submit]").click()

    # 2. The thanks page speaks to one person and repeats when and where.
    page.wait_for_url(re.compile(r".*/thanks/\?r=.*"))
    done = page.locator("main").inner_text()
    assert words["thanks"] in done and words["dinner"] in done and words["zone"] in done
    problems += violations(page, f"{language}-thanks")

    # 3. The first mail, as it is rendered: it fits a phone and its button confirms.
    [received] = mailoutbox
    html = read_mail(page, received)
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth") is True
    problems += violations(page, f"{language}-mail-received")
    page.locator("a[href*='/registration/confirm/']").click()
    page.wait_for_load_state("load")
    assert f"/{language}/registration/" in page.url
    assert page.locator(".messages").inner_text() == words["confirmed"]
    assert page.locator(".registration-status--confirmed").is_visible() is True
    assert page.locator("[data-print]").is_visible() is True
    manage = page.url
    problems += violations(page, f"{language}-confirmed")

    # 4. The confirmation mail tells when, where, the dinner and whom to ask.
    confirmed = mailoutbox[-1]
    read_mail(page, confirmed)
    text = page.locator("body").inner_text()
    for expected in (words["date"], words["zone"], "김대중컨벤션센터", words["dinner"]):
        assert expected in text
    assert "office@example.org" in text
    assert "without confirmation" not in confirmed.body
    problems += violations(page, f"{language}-mail-confirmed")
    page.locator("a[href*='/registration/']").first.click()
    page.wait_for_load_state("load")
    assert page.url.split("?")[0].rsplit("/", 2)[0] == manage.rsplit("/", 2)[0]

    # 5. Change a detail: the form shows the consent on record.
    page.locator(".registration-actions a[href$='/change/']").click()
    page.wait_for_load_state("load")
    assert page.locator("#id_sensitive_consent").is_checked() is True
    problems += violations(page, f"{language}-change")
    page.fill("#id_role", "이사")
    page.locator("form.registration-form button[type=submit]").click()
    page.wait_for_load_state("load")
    assert page.locator(".messages").inner_text() == words["saved"]

    # 6. Withdraw the consent (a ticked yes first): the needs are gone.
    page.check("#id_confirm")
    page.locator(f"button:has-text('{words['withdraw']}')").click()
    page.wait_for_load_state("load")
    assert page.locator(".messages").inner_text().startswith(words["withdrawn"])
    assert "ベジタリアン" not in page.locator("main").inner_text()
    problems += violations(page, f"{language}-withdrawn")

    # 7. Cancel: the page offers registering again, and no print or activities.
    page.locator(".registration-actions a[href$='/cancel/']").click()
    page.wait_for_load_state("load")
    problems += violations(page, f"{language}-cancel")
    page.check("#id_confirm")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state("load")
    assert page.locator(".messages").inner_text() == words["cancelled"]
    assert page.locator(".registration-status--cancelled").is_visible() is True
    assert page.locator("[data-print]").count() == 0
    assert words["dinner"] not in page.locator("main").inner_text()
    problems += violations(page, f"{language}-cancelled")

    # 8. Register again, from the cancelled page.
    page.locator(f"a:has-text('{words['again']}')").click()
    page.wait_for_url(site.url + site.form)
    fill_person(page, words, "minji@example.org")
    page.check("#id_consent")
    page.locator("form.registration-form button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/thanks/\?r=.*"))
    assert words["thanks"] in page.locator("main").inner_text()

    assert problems == []


def test_a_head_adds_and_removes_member_rows_and_registers_a_member_without_email(
    journey, phone, mailoutbox
):
    language, site = journey
    page = phone
    page.goto(site.url + site.form + "delegation/", wait_until="load")
    rows = page.locator("fieldset.member")
    assert rows.count() == 2
    problems = violations(page, f"{language}-delegation")

    page.locator("[data-add-member]").click()
    assert rows.count() == 3
    assert page.locator("#id_members-TOTAL_FORMS").input_value() == "3"
    assert page.locator("#id_members-2-name").evaluate("e => e === document.activeElement")
    rows.nth(1).locator("[data-remove-member]").click()
    assert rows.count() == 2
    assert page.locator("#id_members-TOTAL_FORMS").input_value() == "2"
    assert page.locator("#id_members-1-name").count() == 1
    assert page.locator("#id_members-2-name").count() == 0
    problems += violations(page, f"{language}-delegation-rows")

    page.fill("#id_delegation-organization", "안산의료복지사회적협동조합")
    page.fill("#id_head-name", "김민지")
    page.fill("#id_head-email", "head@example.org")
    page.check("#id_head-consent")
    page.fill("#id_members-0-name", "이영수")
    page.fill("#id_members-0-email", "young@example.org")
    page.fill("#id_members-1-name", "박순자")  # no address: her mails go to the head
    page.locator("form.registration-form button[type=submit]").click()
    page.wait_for_url(re.compile(r".*/thanks/\?r=.*"))
    names = page.locator(".registration-done__list strong").all_inner_texts()
    assert names == ["김민지", "이영수", "박순자"]
    assert sorted(m.to[0] for m in mailoutbox) == ["head@example.org", "young@example.org"]
    assert problems == []
