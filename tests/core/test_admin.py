"""Organizers can open every editing screen the foundation adds."""

import re

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


@pytest.fixture
def organizations_in_two_languages(home_pages):
    """Two Korean organizations and the Japanese translation of the first."""
    from madang.people.models import Organization

    gwangju = Organization.objects.create(name="광주의료사협", locale=home_pages["ko"].locale)
    Organization.objects.create(name="안산의료사협", locale=home_pages["ko"].locale)
    japanese = gwangju.copy_for_translation(home_pages["ja"].locale)
    japanese.name = "光州医療生協"
    japanese.save()
    return japanese


def test_a_japanese_event_pages_organization_choices_are_the_japanese_ones(
    admin_client, home_pages, organizations_in_two_languages
):
    from tests.events.factories import EventIndexPageFactory

    index = EventIndexPageFactory(parent=home_pages["ja"], locale=home_pages["ja"].locale)

    form = admin_client.get(
        reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk])
    ).context["form"]

    assert (
        [str(o) for o in form.fields["organizers"].queryset],
        [str(o) for o in form.fields["host"].queryset],
        form.fields["host"].widget.get_chooser_modal_url().endswith("?locale=ja"),
        [str(o) for o in form.formsets["booths"].empty_form.fields["organization"].queryset],
    ) == (["光州医療生協"], ["光州医療生協"], True, ["光州医療生協"])


def test_a_korean_persons_affiliation_choices_are_the_korean_organizations(
    admin_client, organizations_in_two_languages
):
    form = admin_client.get(reverse("wagtailsnippets_people_person:add") + "?locale=ko").context[
        "form"
    ]

    assert [str(o) for o in form.fields["organization"].queryset] == [
        "광주의료사협",
        "안산의료사협",
    ]


def test_the_organization_chooser_window_is_in_the_organizers_language(admin_client):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="organizer"))
    profile.preferred_language = "ja"
    profile.save()

    html = admin_client.get(reverse("wagtailsnippetchoosers_people_organization:choose")).json()[
        "html"
    ]

    label = re.search(r'id="id_locale-label">\s*(\S+)\s*</label>', html).group(1)
    assert ("選択" in html, "선택" in html, label) == (True, False, "言語")
