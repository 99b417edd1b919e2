"""Short lists written on one line (an event's organizers, a tour's hosts) are separated
as each language writes them: "、" in Japanese, ", " in Korean and English."""

import pytest

from tests.browser.conftest import CHROMIUM, chromium_page

if not CHROMIUM.exists():
    pytest.skip(
        "Debian's Chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
        allow_module_level=True,
    )

pytestmark = [pytest.mark.browser]

EVENT = "/{language}/events/sample-exchange-seminar-2027/"
SEPARATORS = """() => [...document.querySelectorAll("main .inline-list li + li")]
    .map((item) => getComputedStyle(item, "::before").content)"""


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ja", ['"、" / ""']), ("ko", ['", " / ""']), ("en", ['", " / ""'])],
)
def test_the_organizers_are_listed_with_the_languages_own_separator(demo_site, language, expected):
    with chromium_page(viewport={"width": 390, "height": 844}) as page:
        page.goto(demo_site.url + EVENT.format(language=language))
        separators = page.evaluate(SEPARATORS)

    assert separators == expected
