"""An event behind a password or a sign-in takes registrations only from people who
may see it: its registration form sends others to the page, which asks first."""

import pytest
from wagtail.models import PageViewRestriction

from madang.registrations.models import Registration

from .factories import make_registrable_event
from .test_views import form_data

pytestmark = pytest.mark.django_db


def restrict(page, **fields):
    return PageViewRestriction.objects.create(page=page, **fields)


@pytest.mark.parametrize("language", ["ko", "ja"])
def test_the_form_of_a_password_protected_event_sends_visitors_to_its_page(
    client, event_index, language
):
    page, registrable = make_registrable_event(event_index, capacity=10)
    restrict(page, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    url = f"/{language}/register/{registrable.key}/"

    shown = client.get(url)
    sent = client.post(url, form_data())
    delegation = client.get(f"{url}delegation/")

    assert (shown.status_code, shown["Location"]) == (302, page.url)
    assert (sent.status_code, sent["Location"]) == (302, page.url)
    assert (delegation.status_code, delegation["Location"]) == (302, page.url)
    assert Registration.objects.count() == 0


def test_the_right_password_opens_the_form_too(client, event_index):
    page, registrable = make_registrable_event(event_index, capacity=10)
    restriction = restrict(page, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    action = f"/ko/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"

    client.post(action, {"password": "secret", "return_url": page.url})

    assert client.get(f"/ko/register/{registrable.key}/").status_code == 200


def test_an_event_for_signed_in_people_takes_registrations_from_them_only(
    client, django_user_model, event_index
):
    page, registrable = make_registrable_event(event_index, capacity=10)
    restrict(page, restriction_type=PageViewRestriction.LOGIN)
    url = f"/ko/register/{registrable.key}/"

    anonymous = client.get(url)
    client.force_login(django_user_model.objects.create_user("member", password="x"))
    member = client.get(url)

    assert (anonymous.status_code, anonymous["Location"], member.status_code) == (
        302,
        page.url,
        200,
    )
