"""Whole pages from the shared cache, and exactly what a change purges.

Each test fills the cache with a set of pages as anonymous visitors, changes
one thing, and reads the pages again: those that show the change are rendered
afresh ("miss", with the change), every other page is still answered from the
cache ("hit").
"""

import datetime
import gzip
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from madang.core.models import FooterText, SiteSettings
from madang.core.pagecache import HIT_HEADER
from madang.people.models import Person
from tests.factories import NewsIndexPageFactory, NewsPageFactory, StandardPageFactory

# indexed: purges follow Wagtail's reference index (pagecache._referencing_pages).
pytestmark = [pytest.mark.django_db, pytest.mark.indexed]


def text(response):
    return response.content.decode()


def visit(client, urls):
    """GET each URL as an anonymous visitor: ``{url: "hit" | "miss" | None}``."""
    states = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        states[url] = response.get(HIT_HEADER)
    return states


def fill(client, urls):
    visit(client, urls)
    assert set(visit(client, urls).values()) == {"hit"}


@pytest.fixture
def site(home_pages, django_capture_on_commit_callbacks):
    ko, ja = home_pages["ko"], home_pages["ja"]
    SiteSettings.load()  # made on the first visit otherwise (a change of settings)
    news = NewsIndexPageFactory(parent=ko, locale=ko.locale, slug="news", title="소식")
    ja_news = NewsIndexPageFactory(parent=ja, locale=ja.locale, slug="news", title="ニュース")
    about = StandardPageFactory(parent=ko, locale=ko.locale, slug="about", title="소개")
    author = Person.objects.create(name="김하늘", locale=ko.locale)
    other = Person.objects.create(name="이바다", locale=ko.locale)
    articles = {}
    for n, person in enumerate((author, other)):
        page = NewsPageFactory(
            parent=news,
            locale=ko.locale,
            title=f"기사 {n}",
            slug=f"article-{n}",
            date=datetime.date(2026, 1, 1 + n),
            live=False,
        )
        page.authors.set([person])
        # Committed, as in the admin: Wagtail then updates the reference index.
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        page.refresh_from_db()
        articles[n] = page
    return {
        "home": ko,
        "ja_home": ja,
        "news": news,
        "ja_news": ja_news,
        "about": about,
        "a": articles[0],
        "b": articles[1],
        "author": author,
    }


def urls_of(site, *names):
    return [Page.objects.get(pk=site[name].pk).url for name in names]


ALL = ("home", "ja_home", "news", "ja_news", "about", "a", "b")


# Served whole ---------------------------------------------------------------------


def test_an_anonymous_visitor_gets_the_stored_page_without_a_query(client, site):
    url = site["a"].url
    first = client.get(url)

    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)

    assert (first[HIT_HEADER], second[HIT_HEADER], len(queries)) == ("miss", "hit", 0)
    assert second.content == first.content
    assert second["Cache-Control"] == "public, max-age=0, s-maxage=3600"


def test_compressed_and_plain_pages_are_stored_apart(client, site):
    url = site["a"].url
    plain = client.get(url)
    zipped = [client.get(url, headers={"accept-encoding": "gzip"}) for _ in range(2)]

    assert [r.get("Content-Encoding") for r in zipped] == ["gzip", "gzip"]
    assert [r[HIT_HEADER] for r in zipped] == ["miss", "hit"]
    assert gzip.decompress(zipped[1].content) == plain.content
    assert client.get(url)[HIT_HEADER] == "hit"


def test_a_logged_in_editor_is_never_answered_from_the_cache_nor_stored(
    client, site, django_user_model
):
    url = site["a"].url
    fill(client, [url])
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)

    assert [client.get(url).get(HIT_HEADER) for _ in range(2)] == [None, None]


def test_a_page_with_a_form_is_never_stored(client, site):
    from tests.events.factories import EventIndexPageFactory
    from tests.registrations.factories import make_registrable_event

    index = EventIndexPageFactory(parent=site["home"], locale=site["home"].locale)
    page, registrable = make_registrable_event(index, capacity=10)
    form_url = f"/ko/register/{registrable.key}/"

    responses = [client.get(form_url) for _ in range(2)]

    assert [r.status_code for r in responses] == [200, 200]
    assert [r.get(HIT_HEADER) for r in responses] == [None, None]
    assert "private" in responses[1]["Cache-Control"]


# What a change purges -----------------------------------------------------------


def test_publishing_shows_at_once_on_the_page_and_its_listings_and_nothing_else(client, site):
    urls = urls_of(site, *ALL)
    fill(client, urls)

    site["a"].title = "새 제목"
    site["a"].save_revision().publish()

    # The other article too: its sidebar lists the articles in its language.
    assert visit(client, urls) == dict(
        zip(urls, ["miss", "hit", "miss", "hit", "hit", "miss", "miss"], strict=True)
    )
    assert "새 제목" in text(client.get(site["news"].url))


def test_unpublishing_removes_the_page_from_its_listings_at_once(client, site):
    urls = urls_of(site, *ALL)
    fill(client, urls)

    site["a"].unpublish()

    assert client.get(urls[5]).status_code == 404
    rest = [u for n, u in zip(ALL, urls, strict=True) if n != "a"]
    assert visit(client, rest) == dict(
        zip(rest, ["miss", "hit", "miss", "hit", "hit", "miss"], strict=True)
    )
    assert "기사 0" not in text(client.get(site["news"].url))


def test_a_view_restriction_applies_at_once_to_the_page_and_its_listings(client, site):
    urls = urls_of(site, *ALL)
    fill(client, urls)

    PageViewRestriction.objects.create(
        page=site["a"], restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    restricted = client.get(urls[5])
    assert (restricted.get(HIT_HEADER), 'name="password"' in text(restricted)) == (None, True)
    assert "기사 0" not in text(restricted)
    rest = [u for n, u in zip(ALL, urls, strict=True) if n != "a"]
    assert visit(client, rest) == dict(
        zip(rest, ["miss", "hit", "miss", "hit", "hit", "miss"], strict=True)
    )
    assert "기사 0" not in text(client.get(site["news"].url))


def test_lifting_a_view_restriction_lists_the_page_again_at_once(client, site):
    restriction = PageViewRestriction.objects.create(
        page=site["a"], restriction_type=PageViewRestriction.LOGIN
    )
    urls = urls_of(site, *ALL)
    rest = [u for n, u in zip(ALL, urls, strict=True) if n != "a"]
    fill(client, rest)

    restriction.delete()

    assert visit(client, rest) == dict(
        zip(rest, ["miss", "hit", "miss", "hit", "hit", "miss"], strict=True)
    )
    assert "기사 0" in text(client.get(site["news"].url))
    assert "기사 0" in text(client.get(urls[5]))


def test_moving_a_page_purges_both_listings_and_its_old_address(client, site):
    press = NewsIndexPageFactory(
        parent=site["home"], locale=site["home"].locale, slug="press", title="보도"
    )
    old_url = site["a"].url
    urls = [*urls_of(site, *ALL), press.url]
    fill(client, urls)

    site["a"].move(press, pos="last-child")

    # Wagtail leaves a redirect at the old address.
    assert client.get(old_url).status_code == 301
    new_url = Page.objects.get(pk=site["a"].pk).url
    assert client.get(new_url).status_code == 200
    rest = [u for u in urls if u != old_url]
    assert visit(client, rest) == dict(
        zip(rest, ["miss", "hit", "miss", "hit", "hit", "miss", "miss"], strict=True)
    )


def test_a_snippet_change_shows_on_the_pages_that_use_it_and_no_other(client, site):
    urls = urls_of(site, *ALL)
    fill(client, urls)

    site["author"].name = "김하늘 기자"
    site["author"].save()

    states = visit(client, urls)
    assert states == dict(
        zip(urls, ["hit", "hit", "hit", "hit", "hit", "miss", "hit"], strict=True)
    )
    assert "김하늘 기자" in text(client.get(site["a"].url))


def test_the_footer_shows_at_once_on_every_page_of_its_language_only(client, site):
    footer = FooterText.objects.create(
        locale=site["home"].locale, organization_name="마당", address="서울"
    )
    urls = urls_of(site, *ALL)
    fill(client, urls)

    footer.address = "광주"
    footer.save()

    assert visit(client, urls) == dict(
        zip(urls, ["miss", "hit", "miss", "hit", "miss", "miss", "miss"], strict=True)
    )
    assert "광주" in text(client.get(site["about"].url))


def test_site_settings_show_at_once_on_every_page(client, site):
    urls = urls_of(site, *ALL)
    fill(client, urls)

    settings = SiteSettings.load()
    settings.contact_email = "new@example.org"
    settings.save()

    assert set(visit(client, urls).values()) == {"miss"}


def test_a_stored_page_never_replays_its_csp_nonce(client, site):
    from django.middleware.csp import get_nonce
    from wagtail import hooks

    url = site["a"].url

    def use_nonce(page, request, args, kwargs):  # as a page with an inline script does
        str(get_nonce(request))

    with hooks.register_temporarily("before_serve_page", use_nonce):
        responses = [client.get(url) for _ in range(3)]
    nonces = [re.findall(r"'nonce-([^']+)'", r["Content-Security-Policy"]) for r in responses]

    assert [r[HIT_HEADER] for r in responses] == ["miss", "hit", "hit"]
    assert len(set(nonces[0])) == 1  # the rendered page's, for scripts and styles
    # An answer from the cache carries its own nonce, or none: never the stored one.
    found = [nonce for each in nonces for nonce in set(each)]
    assert len(found) == len(set(found))
