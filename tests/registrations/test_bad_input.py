"""Bad input at the public registration form gets a form error or a 4xx, never a 500.

And what a delegate types in their own script (Hangul, kana, kanji, emoji,
mixed) is stored and read back byte for byte, on SQLite and PostgreSQL alike.
The posts are urlencoded, as the browser sends the form.
"""

from urllib.parse import urlencode

import pytest
from django.db import transaction
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from madang.registrations.models import Registration, Status

from .delegates import form_data
from .factories import make_registrable_event

FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def url(event_index):
    _page, registrable = make_registrable_event(event_index, capacity=100)
    return f"/ko/register/{registrable.key}/"


def post(client, url, data):
    """POST as a browser does: urlencoded UTF-8 (``data`` values may be raw bytes)."""
    return client.post(url, urlencode(data), content_type=FORM)


def korean(message):
    """``message`` as the Korean pages show it (English until it is translated)."""
    with translation.override("ko"):
        return gettext(message)


def errors(response):
    return response.context["form"].errors


def test_a_name_longer_than_the_field_gets_a_form_error(client, url):
    response = post(client, url, form_data(name="가" * 121))
    assert response.status_code == 400
    assert list(errors(response)) == ["name"]
    assert Registration.objects.count() == 0


def test_every_text_field_ten_thousand_characters_long_gets_form_errors(client, url):
    long = "한" * 10_000
    fields = ["name", "name_romanized", "phone", "organization", "role", "dietary_needs"]
    response = post(client, url, form_data(**dict.fromkeys(fields, long), sensitive_consent="on"))
    assert response.status_code == 400
    assert sorted(errors(response)) == sorted(fields)
    assert Registration.objects.count() == 0


def test_a_3_mb_post_gets_a_translated_400_page(client, url):
    response = post(client, url, form_data(accessibility_needs="x" * 3_000_000))
    assert response.status_code == 400
    assert korean("The request could not be handled") in response.content.decode()
    assert Registration.objects.count() == 0


def test_a_nul_byte_in_a_name_gets_a_form_error(client, url):
    response = post(client, url, form_data(name="김민\x00지"))
    assert response.status_code == 400
    assert list(errors(response)) == ["name"]
    assert Registration.objects.count() == 0


def test_control_characters_in_a_name_get_a_form_error(client, url):
    response = post(client, url, form_data(name="김민지\x1b[2J", organization="협동\x07조합"))
    assert response.status_code == 400
    assert sorted(errors(response)) == ["name", "organization"]
    assert Registration.objects.count() == 0


def test_invalid_utf8_in_a_name_gets_a_form_error(client, url):
    response = post(client, url, form_data(name=b"\xea\xb9\x80\xff\xfe Minji"))
    assert response.status_code == 400
    assert list(errors(response)) == ["name"]
    assert Registration.objects.count() == 0


def test_line_breaks_in_a_needs_field_are_kept(client, url):
    needs = "휠체어를 사용합니다.\r\n車椅子を使います。"
    response = post(client, url, form_data(accessibility_needs=needs, sensitive_consent="on"))
    assert response.status_code == 302
    assert Registration.objects.get().accessibility_needs == needs


@pytest.mark.parametrize(
    "name",
    [
        "김민지",  # Hangul
        "やまだ はなこ",  # hiragana
        "ヤマダ ハナコ",  # katakana
        "山田花子",  # kanji
        "𠮷野家 𩸽",  # kanji outside the Basic Multilingual Plane
        "김민지 🌸👩🏽‍⚕️🇰🇷",  # emoji: a ZWJ sequence, a skin tone, a flag
        "Kim 민지 山田 はなこ Ñoño Müller",  # mixed scripts
        "각 각",  # conjoining jamo next to the precomposed syllable (not normalised)
    ],
)
def test_names_in_any_script_come_back_byte_identical(client, url, name):
    organization = f"{name} 의료복지사회적협동조합"
    response = post(client, url, form_data(name=name, organization=organization))
    assert response.status_code == 302
    row = Registration.objects.get()
    assert (row.name.encode(), row.organization.encode()) == (
        name.encode(),
        organization.encode(),
    )
    page = client.get(response["Location"])
    assert name.encode() in page.content


def test_a_post_without_the_csrf_token_gets_a_translated_403_page(url):
    client = Client(enforce_csrf_checks=True)
    assert client.get(url).status_code == 200  # the cookie is set; the token is not sent
    response = post(client, url, form_data())
    assert response.status_code == 403
    assert korean("The form could not be sent") in response.content.decode()
    assert Registration.objects.count() == 0


def test_a_post_with_the_csrf_token_goes_through(url):
    client = Client(enforce_csrf_checks=True)
    token = client.get(url).context["csrf_token"]
    response = post(client, url, form_data(csrfmiddlewaretoken=str(token)))
    assert response.status_code == 302


def test_a_double_submit_registers_once_and_says_so_the_second_time(client, url):
    first = post(client, url, form_data())
    second = post(client, url, form_data())
    assert (first.status_code, second.status_code) == (302, 400)
    assert errors(second)["__all__"] == [
        korean(
            "%(name)s is already registered with %(email)s. The link in our mail lets you "
            "see or change that registration."
        )
        % {"name": "김민지", "email": "minji@example.org"}
    ]
    assert Registration.objects.filter(status=Status.CONFIRMED).count() == 1


# --- Hypothesis ----------------------------------------------------------------

SCRIPTS = st.one_of(
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),  # Hangul syllables
    st.characters(min_codepoint=0x3040, max_codepoint=0x30FF),  # hiragana, katakana
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # kanji
    st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF),  # emoji
    st.sampled_from(["\u200d", "\ufe0f", "\u0301", " ", "\u3000", "-", "'"]),  # joiners, marks
    st.characters(max_codepoint=0x9F),  # ASCII, C0 and C1 controls, NUL
    st.characters(codec="utf-8"),  # anything that UTF-8 can carry
)
TEXT = st.text(SCRIPTS, max_size=130)
EMAILS = st.one_of(st.emails(), st.text(SCRIPTS, max_size=40))


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=TEXT, organization=TEXT, role=TEXT, email=EMAILS)
def test_any_text_gets_a_form_error_or_is_stored_byte_identical(
    client, url, name, organization, role, email
):
    data = form_data(name=name, organization=organization, role=role, email=email)
    with transaction.atomic():  # each example starts from the same, empty event
        response = post(client, url, data)
        assert response.status_code in (302, 400)
        if response.status_code == 302:
            row = Registration.objects.get()
            stored = [row.name, row.organization, row.role]
            assert [v.encode() for v in stored] == [
                v.strip().encode() for v in (name, organization, role)
            ]
        else:
            assert errors(response)
            assert Registration.objects.count() == 0
        transaction.set_rollback(True)
