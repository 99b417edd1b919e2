"""A page behind a password asks for it in the site's own layout, readable on a phone,
in the page's language (Wagtail's default form is a bare page without a viewport)."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "heading", "button"),
    [("ko", "비밀번호가 필요합니다", "계속"), ("ja", "パスワードが必要です", "続ける")],
)
def test_a_password_protected_page_asks_in_the_sites_layout(
    client, home_pages, language, heading, button
):
    home = home_pages[language]
    page = StandardPageFactory(parent=home, locale=home.locale, slug="members", title="회원")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    with translation.override(language):
        response = client.get(f"/{language}/members/")
    html = response.content.decode()

    assert response.status_code == 200
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert f"<h1>{heading}</h1>" in html
    assert f'<button type="submit" class="button">{button}</button>' in html
    assert 'class="site-header"' in html
    assert 'name="password"' in html


def test_the_right_password_opens_the_page(client, home_pages):
    home = home_pages["ko"]
    page = StandardPageFactory(parent=home, locale=home.locale, slug="members", title="회원 안내")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    with translation.override("ko"):
        action = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])

    wrong = client.post(action, {"password": "wrong", "return_url": "/ko/members/"})
    right = client.post(action, {"password": "secret", "return_url": "/ko/members/"})

    assert (action, wrong.status_code, right.status_code) == (
        f"/ko/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        200,
        302,
    )
    assert "회원 안내" in client.get(right["Location"]).content.decode()


def test_a_page_for_signed_in_people_sends_visitors_to_the_sign_in_with_a_second_factor(
    client, home_pages
):
    home = home_pages["ko"]
    page = StandardPageFactory(parent=home, locale=home.locale, slug="members")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/ko/members/")

    assert (response.status_code, response["Location"]) == (
        302,
        "/accounts/login/?next=/ko/members/",
    )
    # Wagtail's own password-only sign-in would skip the second factor: never served.
    assert client.get("/ko/_util/login/").status_code == 404
