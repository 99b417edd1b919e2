"""The CJK-aware search backend and the public search page, on SQLite and PostgreSQL."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext
from modelsearch.backends import get_search_backend
from modelsearch.conf import get_app_config
from modelsearch.query import Phrase, PlainText
from wagtail.models import Page

from madang.search.views import MAX_QUERY_LENGTH, clean_query
from tests.factories import NewsIndexPageFactory, NewsPageFactory, StandardPageFactory

# indexed: the search index is what these tests read.
pytestmark = pytest.mark.indexed

ODD_QUERIES = [
    "\x00",
    "협동\x00조합",
    "가" * 5000,
    "!!!",
    "😀",
    "🇰🇷 😀😀",
    '"',
    'foo"bar',
    "'",
    "\\",
    "%",
    "*",
    "NEAR(",
    "a:b",
    "^x",
    "-",
    "!a & b | c",
    "' OR 1=1 --",
    "AND OR NOT",
    "\u200b",
    "\ufffd",
    "<script>alert(1)</script>",
]


@pytest.fixture
def pages(home_pages):
    ko, ja, en = home_pages["ko"], home_pages["ja"], home_pages["en"]
    return {
        "shisatsu": StandardPageFactory(parent=ja, locale=ja.locale, title="視察研修"),
        "saitama": StandardPageFactory(parent=ja, locale=ja.locale, title="医療生協さいたま"),
        "npo": StandardPageFactory(
            parent=ja, locale=ja.locale, title="活動報告", intro="NPO法人の活動を紹介します。"
        ),
        "center": StandardPageFactory(parent=ja, locale=ja.locale, title="健康センター"),
        "training": StandardPageFactory(parent=ja, locale=ja.locale, title="研修旅行"),
        "coop": StandardPageFactory(parent=ko, locale=ko.locale, title="의료복지사회적협동조합"),
        "scattered": StandardPageFactory(parent=ko, locale=ko.locale, title="조합 협동 동조"),
        "body": StandardPageFactory(
            parent=ko,
            locale=ko.locale,
            title="소식",
            intro="안성의료복지사회적협동조합에서 총회를 열었습니다.",
        ),
        "health": StandardPageFactory(
            parent=en, locale=en.locale, title="Health cooperatives in Asia"
        ),
    }


def titles(results):
    return sorted(page.title for page in results)


def search(query, **kwargs):
    return titles(Page.objects.live().search(query, **kwargs))


# --- the backend ------------------------------------------------------------


@pytest.mark.django_db
def test_site_uses_the_cjk_backend():
    backend = get_search_backend()
    expected = {
        "sqlite": "CJKSQLiteSearchBackend",
        "postgresql": "CJKPostgresSearchBackend",
    }[connection.vendor]
    assert type(backend).__name__ == expected


def test_required_searches_from_the_issue(pages):
    assert search("視察") == ["視察研修"]
    assert search("협동조합") == ["소식", "의료복지사회적협동조합"]
    assert search("さいたま") == ["医療生協さいたま"]


def test_search_in_title_only(pages):
    assert search("협동조합", fields=["title"]) == ["의료복지사회적협동조합"]


def test_scattered_bigrams_are_not_a_match(pages):
    assert search("협동조합 협동") == ["소식", "의료복지사회적협동조합"]
    assert search("조합협동") == []


def test_one_character_search(pages):
    assert search("医") == ["医療生協さいたま"]
    assert search("修") == ["研修旅行", "視察研修"]


def test_longer_and_mixed_searches(pages):
    assert search("医療生協さいたま") == ["医療生協さいたま"]
    assert search("研修") == ["研修旅行", "視察研修"]
    assert search("NPO法人") == ["活動報告"]
    assert search("안성") == ["소식"]


def test_several_words_are_all_required(pages):
    assert search("医療 さいたま") == ["医療生協さいたま"]
    assert search("医療 視察") == []
    assert search("医療 視察", operator="or") == ["医療生協さいたま", "視察研修"]


def test_halfwidth_katakana_query_finds_fullwidth_title(pages):
    assert search("ｾﾝﾀｰ") == ["健康センター"]


def test_phrase_query(pages):
    assert search(Phrase("生協さい")) == ["医療生協さいたま"]
    assert search(Phrase("さいたま生協")) == []
    assert search(PlainText("視察")) == ["視察研修"]


def test_negated_query(pages):
    assert search(PlainText("研修") & ~PlainText("視察")) == ["研修旅行"]
    assert search(PlainText("研修") & ~Phrase("察研")) == ["研修旅行"]


def test_autocomplete(pages):
    live = Page.objects.live()
    assert titles(live.autocomplete("視察")) == ["視察研修"]
    assert titles(live.autocomplete("협동조")) == ["의료복지사회적협동조합"]
    assert titles(live.autocomplete("さいた")) == ["医療生協さいたま"]
    assert titles(live.autocomplete("Heal")) == ["Health cooperatives in Asia"]


def test_latin_search_matches_the_vendor_backend(pages):
    """On Latin text our backend answers exactly like modelsearch's own."""
    vendor = get_search_backend("modelsearch.backends.database")
    ours = get_search_backend()
    queries = ["health", "cooperatives", "cooperative", "Asia health", "healthy", "in"]
    for query in queries:
        expected = [page.pk for page in vendor.search(query, Page.objects.live())]
        assert [page.pk for page in ours.search(query, Page.objects.live())] == expected


def test_latin_stemming_where_the_database_stems(pages):
    # PostgreSQL stems with its default text search config (english here);
    # SQLite FTS5's unicode61 tokenizer never stemmed.
    expected = ["Health cooperatives in Asia"] if connection.vendor == "postgresql" else []
    assert search("cooperative") == expected
    assert search("cooperatives") == ["Health cooperatives in Asia"]


def test_index_keeps_plain_text_for_fuzzy_search_on_postgres(pages):
    if connection.vendor != "postgresql":
        pytest.skip("title_text exists only in the PostgreSQL index")
    IndexEntry = get_app_config().get_model("IndexEntry")
    entry = IndexEntry.objects.get(object_id=str(pages["shisatsu"].pk))
    assert entry.title_text == "視察研修"


def test_update_index_rebuilds_with_bigrams(pages):
    IndexEntry = get_app_config().get_model("IndexEntry")
    IndexEntry.objects.all().delete()
    assert search("視察") == []
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    assert search("視察") == ["視察研修"]
    assert search("협동조합") == ["소식", "의료복지사회적협동조합"]


def test_related_fields_are_indexed_once(home_pages):
    """NewsPage indexes its StreamField body through get_searchable_content."""
    ko = home_pages["ko"]
    index = NewsIndexPageFactory(parent=ko, locale=ko.locale)
    NewsPageFactory(
        parent=index,
        locale=ko.locale,
        title="총회 소식",
        body=[("paragraph", "<p>의료복지사회적협동조합 총회</p>")],
    )
    assert search("복지사회") == ["총회 소식"]


def test_odd_queries_do_not_fail(pages):
    # One test for all of them: each needs the same pages, and setting those
    # up is what takes the time.
    for query in ODD_QUERIES:
        for raw in (query, clean_query(query)):
            assert isinstance(search(raw), list), raw
            assert isinstance(titles(Page.objects.live().autocomplete(raw)), list), raw


@pytest.mark.parametrize("query", ["!!!", "😀", "\u200b", "...", "- -"])
def test_queries_without_words_find_nothing(pages, query):
    assert search(query) == []


def test_admin_page_search_finds_cjk_substrings(client, pages):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw")
    client.force_login(admin)
    response = client.get("/admin/pages/search/", {"q": "視察"})
    assert response.status_code == 200
    assert [page.title for page in response.context["pages"]] == ["視察研修"]


# --- the public search page ---------------------------------------------------


def hit_titles(response, group):
    return [hit.page.title for hit in response.context[group]]


def test_search_page_without_query_shows_the_form(client, home_pages):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert response.context["query"] == ""
    assert "hits_here" not in response.context
    html = response.content.decode()
    assert '<input id="search-query" type="search" name="q" value="" maxlength="200">' in html
    assert 'role="status"' not in html


@pytest.mark.parametrize(
    ("query", "here", "elsewhere"),
    [
        ("視察", [], ["視察研修"]),
        ("협동조합", ["소식", "의료복지사회적협동조합"], []),
        ("さいたま", [], ["医療生協さいたま"]),
    ],
)
def test_search_page_finds_the_required_pages(client, pages, query, here, elsewhere):
    response = client.get("/ko/search/", {"q": query})
    assert response.status_code == 200
    assert sorted(hit_titles(response, "hits_here")) == here
    assert hit_titles(response, "hits_elsewhere") == elsewhere


def test_other_languages_come_second_and_are_marked(client, pages, home_pages):
    StandardPageFactory(parent=home_pages["ko"], locale=home_pages["ko"].locale, title="研修 안내")
    response = client.get("/ko/search/", {"q": "研修"})
    assert hit_titles(response, "hits_here") == ["研修 안내"]
    assert sorted(hit_titles(response, "hits_elsewhere")) == ["研修旅行", "視察研修"]
    assert [hit.language_code for hit in response.context["hits_elsewhere"]] == ["ja", "ja"]
    html = response.content.decode()
    with translation.override("ko"):
        other_languages = gettext("In other languages")
    assert other_languages == "다른 언어 결과"
    assert html.index("研修 안내") < html.index(other_languages) < html.index("視察研修")
    url = pages["shisatsu"].get_url()
    assert f'<a href="{url}" lang="ja" hreflang="ja">視察研修</a>' in html
    assert url.startswith("/ja/")


def test_result_shows_type_and_summary(client, pages):
    response = client.get("/en/search/", {"q": "NPO法人"})
    [hit] = response.context["hits_elsewhere"]
    assert hit.type_name == "Standard page"
    assert hit.summary == "NPO法人の活動を紹介します。"
    html = response.content.decode()
    assert '<p lang="ja">NPO法人の活動を紹介します。</p>' in html


def test_search_description_wins_over_intro(client, home_pages):
    en = home_pages["en"]
    StandardPageFactory(
        parent=en, locale=en.locale, title="Tours", intro="Intro", search_description="Described"
    )
    response = client.get("/en/search/", {"q": "tours"})
    assert [hit.summary for hit in response.context["hits_here"]] == ["Described"]


def test_result_count_sentence(client, pages):
    response = client.get("/en/search/", {"q": "협동조합"})
    assert response.context["result_summary"] == "2 results for “협동조합”"
    response = client.get("/en/search/", {"q": "視察"})
    assert response.context["result_summary"] == "1 result for “視察”"
    response = client.get("/en/search/", {"q": "zzzz"})
    assert response.context["result_summary"] == "0 results for “zzzz”"


@pytest.fixture
def many_pages(home_pages):
    ko, ja = home_pages["ko"], home_pages["ja"]
    for number in range(12):
        StandardPageFactory(parent=ko, locale=ko.locale, title=f"조합원 {number}")
    for number in range(3):
        StandardPageFactory(parent=ja, locale=ja.locale, title=f"組合員 조합원 {number}")


@pytest.mark.parametrize(
    ("page", "number", "here", "elsewhere"),
    [
        (None, 1, 10, 0),
        ("2", 2, 2, 3),
        ("abc", 1, 10, 0),
        ("0", 1, 10, 0),
        ("-3", 1, 10, 0),
        ("99", 2, 2, 3),
        ("1\x00", 1, 10, 0),
        ("9" * 40, 2, 2, 3),
    ],
)
def test_pagination(client, many_pages, page, number, here, elsewhere):
    params = {"q": "조합원"} if page is None else {"q": "조합원", "page": page}
    response = client.get("/ko/search/", params)
    assert response.status_code == 200
    assert response.context["page_obj"].number == number
    assert len(response.context["hits_here"]) == here
    assert len(response.context["hits_elsewhere"]) == elsewhere
    assert response.context["result_count"] == 15


def test_pagination_links_keep_the_query(client, many_pages):
    html = client.get("/ko/search/", {"q": "조합원"}).content.decode()
    assert 'href="?q=%EC%A1%B0%ED%95%A9%EC%9B%90&amp;page=2" rel="next"' in html
    html = client.get("/ko/search/", {"q": "조합원", "page": "2"}).content.decode()
    assert '<ol class="search-results" start="11">' in html
    assert '<ol class="search-results" start="13">' in html


def test_results_page_costs_a_bounded_number_of_queries(client, many_pages):
    # Warm the per-process caches (content types, site root paths).
    client.get("/ko/search/", {"q": "조합원", "page": "2"})
    with CaptureQueriesContext(connection) as everything:
        client.get("/ko/search/", {"q": "조합원", "page": "2"})
    search_queries = [
        query["sql"]
        for query in everything.captured_queries
        if "indexentry" in query["sql"] or "core_standardpage" in query["sql"]
    ]
    # count + hits for each of the two groups, and one query for the specific
    # StandardPage fields of each group's hits.
    assert len(search_queries) == 6


def test_long_query_is_trimmed(client, pages):
    response = client.get("/ko/search/", {"q": "협동조합" + "가" * 5000})
    assert response.status_code == 200
    assert response.context["query"] == ("협동조합" + "가" * 5000)[:MAX_QUERY_LENGTH]
    assert len(response.context["query"]) == MAX_QUERY_LENGTH


def test_odd_input_gives_a_normal_page(client, pages):
    for query in ODD_QUERIES:
        response = client.get("/ko/search/", {"q": query, "page": query})
        assert (query, response.status_code) == (query, 200)
        assert response.context["query"] == clean_query(query)


def test_clean_query():
    assert clean_query("  협동\x00조합\t\n ") == "협동 조합"
    assert clean_query("\x00\x1f") == ""
    assert clean_query("a" * 300) == "a" * MAX_QUERY_LENGTH
