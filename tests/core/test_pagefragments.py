"""Fragments of a page (madang/core/pagecache.py, ``fragment``): the parts that are the
same for everyone, reused by personal renders, retired by the page's purges.

A personal visitor (a messages or session cookie) is never answered from the page
cache: the page renders, but its chrome (language links, menu, footer) comes from
the fragments stored under the page's token.
"""

import datetime

import pytest
import time_machine
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import Page

from madang.core.models import FooterText, SiteSettings
from madang.core.pagecache import HIT_HEADER, Expiring, fragment, mark_cacheable
from madang.people.models import Person
from tests.factories import StandardPageFactory
from tests.helpers import count_queries

# indexed: fragments are retired by purges that follow references.
pytestmark = [pytest.mark.django_db, pytest.mark.indexed]


@pytest.fixture
def site(home_pages):
    ko, ja = home_pages["ko"], home_pages["ja"]
    SiteSettings.load()
    FooterText.objects.create(locale=ko.locale, organization_name="마당", address="서울")
    FooterText.objects.create(locale=ja.locale, organization_name="マダン", address="東京")
    about = StandardPageFactory(
        parent=ko, locale=ko.locale, slug="about", title="소개", show_in_menus=True
    )
    other = StandardPageFactory(parent=ko, locale=ko.locale, slug="other", title="다른 쪽")
    ja_about = StandardPageFactory(
        parent=ja, locale=ja.locale, slug="about", title="紹介", show_in_menus=True
    )
    return {"home": ko, "ja_home": ja, "about": about, "other": other, "ja_about": ja_about}


@pytest.fixture
def personal(client):
    client.cookies["messages"] = "personal"
    return client


def url(page):
    return Page.objects.get(pk=page.pk).url


def test_a_personal_render_reuses_the_fragments_and_shows_the_same_page(personal, site):
    page_url = url(site["other"])
    first = count_queries(personal, page_url)
    second = count_queries(personal, page_url)
    responses = [personal.get(page_url) for _ in range(2)]

    assert [r.get(HIT_HEADER) for r in responses] == [None, None]
    assert second < first
    assert responses[0].content == responses[1].content


def test_an_anonymous_render_stores_the_fragments_a_personal_render_reuses(client, site):
    page_url = url(site["other"])
    full = count_queries(client, page_url)  # rendered and stored whole
    client.cookies["messages"] = "personal"

    assert count_queries(client, page_url) < full


def test_renaming_a_menu_item_shows_at_once_on_every_personal_render_of_its_language(
    personal, site
):
    urls = [url(site[name]) for name in ("home", "about", "other", "ja_home")]
    for page_url in urls:
        personal.get(page_url)

    site["about"].title = "우리 소개"
    site["about"].save_revision().publish()

    contents = [personal.get(page_url).content.decode() for page_url in urls]
    assert ["우리 소개" in content for content in contents] == [True, True, True, False]
    assert "紹介" in contents[3]


def test_the_footer_shows_at_once_on_personal_renders_in_its_language_only(personal, site):
    urls = [url(site[name]) for name in ("home", "other", "ja_home", "ja_about")]
    for page_url in urls:
        personal.get(page_url)

    footer = FooterText.objects.get(locale=site["ja_home"].locale)
    footer.address = "大阪"
    footer.save()

    contents = [personal.get(page_url).content.decode() for page_url in urls]
    assert ["大阪" in content for content in contents] == [False, False, True, True]
    assert ["서울" in content for content in contents] == [True, True, False, False]


def test_a_change_that_purges_nothing_leaves_the_fragments(personal, site):
    page_url = url(site["other"])
    personal.get(page_url)
    reused = count_queries(personal, page_url)

    Person.objects.create(name="아무도 안 보는 사람", locale=site["home"].locale)

    assert count_queries(personal, page_url) == reused


def test_a_logged_in_editor_gets_the_live_page_and_leaves_nothing_personal(
    client, site, django_user_model
):
    page_url = url(site["other"])
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    as_editor = client.get(page_url).content.decode()
    client.logout()
    client.cookies["messages"] = "personal"

    as_visitor = client.get(page_url).content.decode()

    assert ("wagtail-userbar" in as_editor, "wagtail-userbar" in as_visitor) == (True, False)
    assert "editor" not in as_visitor


def marked_request(page):
    request = RequestFactory().get(url(page), HTTP_HOST="localhost")
    mark_cacheable(request, page)
    return request


def test_a_fragment_is_stored_once_per_page_and_purged_with_it(site):
    calls = []

    def compute():
        calls.append(1)
        return "<p>같은 조각</p>"

    values = [fragment(marked_request(site["about"]), "part", compute) for _ in range(2)]
    site["about"].save_revision().publish()
    values.append(fragment(marked_request(site["about"]), "part", compute))

    assert (values, len(calls)) == (["<p>같은 조각</p>"] * 3, 2)


def test_a_fragment_that_time_changes_is_computed_again_from_the_moment_it_names(site):
    until = timezone.now() + datetime.timedelta(seconds=1)
    calls = []

    def compute():
        calls.append(1)
        return Expiring(f"<p>{len(calls)}번째</p>", until)

    values = [fragment(marked_request(site["about"]), "part", compute) for _ in range(2)]
    # The clock (time-machine) moves to just past ``until`` instead of the test waiting.
    with time_machine.travel(until + datetime.timedelta(seconds=0.1)):
        values.append(fragment(marked_request(site["about"]), "part", compute))

    assert values == ["<p>1번째</p>", "<p>1번째</p>", "<p>2번째</p>"]


def test_a_fragment_with_a_csrf_token_is_never_stored(site):
    calls = []

    def compute():
        calls.append(1)
        return '<input type="hidden" name="csrfmiddlewaretoken" value="secret">'

    for _ in range(2):
        fragment(marked_request(site["about"]), "form", compute)

    assert len(calls) == 2


def test_outside_the_page_view_fragments_are_computed_every_time(site):
    request = RequestFactory().get("/ko/search/")
    calls = []

    for _ in range(2):
        fragment(request, "part", lambda: calls.append(1) or "조각")

    assert len(calls) == 2
