"""Organizers can open every editing screen the foundation adds."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories import NewsIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, home_pages):
    user = get_user_model().objects.create_superuser("organizer", "o@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("app", "model", "parent"),
    [
        ("core", "standardpage", "home"),
        ("news", "newsindexpage", "home"),
        ("news", "newspage", "news"),
        ("events", "eventindexpage", "home"),
        ("tours", "tourindexpage", "home"),
    ],
)
def test_organizer_opens_the_create_form_of_each_page_type(
    admin_client, home_pages, app, model, parent
):
    home = home_pages["ko"]
    parent_page = (
        home if parent == "home" else NewsIndexPageFactory(parent=home, locale=home.locale)
    )

    response = admin_client.get(
        reverse("wagtailadmin_pages:add", args=[app, model, parent_page.pk])
    )

    assert response.status_code == 200


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailsnippets_people_person:list",
        "wagtailsnippets_people_organization:list",
        "wagtailsnippets_core_footertext:list",
        "wagtailsettings:edit",
    ],
)
def test_organizer_opens_snippet_and_setting_screens(admin_client, url_name):
    args = ["core", "sitesettings"] if url_name == "wagtailsettings:edit" else []

    response = admin_client.get(reverse(url_name, args=args), follow=True)

    assert response.status_code == 200


def test_sitemap_lists_pages_of_every_language(client, home_pages):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert [f"https://madang.test/{c}/" in response.text for c in ("ko", "ja", "en")] == [True] * 3
