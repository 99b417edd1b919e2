"""Who may do what with one registrable's registrations.

Every view that reads or acts on registrations asks one of these functions
(never a permission of its own): ``may_view`` to read a registrable's list
and a registration, ``may_manage`` to act on them (approve, cancel, correct,
write, assign roles), ``may_check_in`` to check people in at the desk.

Two ways to be allowed:

- the global permissions, for every event and tour: "view registration"
  reads, "change registration" acts (superusers have both);
- an :class:`~.models.EventRole` for one event or tour (its activities
  included): an *organizer* reads and acts on that one, a *desk* volunteer
  only checks people in for it (and sees who has arrived).

:class:`EventRoleBackend` lets a person with a role into the Wagtail admin
(``wagtailadmin.access_admin``) without any group.
"""

from django.contrib.auth import get_permission_codename

from .models import EventRole, Registrable, Registration

ORGANIZER = EventRole.Kind.ORGANIZER
DESK = EventRole.Kind.DESK


def _main(registrable):
    """An activity is run by the organizers of its event or tour."""
    return registrable.parent_id or registrable.pk


def _active(user):
    return user is not None and user.is_authenticated and user.is_active


def _has_global(user, action):
    if not _active(user):
        return False
    if user.is_superuser:
        return True
    codename = get_permission_codename(action, Registration._meta)
    return user.has_perm(f"{Registration._meta.app_label}.{codename}")


def _roles_of(user):
    """``{registrable id: role}`` of ``user``, read once per user object."""
    if not _active(user):
        return {}
    # Kept with the user object for the rest of the request, as Django keeps its
    # permission cache; a new request reads the roles again.
    kept = user.__dict__
    if "_madang_event_roles" not in kept:
        kept["_madang_event_roles"] = dict(
            EventRole.objects.filter(user=user).values_list("registrable_id", "role")
        )
    return kept["_madang_event_roles"]


def role_for(user, registrable):
    """``"organizer"``, ``"desk"`` or None: ``user``'s role for ``registrable``."""
    return _roles_of(user).get(_main(registrable))


def may_view(user, registrable):
    """Whether ``user`` may read ``registrable``'s registrations."""
    return (
        _has_global(user, "view")
        or _has_global(user, "change")
        or role_for(user, registrable) == ORGANIZER
    )


def may_manage(user, registrable):
    """Whether ``user`` may act on ``registrable``'s registrations."""
    return _has_global(user, "change") or role_for(user, registrable) == ORGANIZER


def may_check_in(user, registrable):
    """Whether ``user`` may check people in for ``registrable`` at the desk."""
    return may_manage(user, registrable) or role_for(user, registrable) == DESK


def allows(user, action, registrable):
    """The check of one admin action: ``view``, ``change`` or ``check_in``."""
    check = {"view": may_view, "change": may_manage, "check_in": may_check_in}.get(action)
    return check is not None and check(user, registrable)


def may_use_registrations_admin(user):
    """Whether the registrations admin is for ``user`` at all (menu, index)."""
    return _has_global(user, "view") or _has_global(user, "change") or bool(_roles_of(user))


def registrables_for(user, queryset=None):
    """The registrables ``user`` may see in the admin (all with a global permission)."""
    queryset = Registrable.objects.all() if queryset is None else queryset
    if _has_global(user, "view") or _has_global(user, "change"):
        return queryset
    return queryset.filter(pk__in=list(_roles_of(user)))


def desk_registrables(user):
    """The events and tours ``user`` checks people in for as a *desk* volunteer."""
    desk = [pk for pk, role in _roles_of(user).items() if role == DESK]
    return Registrable.objects.filter(pk__in=desk, parent__isnull=True)


def is_desk_only(user):
    """Whether ``user`` reaches the registrations admin only as a desk volunteer
    (no global permission, no organizer role, not a superuser)."""
    roles = set(_roles_of(user).values())
    return roles == {DESK} and not (_has_global(user, "view") or _has_global(user, "change"))


class EventRoleBackend:
    """Grants ``wagtailadmin.access_admin`` to active people with an event role.

    Nothing else: what they may do is decided per registrable by this module.
    """

    def authenticate(self, request, **credentials):
        return None

    def has_perm(self, user_obj, perm, obj=None):
        if perm != "wagtailadmin.access_admin" or obj is not None:
            return False
        return bool(_roles_of(user_obj))
