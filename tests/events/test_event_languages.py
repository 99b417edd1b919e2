"""An event in its languages: its sub-pages (booths, speakers) lead to the same
sub-page in the other languages (the language switcher and the hreflang
alternates), and its lines are written as each language writes them."""

import re

import pytest
from wagtail.models import Locale

from events.agenda import build_agenda
from tests.events.factories import EventIndexPageFactory, make_event
from tests.factories import translate_page

pytestmark = pytest.mark.django_db


def switcher_links(html):
    nav = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return {code: url for url, code in re.findall(r'<a href="([^"]+)" lang="([^"]+)"', nav)}


def hreflangs(html):
    return re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)


@pytest.fixture
def event(home_pages):
    index = EventIndexPageFactory(parent=home_pages["ko"], locale=home_pages["ko"].locale)
    page = make_event(index, parts=1, sessions_per_part=3, people=2, booths=2)
    translate_page(index, "ja")
    japanese = translate_page(page, "ja", title="ともに開くケアの時代 全国大会")
    return page, japanese


def test_booths_link_to_the_booths_in_every_language(client, event):
    page, japanese = event

    html = client.get(f"{page.url}booths/").text

    assert switcher_links(html)["ja"] == f"{japanese.url}booths/"
    assert switcher_links(html)["ko"] == f"{page.url}booths/"
    assert hreflangs(html)[:2] == [
        ("ko", f"https://madang.test{page.url}booths/"),
        ("ja", f"https://madang.test{japanese.url}booths/"),
    ]


def test_japanese_booths_link_back_to_the_korean_booths(client, event):
    page, japanese = event

    html = client.get(f"{japanese.url}booths/").text

    assert switcher_links(html)["ko"] == f"{page.url}booths/"


def test_a_speaker_links_to_the_same_person_in_japanese(client, event):
    page, japanese = event
    person = build_agenda(page).people[0]
    twin = person.copy_for_translation(Locale.objects.get(language_code="ja"))
    twin.save()

    html = client.get(f"{page.url}speakers/{person.pk}/").text

    assert switcher_links(html)["ja"] == f"{japanese.url}speakers/{twin.pk}/"


def test_an_untranslated_speaker_links_to_the_japanese_speakers(client, event):
    page, japanese = event
    person = build_agenda(page).people[0]

    html = client.get(f"{page.url}speakers/{person.pk}/").text

    assert switcher_links(html)["ja"] == f"{japanese.url}speakers/"


def test_the_event_page_itself_links_to_its_translation(client, event):
    page, japanese = event

    html = client.get(page.url).text

    assert switcher_links(html)["ja"] == japanese.url


def test_the_venue_line_is_written_as_each_language_writes_it(client, event):
    page, japanese = event
    page.venue, page.city = "김대중컨벤션센터", "광주"
    page.save_revision().publish()
    japanese.venue, japanese.city = "金大中コンベンションセンター", "光州"
    japanese.save_revision().publish()

    assert "<dd>김대중컨벤션센터, 광주</dd>" in client.get(page.url).text
    assert "<dd>金大中コンベンションセンター、光州</dd>" in client.get(japanese.url).text


def test_the_programme_subscription_note_is_written_as_each_language_writes_it(client, event):
    page, japanese = event
    note = r'<span class="event-calendar-links__note">(.*?)</span>'

    korean_note = re.search(note, client.get(page.url).text).group(1)
    japanese_note = re.search(note, client.get(japanese.url).text).group(1)

    assert re.sub(r'href="[^"]+"', "href", korean_note) == (
        "(<a href>.ics</a>; 변경 사항이 캘린더에 저절로 반영됩니다)"
    )
    assert re.sub(r'href="[^"]+"', "href", japanese_note) == (
        "（<a href>.ics</a>、変更はカレンダーに自動で反映されます）"
    )
