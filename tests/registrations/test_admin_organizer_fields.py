"""The organizers' own fields in the admin: detail, group, interpreter, note, settings."""

import pytest

from madang.registrations.models import Registration

from .factories import make_activity, make_registrable, register
from .organizers import messages_of, url

pytestmark = pytest.mark.django_db


def test_detail_shows_the_registration(admin, full_event):
    registrable, first, *_ = full_event

    response = admin.get(url("detail", first.pk))

    assert (response.status_code, first.code in response.content.decode()) == (200, True)


def test_detail_saves_group_interpreter_and_note(admin, full_event):
    registrable, first, *_ = full_event

    admin.post(url("detail", first.pk), {"group": "Bus 1", "interpreter": "Lee", "note": "VIP"})

    first.refresh_from_db()
    assert (first.group, first.interpreter, first.note) == ("Bus 1", "Lee", "VIP")


def test_bulk_assignment_sets_the_group_of_the_selected(admin, full_event):
    registrable, first, second, third = full_event

    response = admin.post(
        url("assign", registrable.pk),
        {"registrations": [first.pk, third.pk], "field": "group", "value": "Bus 2"},
    )

    groups = dict(Registration.objects.values_list("pk", "group"))
    assert (groups, messages_of(response)) == (
        {first.pk: "Bus 2", second.pk: "", third.pk: "Bus 2"},
        ["Group or bus set for 2 registrations."],
    )


def test_bulk_assignment_ignores_other_events_registrations(admin, full_event):
    registrable, first, *_ = full_event
    stranger = register(make_registrable())

    admin.post(
        url("assign", registrable.pk),
        {"registrations": [stranger.pk], "field": "interpreter", "value": "Kim"},
    )

    stranger.refresh_from_db()
    assert stranger.interpreter == ""


def test_settings_edit_the_rows_own_settings(admin):
    registrable = make_registrable()

    admin.post(
        url("settings", registrable.pk),
        {"verification_hours": 24, "reminder_days": 5, "retention_days": 90},
    )

    registrable.refresh_from_db()
    assert (
        registrable.verification_hours,
        registrable.reminder_days,
        registrable.retention_days,
    ) == (24, 5, 90)


def test_an_activity_has_no_list_of_its_own(admin):
    visit = make_activity(make_registrable())

    response = admin.get(url("list", visit.pk), follow=True)

    assert response.status_code == 404
