"""Forms declared in a legacy charset: read as typed, or refused with a translated 400.

Korean and Japanese clients still send ``application/x-www-form-urlencoded;
charset=euc-kr`` (or shift_jis…). Through the WSGI callable the server runs,
such a form is decoded with its charset; one that cannot be decoded, and any
that reaches Django itself, gets the translated 400 page: never a 500, never a
half-written registration.
"""

from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from madang.registrations.models import Registration, Status
from madang.registrations.tokens import manage_token
from tests.helpers import WsgiClient

from .factories import make_registrable_event, register

FORM = "application/x-www-form-urlencoded"
BAD_REQUEST_KO = "<h1>요청을 처리할 수 없습니다</h1>"


@pytest.fixture
def registrable(event_index):
    _page, registrable = make_registrable_event(event_index, capacity=100)
    return registrable


def delegate(**overrides):
    return {
        "name": "김민지",
        "name_romanized": "Kim Minji",
        "email": "minji@example.org",
        "phone": "010-0000-0000",
        "organization": "안산의료복지사회적협동조합",
        "role": "이사",
        "country": "KR",
        "correspondence_language": "ko",
        "interpretation_language": "ja",
        "consent": "on",
        **overrides,
    }


def post_form(client, path, fields, charset):
    """GET ``path`` for the CSRF cookie, then POST ``fields`` urlencoded in ``charset``."""
    client.get(path)
    body = urlencode({"csrfmiddlewaretoken": client.csrf_token(), **fields}, encoding=charset)
    return client.request(
        "POST", path, body=body.encode("ascii"), content_type=f"{FORM}; charset={charset}"
    )


JAPANESE = {
    "name": "山田はなこ",
    "name_romanized": "Yamada Hanako",
    "organization": "医療生協さいたま",
    "role": "理事",
    "country": "JP",
    "correspondence_language": "ja",
}


@pytest.mark.parametrize(
    ("charset", "fields"),
    [("euc-kr", {}), ("cp949", {"name": "똠방각하"}), ("shift_jis", JAPANESE)],
)
def test_a_registration_sent_in_a_legacy_charset_is_stored_as_typed(registrable, charset, fields):
    path = f"/ko/register/{registrable.key}/"
    status, headers, _body = post_form(WsgiClient(), path, delegate(**fields), charset)

    assert (status, headers["Location"].partition("?")[0]) == (
        302,
        f"/ko/register/{registrable.key}/thanks/",
    )
    expected = delegate(**fields)
    assert list(Registration.objects.values_list("name", "name_romanized", "organization")) == [
        (expected["name"], expected["name_romanized"], expected["organization"])
    ]


def test_a_cancellation_sent_in_euc_kr_cancels(registrable):
    registration = register(registrable)
    path = f"/ko/registration/{manage_token(registration)}/cancel/"

    status, _headers, _body = post_form(WsgiClient(), path, {"confirm": "on"}, "euc-kr")

    registration.refresh_from_db()
    assert (status, registration.status) == (302, Status.CANCELLED)


def form_paths(registrable):
    registration = register(registrable, email="someone@example.org")
    token = manage_token(registration)
    return {
        "registration": f"/ko/register/{registrable.key}/",
        "delegation": f"/ko/register/{registrable.key}/delegation/",
        "change": f"/ko/registration/{token}/change/",
        "cancel": f"/ko/registration/{token}/cancel/",
        "admin login": "/accounts/login/?next=/admin/",
    }


FORMS = ["registration", "delegation", "change", "cancel", "admin login"]


@pytest.mark.parametrize("form", FORMS)
def test_a_form_that_cannot_be_read_in_its_charset_gets_the_translated_400_page(registrable, form):
    path = form_paths(registrable)[form]
    client = WsgiClient()
    client.get(path)

    status, _headers, body = client.request(
        "POST",
        path,
        # "%FF" is no character in EUC-KR.
        body=f"csrfmiddlewaretoken={client.csrf_token()}&name=%FF&confirm=on".encode(),
        content_type=f"{FORM}; charset=euc-kr",
    )

    assert status == 400
    assert BAD_REQUEST_KO in body.decode()
    assert list(Registration.objects.values_list("email", "status")) == [
        ("someone@example.org", Status.CONFIRMED)
    ]


@pytest.mark.parametrize("form", FORMS)
def test_django_refusing_a_legacy_charset_answers_400_not_500(registrable, form):
    get_user_model().objects.create_superuser("organizer", "o@example.org", "pw-organizer")
    path = form_paths(registrable)[form]
    client = Client(raise_request_exception=False)

    response = client.post(
        path,
        urlencode(delegate(username="organizer", password="pw-organizer", confirm="on")),
        content_type=f"{FORM}; charset=shift_jis",
        HTTP_ACCEPT_LANGUAGE="ko",
    )

    assert response.status_code == 400
    assert BAD_REQUEST_KO in response.text
    assert Registration.objects.count() == 1
    assert "_auth_user_id" not in client.session
