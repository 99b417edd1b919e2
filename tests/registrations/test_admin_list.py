"""The registrations list in the admin: events with their counts, filters, search, summary."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from .factories import make_activity, make_registrable, register
from .organizers import url

pytestmark = pytest.mark.django_db


def test_index_lists_main_registrables_with_counts(admin, full_event):
    registrable, *_ = full_event
    make_activity(registrable, title="Site visit")

    response = admin.get(url("index"))

    rows = list(response.context["object_list"])
    assert (response.status_code, rows, rows[0].confirmed_count, rows[0].waitlisted_count) == (
        200,
        [registrable],
        2,
        1,
    )


def test_list_shows_the_registrations_and_the_counts(admin, full_event):
    registrable, first, second, third = full_event

    response = admin.get(url("list", registrable.pk))

    summary = response.context["summary"]
    assert (
        response.status_code,
        list(response.context["object_list"]),
        summary["confirmed"],
        summary["waitlisted"],
        summary["cancelled"],
        summary["seats_left"],
    ) == (200, [first, second, third], 2, 1, 0, 0)


def test_list_filters_by_status(admin, full_event):
    registrable, first, second, third = full_event

    response = admin.get(url("list", registrable.pk), {"status": "waitlisted"})

    assert list(response.context["object_list"]) == [third]


def test_list_filters_by_organization_and_country(admin, full_event):
    registrable, first, second, third = full_event

    by_organization = admin.get(url("list", registrable.pk), {"organization": "Ansan coop"})
    by_country = admin.get(url("list", registrable.pk), {"country": "JP"})

    assert (
        list(by_organization.context["object_list"]),
        list(by_country.context["object_list"]),
    ) == ([first, third], [second])


def test_list_filters_by_needs_and_language(admin):
    registrable = make_registrable()
    register(registrable)
    vegan = register(registrable, dietary_needs="vegan")
    english = register(registrable, correspondence_language="en", interpretation_language="en")

    needs = admin.get(url("list", registrable.pk), {"needs": "dietary"})
    language = admin.get(url("list", registrable.pk), {"correspondence_language": "en"})
    interpretation = admin.get(url("list", registrable.pk), {"needs": "interpretation"})

    assert (
        list(needs.context["object_list"]),
        list(language.context["object_list"]),
        list(interpretation.context["object_list"]),
    ) == ([vegan], [english], [english])


def test_list_filters_by_activity(admin):
    registrable = make_registrable()
    visit = make_activity(registrable, title="Site visit")
    register(registrable)
    visitor = register(registrable, activities=[visit])

    response = admin.get(url("list", registrable.pk), {"activity": str(visit.pk)})

    assert list(response.context["object_list"]) == [visitor]


def test_list_searches_names_emails_and_codes(admin, full_event):
    registrable, first, second, third = full_event

    by_email = admin.get(url("list", registrable.pk), {"q": second.email})
    by_code = admin.get(url("list_results", registrable.pk), {"q": third.code})

    assert (
        list(by_email.context["object_list"]),
        list(by_code.context["object_list"]),
    ) == ([second], [third])


def test_counts_interpreters_per_language_dietary_needs_and_activities(admin):
    registrable = make_registrable()
    visit = make_activity(registrable, title="Site visit", capacity=1)
    register(registrable, interpretation_language="en", dietary_needs="Vegan", activities=[visit])
    register(registrable, interpretation_language="en", dietary_needs="vegan ", activities=[visit])
    register(registrable, interpretation_language="ja", dietary_needs="halal")

    summary = admin.get(url("list", registrable.pk)).context["summary"]

    assert (
        summary["interpretation"],
        summary["dietary"],
        [
            (a["activity"], a["confirmed"], a["waitlisted"], a["seats_left"])
            for a in summary["activities"]
        ],
    ) == (
        [("English", 2), ("Japanese", 1)],  # named in the admin's language
        [("Vegan", 2), ("halal", 1)],
        [(visit, 1, 1, 0)],
    )


def test_needs_and_details_name_the_languages_in_the_admins_language(admin):
    registrable = make_registrable()
    english = register(registrable, correspondence_language="en", interpretation_language="en")
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="organizer"))
    profile.preferred_language = "ko"
    profile.save()

    listing = admin.get(url("list", registrable.pk)).content.decode()
    detail = admin.get(url("detail", english.pk)).content.decode()

    assert "영어 통역" in listing
    assert "English 통역" not in listing
    assert detail.count("<dd>영어</dd>") == 2
