"""A page behind a password asks for it in the site's own layout, readable on a phone,
in the page's language (Wagtail's default form is a bare page without a viewport)."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

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

    right = client.post(action, {"password": "secret", "return_url": "/ko/members/"})

    assert (action, right.status_code) == (
        f"/ko/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        302,
    )
    assert "회원 안내" in client.get(right["Location"]).content.decode()


def password_form(home_pages, language):
    home = home_pages[language]
    page = StandardPageFactory(parent=home, locale=home.locale, slug="members", title="회원 안내")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    with translation.override(language):
        return reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])


def errors_shown(response):
    html = response.content.decode()
    return html[html.index('<div class="form-errors">') :].split("</div>")[0]


@pytest.mark.parametrize(
    ("language", "error"),
    [
        ("ko", "입력한 비밀번호가 올바르지 않습니다. 다시 시도해 주세요."),
        ("ja", "入力されたパスワードは正しくありませんでした。再度試してください。"),
    ],
)
def test_a_wrong_password_is_refused_with_403_and_says_so(client, home_pages, language, error):
    action = password_form(home_pages, language)

    response = client.post(action, {"password": "wrong", "return_url": f"/{language}/members/"})

    assert (response.status_code, error in errors_shown(response)) == (403, True)
    assert 'class="site-header"' in response.content.decode()


@pytest.mark.parametrize(
    ("language", "data", "error"),
    [
        ("ko", {"password": "", "return_url": "/ko/members/"}, "필수 작성 항목입니다"),
        ("ja", {"password": "", "return_url": "/ja/members/"}, "この項目は必須です"),
        (
            "ko",
            {"password": "secret"},
            "양식이 완전하지 않습니다. 페이지를 다시 열고 비밀번호를 입력해 주세요.",
        ),
        (
            "ja",
            {"password": "secret"},
            "フォームが不完全です。ページを開き直して、パスワードを入力してください。",
        ),
    ],
)
def test_an_incomplete_password_form_is_refused_with_400_and_says_so(
    client, home_pages, language, data, error
):
    action = password_form(home_pages, language)

    response = client.post(action, data)

    assert (response.status_code, error in errors_shown(response)) == (400, True)


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


def restricted_document():
    """A document in a collection behind the password "secret": the address of its
    password form, and its own."""
    collection = Collection.get_first_root_node().add_child(name="회원 자료")
    document = Document.objects.create(
        title="회원 자료",
        file=ContentFile(b"%PDF-1.4\n", name="members.pdf"),
        collection=collection,
    )
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="secret",
    )
    action = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    return action, document.url


@pytest.mark.parametrize(
    ("language", "error", "message"),
    [
        (
            "ko",
            "입력한 비밀번호가 올바르지 않습니다. 다시 시도해 주세요.",
            "이 문서를 보려면 비밀번호를 입력해 주세요.",
        ),
        (
            "ja",
            "入力されたパスワードは正しくありませんでした。再度試してください。",
            "この文書を見るにはパスワードを入力してください。",
        ),
    ],
)
def test_a_wrong_document_password_is_refused_with_403_and_says_so(
    client, home_pages, language, error, message
):
    action, address = restricted_document()

    response = client.post(
        action, {"password": "wrong", "return_url": address}, HTTP_ACCEPT_LANGUAGE=language
    )

    html = response.content.decode()
    assert (response.status_code, error in errors_shown(response), message in html) == (
        403,
        True,
        True,
    )
    assert 'class="site-header"' in html


def test_the_right_document_password_leads_back_to_the_document(client, home_pages):
    action, address = restricted_document()

    right = client.post(action, {"password": "secret", "return_url": address})

    assert (right.status_code, right["Location"]) == (302, address)


def test_an_incomplete_document_password_form_is_refused_with_400(client, home_pages):
    action, _address = restricted_document()

    response = client.post(action, {"password": "secret"}, HTTP_ACCEPT_LANGUAGE="ko")

    assert (response.status_code, errors_shown(response)) == (
        400,
        '<div class="form-errors">'
        "양식이 완전하지 않습니다. 페이지를 다시 열고 비밀번호를 입력해 주세요.",
    )
