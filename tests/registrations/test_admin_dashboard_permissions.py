"""The admin's dashboard and menu, and who may read or act on registrations."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone, translation

from madang.registrations.models import Registration, Status

from .factories import make_registrable
from .organizers import url

pytestmark = pytest.mark.django_db


def test_dashboard_shows_the_next_events_with_fill_rates(admin, full_event):
    registrable, *_ = full_event
    registrable.starts_at = timezone.now() + datetime.timedelta(days=10)
    registrable.save()
    make_registrable(
        title="Last year's meeting", starts_at=timezone.now() - datetime.timedelta(days=300)
    )

    response = admin.get(reverse("wagtailadmin_home"))

    content = response.content.decode()
    assert (
        response.status_code,
        url("list", registrable.pk) in content,
        "100%" in content,
        "Last year's meeting" in content,
    ) == (200, True, True, False)


def test_admin_menu_has_registrations(admin):
    response = admin.get(reverse("wagtailadmin_home"))

    assert url("index") in response.content.decode()


@pytest.fixture
def editor(client):
    """An admin user without any registration permission."""
    user = get_user_model().objects.create_user("editor", "e@example.org", "pw")
    group = Group.objects.create(name="Registration test editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    return client, group


def test_without_permission_the_list_is_refused(editor, full_event):
    client, _group = editor
    registrable, *_ = full_event

    listing = client.get(url("list", registrable.pk))
    export = client.get(url("list", registrable.pk), {"export": "csv"})

    assert (listing.status_code, export.status_code) == (302, 302)


def test_without_permission_actions_are_refused(editor, full_event):
    client, _group = editor
    registrable, first, *_ = full_event

    client.post(url("action", first.pk, "cancel"))

    first.refresh_from_db()
    assert first.status == Status.CONFIRMED


def test_view_permission_reads_but_does_not_act(editor, full_event):
    client, group = editor
    registrable, first, *_ = full_event
    group.permissions.add(Permission.objects.get(codename="view_registration"))

    listing = client.get(url("list", registrable.pk))
    action = client.post(url("action", first.pk, "cancel"))
    check_in = client.get(url("check_in", registrable.pk))

    first.refresh_from_db()
    assert (listing.status_code, action.status_code, check_in.status_code, first.status) == (
        200,
        302,
        302,
        Status.CONFIRMED,
    )


def test_the_korean_admin_names_interpretation_languages_in_korean(client, full_event):
    from madang.registrations.admin_views import summary

    registrable, first, second, third = full_event
    Registration.objects.filter(pk=first.pk).update(interpretation_language="en")

    with translation.override("ko"):
        assert summary(registrable)["interpretation"] == [("영어", 1)]
    with translation.override("ja"):
        assert summary(registrable)["interpretation"] == [("英語", 1)]
