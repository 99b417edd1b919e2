"""Accessibility of the public site in a real browser (axe-core in Chromium).

Pages are checked against the WCAG 2.0/2.1/2.2 A and AA rules of axe at a
phone and a desktop viewport, and the language switcher is driven with clicks.

Loading the demo content takes a while, and the live server's transactional
database is emptied after every test, so each test covers several pages and
reports every problem it finds at once.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import AXE_OPTIONS, CHROMIUM

if not CHROMIUM.exists():
    pytest.skip(
        "Debian's Chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
        allow_module_level=True,
    )

from axe_playwright_python.sync_playwright import Axe  # noqa: E402

pytestmark = [pytest.mark.browser]

VIEWPORTS = {
    "phone": {"width": 390, "height": 844},
    "desktop": {"width": 1280, "height": 900},
}
NARROWEST = {"width": 320, "height": 640}  # WCAG 1.4.10 reflow
LANGUAGES = ["ko", "ja", "en"]
# Set MADANG_SCREENSHOT_DIR to keep a full-page screenshot of every checked page.
SCREENSHOT_DIR = os.environ.get("MADANG_SCREENSHOT_DIR")


def open_page(page, url, viewport):
    page.set_viewport_size(viewport)
    response = page.goto(url, wait_until="load")
    assert (url, response.status) == (url, 200)
    return response


def axe_violations(page, label):
    """Run axe on the loaded page: {label: [(rule id, [targets])]} and a readable report."""
    if SCREENSHOT_DIR:
        page.screenshot(path=str(Path(SCREENSHOT_DIR) / f"madang-{label}.png"), full_page=True)
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    if not violations:
        return {}, ""
    summary = [
        (violation["id"], [" ".join(node["target"]) for node in violation["nodes"]])
        for violation in violations
    ]
    lines = [f"{label} ({page.url}):"]
    for violation in violations:
        lines.append(f"  {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            summary_text = node["failureSummary"].replace("\n", " ")
            lines.append(f"    {' '.join(node['target'])}: {summary_text}")
    return {label: summary}, "\n".join(lines)


class Findings:
    """Axe violations collected over several pages, asserted once at the end."""

    def __init__(self):
        self.violations = {}
        self.reports = []

    def check(self, page, label):
        violations, report = axe_violations(page, label)
        self.violations.update(violations)
        if report:
            self.reports.append(report)

    def assert_none(self):
        assert self.violations == {}, "axe found violations:\n" + "\n".join(self.reports)


def path_of(page):
    return urlsplit(page.url).path


def html_lang(page):
    return page.locator("html").get_attribute("lang")


def switcher_link(page, name):
    return page.locator(".language-switcher").get_by_role("link", name=name, exact=True)


def test_home_pages_are_accessible_in_every_language(demo_site, page):
    findings = Findings()
    langs = {}
    for language in LANGUAGES:
        for name, viewport in VIEWPORTS.items():
            open_page(page, f"{demo_site.url}/{language}/", viewport)
            langs[(language, name)] = html_lang(page)
            findings.check(page, f"home-{language}-{name}")

    assert langs == {(language, name): language for language in LANGUAGES for name in VIEWPORTS}
    findings.assert_none()


def test_language_switcher_moves_between_languages(demo_site, page):
    open_page(page, f"{demo_site.url}/ko/", VIEWPORTS["phone"])
    assert switcher_link(page, "한국어").get_attribute("aria-current") == "true"

    switcher_link(page, "日本語").click()
    page.wait_for_url("**/ja/**")

    assert path_of(page).startswith("/ja/")
    assert html_lang(page) == "ja"
    assert switcher_link(page, "日本語").get_attribute("aria-current") == "true"

    switcher_link(page, "English").click()
    page.wait_for_url("**/en/**")

    assert path_of(page).startswith("/en/")
    assert html_lang(page) == "en"


def test_article_search_and_fallback_pages_are_accessible(demo_site, page):
    assert demo_site.korean_only is not None, "the demo content has no Korean-only article"
    findings = Findings()

    for name, viewport in VIEWPORTS.items():
        open_page(page, demo_site.url + demo_site.article, viewport)
        assert html_lang(page) == "ko"
        findings.check(page, f"article-{name}")

        open_page(page, f"{demo_site.url}/ko/search/?q=협동조합", viewport)
        assert html_lang(page) == "ko"
        findings.check(page, f"search-{name}")

        # A Korean-only article, reached through the Japanese switcher link:
        # Japanese page furniture around Korean content, with a notice.
        open_page(page, demo_site.url + demo_site.korean_only, viewport)
        switcher_link(page, "日本語").click()
        page.wait_for_url("**/ja/**")
        assert (html_lang(page), page.locator("main").get_attribute("lang")) == ("ja", "ko")
        assert page.locator(".notice--fallback").count() == 1
        findings.check(page, f"fallback-{name}")

    findings.assert_none()


def test_layout_reflows_keeps_focus_visible_and_dark_scheme_accessible(demo_site, page):
    # No horizontal scrolling at 320 CSS pixels.
    overflow = {}
    for path in ["/ko/", "/ja/", "/en/", demo_site.article, "/en/search/?q=cooperative"]:
        open_page(page, demo_site.url + path, NARROWEST)
        overflow[path] = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
    assert overflow == dict.fromkeys(overflow, 0)

    # The skip link is the first stop and shows up, outlined, when focused.
    open_page(page, f"{demo_site.url}/ko/", VIEWPORTS["phone"])
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    box = skip.bounding_box()
    assert skip.evaluate("element => element === document.activeElement") is True
    assert (box["x"] >= 0, box["y"] >= 0) == (True, True)
    assert skip.evaluate("element => getComputedStyle(element).outlineStyle") == "solid"

    # The dark colour scheme keeps its contrast.
    findings = Findings()
    page.emulate_media(color_scheme="dark")
    for path in ["/ko/", demo_site.article]:
        for name, viewport in VIEWPORTS.items():
            open_page(page, demo_site.url + path, viewport)
            findings.check(page, f"dark-{path.strip('/').replace('/', '-')}-{name}")
    findings.assert_none()
