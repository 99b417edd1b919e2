"""Routing from the shared cache (madang/core/routing.py, madang/core/sites.py): a known
address costs no query, and whatever changes where it leads or who may see it shows on
the very next request, in every language."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction, Site

from madang.core.pagecache import HIT_HEADER
from tests.factories import StandardPageFactory
from tests.helpers import count_queries

pytestmark = pytest.mark.django_db

LOGIN_REDIRECT = 302


@pytest.fixture
def pages(home_pages, django_capture_on_commit_callbacks):
    """``{language: (section, page below it)}`` in Korean and Japanese."""
    found = {}
    for code in ("ko", "ja"):
        home = home_pages[code]
        section = StandardPageFactory(parent=home, locale=home.locale, slug="section")
        page = StandardPageFactory(parent=section, locale=home.locale, slug="page", title="안쪽")
        found[code] = (section, page)
    return found


@pytest.fixture
def personal(client):
    client.cookies["messages"] = "personal"
    return client


def statuses(client, url):
    """Status of a personal and an anonymous GET (the anonymous one may be a stored page)."""
    anonymous = client.__class__()
    return client.get(url).status_code, anonymous.get(url).status_code


def warm(client, url):
    """Route and whole page stored: the second personal GET runs no query."""
    assert statuses(client, url) == (200, 200)
    assert client.__class__().get(url)[HIT_HEADER] == "hit"
    assert count_queries(client, url) == 0


@pytest.mark.parametrize("code", ["ko", "ja"])
@pytest.mark.parametrize("where", [1, 0], ids=["on-the-page", "above-it"])
def test_a_restriction_added_on_or_above_a_known_page_applies_on_the_next_request(
    personal, pages, code, where, django_capture_on_commit_callbacks
):
    page = pages[code][1]
    warm(personal, page.url)

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=pages[code][where], restriction_type=PageViewRestriction.LOGIN
        )

    assert statuses(personal, page.url) == (LOGIN_REDIRECT, LOGIN_REDIRECT)


@pytest.mark.parametrize("code", ["ko", "ja"])
def test_a_restriction_removed_frees_the_page_on_the_next_request(
    personal, pages, code, django_capture_on_commit_callbacks
):
    page = pages[code][1]
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    assert statuses(personal, page.url) == (LOGIN_REDIRECT, LOGIN_REDIRECT)
    assert statuses(personal, page.url) == (LOGIN_REDIRECT, LOGIN_REDIRECT)

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()

    assert statuses(personal, page.url) == (200, 200)


@pytest.mark.parametrize("code", ["ko", "ja"])
def test_a_restrictions_groups_changed_apply_on_the_next_request(
    client, pages, code, django_user_model, django_capture_on_commit_callbacks
):
    page = pages[code][1]
    members, others = Group.objects.create(name="members"), Group.objects.create(name="others")
    user = django_user_model.objects.create_user(username="member", password="x")
    user.groups.add(members)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([members])
    client.force_login(user)
    assert [client.get(page.url).status_code for _ in range(2)] == [200, 200]

    with django_capture_on_commit_callbacks(execute=True):
        restriction.groups.set([others])

    assert client.get(page.url).status_code == LOGIN_REDIRECT


@pytest.mark.parametrize("code", ["ko", "ja"])
def test_a_new_slug_above_a_known_page_moves_it_on_the_next_request(
    personal, pages, code, django_capture_on_commit_callbacks
):
    section, page = pages[code]
    old_url = page.url
    warm(personal, old_url)

    section.slug = "renamed"
    with django_capture_on_commit_callbacks(execute=True):
        section.save_revision().publish()
    page.refresh_from_db()

    # Wagtail's redirects app sends the old address to the new one.
    moved = personal.get(old_url)
    assert (moved.status_code, moved["Location"]) == (301, page.url)
    assert statuses(personal, page.url) == (200, 200)


@pytest.mark.parametrize("code", ["ko", "ja"])
def test_a_site_added_for_a_known_host_answers_it_on_the_next_request(
    personal, pages, code, django_capture_on_commit_callbacks
):
    section, page = pages[code]
    url = f"/{code}/"
    host = {"HTTP_HOST": "other.example"}
    home_title = section.get_parent().title
    assert home_title in personal.get(url, **host).content.decode()
    assert personal.get(url, **host).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        Site.objects.create(hostname="other.example", port=80, root_page=section)

    assert f"<h1>{section.title}</h1>" in personal.get(url, **host).content.decode()
