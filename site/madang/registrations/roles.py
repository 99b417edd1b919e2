"""Who may do what with one registrable's registrations.

Every view that reads or acts on registrations asks one of these functions
(never a permission of its own): ``may_view`` to read a registrable's list
and a registration, ``may_manage`` to act on them (approve, cancel, correct,
write), ``may_check_in`` to check people in at the desk.

Today the answer comes from the global permissions ("view registration",
"change registration"); per-event roles narrow them to one registrable.
"""

from django.contrib.auth import get_permission_codename

from .models import Registration


def _has_global(user, action):
    if not (user.is_active and user.is_authenticated):
        return False
    if user.is_superuser:
        return True
    codename = get_permission_codename(action, Registration._meta)
    return user.has_perm(f"{Registration._meta.app_label}.{codename}")


def may_view(user, registrable):
    """Whether ``user`` may read ``registrable``'s registrations."""
    return _has_global(user, "view") or _has_global(user, "change")


def may_manage(user, registrable):
    """Whether ``user`` may act on ``registrable``'s registrations."""
    return _has_global(user, "change")


def may_check_in(user, registrable):
    """Whether ``user`` may check people in for ``registrable`` at the desk."""
    return may_manage(user, registrable)
