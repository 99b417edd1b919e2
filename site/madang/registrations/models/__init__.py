"""The registration engine's records, one module a concern.

The engine knows "something people register for" (a :class:`Registrable`),
never what an event or a tour is. Events and tours plug in with the page
mixin in ``pages.py``: publishing such a page writes its registrable row and
those of its optional activities (see ``services.sync_registrable``).

Seats are never counted in a column: ``services`` locks the registrable row,
recounts the registrations that hold a seat and writes, in one transaction.

Callers import this package (``from madang.registrations.models import
Registration``): the names below are its public API. Modules: ``registrations``
(registrables, registrations, bookings, delegations, corrections), ``choices``
(statuses and kinds, below ``transitions.py``), ``mail`` (the outbox) and
``records`` (roles, desk scans, the privacy log).
"""

from .choices import (
    ACTIVE,
    SEAT_HOLDING,
    MailEventKind,
    MailKind,
    OutboxStatus,
    PrivacyAction,
    PrivacyVia,
    ScanOutcome,
    Status,
)
from .mail import MailEvent, OutboxMail
from .records import DeskScan, EventRole, PrivacyLog
from .registrations import (
    PERSON_FIELDS,
    Booking,
    Delegation,
    Registrable,
    Registration,
    RegistrationChange,
    new_code,
    new_secret,
    title_in,
)

__all__ = [
    "PERSON_FIELDS",
    "ACTIVE",
    "SEAT_HOLDING",
    "Booking",
    "Delegation",
    "DeskScan",
    "EventRole",
    "MailEvent",
    "MailEventKind",
    "MailKind",
    "OutboxMail",
    "OutboxStatus",
    "PrivacyAction",
    "PrivacyLog",
    "PrivacyVia",
    "Registrable",
    "Registration",
    "RegistrationChange",
    "ScanOutcome",
    "Status",
    "new_code",
    "new_secret",
    "title_in",
]
