"""One person's data from the admin: found, exported, erased after a confirmation,
every time written to the privacy log with who did it (and never the data itself)."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from wagtail.users.models import UserProfile

from madang.registrations import services
from madang.registrations.models import (
    PrivacyAction,
    PrivacyLog,
    PrivacyVia,
    Registration,
    Status,
)

from .factories import make_registrable, register

pytestmark = pytest.mark.django_db

FIND = reverse("registrations_personal_data")
EXPORT = reverse("registrations_personal_data_export")
ERASE = reverse("registrations_personal_data_erase")


def messages_of(response):
    return [str(m).strip() for m in get_messages(response.wsgi_request)]


def login(client, *codenames, name="privacy-officer"):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    group = Group.objects.create(name=name)
    group.permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", *codenames]),
    )
    user.groups.add(group)
    client.force_login(user)
    return user


@pytest.fixture
def officer(client):
    return login(client, "view_registration", "manage_personal_data")


@pytest.fixture
def hanako():
    """The same person in two events, and somebody else."""
    first = register(
        make_registrable(title="광주 전국대회"), name="山田はなこ", email="hanako@example.jp"
    )
    second = register(
        make_registrable(title="사이타마 방문"), name="山田はなこ", email="HANAKO@example.jp"
    )
    other = register(
        make_registrable(title="광주 전국대회"), name="김민지", email="minji@example.kr"
    )
    return first, second, other


def test_an_officer_finds_every_registration_of_an_address(client, officer, hanako):
    response = client.get(FIND, {"email": "hanako@example.jp"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "광주 전국대회" in html and "사이타마 방문" in html
    assert "김민지" not in html
    assert f"{ERASE}?email=hanako%40example.jp" in html


def test_the_export_is_a_json_file_and_is_logged_with_who_did_it(client, officer, hanako):
    response = client.post(EXPORT, {"email": "hanako@example.jp"})

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="personal-data-')
    records = json.loads(response.content.decode())
    assert [(r["for"], r["name"]) for r in records] == [
        ("광주 전국대회", "山田はなこ"),
        ("사이타마 방문", "山田はなこ"),
    ]
    [entry] = PrivacyLog.objects.all()
    assert (entry.action, entry.via, entry.user, entry.by, entry.count) == (
        PrivacyAction.EXPORT,
        PrivacyVia.ADMIN,
        officer,
        "privacy-officer",
        2,
    )
    assert entry.registrations == [hanako[0].pk, hanako[1].pk]


def test_erasing_asks_first_and_erases_nothing_without_the_tick(client, officer, hanako):
    confirm = client.get(ERASE, {"email": "hanako@example.jp"})
    refused = client.post(ERASE, {"email": "hanako@example.jp"})

    assert confirm.status_code == 200
    assert "Erase for good" in confirm.content.decode()
    assert refused.status_code == 200
    assert "Tick the box to confirm the erasure." in messages_of(refused)
    assert Registration.objects.filter(erased_at__isnull=False).count() == 0
    assert PrivacyLog.objects.count() == 0


def test_a_confirmed_erasure_blanks_the_person_and_logs_who_did_it(client, officer, hanako):
    response = client.post(ERASE, {"email": "hanako@example.jp", "confirm": "on"})

    assert response.status_code == 302
    assert messages_of(response) == ["The personal data of 2 registrations is erased."]
    first, second, other = (Registration.objects.get(pk=r.pk) for r in hanako)
    assert (first.name, first.email, second.name, second.email) == ("—", "", "—", "")
    assert (first.status, second.status) == (Status.CANCELLED, Status.CANCELLED)
    assert other.name == "김민지"
    [entry] = PrivacyLog.objects.all()
    assert (entry.action, entry.user, entry.count) == (PrivacyAction.ERASE, officer, 2)
    # The log names registrations by id and keeps nothing of the person.
    kept = json.dumps([entry.by, entry.registrations, str(entry)], ensure_ascii=False)
    assert "hanako" not in kept.casefold() and "山田" not in kept
    # The log is shown on the page.
    page = client.get(FIND).content.decode()
    assert f"#{hanako[0].pk}, #{hanako[1].pk}" in page
    assert "privacy-officer" in page


def test_a_member_without_an_address_is_found_and_erased_by_registration(client, officer):
    registrable = make_registrable()
    member = register(registrable, name="박순자", email="")
    head = register(registrable, name="김영희", email="head@example.org")

    found = client.get(FIND, {"registration": member.pk})
    client.post(ERASE, {"registration": member.pk, "confirm": "on"})

    assert "박순자" in found.content.decode()
    member.refresh_from_db()
    head.refresh_from_db()
    assert (member.name, head.name) == ("—", "김영희")


def test_organizers_without_the_permission_cannot_export_or_erase(client, hanako):
    login(client, "view_registration", "change_registration", name="desk")

    responses = [
        client.get(FIND, {"email": "hanako@example.jp"}),
        client.post(EXPORT, {"email": "hanako@example.jp"}),
        client.post(ERASE, {"email": "hanako@example.jp", "confirm": "on"}),
    ]

    assert [r.status_code for r in responses] == [302, 302, 302]  # to the admin's home
    assert Registration.objects.filter(erased_at__isnull=False).count() == 0


def test_the_commands_and_the_retention_period_are_logged_too(db, capsys):
    register(make_registrable(), email="minji@example.kr")

    call_command("export_personal_data", "minji@example.kr")
    call_command("erase_personal_data", "minji@example.kr", "--yes")

    assert list(PrivacyLog.objects.order_by("pk").values_list("action", "via", "by")) == [
        (PrivacyAction.EXPORT, PrivacyVia.COMMAND, ""),
        (PrivacyAction.ERASE, PrivacyVia.COMMAND, ""),
    ]


def test_withdrawing_consent_is_logged_as_the_persons_own_act(db):
    registration = register(make_registrable(), dietary_needs="채식")

    services.withdraw_sensitive_consent(registration=registration)

    [entry] = PrivacyLog.objects.all()
    assert (entry.action, entry.via, entry.registrations) == (
        PrivacyAction.WITHDRAW,
        PrivacyVia.SELF_SERVICE,
        [registration.pk],
    )
