"""The admin signs in through django-allauth: password, then a second factor; throttled."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.helpers import totp_code

LOGIN = "/accounts/login/"
SECOND_FACTOR = "/accounts/2fa/authenticate/"
ACTIVATE = "/accounts/2fa/totp/activate/"
PASSWORD = "pw-organizer-123"


@pytest.fixture
def organizer(db):
    return get_user_model().objects.create_superuser("organizer", "o@example.org", PASSWORD)


def korean_client(address="203.0.113.7"):
    return Client(HTTP_ACCEPT_LANGUAGE="ko", REMOTE_ADDR=address)


def sign_in(client, username="organizer", password=PASSWORD, next_url="/admin/"):
    return client.post(f"{LOGIN}?next={next_url}", {"login": username, "password": password})


def enrol(client):
    """Set up an authenticator app on the activation page as a person does; its secret.

    Unless the password was just confirmed, the page first asks for it again
    (allauth's reauthentication).
    """
    page = client.get(ACTIVATE)
    if page.status_code == 302:
        assert page.headers["Location"] == (
            "/accounts/reauthenticate/?next=%2Faccounts%2F2fa%2Ftotp%2Factivate%2F"
        )
        page = client.post(page.headers["Location"], {"password": PASSWORD}, follow=True)
    assert page.status_code == 200
    secret = re.search(r'id="authenticator_secret"[^>]*value="([A-Z2-7]+)"', page.text)
    if secret is None:
        secret = re.search(r'value="([A-Z2-7]+)"[^>]*id="authenticator_secret"', page.text)
    secret = secret.group(1)
    answer = client.post(ACTIVATE, {"code": totp_code(secret)})
    assert (answer.status_code, answer.headers["Location"]) == (
        302,
        "/accounts/2fa/recovery-codes/",
    )
    return secret


@pytest.fixture
def enrolled(organizer):
    """The organizer with an authenticator app; a fresh (signed-out) client and the secret."""
    client = korean_client()
    assert sign_in(client).status_code == 302
    secret = enrol(client)
    return secret


def test_wagtails_login_address_leads_to_the_sign_in_with_its_next(db):
    response = Client().get("/admin/login/?next=/admin/pages/")

    assert (response.status_code, response.headers["Location"]) == (
        302,
        "/accounts/login/?next=/admin/pages/",
    )


def test_the_admin_sends_a_visitor_to_the_sign_in(db):
    response = Client().get("/admin/pages/")

    assert (response.status_code, response.headers["Location"]) == (
        302,
        "/accounts/login/?next=/admin/pages/",
    )


def test_the_right_password_posted_to_wagtails_login_does_not_open_the_admin(enrolled):
    client = korean_client()

    response = client.post(
        "/admin/login/?next=/admin/", {"username": "organizer", "password": PASSWORD}
    )

    assert (response.status_code, response.headers["Location"]) == (
        302,
        "/accounts/login/?next=/admin/",
    )
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_the_right_password_alone_does_not_open_the_admin_of_an_enrolled_account(enrolled):
    client = korean_client()

    response = sign_in(client)

    assert (response.status_code, response.headers["Location"]) == (302, SECOND_FACTOR)
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").headers["Location"] == "/accounts/login/?next=/admin/"


def test_the_password_and_the_code_open_the_admin(enrolled):
    client = korean_client()
    sign_in(client)

    wrong = client.post(SECOND_FACTOR, {"code": "000000"})
    assert wrong.status_code == 200
    assert "_auth_user_id" not in client.session
    response = client.post(SECOND_FACTOR, {"code": totp_code(enrolled, at=None)})

    assert (response.status_code, response.headers["Location"]) == (302, "/admin/")
    assert client.get("/admin/").status_code == 200


def test_with_the_second_factor_required_the_admin_asks_for_it_first_in_korean(organizer, settings):
    settings.ADMIN_MFA_REQUIRED = True
    client = korean_client()
    assert sign_in(client).status_code == 302

    response = client.get("/admin/pages/")

    assert (response.status_code, response.headers["Location"]) == (
        302,
        f"{ACTIVATE}?next=%2Fadmin%2Fpages%2F",
    )
    # The activation page first asks for the password again, in Korean.
    page = client.get(response.headers["Location"], follow=True)
    assert re.findall(r"<h1>\s*(.*?)\s*</h1>", page.text) == ["접근 확인"]
    page = client.post(page.redirect_chain[-1][0], {"password": PASSWORD}, follow=True)
    assert re.findall(r"<h1>\s*(.*?)\s*</h1>", page.text) == ["인증 앱 활성화"]
    enrol(client)
    assert client.get("/admin/pages/").status_code == 200


def test_without_the_requirement_the_admin_opens_with_the_password(organizer):
    client = korean_client()
    sign_in(client)

    assert client.get("/admin/").status_code == 200


TOO_MANY_KO = "<h1>로그인 시도가 너무 많습니다</h1>"


def test_five_wrong_passwords_for_one_account_pause_its_sign_in_from_every_address(organizer):
    for n in range(5):
        assert sign_in(korean_client(f"198.51.100.{n}"), password="wrong").status_code == 200

    response = sign_in(korean_client("198.51.100.99"))

    assert response.status_code == 429
    assert TOO_MANY_KO in response.text
    assert "_auth_user_id" not in response.client.session


def test_ten_wrong_passwords_from_one_address_pause_its_sign_ins_for_every_account(organizer):
    for n in range(10):
        answer = sign_in(korean_client(), username=f"someone{n}", password="wrong")
        assert answer.status_code == 200

    response = sign_in(korean_client())

    assert response.status_code == 429
    assert TOO_MANY_KO in response.text
    assert sign_in(korean_client("198.51.100.1")).status_code == 302


def test_the_pause_is_said_in_japanese_to_a_japanese_browser(organizer):
    for n in range(5):
        sign_in(korean_client(f"198.51.100.{n}"), password="wrong")

    response = sign_in(Client(HTTP_ACCEPT_LANGUAGE="ja"))

    assert response.status_code == 429
    assert "<h1>ログインの試行が多すぎます</h1>" in response.text


def test_sign_up_is_closed(db):
    response = Client().post(
        "/accounts/signup/",
        {"username": "intruder", "password1": "a-Long-pass-123", "password2": "a-Long-pass-123"},
    )

    assert response.status_code == 200
    assert get_user_model().objects.filter(username="intruder").exists() is False


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ko", "계정은 주최 측이 만들어 드립니다. 계정이 없으시면 주최 측에 문의해 주세요."),
        ("ja", "アカウントは主催者が作成します。お持ちでない方は主催者にお問い合わせください。"),
    ],
)
def test_the_sign_in_offers_no_sign_up_and_says_whom_to_ask_for_an_account(db, language, sentence):
    page = Client(HTTP_ACCEPT_LANGUAGE=language).get(f"{LOGIN}?next=/ko/members/")

    assert page.status_code == 200
    assert "/accounts/signup/" not in page.text
    assert f"<p>{sentence}</p>" in page.text
    assert 'name="password"' in page.text


def test_after_setting_up_the_app_the_recovery_codes_lead_on_to_where_the_organizer_was_going(
    organizer, settings
):
    settings.ADMIN_MFA_REQUIRED = True
    client = korean_client()
    sign_in(client)
    activate = client.get("/admin/pages/").headers["Location"]
    page = client.get(activate, follow=True)
    page = client.post(page.redirect_chain[-1][0], {"password": PASSWORD}, follow=True)
    secret = re.search(r'value="([A-Z2-7]{16,})"', page.text).group(1)

    answer = client.post(ACTIVATE, {"code": totp_code(secret)})
    codes = client.get(answer.headers["Location"])

    assert answer.headers["Location"] == "/accounts/2fa/recovery-codes/"
    assert re.findall(r'<a href="([^"]*)"[^>]*>\s*계속하기\s*</a>', codes.text) == ["/admin/pages/"]
    assert client.get("/admin/pages/").status_code == 200


def test_the_recovery_codes_lead_on_to_the_admin_without_a_next(enrolled):
    client = korean_client()
    sign_in(client)
    client.post(SECOND_FACTOR, {"code": totp_code(enrolled, at=None)})

    # Seeing the codes later asks for the password again.
    page = client.get("/accounts/2fa/recovery-codes/", follow=True)
    codes = client.post(page.redirect_chain[-1][0], {"password": PASSWORD}, follow=True)

    assert re.findall(r'<a href="([^"]*)"[^>]*>\s*계속하기\s*</a>', codes.text) == ["/admin/"]


def test_a_next_outside_the_site_is_not_kept(organizer):
    client = korean_client()
    sign_in(client)
    page = client.get(f"{ACTIVATE}?next=https://evil.example/", follow=True)
    page = client.post(page.redirect_chain[-1][0], {"password": PASSWORD}, follow=True)
    secret = re.search(r'value="([A-Z2-7]{16,})"', page.text).group(1)
    client.post(ACTIVATE, {"code": totp_code(secret)})

    codes = client.get("/accounts/2fa/recovery-codes/")

    assert "evil.example" not in codes.text
    assert re.findall(r'<a href="([^"]*)"[^>]*>\s*계속하기\s*</a>', codes.text) == ["/admin/"]


SECOND_FACTOR_WORDING = {
    "ko": [
        "인증 앱 비밀 키",
        "이 비밀 키를 저장해 두면 나중에 인증 앱을 다시 설치할 때 쓸 수 있습니다.",
        "복구 코드 10개 중 10개를 아직 쓸 수 있습니다.",
    ],
    "ja": [
        "認証アプリのシークレットキー",
        "このシークレットキーを保存しておくと、後で認証アプリを入れ直すときに使えます。",
        "リカバリーコード 10 個のうち 10 個がまだ使えます。",
    ],
}
SECOND_FACTOR_WRONG = [
    "인증 secret",
    "secret을",
    "개 계정 중",
    "Authenticator secret",
    "codes available",
]


@pytest.mark.parametrize("language", ["ko", "ja"])
def test_setting_up_the_app_and_its_recovery_codes_speak_the_organizers_language(
    organizer, language
):
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    sign_in(client)
    page = client.get(ACTIVATE, follow=True)
    if page.redirect_chain:
        page = client.post(page.redirect_chain[-1][0], {"password": PASSWORD}, follow=True)
    secret = re.search(r'value="([A-Z2-7]{16,})"', page.text).group(1)
    client.post(ACTIVATE, {"code": totp_code(secret)})
    codes = client.get("/accounts/2fa/recovery-codes/")
    text = re.sub(r'value="[A-Z2-7]{16,}"', "", page.text) + codes.text

    assert [sentence in text for sentence in SECOND_FACTOR_WORDING[language]] == [True] * 3
    assert [word for word in SECOND_FACTOR_WRONG if word in text] == []


def test_a_null_character_typed_in_the_sign_in_is_named_as_such_in_japanese(db):
    client = Client(HTTP_ACCEPT_LANGUAGE="ja")

    page = client.post(LOGIN, {"login": "organ\x00izer", "password": PASSWORD})

    # Django's Japanese said "type some characters" (何か文字を入力してください。).
    assert (page.status_code, "NULL 文字は入力できません。" in page.text) == (200, True)
    assert "何か文字を入力してください。" not in page.text


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ko", "이 계정은 2단계 인증으로 보호되고 있습니다. 인증 코드를 입력해 주세요:"),
        (
            "ja",
            "このアカウントは2段階認証で保護されています。認証アプリのコードを入力してください：",
        ),
    ],
)
def test_the_code_asked_at_each_sign_in_is_asked_in_the_organizers_language(
    enrolled, language, sentence
):
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    sign_in(client)

    page = client.get(SECOND_FACTOR)

    assert (sentence in page.text, "多要素認証" in page.text) == (True, False)


def test_the_two_factor_overview_and_the_password_check_read_as_korean(enrolled):
    client = korean_client()
    sign_in(client)
    client.post(SECOND_FACTOR, {"code": totp_code(enrolled, at=None)})

    overview = client.get("/accounts/2fa/").text
    check = client.get("/accounts/2fa/totp/deactivate/", follow=True).text

    assert "organizer 님으로 로그인했습니다." in overview
    assert "인증 앱으로 하는 인증을 쓰고 있습니다." in overview
    assert "복구 코드 10개 중 10개를 아직 쓸 수 있습니다." in overview
    assert ("비밀번호를 입력하세요." in check, "패스워드" in check) == (True, False)
