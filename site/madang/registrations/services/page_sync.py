"""The engine's rows, written from a published registrable page, and the page's seats
written back from the row.

The row's ``capacity`` is the one truth about seats (counted and changed under its
lock). The page's "seats" field sets it when an editor changes it and publishes;
seats organizers add in the registrations admin are written back to the field, an
optional activity's to the activity on its page (:func:`write_seats_to_pages`), so
that the two never disagree and the next publish keeps them.
"""

from django.db import transaction
from wagtail.models import Page, Revision

from ..models import Registrable
from .seats import promote_from_waitlist


def sync_registrable(*, page, activities=None):
    """Write the engine's rows from a published registrable page (the original).

    Everything comes through the contract (``contract.Offering``): the page's
    dates and seats, and its optional activities unless ``activities`` are given.
    """
    if activities is None:
        activities = page.registration_optional_activities()
    when = page.registration_when()
    starts, ends, zone = when.starts, when.ends, when.time_zone
    capacity = page.registration_capacity()
    with transaction.atomic():
        registrable, created = Registrable.objects.select_for_update().get_or_create(
            key=page.translation_key,
            defaults={"title": page.registration_title(), "page": page, "capacity": capacity},
        )
        grew = False
        fields = {
            "title": page.registration_title(),
            "page": page,
            "opens_at": page.registration_opens,
            "closes_at": page.registration_deadline,
            "starts_at": starts,
            "ends_at": ends,
            "time_zone": zone,
            "is_open": page.take_registrations,
            "requires_approval": page.requires_approval,
            "requires_verification": page.requires_verification,
            "organization_limit": page.organization_limit,
            "ask_emergency_contact": page.ask_emergency_contact,
            "delegation_limit": page.delegation_limit,
        }
        if not created and capacity != registrable.synced_capacity:
            grew = registrable.capacity is not None and (
                capacity is None or capacity > registrable.capacity
            )
            fields["capacity"] = capacity
        fields["synced_capacity"] = capacity
        for name, value in fields.items():
            setattr(registrable, name, value)
        registrable.save()
        keep = []
        for activity in activities:
            title = activity.registration_title()
            seats = activity.registration_capacity()
            activity_when = activity.registration_when()
            row, _created = Registrable.objects.get_or_create(
                key=activity.translation_key,
                defaults={"parent": registrable, "title": title, "capacity": seats},
            )
            activity_grew = (
                not _created
                and seats != row.synced_capacity
                and (row.capacity is not None and (seats is None or seats > row.capacity))
            )
            if _created or seats != row.synced_capacity:
                row.capacity = seats
            row.synced_capacity = seats
            row.parent = registrable
            row.title = title
            row.starts_at = activity_when.starts
            row.ends_at = activity_when.ends
            row.time_zone = zone
            row.is_open = True
            row.requires_verification = registrable.requires_verification
            row.save()
            keep.append(row.pk)
            if activity_grew:
                promote_from_waitlist(registrable=row)
        registrable.activities.exclude(pk__in=keep).update(is_open=False)
        write_seats_to_pages(registrable=registrable)
        if grew:
            promote_from_waitlist(registrable=registrable)
        return registrable


def write_seats_to_pages(*, registrable):
    """Write the row's seats into its page's "seats" field in every language: the live
    pages and the latest revision of each (the draft the editor opens and publishes
    next, the publishing schedule's too). An optional activity's row writes its seats
    into that activity on its page (:func:`write_activity_seats`). Called under the
    row's lock, after every change of its seats. Returns whether the row has pages.
    """
    if registrable.parent_id is not None:
        return write_activity_seats(activity=registrable)
    pages = list(Page.objects.filter(translation_key=registrable.key))
    if not pages:
        return False
    model = pages[0].specific_class
    model.objects.filter(pk__in=[page.pk for page in pages]).exclude(
        capacity=registrable.capacity
    ).update(capacity=registrable.capacity)
    latest = [page.latest_revision_id for page in pages if page.latest_revision_id]
    for revision in Revision.objects.filter(pk__in=latest):
        if revision.content.get("capacity", registrable.capacity) != registrable.capacity:
            revision.content["capacity"] = registrable.capacity
            revision.save(update_fields=["content"])
    return True


def write_activity_seats(*, activity):
    """Write an optional activity's row's seats into the activity on its page in every
    language, live and in the latest revision, through the page's
    ``set_activity_seats``. Returns whether the activity has pages."""
    pages = [page.specific for page in Page.objects.filter(translation_key=activity.parent.key)]
    if not pages:
        return False
    for page in pages:
        if fields := page.set_activity_seats(key=activity.key, seats=activity.capacity):
            page.save(update_fields=fields, clean=False)
    latest = [page.latest_revision_id for page in pages if page.latest_revision_id]
    for revision in Revision.objects.filter(pk__in=latest):
        draft = revision.as_object()
        if fields := draft.set_activity_seats(key=activity.key, seats=activity.capacity):
            data = draft.serializable_data()
            revision.content.update({name: data[name] for name in fields})
            revision.save(update_fields=["content"])
    return True
