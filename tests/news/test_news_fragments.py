"""A news article's content and sidebar are fragments of the page: reused by personal
renders without a query, and shown afresh at once, in Korean and Japanese, when an article
beside it is published or its index renamed."""

import datetime

import pytest
from taggit.models import Tag

from madang.core.models import FooterText, SiteSettings
from madang.news.models import NewsPage
from tests.factories import NewsIndexPageFactory, NewsPageFactory, translate_page
from tests.helpers import contents, count_queries, page_url

# indexed: fragments are retired by purges that follow references.
pytestmark = [pytest.mark.django_db, pytest.mark.indexed]


@pytest.fixture
def index(home_pages):
    home = home_pages["ko"]
    for code in ("ko", "ja"):
        FooterText.objects.create(
            locale=home_pages[code].locale, organization_name="마당", address="서울"
        )
    SiteSettings.load()
    index = NewsIndexPageFactory(parent=home, locale=home.locale, title="소식", slug="news")
    translate_page(index, "ja", title="ニュース")
    return index


def article(index, title, ja_title, *, tags=(), view_count=0):
    """An article with ``tags`` published in Korean and Japanese: both addresses."""
    page = NewsPageFactory(
        parent=index,
        locale=index.locale,
        title=title,
        slug=f"a-{NewsPage.objects.count()}",
        date=datetime.date(2026, 1, 1),
        view_count=view_count,
    )
    page.tags.add(*tags)
    page.save_revision().publish()
    ja_page = translate_page(page, "ja", title=ja_title)
    return page, [page_url(page), page_url(ja_page)]


def test_a_personal_render_of_an_article_makes_no_query(visitors, index):
    personal, _anonymous = visitors
    article(index, "돌봄 현장", "介護の現場", tags=["돌봄"], view_count=3)
    _page, urls = article(index, "돌봄 협동조합", "介護の協同組合", tags=["돌봄"], view_count=5)
    firsts = contents(personal, urls)

    counts = [count_queries(personal, address) for address in urls]

    assert (counts, contents(personal, urls)) == ([0, 0], firsts)
    assert ["介護の現場" in firsts[1], "돌봄 현장" in firsts[0]] == [True, True]


def test_a_related_article_published_shows_at_once_beside_it_in_ko_and_ja(visitors, index):
    _page, urls = article(index, "돌봄 협동조합", "介護の協同組合", tags=["돌봄"])
    for visitor in visitors:
        contents(visitor, urls)

    article(index, "돌봄 새 소식", "介護の新着", tags=["돌봄"])

    seen = [
        [("돌봄 새 소식" in c, "介護の新着" in c) for c in contents(visitor, urls)]
        for visitor in visitors
    ]
    assert seen == [[(True, False), (False, True)]] * 2


def test_an_article_unpublished_leaves_the_sidebars_at_once(visitors, index):
    gone, _ = article(index, "사라질 소식", "消える記事", tags=["돌봄"], view_count=9)
    _page, urls = article(index, "돌봄 협동조합", "介護の協同組合", tags=["돌봄"])
    for visitor in visitors:
        assert ["사라질 소식" in c for c in contents(visitor, urls[:1])] == [True]

    gone.unpublish()

    assert [["사라질 소식" in c for c in contents(v, urls[:1])] for v in visitors] == [[False]] * 2


def test_the_index_renamed_shows_at_once_in_the_breadcrumb(visitors, index):
    _page, urls = article(index, "돌봄 협동조합", "介護の協同組合")
    for visitor in visitors:
        contents(visitor, urls)

    index.title = "마당 소식"
    index.save_revision().publish()

    assert [["마당 소식" in c for c in contents(v, urls[:1])] for v in visitors] == [[True]] * 2


def test_a_tag_renamed_shows_at_once_on_its_articles_and_its_page(visitors, index):
    _page, urls = article(index, "돌봄 협동조합", "介護の協同組合", tags=["돌봄"])
    tag = Tag.objects.get(name="돌봄")
    pages = [*urls, page_url(index) + f"tags/{tag.slug}/"]
    for visitor in visitors:
        assert ["지역 돌봄" in c for c in contents(visitor, pages)] == [False, False, False]

    tag.name = "지역 돌봄"
    tag.save()

    assert [["지역 돌봄" in c for c in contents(v, pages)] for v in visitors] == [[True] * 3] * 2
