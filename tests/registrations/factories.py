"""Factories for the registration engine's tests (no page needed)."""

import itertools
import uuid

from madang.registrations import services
from madang.registrations.models import Registrable

_numbers = itertools.count(1)


def make_registrable(**fields):
    """A registrable with no page: open, no verification, unlimited unless told."""
    values = {
        "key": uuid.uuid4(),
        "title": "Gwangju national conference",
        "capacity": None,
        "requires_verification": False,
    }
    values.update(fields)
    return Registrable.objects.create(**values)


def make_activity(parent, **fields):
    return make_registrable(parent=parent, title=fields.pop("title", "Site visit"), **fields)


def registrant(**overrides):
    """Form data of one delegate, as ``services.register(data=…)`` takes it."""
    n = next(_numbers)
    data = {
        "name": f"김민지 {n}",
        "name_romanized": f"Kim Minji {n}",
        "email": f"delegate{n}@example.org",
        "organization": "안산의료복지사회적협동조합",
        "role": "이사",
        "country": "KR",
        "correspondence_language": "ko",
    }
    data.update(overrides)
    return data


def register(registrable, *, language="ko", **overrides):
    """Register one delegate through the service, as the public form does."""
    activities = overrides.pop("activities", ())
    data = registrant(**overrides.copy())
    data.pop("sensitive_consent", None)
    consent = overrides.get(
        "sensitive_consent", bool(data.get("dietary_needs") or data.get("accessibility_needs"))
    )
    return services.register(
        registrable=registrable,
        data=data,
        language=language,
        activities=activities,
        sensitive_consent=consent,
    )


def make_registrable_event(index, *, capacity=50, requires_verification=False, **fields):
    """A live EventPage under ``index`` that takes registrations on the site, and its row.

    Returns ``(page, registrable)``; a small agenda and no booths keep it quick.
    """
    from madang.registrations.models import Registrable as Row
    from tests.events.factories import make_event

    page = make_event(
        index,
        parts=1,
        sessions_per_part=2,
        people=2,
        booths=0,
        take_registrations=True,
        capacity=capacity,
        requires_verification=requires_verification,
        **fields,
    )
    return page, Row.objects.get(key=page.translation_key)


def add_seats_under_a_draft(page, registrable, *, seats, title="새 제목"):
    """An editor saves a draft of ``page`` (a new ``title``), organizers then add
    ``seats`` to ``registrable`` in the registrations admin, and the draft is published."""
    draft = page.get_latest_revision_as_object()
    draft.title = title
    revision = draft.save_revision()
    services.add_seats(registrable=registrable, seats=seats)
    revision.refresh_from_db()
    revision.publish()
