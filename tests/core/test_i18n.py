import re

import pytest
from wagtail.models import Locale

from madang.core.models import StandardPage
from tests.factories import StandardPageFactory, translate_page

pytestmark = pytest.mark.django_db


def hreflangs(html):
    return re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)


def switcher_links(html):
    nav = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'<a href="([^"]+)" lang="([^"]+)"', nav)


@pytest.fixture
def about(home_pages):
    page = StandardPageFactory(
        parent=home_pages["ko"], title="마당 소개", slug="about", locale=home_pages["ko"].locale
    )
    ja = translate_page(page, "ja", title="マダンについて", slug="about-ja")
    return page, ja


def test_root_redirects_to_the_browsers_language(client, home_pages):
    response = client.get("/", headers={"accept-language": "ja,en;q=0.8"})

    assert response.status_code == 302
    assert response["Location"] == "/ja/"


def test_root_redirects_to_korean_by_default(client, home_pages):
    response = client.get("/", headers={"accept-language": "fr"})

    assert response["Location"] == "/ko/"


@pytest.mark.parametrize("code", ["ko", "ja", "en"])
def test_home_page_has_its_language_on_the_html_element(client, home_pages, code):
    response = client.get(f"/{code}/")

    assert response.status_code == 200
    assert f'<html lang="{code}">' in response.text


def test_translated_page_lists_its_translations_as_hreflang_alternates(client, about):
    response = client.get("/ko/about/")

    assert hreflangs(response.text) == [
        ("ko", "https://madang.test/ko/about/"),
        ("ja", "https://madang.test/ja/about-ja/"),
        ("x-default", "https://madang.test/ko/about/"),
    ]


def test_switcher_links_to_the_same_page_in_each_language(client, about):
    page, ja = about

    response = client.get("/ko/about/")

    assert switcher_links(response.text) == [
        ("/ko/about/", "ko"),
        ("/ja/about-ja/", "ja"),
        (f"/en/translations/{page.pk}/", "en"),
    ]


def test_untranslated_page_falls_back_to_its_language_with_a_notice(client, about):
    page, _ = about

    response = client.get(f"/en/translations/{page.pk}/")

    assert response.status_code == 200
    assert '<html lang="en">' in response.text
    assert '<main id="main" class="main" tabindex="-1" lang="ko">' in response.text
    assert "This page is not available in English yet." in response.text
    assert "마당 소개" in response.text


def test_fallback_redirects_when_the_translation_exists(client, about):
    page, _ = about

    response = client.get(f"/ja/translations/{page.pk}/")

    assert response.status_code == 302
    assert response["Location"] == "/ja/about-ja/"


def test_fallback_for_an_unknown_page_is_not_found(client, home_pages):
    response = client.get("/en/translations/999999/")

    assert response.status_code == 404


def test_alias_in_another_language_shows_a_notice(client, about):
    page, _ = about
    page.copy_for_translation(Locale.objects.get(language_code="en"), alias=True)

    response = client.get("/en/about/")

    assert response.status_code == 200
    assert '<html lang="en">' in response.text
    assert "This page is not available in English yet." in response.text
    assert [code for code, _ in hreflangs(response.text)] == ["ko", "ja", "x-default"]


def test_machine_translation_links_to_the_original(client, about):
    page, _ = about
    en = translate_page(page, "en", title="About Madang", slug="about-en")
    en.translation_note = "machine"
    en.save_revision().publish()

    with_note = client.get("/en/about-en/")

    assert "This page was translated by machine." in with_note.text
    assert '<a href="/ko/about/" hreflang="ko">' in with_note.text


def test_human_translation_says_so(client, about):
    _, ja = about
    ja.translation_note = "human"
    ja.save_revision().publish()

    response = client.get("/ja/about-ja/")

    assert "このページは人の手で翻訳されています。" in response.text


def test_original_page_of_a_translation_is_the_first_version(about):
    page, ja = about

    assert StandardPage.objects.get(pk=ja.pk).original_page().pk == page.pk
    assert StandardPage.objects.get(pk=page.pk).original_page() is None
