"""Who may read, act on and check in a registrable's registrations."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from madang.registrations.roles import may_check_in, may_manage, may_view

from .factories import make_activity, make_registrable

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
