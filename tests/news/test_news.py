import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from madang.news.models import NewsPage
from madang.news.services import flush_views, record_view
from tests.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def news_index(home_pages):
    home = home_pages["ko"]
    return NewsIndexPageFactory(parent=home, locale=home.locale, title="소식", slug="news")


def article(index, title, *, date, tags=(), slug=None, **kwargs):
    page = NewsPageFactory(
        parent=index,
        locale=index.locale,
        title=title,
        slug=slug or f"a-{NewsPage.objects.count()}",
        date=date,
        **kwargs,
    )
    if tags:
        page.tags.add(*tags)
        page.save_revision().publish()
    return page


def test_news_index_lists_articles_newest_first(client, news_index):
    article(news_index, "첫 소식", date=datetime.date(2025, 1, 1))
    article(news_index, "새 소식", date=datetime.date(2025, 6, 1))

    response = client.get("/ko/news/")

    assert [a.title for a in response.context["articles"]] == ["새 소식", "첫 소식"]


def test_news_index_out_of_range_page_is_not_found(client, news_index):
    article(news_index, "소식", date=datetime.date(2025, 1, 1))

    assert client.get("/ko/news/?page=5").status_code == 404
    assert client.get("/ko/news/?page=abc").status_code == 200


def test_tag_page_lists_only_articles_with_that_tag(client, news_index):
    article(news_index, "돌봄 이야기", date=datetime.date(2025, 1, 1), tags=["돌봄"])
    article(news_index, "다른 이야기", date=datetime.date(2025, 2, 1), tags=["총회"])

    response = client.get("/ko/news/tags/돌봄/")

    assert response.status_code == 200
    assert [a.title for a in response.context["articles"]] == ["돌봄 이야기"]


def test_unknown_tag_is_not_found(client, news_index):
    assert client.get("/ko/news/tags/nothing/").status_code == 404


def test_article_page_shows_date_tags_and_related_articles(client, news_index):
    first = article(news_index, "돌봄 협동조합", date=datetime.date(2025, 1, 1), tags=["돌봄"])
    article(news_index, "돌봄 현장", date=datetime.date(2025, 2, 1), tags=["돌봄"])
    article(news_index, "무관한 소식", date=datetime.date(2025, 3, 1), tags=["총회"])

    response = client.get(first.url)

    assert response.status_code == 200
    assert '<time datetime="2025-01-01">' in response.text
    assert [a.title for a in first.related_articles()] == ["돌봄 현장"]
    assert "돌봄 현장" in response.text


def test_most_read_counts_views_in_batches(news_index):
    page = article(news_index, "많이 읽은 글", date=datetime.date(2025, 1, 1))
    cache.clear()

    flushed = [record_view(page_id=page.pk, flush_every=3) for _ in range(4)]

    page.refresh_from_db()
    assert flushed == [0, 0, 3, 0]
    assert page.view_count == 3
    assert flush_views(page_id=page.pk) == 1
    page.refresh_from_db()
    assert page.view_count == 4


def test_most_read_lists_articles_by_views(news_index):
    quiet = article(news_index, "조용한 글", date=datetime.date(2025, 1, 1), view_count=1)
    popular = article(news_index, "인기 글", date=datetime.date(2025, 1, 2), view_count=50)

    assert [p.pk for p in quiet.most_read()] == [popular.pk, quiet.pk]


def test_atom_feed_lists_articles_in_the_page_language(client, news_index):
    article(news_index, "피드 소식", date=datetime.date(2025, 1, 1))

    response = client.get("/ko/news/feed/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "ko"
    assert [e.findtext(f"{ATOM}title") for e in feed.iter(f"{ATOM}entry")] == ["피드 소식"]


def test_rss_feed_is_valid_xml(client, news_index):
    article(news_index, "피드 소식", date=datetime.date(2025, 1, 1))

    response = client.get("/ko/news/rss/")

    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "ko"
    assert [i.findtext("title") for i in channel.iter("item")] == ["피드 소식"]


def test_article_with_lead_image_renders(client, news_index):
    image = Image.objects.create(title="사진", file=get_test_image_file())
    page = article(
        news_index,
        "사진 소식",
        date=datetime.date(2025, 1, 1),
        lead_image=image,
        lead_image_alt="회의 장면",
    )

    response = client.get(page.url)

    assert response.status_code == 200
    assert 'alt="회의 장면"' in response.text


def test_most_read_leaves_out_untranslated_placeholders(news_index, home_pages):
    from wagtail.models import Locale

    read = article(news_index, "많이 읽은 글", date=datetime.date(2025, 1, 1), view_count=9)
    ja_index = news_index.copy_for_translation(Locale.objects.get(language_code="ja"))
    ja_index.save_revision().publish()
    placeholder = read.copy_for_translation(Locale.objects.get(language_code="ja"), alias=True)

    assert NewsPage.objects.get(pk=placeholder.pk).most_read() == []


def test_a_korean_only_article_in_the_japanese_list_says_so_and_is_marked_korean(
    client, news_index, home_pages
):
    from wagtail.models import Locale

    korean = article(
        news_index, "조합원 건강 강좌", date=datetime.date(2025, 3, 1), intro="동네 강좌"
    )
    ja_index = news_index.copy_for_translation(Locale.objects.get(language_code="ja"))
    ja_index.save_revision().publish()
    korean.copy_for_translation(Locale.objects.get(language_code="ja"), alias=True)

    html = client.get("/ja/news/").content.decode()

    assert '<h3 class="card__title" lang="ko">' in html
    assert '<p class="card__lang">韓国語のみ</p>' in html
    assert '<p class="card__text" lang="ko">동네 강좌</p>' in html
