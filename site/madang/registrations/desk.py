"""The desk: check-ins read from QR codes by volunteers' phones, counted once each.

A phone at the door may lose the network: it keeps its scans in a queue and
sends them when it can, possibly twice (an answer lost on the way back). Each
scan carries an id the phone made; :func:`record_scan` records a scan id once,
and a second arrival of the same id answers what the first one did.

Scans of one offering are serialized on its row (locked), the person's row is
locked by ``services.check_in``, and the scan is written in the same
transaction, so a scan is never half-recorded.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .contract import zone_of
from .errors import RegistrationError
from .models import DeskScan, Registrable, Registration, ScanOutcome, Status
from .services import check_in

#: A phone's clock may be off, and a queue may wait a while; older or later times are
#: replaced by the time the scan reaches the site.
SCAN_TIME_WINDOW = datetime.timedelta(days=2)


@dataclass(frozen=True)
class ScanResult:
    scan: DeskScan
    duplicate: bool  # the phone had sent this scan before

    @property
    def registration(self):
        return self.scan.registration

    @property
    def message(self):
        """What happened, for the volunteer, in the active language."""
        registration = self.scan.registration
        outcome = self.scan.outcome
        if outcome == ScanOutcome.UNKNOWN or registration is None:
            return _("No registration has the code %(code)s.") % {"code": self.scan.code}
        if outcome == ScanOutcome.REFUSED:
            return _("%(name)s is not confirmed (%(status)s).") % {
                "name": registration.name,
                "status": registration.get_status_display(),
            }
        if outcome == ScanOutcome.ALREADY:
            return _("%(name)s had already arrived at %(time)s.") % {
                "name": registration.name,
                "time": arrival_time(registration),
            }
        return _("Welcome, %(name)s.") % {"name": registration.name}


def arrival_time(registration):
    """When the person arrived, "HH:MM" in the offering's time zone."""
    if registration.checked_in_at is None:
        return ""
    main = registration.registrable.parent or registration.registrable
    return registration.checked_in_at.astimezone(zone_of(main.time_zone)).strftime("%H:%M")


def _scan_time(scanned_at, now):
    if scanned_at is None or not (now - SCAN_TIME_WINDOW <= scanned_at <= now):
        return now
    return scanned_at


def normalize_code(code):
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())[:20]


def record_scan(*, registrable, scan_id, code, scanned_at=None, user=None, now=None):
    """Check in the person whose QR code was read, once per ``scan_id``.

    Returns a :class:`ScanResult`: arrived now, had already arrived, unknown
    code or not confirmed. ``scanned_at`` (the phone's time, aware) becomes the
    arrival time when it is plausible.
    """
    now = now or timezone.now()
    main = registrable.parent or registrable
    code = normalize_code(code)
    with transaction.atomic():
        Registrable.objects.select_for_update().filter(pk=main.pk).first()
        earlier = (
            DeskScan.objects.select_related("registration__registrable")
            .filter(scan_id=scan_id)
            .first()
        )
        if earlier is not None:
            return ScanResult(scan=earlier, duplicate=True)
        arrived_at = _scan_time(scanned_at, now)
        registration = Registration.objects.filter(registrable=main, code=code).first()
        outcome = ScanOutcome.UNKNOWN
        if registration is not None:
            before = registration.checked_in_at
            try:
                registration = check_in(registrable=main, code=code, now=arrived_at)
            except RegistrationError:
                outcome = ScanOutcome.REFUSED
            else:
                outcome = ScanOutcome.ALREADY if before is not None else ScanOutcome.ARRIVED
        scan = DeskScan.objects.create(
            scan_id=scan_id,
            registrable=main,
            registration=registration,
            code=code or "–",
            outcome=outcome,
            scanned_at=arrived_at,
            received_at=now,
            user=user if user is not None and user.is_authenticated else None,
        )
        return ScanResult(scan=scan, duplicate=False)


def arrivals(registrable):
    """``(arrived, confirmed)``: how many confirmed delegates have arrived, of how many."""
    main = registrable.parent or registrable
    confirmed = Registration.objects.filter(registrable=main, status=Status.CONFIRMED)
    return confirmed.filter(checked_in_at__isnull=False).count(), confirmed.count()
