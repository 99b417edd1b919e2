"""The one lock every change to seats takes.

A change to seats runs in one transaction that first locks the registrable's
row (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's IMMEDIATE transactions
already hold the write lock from BEGIN), then, when it changes one
registration, that registration's row: always in this order, so that two
changes never wait on each other crosswise. Inside, the service recounts the
seats that are held and writes.
"""

from contextlib import contextmanager
from typing import NamedTuple

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from ..errors import RegistrationError
from ..models import Registrable, Registration


class Held(NamedTuple):
    """The rows a :func:`locked` block holds, read again under the lock."""

    registrable: Registrable
    registration: Registration | None


@contextmanager
def locked(*, registrable=None, registration=None):
    """One transaction holding the registrable's row (and the registration's) until it ends.

    Give the registrable, or a registration (its registrable is locked first).
    Yields :class:`Held` with both rows as they are now, under the lock.
    """
    if registrable is None:
        registrable = registration.registrable
    with transaction.atomic():
        registrable = lock_registrable(registrable)
        if registration is not None:
            registration = Registration.objects.select_for_update().get(pk=registration.pk)
        yield Held(registrable, registration)


def lock_registrable(registrable):
    """The registrable's row, locked until the transaction ends.

    ``REGISTRATIONS_LOCK = False`` exists only so that a test can show what
    happens without the lock (overselling on PostgreSQL).
    """
    rows = Registrable.objects.all()
    if getattr(settings, "REGISTRATIONS_LOCK", True):
        rows = rows.select_for_update()
    try:
        return rows.get(pk=registrable.pk)
    except Registrable.DoesNotExist:  # deleted since the caller read it
        raise RegistrationError(_("Registration is not open."), code="closed") from None
