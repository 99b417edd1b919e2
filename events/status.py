"""Registration status of an event, for cards and the event page.

``registration_status(page, now=…)`` works from the page's own fields (the
registration link, the deadline and the end of the event), so it costs no
query. The registration engine, which knows about seats and waiting lists,
refines the result through ``EventPage.adjust_registration_status``.
"""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, pgettext_lazy

CLOSING_SOON = datetime.timedelta(days=7)


class RegistrationCode(models.TextChoices):
    OPEN = "open", pgettext_lazy("registration", "Registration open")
    CLOSING = "closing", pgettext_lazy("registration", "Registration closing soon")
    WAITLIST = "waitlist", pgettext_lazy("registration", "Full – waiting list open")
    CLOSED = "closed", pgettext_lazy("registration", "Registration closed")
    NONE = "none", pgettext_lazy("registration", "No registration")


@dataclass(frozen=True)
class RegistrationStatus:
    code: str  # a RegistrationCode value
    deadline: datetime.datetime | None = None  # aware, in the event's time zone

    @property
    def label(self):
        """A translated label in the active language."""
        if self.code == RegistrationCode.CLOSING and self.deadline is not None:
            return gettext("Registration closes on %(date)s") % {
                "date": date_format(self.deadline.date(), "DATE_FORMAT")
            }
        return str(RegistrationCode(self.code).label)

    @property
    def is_open(self):
        """Visitors can still register (possibly on the waiting list)."""
        return self.code in (
            RegistrationCode.OPEN,
            RegistrationCode.CLOSING,
            RegistrationCode.WAITLIST,
        )

    def __str__(self):
        return self.label


def event_zone(page):
    try:
        return zoneinfo.ZoneInfo(page.time_zone or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return datetime.UTC


def registration_status(page, *, now=None):
    """The status from the page's fields alone (no seats, no waiting list)."""
    now = now or timezone.now()
    if not page.registration_url and not getattr(page, "take_registrations", False):
        return RegistrationStatus(RegistrationCode.NONE)
    deadline = page.registration_deadline
    if deadline is not None:
        deadline = deadline.astimezone(event_zone(page))
    if (page.end is not None and page.end < now) or (deadline is not None and deadline < now):
        return RegistrationStatus(RegistrationCode.CLOSED, deadline)
    if deadline is not None and deadline - now <= CLOSING_SOON:
        return RegistrationStatus(RegistrationCode.CLOSING, deadline)
    return RegistrationStatus(RegistrationCode.OPEN, deadline)
