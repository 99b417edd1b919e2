"""Booth numbers in the event editor: autosaved drafts, publishing, swaps, duplicates."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.users.models import UserProfile

from events.models import EventBooth, EventPage
from tests.events.factories import EventIndexPageFactory, make_organizations

pytestmark = pytest.mark.django_db


def inline(prefix, rows):
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(sum(1 for row in rows if row.get("id"))),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for n, row in enumerate(rows):
        data[f"{prefix}-{n}-ORDER"] = str(n + 1)
        data[f"{prefix}-{n}-DELETE"] = ""
        for key, value in row.items():
            data[f"{prefix}-{n}-{key}"] = value
    return data


def event_data(booths, **fields):
    """POST data of the event editor with ``booths`` as its booth rows."""
    data = {
        "title": "새 대회",
        "slug": "new-event",
        "kind": "conference",
        "start": "2030-05-01 09:00",
        "end": "2030-05-01 18:00",
        "time_zone": "Asia/Seoul",
        "city": "광주",
        "country": "KR",
        "delegation_limit": "10",
        "body-count": "0",
        "documents-count": "0",
        "agenda-count": "0",
        **inline("registration_questions", []),
        **inline("registration_activities", []),
        **inline("booths", booths),
    }
    return data | fields


def booth(number, organization, pk=""):
    return {
        "id": str(pk),
        "number": number,
        "organization": str(organization.pk),
        "category": "cooperative",
    }


PUBLISH = {"action-publish": "1"}


@pytest.fixture
def admin(client, home_pages):
    user = get_user_model().objects.create_superuser("organizer", "o@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def index(home_pages):
    return EventIndexPageFactory(parent=home_pages["ko"], locale=home_pages["ko"].locale)


@pytest.fixture
def organizations(index):
    return make_organizations(2, locale=index.locale)


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk])


def edit_url(page_id):
    return reverse("wagtailadmin_pages:edit", args=[page_id])


def numbers(page_id):
    return sorted(EventBooth.objects.filter(page_id=page_id).values_list("number", flat=True))


def autosave_new_event(admin, index, booths):
    """What the editor's autosave does with a new page: it creates the page as a draft."""
    response = admin.post(add_url(index), event_data(booths), HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    return response.json()["pk"]


def test_publishing_a_new_event_after_its_autosave_stored_the_booth(admin, index, organizations):
    first, _ = organizations
    page_id = autosave_new_event(admin, index, [booth("B-01", first)])

    # The tab did not hear of the autosave: it submits the booth again without its id.
    response = admin.post(edit_url(page_id), event_data([booth("B-01", first)]) | PUBLISH)

    page = EventPage.objects.get(pk=page_id)
    assert (response.status_code, page.live, numbers(page_id)) == (302, True, ["B-01"])


def test_publishing_an_event_with_booths_twice(admin, index, organizations):
    first, second = organizations
    page_id = autosave_new_event(admin, index, [booth("B-01", first)])
    admin.post(edit_url(page_id), event_data([booth("B-01", first)]) | PUBLISH)
    stored = EventBooth.objects.get(page_id=page_id)

    response = admin.post(
        edit_url(page_id),
        event_data([booth("B-01", first, stored.pk), booth("B-02", second)]) | PUBLISH,
    )

    assert (response.status_code, numbers(page_id)) == (302, ["B-01", "B-02"])


def test_swapping_two_booth_numbers_of_a_published_event(admin, index, organizations):
    first, second = organizations
    page_id = autosave_new_event(admin, index, [booth("B-01", first), booth("B-02", second)])
    a, b = EventBooth.objects.filter(page_id=page_id).order_by("number")
    rows = [booth("B-01", first, a.pk), booth("B-02", second, b.pk)]
    admin.post(edit_url(page_id), event_data(rows) | PUBLISH)

    swapped = [booth("B-02", first, a.pk), booth("B-01", second, b.pk)]
    response = admin.post(edit_url(page_id), event_data(swapped) | PUBLISH)

    assert (response.status_code, dict(EventBooth.objects.values_list("pk", "number"))) == (
        302,
        {a.pk: "B-02", b.pk: "B-01"},
    )


def test_swapping_two_booth_numbers_of_a_draft(admin, index, organizations):
    first, second = organizations
    page_id = autosave_new_event(admin, index, [booth("B-01", first), booth("B-02", second)])
    a, b = EventBooth.objects.filter(page_id=page_id).order_by("number")

    swapped = [booth("B-02", first, a.pk), booth("B-01", second, b.pk)]
    response = admin.post(edit_url(page_id), event_data(swapped))

    assert (response.status_code, dict(EventBooth.objects.values_list("pk", "number"))) == (
        302,
        {a.pk: "B-02", b.pk: "B-01"},
    )


def test_the_same_number_twice_is_a_form_error(admin, index, organizations):
    first, second = organizations

    response = admin.post(
        add_url(index), event_data([booth("B-01", first), booth(" b-01 ", second)]) | PUBLISH
    )

    form = response.context["form"]
    assert (response.status_code, form.formsets["booths"].forms[1].errors["number"]) == (
        200,
        ["Booth number b-01 is already used by another row of this list."],
    )
    assert EventPage.objects.filter(slug="new-event").exists() is False
