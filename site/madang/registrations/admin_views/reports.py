"""The counts organizers read: a registrable's summary, the dashboard's upcoming list."""

import zoneinfo
from collections import Counter

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language

from madang.core.languages import name_in_reader_language

from .. import services
from ..models import ACTIVE, SEAT_HOLDING, Booking, Registrable, Registration, Status


def summary(registrable):
    """The counts organizers see above a registrable's list (read-only)."""
    registrations = Registration.objects.filter(registrable=registrable)
    by_status = dict(registrations.values_list("status").annotate(n=Count("pk")).order_by())
    holding = registrations.filter(status__in=SEAT_HOLDING)
    interpretation = [
        (name_in_reader_language(code), n)
        for code, n in holding.exclude(interpretation_language="")
        .values_list("interpretation_language")
        .annotate(n=Count("pk"))
        .order_by("interpretation_language")
    ]
    dietary = Counter()
    wording = {}
    for text in holding.exclude(dietary_needs="").values_list("dietary_needs", flat=True):
        key = " ".join(text.split()).casefold()
        wording.setdefault(key, " ".join(text.split()))
        dietary[key] += 1
    rows = registrable.activities_titled_in(get_language())
    bookings = Booking.objects.filter(activity__in=rows).order_by()
    by_activity = Counter(
        {
            (activity, status): n
            for activity, status, n in bookings.filter(registration__status__in=ACTIVE)
            .values_list("activity", "status")
            .annotate(n=Count("pk"))
        }
    )
    taken = dict(
        bookings.filter(status__in=SEAT_HOLDING).values_list("activity").annotate(n=Count("pk"))
    )
    activities = []
    for activity in rows:
        activity.prefetched_seats_taken = taken.get(activity.pk, 0)
        activities.append(
            {
                "activity": activity,
                "confirmed": by_activity[activity.pk, Status.CONFIRMED],
                "waitlisted": by_activity[activity.pk, Status.WAITLISTED],
                "capacity": activity.capacity,
                "seats_left": services.seats_left(activity),
            }
        )
    confirmed = by_status.get(Status.CONFIRMED, 0)
    return {
        "statuses": [(value, label, by_status.get(value, 0)) for value, label in Status.choices],
        "confirmed": confirmed,
        "pending": by_status.get(Status.PENDING, 0),
        "waitlisted": by_status.get(Status.WAITLISTED, 0),
        "cancelled": by_status.get(Status.CANCELLED, 0),
        "capacity": registrable.capacity,
        "seats_left": services.seats_left(registrable),
        "arrived": registrations.filter(
            status=Status.CONFIRMED, checked_in_at__isnull=False
        ).count(),
        "interpretation": interpretation,
        "dietary": sorted(
            ((wording[key], n) for key, n in dietary.items()), key=lambda item: (-item[1], item[0])
        ),
        "accessibility": holding.exclude(accessibility_needs="").count(),
        "activities": activities,
    }


def status_counts(**statuses):
    """``annotate`` arguments: each name counts a registrable's registrations in its status."""
    return {
        name: Count("registrations", filter=Q(registrations__status=status))
        for name, status in statuses.items()
    }


def upcoming(*, now=None, limit=8):
    """Main registrables still ahead (or undated) that are open or have registrations."""
    now = now or timezone.now()
    return list(
        Registrable.objects.filter(parent__isnull=True)
        .filter(Q(starts_at__isnull=True) | Q(starts_at__gte=now))
        .with_titles_in(get_language())
        .annotate(
            **status_counts(confirmed_count=Status.CONFIRMED, waitlisted_count=Status.WAITLISTED),
            registration_count=Count("registrations"),
        )
        .filter(Q(is_open=True) | Q(registration_count__gt=0))
        .order_by("starts_at", "pk")[:limit]
    )


def local_moment(moment, zone):
    """A moment as a short date and time in the registrable's time zone, or a dash."""
    if moment is None:
        return "–"
    try:
        moment = timezone.localtime(moment, zoneinfo.ZoneInfo(zone))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        moment = timezone.localtime(moment)
    return date_format(moment, "SHORT_DATETIME_FORMAT")


def fill_rate(registrable):
    """Confirmed seats as a whole percentage of the capacity, or None without a limit."""
    if not registrable.capacity:
        return None
    return round(100 * registrable.confirmed_count / registrable.capacity)
