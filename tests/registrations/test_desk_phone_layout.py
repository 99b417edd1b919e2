"""The check-in desk on a volunteer's phone: the arrivals count stays readable.

The count ("5명 중 1명이 도착했습니다") is large text that wraps onto two lines on a
phone; its lines must neither reach under the admin's bar above it nor overlap
each other. Debian's Chromium draws the page (Playwright), at a phone's width.
"""

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")  # Debian's Chromium, never a downloaded one

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="apt-get install chromium"),
]

PHONE = {"width": 390, "height": 844}

MEASURE = """() => {
    const count = document.querySelector('.registrations-arrived');
    const bar = document.querySelector('header.w-slim-header').getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(count);
    const lines = [...range.getClientRects()].map((line) => [line.top, line.bottom]);
    return {barBottom: bar.bottom, lines: lines};
}"""


@pytest.fixture
def desk_page(django_db_serialized_rollback, transactional_db, live_server, client):
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.urls import reverse
    from wagtail.users.models import UserProfile

    from madang.registrations.models import EventRole
    from tests.registrations.factories import make_registrable, register

    registrable = make_registrable(capacity=10)
    for name in ("김민지", "박서연", "이준호"):
        register(registrable, name=name)
    user = get_user_model().objects.create_user("desk", "desk@example.org", "pw")
    EventRole.objects.create(user=user, registrable=registrable, role=EventRole.Kind.DESK)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ko"
    profile.save()
    client.force_login(user)
    return (
        live_server.url,
        reverse("registrations_admin:check_in", args=[registrable.pk]),
        client.cookies[settings.SESSION_COOKIE_NAME].value,
    )


def test_the_arrivals_count_clears_the_bar_above_it_and_its_lines_do_not_overlap(desk_page):
    from django.conf import settings
    from playwright.sync_api import sync_playwright

    url, path, session = desk_page
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        try:
            context = browser.new_context(locale="ko-KR", viewport=PHONE, is_mobile=True)
            context.add_cookies(
                [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": url}]
            )
            page = context.new_page()
            page.goto(url + path)
            measured = page.evaluate(MEASURE)
        finally:
            browser.close()

    lines = measured["lines"]
    assert len(lines) == 2  # the count wraps on a phone: the case that overlapped
    assert lines[0][0] >= measured["barBottom"]
    assert lines[1][0] >= lines[0][1]
