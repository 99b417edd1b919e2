"""An organizer corrects a delegate's details and answers, with a history of changes."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.users.models import UserProfile

from madang.registrations import services
from madang.registrations.errors import RegistrationError
from madang.registrations.models import EventRole, Registration, RegistrationChange
from madang.registrations.services.corrections import correct_registration
from madang.registrations.services.event_roles import assign_event_role

from .factories import make_registrable, make_registrable_event, register

pytestmark = pytest.mark.django_db


@pytest.fixture
def organizer():
    return get_user_model().objects.create_user(
        "kim", "kim@example.org", "pw", first_name="Minji", last_name="Kim"
    )


def history(registration):
    return list(
        RegistrationChange.objects.filter(registration=registration)
        .order_by("field")
        .values_list("field", "old_value", "new_value", "sensitive", "changed_by_name")
    )


def test_a_correction_changes_the_details_and_keeps_who_changed_what(organizer):
    registration = register(make_registrable(), name="김민지", email="old@example.org")

    correct_registration(
        registration=registration,
        by=organizer,
        data={"name": "김민지", "email": "new@example.org", "organization": "안산의료사협"},
    )

    registration.refresh_from_db()
    assert (registration.email, registration.organization, history(registration)) == (
        "new@example.org",
        "안산의료사협",
        [
            ("email", "old@example.org", "new@example.org", False, "Minji Kim"),
            ("organization", "안산의료복지사회적협동조합", "안산의료사협", False, "Minji Kim"),
        ],
    )


def test_needs_are_corrected_but_never_copied_into_the_history(organizer):
    registration = register(make_registrable(), dietary_needs="채식")

    correct_registration(
        registration=registration, by=organizer, data={"dietary_needs": "채식, 견과류 알레르기"}
    )

    registration.refresh_from_db()
    assert (registration.dietary_needs, history(registration)) == (
        "채식, 견과류 알레르기",
        [("dietary_needs", "", "", True, "Minji Kim")],
    )


def test_needs_without_the_persons_consent_are_refused(organizer):
    registration = register(make_registrable())

    with pytest.raises(RegistrationError) as error:
        correct_registration(
            registration=registration, by=organizer, data={"accessibility_needs": "휠체어"}
        )

    registration.refresh_from_db()
    assert (error.value.code, registration.accessibility_needs, history(registration)) == (
        "consent",
        "",
        [],
    )


def test_answers_are_corrected_with_the_questions_label(organizer):
    registration = register(make_registrable())
    Registration.objects.filter(pk=registration.pk).update(answers={"bus": "광주역"})

    correct_registration(
        registration=registration,
        by=organizer,
        data={},
        answers={"bus": "송정역"},
        answer_labels={"bus": "셔틀버스 탑승 장소"},
    )

    change = RegistrationChange.objects.get()
    assert (change.what, change.old_value, change.new_value) == (
        "셔틀버스 탑승 장소",
        "광주역",
        "송정역",
    )


def test_erasing_the_persons_data_erases_the_values_in_the_history(organizer):
    registration = register(make_registrable(), email="old@example.org")
    correct_registration(registration=registration, by=organizer, data={"email": "new@example.org"})

    services.erase_person(registration=registration)

    assert history(registration) == [("email", "", "", False, "Minji Kim")]


# --- the admin -------------------------------------------------------------------


def login(client, user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def correction_data(registration, **changes):
    data = {
        "name": registration.name,
        "name_romanized": registration.name_romanized,
        "email": registration.email,
        "phone": registration.phone,
        "organization": registration.organization,
        "role": registration.role,
        "country": registration.country,
        "correspondence_language": registration.correspondence_language,
        "interpretation_language": registration.interpretation_language,
        "dietary_needs": registration.dietary_needs,
        "accessibility_needs": registration.accessibility_needs,
    }
    return data | changes


def correcting_as_organizer(client, event_index, organizer):
    """A delegate who mistyped their address, and the correction form's address, for
    ``organizer`` signed in as the event's organizer."""
    _page, registrable = make_registrable_event(event_index)
    registration = register(registrable, email="typo@exmaple.org")
    assign_event_role(registrable=registrable, user=organizer, role=EventRole.Kind.ORGANIZER)
    login(client, organizer)
    return registration, reverse("registrations_admin:correct", args=[registration.pk])


def test_an_event_organizer_corrects_a_delegate_in_the_admin(client, event_index, organizer):
    registration, url = correcting_as_organizer(client, event_index, organizer)

    form = client.get(url)
    response = client.post(url, correction_data(registration, email="typo@example.org"))
    detail = client.get(reverse("registrations_admin:detail", args=[registration.pk]))

    registration.refresh_from_db()
    assert (form.status_code, response.status_code, registration.email) == (
        200,
        302,
        "typo@example.org",
    )
    assert [(c.field, c.old_value, c.new_value) for c in detail.context["changes"]] == [
        ("email", "typo@exmaple.org", "typo@example.org")
    ]
    assert "History of corrections" in detail.content.decode()


def test_a_correction_with_a_bad_address_is_refused_with_a_400(client, event_index, organizer):
    # An organizer's language is the admin's default, Korean.
    registration, url = correcting_as_organizer(client, event_index, organizer)

    response = client.post(url, correction_data(registration, email="typo@example"))
    registration.refresh_from_db()

    assert (response.status_code, response.context["form"].errors["email"]) == (
        400,
        ["올바른 이메일 주소를 입력하세요."],
    )
    assert (registration.email, history(registration)) == ("typo@exmaple.org", [])


def test_a_desk_volunteer_cannot_correct(client, event_index, organizer):
    _page, registrable = make_registrable_event(event_index)
    registration = register(registrable)
    assign_event_role(registrable=registrable, user=organizer, role=EventRole.Kind.DESK)
    login(client, organizer)

    response = client.post(
        reverse("registrations_admin:correct", args=[registration.pk]),
        correction_data(registration, name="someone else"),
    )

    registration.refresh_from_db()
    assert (response.url, registration.name != "someone else") == (
        reverse("wagtailadmin_home"),
        True,
    )
