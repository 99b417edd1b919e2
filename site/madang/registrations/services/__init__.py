"""What delegates and organizers do, as functions named after it.

Callers use the package: ``from madang.registrations import services`` and
``services.register(...)``. The modules hold one concern each:

- ``locking``: the one lock every change to seats takes (``locked``);
- ``checks``: open or closed, duplicates, organization limits, consent;
- ``seats``: counting seats, placing people, the waiting list;
- ``delegates``: registering, confirming, changing, cancelling;
- ``organizers``: the admin's actions, check-in, mails to delegates;
- ``privacy``: the privacy log, export, erasure, retention;
- ``page_sync``: the engine's rows from a published page.

Every function that touches seats runs in one transaction (``locking.locked``):
lock the registrable's row, recount the seats that are held, write, and put the
mails in the outbox in the same transaction. The outbox is sent after commit
(``outbox.py``).
"""

from ..errors import RegistrationError
from .checks import CLOSED_CODES, check_open, closed_reason
from .delegates import (
    cancel_registration,
    change_registration,
    confirm_email,
    register,
    register_delegation,
    register_walk_in,
    withdraw_sensitive_consent,
)
from .locking import locked
from .organizers import (
    add_seats,
    approve_registration,
    check_in,
    confirm_from_waitlist,
    move_to_waitlist,
    reject_registration,
    resend_mail,
    send_reminders,
    write_to_confirmed,
)
from .page_sync import sync_registrable
from .privacy import (
    ERASED,
    apply_retention,
    erase_person,
    erase_personal_data,
    export_personal_data,
    log_privacy,
    person_registrations,
)
from .seats import expire_unverified, promote_from_waitlist, seats_left, seats_taken

__all__ = [
    "CLOSED_CODES",
    "ERASED",
    "RegistrationError",
    "add_seats",
    "apply_retention",
    "approve_registration",
    "cancel_registration",
    "change_registration",
    "check_in",
    "check_open",
    "closed_reason",
    "confirm_email",
    "confirm_from_waitlist",
    "erase_person",
    "erase_personal_data",
    "expire_unverified",
    "export_personal_data",
    "locked",
    "log_privacy",
    "move_to_waitlist",
    "person_registrations",
    "promote_from_waitlist",
    "register",
    "register_delegation",
    "register_walk_in",
    "reject_registration",
    "resend_mail",
    "seats_left",
    "seats_taken",
    "send_reminders",
    "sync_registrable",
    "withdraw_sensitive_consent",
    "write_to_confirmed",
]
