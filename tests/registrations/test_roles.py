"""Who may read, act on and check in a registrable's registrations."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from madang.registrations.errors import RegistrationError
from madang.registrations.models import EventRole
from madang.registrations.roles import may_check_in, may_manage, may_view
from madang.registrations.services.event_roles import assign_event_role, remove_event_role

from .factories import make_activity, make_registrable, register

pytestmark = pytest.mark.django_db


def _user(username, *codenames):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="registrations", codename__in=codenames)
    )
    return get_user_model().objects.get(pk=user.pk)


def test_global_change_permission_may_do_everything_on_every_registrable():
    registrable = make_registrable()
    user = _user("staff", "change_registration")

    assert (
        may_view(user, registrable),
        may_manage(user, registrable),
        may_check_in(user, make_activity(registrable)),
    ) == (True, True, True)


def test_global_view_permission_only_reads():
    registrable = make_registrable()
    user = _user("reader", "view_registration")

    assert (
        may_view(user, registrable),
        may_manage(user, registrable),
        may_check_in(user, registrable),
    ) == (True, False, False)


def test_a_user_without_permissions_may_do_nothing():
    registrable = make_registrable()
    user = _user("nobody")

    assert (
        may_view(user, registrable),
        may_manage(user, registrable),
        may_check_in(user, registrable),
    ) == (False, False, False)


# --- per-event roles ----------------------------------------------------------------


def test_an_event_organizer_manages_that_event_and_its_activities_only():
    event, other = make_registrable(), make_registrable(title="Other")
    user = _user("kim")
    assign_event_role(registrable=event, user=user, role=EventRole.Kind.ORGANIZER)
    user = get_user_model().objects.get(pk=user.pk)

    assert (
        may_view(user, event),
        may_manage(user, make_activity(event)),
        may_check_in(user, event),
        may_view(user, other),
        may_check_in(user, other),
    ) == (True, True, True, False, False)


def test_a_desk_volunteer_only_checks_people_in_for_that_event():
    event, other = make_registrable(), make_registrable(title="Other")
    user = _user("desk")
    assign_event_role(registrable=event, user=user, role=EventRole.Kind.DESK)
    user = get_user_model().objects.get(pk=user.pk)

    assert (
        may_check_in(user, event),
        may_view(user, event),
        may_manage(user, event),
        may_check_in(user, other),
        user.has_perm("wagtailadmin.access_admin"),
    ) == (True, False, False, False, True)


def test_a_new_role_replaces_the_old_one_and_can_be_removed():
    event = make_registrable()
    user = _user("lee")
    assign_event_role(registrable=event, user=user, role=EventRole.Kind.ORGANIZER)
    assign_event_role(registrable=event, user=user, role=EventRole.Kind.DESK)
    roles = list(EventRole.objects.values_list("role", flat=True))

    removed = remove_event_role(registrable=event, user=user)

    assert (roles, removed, EventRole.objects.count()) == (["desk"], True, 0)


def test_a_role_is_for_a_whole_event_not_for_an_activity():
    activity = make_activity(make_registrable())

    with translation.override("en"):
        with pytest.raises(RegistrationError) as error:
            assign_event_role(registrable=activity, user=_user("x"), role=EventRole.Kind.DESK)

        assert str(error.value.message) == (
            "Roles are given for a whole event or tour, not for one of its activities."
        )


# --- the admin, as each of them --------------------------------------------------


def admin_url(name, *args):
    return reverse(f"registrations_admin:{name}", args=args)


@pytest.fixture
def two_events():
    event, other = make_registrable(title="Gwangju"), make_registrable(title="Saitama")
    return event, other, register(event), register(other)


def status(response):
    """The status code, or "refused" for Wagtail's redirect to the dashboard with a message."""
    if response.status_code == 302 and response.url == reverse("wagtailadmin_home"):
        return "refused"
    return response.status_code


def login(client, user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def test_an_event_organizer_sees_only_that_event_in_the_admin(client, two_events):
    event, other, mine, theirs = two_events
    user = _user("kim")
    assign_event_role(registrable=event, user=user, role=EventRole.Kind.ORGANIZER)
    login(client, user)

    index = client.get(admin_url("index"))

    assert (
        list(index.context["object_list"]),
        status(client.get(admin_url("list", event.pk))),
        status(client.get(admin_url("detail", mine.pk))),
        status(client.get(admin_url("list", other.pk))),
        status(client.get(admin_url("detail", theirs.pk))),
        status(client.post(admin_url("action", theirs.pk, "cancel"))),
    ) == ([event], 200, 200, "refused", "refused", "refused")


def test_a_desk_volunteer_checks_people_in_for_one_event_only(client, two_events):
    event, other, mine, theirs = two_events
    user = _user("desk")
    assign_event_role(registrable=event, user=user, role=EventRole.Kind.DESK)
    login(client, user)

    checked = client.post(admin_url("check_in", event.pk), {"code": mine.code})
    mine.refresh_from_db()

    assert (
        status(client.get(reverse("wagtailadmin_home"))),
        status(client.get(admin_url("check_in", event.pk))),
        status(checked),
        mine.checked_in_at is not None,
        status(client.get(admin_url("list", event.pk))),
        status(client.get(admin_url("detail", mine.pk))),
        status(client.get(admin_url("check_in", other.pk))),
        status(client.post(admin_url("check_in", other.pk), {"code": theirs.code})),
    ) == (200, 200, 302, True, "refused", "refused", "refused", "refused")


def test_a_desk_volunteers_breadcrumbs_lead_only_to_pages_they_may_open(client, two_events):
    event, *_ = two_events
    user = _user("desk")
    assign_event_role(registrable=event, user=user, role=EventRole.Kind.DESK)
    login(client, user)

    for page in (
        admin_url("check_in", event.pk),
        reverse("registrations_desk_scan", args=[event.pk]),
    ):
        crumbs = [item["url"] for item in client.get(page).context["breadcrumbs_items"]]

        assert crumbs[1:3] == [admin_url("index"), admin_url("check_in", event.pk)]
        assert [status(client.get(crumb)) for crumb in crumbs if crumb] == [200, 200, 200]


def test_an_organizer_gives_a_desk_role_in_the_admin(client, two_events):
    event, *_ = two_events
    volunteer = _user("volunteer")
    login(client, get_user_model().objects.create_superuser("boss", "b@example.org", "pw"))

    response = client.post(
        admin_url("roles", event.pk), {"user": volunteer.pk, "role": EventRole.Kind.DESK}
    )

    assert (response.status_code, list(EventRole.objects.values_list("user", "role"))) == (
        302,
        [(volunteer.pk, "desk")],
    )
    client.post(admin_url("remove_role", event.pk, volunteer.pk))
    assert EventRole.objects.count() == 0


def test_a_desk_volunteer_cannot_give_roles(client, two_events):
    event, *_ = two_events
    user = _user("desk")
    assign_event_role(registrable=event, user=user, role=EventRole.Kind.DESK)
    login(client, user)

    response = client.post(admin_url("roles", event.pk), {"user": user.pk, "role": "organizer"})

    assert (status(response), EventRole.objects.get().role) == ("refused", "desk")
