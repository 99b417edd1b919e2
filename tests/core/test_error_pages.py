"""The error pages never read the request body, so no input turns a 4xx into a 500."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import BadRequest
from django.test import Client, RequestFactory
from django.utils import translation
from wagtail.users.models import UserProfile

from madang.core import errors

UNREADABLE = {"content_type": "application/x-www-form-urlencoded; charset=shift_jis"}


@pytest.fixture
def unreadable_post():
    """A POST whose body Django refuses to parse (a legacy charset)."""
    request = RequestFactory().post("/ko/", "name=%82%A0", **UNREADABLE)
    with pytest.raises(BadRequest):
        request.POST  # noqa: B018
    return request


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("handler", "status", "heading"),
    [
        (errors.bad_request, 400, "요청을 처리할 수 없습니다"),
        (errors.permission_denied, 403, "접근 권한이 없습니다"),
        (errors.page_not_found, 404, "페이지를 찾을 수 없습니다"),
    ],
)
def test_an_error_page_renders_in_korean_for_a_body_nobody_can_read(
    home_pages, unreadable_post, handler, status, heading
):
    with translation.override("ko"):
        response = handler(unreadable_post, exception=None)

    assert response.status_code == status
    assert f"<h1>{heading}</h1>" in response.text


def test_the_server_error_page_says_it_in_three_languages(unreadable_post):
    response = errors.server_error(unreadable_post)

    assert response.status_code == 500
    assert [
        text in response.text
        for text in (
            "Something went wrong on our side.",
            "서버에 문제가 생겼습니다.",
            "サーバーで問題が発生しました。",
        )
    ] == [True] * 3


@pytest.mark.django_db
def test_a_post_in_a_legacy_charset_to_an_unknown_address_is_a_404(home_pages):
    response = Client(raise_request_exception=False).post(
        "/ko/no-such-page/", "name=%82%A0", **UNREADABLE
    )

    assert response.status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading", "back"),
    [
        ("ko", "접근 권한이 없습니다", "관리 화면 대시보드로 돌아가기"),
        ("ja", "アクセスできません", "管理画面のダッシュボードに戻る"),
    ],
)
def test_a_403_inside_the_admin_leads_an_organizer_back_to_the_dashboard(
    home_pages, language, heading, back
):
    user = get_user_model().objects.create_superuser("organizer", "o@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    request = RequestFactory().get("/admin/privacy/")
    request.user = user

    response = errors.permission_denied(request, exception=None)

    assert (
        response.status_code,
        f"<h1>{heading}</h1>" in response.text,
        f'<a href="/admin/">{back}</a>' in response.text,
    ) == (403, True, True)


@pytest.mark.django_db
def test_a_403_on_the_site_leads_to_the_home_page(home_pages):
    request = RequestFactory().get("/ko/members/")
    request.user = AnonymousUser()

    with translation.override("ko"):
        response = errors.permission_denied(request, exception=None)

    assert ('<a href="/ko/">' in response.text, 'href="/admin/"' in response.text) == (
        True,
        False,
    )
