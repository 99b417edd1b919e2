"""An event behind a password or a sign-in takes registrations only from people who
may see it: its registration form asks first, as the page does, and comes back to
the form once passed (a delegate who opened the form's address from a mail or a
message lands on the form, not on the event's page)."""

import pytest
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from madang.registrations.models import Registration

from .delegates import form_data
from .factories import make_registrable_event

pytestmark = pytest.mark.django_db


def restrict(page, **fields):
    return PageViewRestriction.objects.create(page=page, **fields)


def password_form(response):
    """The password form's (action, return_url) the response shows."""
    form = response.context["form"]
    return response.context["action_url"], form["return_url"].value()


@pytest.mark.parametrize(
    ("language", "heading"), [("ko", "비밀번호가 필요합니다"), ("ja", "パスワードが必要です")]
)
def test_the_form_of_a_password_protected_event_asks_for_the_password_and_comes_back(
    client, event_index, language, heading
):
    page, registrable = make_registrable_event(event_index, capacity=10)
    restriction = restrict(page, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    url = f"/{language}/register/{registrable.key}/"
    action = f"/{language}/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"

    shown = client.get(url)
    sent = client.post(url, form_data())
    delegation = client.get(f"{url}delegation/")

    assert (shown.status_code, password_form(shown)) == (200, (action, url))
    assert f"<h1>{heading}</h1>" in shown.content.decode()
    assert (sent.status_code, password_form(sent)) == (200, (action, url))
    assert password_form(delegation) == (action, f"{url}delegation/")
    assert Registration.objects.count() == 0

    passed = client.post(action, {"password": "secret", "return_url": url})

    assert (passed.status_code, passed["Location"]) == (302, url)
    assert client.get(url).context["form"].fields.keys() >= {"name", "email"}
    assert client.post(url, form_data()).status_code == 302
    assert Registration.objects.count() == 1


def test_an_event_for_signed_in_people_sends_visitors_to_sign_in_and_back_to_the_form(
    client, django_user_model, event_index
):
    page, registrable = make_registrable_event(event_index, capacity=10)
    restrict(page, restriction_type=PageViewRestriction.LOGIN)
    url = f"/ko/register/{registrable.key}/"
    with translation.override("ko"):
        sign_in = reverse("account_login")

    anonymous = client.get(url)
    sent = client.post(url, form_data())
    client.force_login(django_user_model.objects.create_user("member", password="x"))
    member = client.get(url)

    assert (anonymous.status_code, anonymous["Location"]) == (
        302,
        f"{sign_in}?{REDIRECT_FIELD_NAME}={url}",
    )
    assert (sent.status_code, sent["Location"]) == (302, anonymous["Location"])
    assert member.status_code == 200
    assert Registration.objects.count() == 0
