"""Withdrawing the consent to keep dietary and accessibility needs, from the delegate's page."""

import pytest

from madang.registrations.tokens import manage_token

from .factories import make_registrable_event, register


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("ko", "네, 제 식사 관련 요청과 이동·접근 지원 요청을 지워 주세요."),
        ("ja", "はい、食事と移動・アクセスへの配慮に関する情報を消去してください。"),
    ],
)
def test_withdrawing_the_consent_asks_to_tick_a_yes_first(client, event_index, language, label):
    page, registrable = make_registrable_event(event_index, capacity=10)
    registration = register(registrable, dietary_needs="채식", correspondence_language=language)
    url = f"/{language}/registration/{manage_token(registration)}/"

    shown = client.get(url)
    untouched = client.post(f"{url}withdraw-consent/")
    registration.refresh_from_db()
    kept = registration.dietary_needs
    withdrawn = client.post(f"{url}withdraw-consent/", {"confirm": "on"})
    registration.refresh_from_db()

    assert f'<label for="id_confirm">{label}' in shown.content.decode()
    assert (untouched.status_code, kept) == (400, "채식")
    assert 'class="form-errors"' in untouched.content.decode()
    assert (withdrawn.status_code, withdrawn["Location"]) == (302, url)
    assert (registration.dietary_needs, registration.sensitive_consent_at) == ("", None)


def test_opening_the_withdraw_address_leads_back_to_the_registration(client, event_index):
    # The address stays in the browser after the 400 page; opening it again from the
    # history is a GET, which used to answer an empty 405 page.
    page, registrable = make_registrable_event(event_index, capacity=10)
    registration = register(registrable, dietary_needs="채식", correspondence_language="ko")
    url = f"/ko/registration/{manage_token(registration)}/"

    response = client.get(f"{url}withdraw-consent/")
    registration.refresh_from_db()

    assert (response.status_code, response["Location"]) == (302, url)
    assert registration.dietary_needs == "채식"
