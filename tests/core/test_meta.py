"""Every page has a meta description: its search description, else its introduction."""

import re

import pytest

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def description(client, url):
    content = client.get(url).content.decode()
    return re.findall(r'<meta name="description" content="([^"]*)">', content)


def test_the_search_description_else_the_introduction_else_the_site(client, home_pages):
    home = home_pages["ko"]
    written = StandardPageFactory(
        parent=home, locale=home.locale, slug="a", intro="소개글", search_description="검색 설명"
    )
    intro_only = StandardPageFactory(parent=home, locale=home.locale, slug="b", intro="소개글")
    bare = StandardPageFactory(parent=home, locale=home.locale, slug="c")

    assert description(client, written.url) == ["검색 설명"]
    assert description(client, intro_only.url) == ["소개글"]
    site = "마당: 한국과 일본, 아시아 여러 나라의 의료복지 협동조합이 전하는 소식과 총회, "
    assert description(client, bare.url) == [site + "대회, 연수 안내."]
