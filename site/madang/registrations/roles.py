"""Who may do what at an event's desk.

One question per action, asked by the views: today the site-wide
"change registration" permission answers them (superusers have it).
"""

from django.contrib.auth import get_permission_codename

from .models import Registration


def may_check_in(user, registrable):
    """May ``user`` check delegates in for ``registrable`` (the desk, the camera)?"""
    if not (user.is_active and user.is_authenticated):
        return False
    codename = get_permission_codename("change", Registration._meta)
    return user.has_perm(f"registrations.{codename}")
