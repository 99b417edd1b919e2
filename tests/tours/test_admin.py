"""Editing tours: tabs, checkboxes, validation messages and the tours' snippets."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from tests.tours.factories import make_tour
from tours.models import TourPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, home_pages):
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_superuser("organizer", "o@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin's messages in English
    profile.save()
    client.force_login(user)
    return client


def stop_data(prefix, n, *, start, end, title="병원 견학"):
    return {
        f"{prefix}-{n}-id": "",
        f"{prefix}-{n}-deleted": "",
        f"{prefix}-{n}-order": str(n),
        f"{prefix}-{n}-value-start": start,
        f"{prefix}-{n}-value-end": end,
        f"{prefix}-{n}-value-kind": "hospital",
        f"{prefix}-{n}-value-title": title,
        f"{prefix}-{n}-value-place": "",
        f"{prefix}-{n}-value-place_detail": "",
        f"{prefix}-{n}-value-description": "",
        f"{prefix}-{n}-value-hosts-count": "0",
    }


def form_data(*, start_date="2030-05-17", end_date="2030-05-19", days=(), **fields):
    """POST data of the tour form; ``days`` is a list of (date, [(start, end), …])."""
    data = {
        "title": "사이타마 연수",
        "slug": "saitama",
        "start_date": start_date,
        "end_date": end_date,
        "time_zone": "Asia/Tokyo",
        "city": "사이타마현",
        "country": "JP",
        "themes": ["governance", "members"],
        "languages": ["ko", "ja"],
        "fee_covers": ["meals"],
        "delegation_limit": "10",
        "goals-count": "0",
        "body-count": "0",
        "report-count": "0",
        "related_news-count": "0",
        "follow_ups-count": "0",
        "itinerary-count": str(len(days)),
        # The Registration tab's questions (none).
        "registration_questions-TOTAL_FORMS": "0",
        "registration_questions-INITIAL_FORMS": "0",
        "registration_questions-MIN_NUM_FORMS": "0",
        "registration_questions-MAX_NUM_FORMS": "1000",
    }
    for n, (day, stops) in enumerate(days):
        prefix = f"itinerary-{n}"
        data |= {
            f"{prefix}-type": "day",
            f"{prefix}-id": "",
            f"{prefix}-deleted": "",
            f"{prefix}-order": str(n),
            f"{prefix}-value-date": day,
            f"{prefix}-value-title": "",
            f"{prefix}-value-stops-count": str(len(stops)),
        }
        for s, (begins, ends) in enumerate(stops):
            data |= stop_data(f"{prefix}-value-stops", s, start=begins, end=ends)
    return data | fields


def add_url(tour_index):
    return reverse("wagtailadmin_pages:add", args=["tours", "tourpage", tour_index.pk])


def post(admin_client, tour_index, data):
    return admin_client.post(add_url(tour_index), data)


def test_edit_form_has_the_tour_tabs(admin_client, tour_index):
    page = make_tour(tour_index, days=1, stops_per_day=1)

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert response.status_code == 200
    with translation.override("en"):
        tabs = [str(child.heading) for child in TourPage.get_edit_handler().children]
    assert tabs == ["Tour", "Itinerary", "Registration", "Report", "Promote", "Settings"]


def test_a_valid_tour_is_created_with_its_lists_and_itinerary(admin_client, tour_index):
    data = form_data(days=[("2030-05-17", [("09:00", "10:30"), ("11:00", "12:00")])])

    response = post(admin_client, tour_index, data)

    assert response.status_code == 302
    page = TourPage.objects.get(slug="saitama")
    assert (page.themes, page.languages, page.fee_covers) == (
        ["governance", "members"],
        ["ko", "ja"],
        ["meals"],
    )
    assert [len(day.value["stops"]) for day in page.itinerary] == [2]


def test_day_outside_the_tour_dates_is_refused(admin_client, tour_index):
    data = form_data(
        days=[("2030-05-17", [("09:00", "10:00")]), ("2030-05-21", [("09:00", "10:00")])]
    )

    response = post(admin_client, tour_index, data)

    assert response.status_code == 200
    [error] = response.context["form"].errors["itinerary"].as_data()
    assert list(error.block_errors) == [1]
    [message] = error.block_errors[1].block_errors["date"].messages
    assert (
        message
        == "This day (May 21, 2030) is outside the tour’s dates, May 17, 2030 to May 19, 2030."
    )
    assert not TourPage.objects.filter(slug="saitama").exists()


def test_stop_ending_before_it_starts_is_refused(admin_client, tour_index):
    data = form_data(days=[("2030-05-18", [("09:00", "10:00"), ("14:00", "13:30")])])

    response = post(admin_client, tour_index, data)

    [error] = response.context["form"].errors["itinerary"].as_data()
    stop_errors = error.block_errors[0].block_errors["stops"].block_errors
    assert list(stop_errors) == [1]
    with translation.override("en"):  # the message is lazy: read it in the admin's language
        messages = stop_errors[1].block_errors["end"].messages
    assert messages == ["A stop must end after it starts."]


def test_tour_ending_before_it_starts_is_refused(admin_client, tour_index):
    response = post(admin_client, tour_index, form_data(end_date="2030-05-10"))

    with translation.override("en"):  # the message is lazy: read it in the admin's language
        errors = [str(e) for e in response.context["form"].errors["end_date"]]
    assert errors == ["The tour cannot end before it starts."]


def test_unknown_theme_and_time_zone_are_refused(admin_client, tour_index):
    response = post(admin_client, tour_index, form_data(themes=["bogus"], time_zone="Mars/Base"))

    with translation.override("en"):  # the messages are lazy: read them in the admin's language
        errors = {
            name: [str(e) for e in errors]
            for name, errors in response.context["form"].errors.items()
        }
    assert errors["themes"] == ["Select a valid choice. bogus is not one of the available choices."]
    assert errors["time_zone"] == [
        "“Mars/Base” is not a time zone. Use a name such as Asia/Seoul or Asia/Tokyo."
    ]


@pytest.mark.parametrize("model", ["place", "hostprofile"])
def test_organizer_opens_the_tour_snippets(admin_client, model):
    response = admin_client.get(reverse(f"wagtailsnippets_tours_{model}:list"))

    assert response.status_code == 200
    assert admin_client.get(reverse(f"wagtailsnippets_tours_{model}:add")).status_code == 200
