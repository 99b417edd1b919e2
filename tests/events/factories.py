"""Events for tests: an index page and conference pages with realistic agendas.

``make_event(parent, days=…, parts=…, sessions_per_part=…, people=…, booths=…)``
builds an EventPage whose agenda has ``days`` days, each with ``parts`` parallel
parts (tracks), each in its own room, each holding ``sessions_per_part``
consecutive sessions; ``people`` persons (with organizations) take roles in the
sessions; ``booths`` exhibitors get unique booth numbers. Every StreamField item
gets an explicit id, so session ids are known (see ``session_ids``) and stay the
same across edits, as they do in the admin.
"""

import datetime
import itertools
import uuid
import zoneinfo

from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.documents.models import Document
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from events.agenda import build_agenda
from events.models import EventBooth, EventIndexPage, EventPage
from madang.people.models import Organization, Person
from tests.factories import PageFactory, create_new

FAMILY_NAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오"]
GIVEN_NAMES = ["민준", "서연", "지호", "하은", "도윤", "수아", "예준", "지우", "현우", "은서"]
ORGANIZATION_NAMES = [
    "광주광역시",
    "한국의료복지사회적협동조합연합회",
    "안성의료복지사회적협동조합",
    "원주의료사회적협동조합",
    "日本医療福祉生活協同組合連合会",
    "광주대학교 사회복지학과",
    "부산의료복지사회적협동조합",
    "서울시 돌봄정책과",
]
SESSION_TITLES = [
    ("ceremony", "개회식"),
    ("keynote", "지역사회와 함께 여는 돌봄의 시대"),
    ("case", "광주다움 통합돌봄 3년의 경험"),
    ("case", "의료복지사협의 방문진료 사례"),
    ("panel", "통합돌봄법 시행과 지역의 과제"),
    ("break", "휴식"),
    ("talk", "돌봄 인력의 조건과 협동조합"),
    ("case", "일본 의료생협의 지역포괄케어"),
    ("visit", "현장 방문: 마을 건강센터"),
]
PANEL_ROLES = ["moderator", "panelist", "panelist", "discussant"]
BOOTH_CATEGORIES = ["cooperative", "public", "care", "health", "education", "other"]

DAY_STARTS_AT = datetime.time(9, 0)
DAY_MINUTES = 12 * 60  # sessions fit between 09:00 and 21:00


class EventIndexPageFactory(PageFactory):
    class Meta:
        model = EventIndexPage

    title = "행사"
    slug = "events"


def new_id():
    return str(uuid.uuid4())


def make_people(count, *, locale, organizations=None):
    """``count`` persons, each affiliated with one of ``organizations`` (made if None)."""
    if organizations is None:
        organizations = make_organizations(min(count, len(ORGANIZATION_NAMES)), locale=locale)
    people = []
    for n in range(count):
        name = FAMILY_NAMES[n % len(FAMILY_NAMES)] + GIVEN_NAMES[n % len(GIVEN_NAMES)]
        people.append(
            Person(
                name=f"{name}{n // 60 or ''}",
                name_romanized=f"Person {n}",
                organization=organizations[n % len(organizations)] if organizations else None,
                role="이사장" if n % 3 == 0 else "연구원",
                locale=locale,
            )
        )
    return create_new(people)


def make_organizations(count, *, locale):
    return create_new(
        [
            Organization(
                name=ORGANIZATION_NAMES[n % len(ORGANIZATION_NAMES)]
                + (f" {n // len(ORGANIZATION_NAMES) + 1}" if n >= len(ORGANIZATION_NAMES) else ""),
                name_romanized=f"Organization {n}",
                country="KR",
                city="광주",
                locale=locale,
            )
            for n in range(count)
        ]
    )


def _session_people(kind, people, cursor):
    """Roles for a session of ``kind``, taking people round-robin from ``cursor``."""
    if not people or kind in ("break", "ceremony", "visit"):
        return []
    if kind == "keynote":
        roles = ["keynote"]
    elif kind == "panel":
        roles = PANEL_ROLES
    else:
        roles = ["speaker"]
    return [
        {"type": "item", "value": {"person": next(cursor).pk, "role": role}, "id": new_id()}
        for role in roles
    ]


def agenda_value(
    *,
    first_date,
    days=1,
    parts=4,
    sessions_per_part=4,
    people=(),
    materials=None,
):
    """The raw StreamField data of an agenda (list of ``day`` blocks)."""
    slot = min(45, DAY_MINUTES // max(sessions_per_part, 1))
    if slot < 2:
        raise ValueError("Too many sessions per part to fit in a day.")
    length = slot - max(1, min(5, slot // 4))
    cursor = itertools.cycle(people) if people else None
    titles = itertools.cycle(SESSION_TITLES)
    value = []
    for d in range(days):
        date = first_date + datetime.timedelta(days=d)
        day_parts = []
        for p in range(parts):
            sessions = []
            for s in range(sessions_per_part):
                kind, title = next(titles)
                begins = datetime.datetime.combine(date, DAY_STARTS_AT) + datetime.timedelta(
                    minutes=slot * s
                )
                ends = begins + datetime.timedelta(minutes=length)
                published = materials is not None and kind in ("keynote", "case")
                sessions.append(
                    {
                        "type": "item",
                        "id": new_id(),
                        "value": {
                            "start": begins.time().isoformat(),
                            "end": ends.time().isoformat(),
                            "kind": kind,
                            "title": f"{title} ({d + 1}-{p + 1}-{s + 1})",
                            "description": f"{title}에 관한 발표와 토론입니다.",
                            "languages": ["ko"] if s % 2 else ["ko", "ja"],
                            "interpretation": s % 2 == 0,
                            "interpretation_channels": "1: 日本語, 2: English"
                            if s % 2 == 0
                            else "",
                            "people": _session_people(kind, people, cursor),
                            "materials": [{"type": "item", "value": materials.pk, "id": new_id()}]
                            if published
                            else [],
                            "materials_published": published,
                        },
                    }
                )
            day_parts.append(
                {
                    "type": "item",
                    "id": new_id(),
                    "value": {
                        "title": f"제{p + 1}분과" if parts > 1 else "본행사",
                        "room": f"{p + 1}0{p + 1}호" if parts > 1 else "컨벤션홀",
                        "sessions": sessions,
                    },
                }
            )
        value.append(
            {
                "type": "day",
                "id": new_id(),
                "value": {"date": date.isoformat(), "title": f"{d + 1}일차", "parts": day_parts},
            }
        )
    return value


def make_event(
    parent,
    *,
    days=1,
    parts=4,
    sessions_per_part=4,
    people=20,
    booths=13,
    title="함께 여는 돌봄의 시대 전국대회",
    slug=None,
    first_date=datetime.date(2030, 2, 27),
    time_zone="Asia/Seoul",
    kind="conference",
    city="광주",
    country="KR",
    with_materials=False,
    publish=True,
    **fields,
):
    """A live EventPage under ``parent`` (an EventIndexPage), in ``parent``'s locale.

    ``people`` is a number of persons to create, or a list of existing ones.
    The event starts when its first session starts and ends when its last one
    ends (local time in ``time_zone``), unless ``start``/``end`` are given.
    With ``publish`` (the default) a revision is saved and published, so the
    page has ``last_published_at`` and ``live_revision`` like an edited page.
    """
    locale = parent.locale
    if isinstance(people, int):
        people = make_people(people, locale=locale)
    document = None
    if with_materials:
        document = Document.objects.create(
            title="발표 자료", file=ContentFile(b"%PDF-1.4\n", name="slides.pdf")
        )
    agenda = agenda_value(
        first_date=first_date,
        days=days,
        parts=parts,
        sessions_per_part=sessions_per_part,
        people=people,
        materials=document,
    )
    tz = zoneinfo.ZoneInfo(time_zone)
    if sessions_per_part and parts and days:
        last = agenda[-1]["value"]["parts"][0]["value"]["sessions"][-1]["value"]["end"]
        start = datetime.datetime.combine(first_date, DAY_STARTS_AT, tzinfo=tz)
        end = datetime.datetime.combine(
            first_date + datetime.timedelta(days=days - 1),
            datetime.time.fromisoformat(last),
            tzinfo=tz,
        )
    else:
        start = datetime.datetime.combine(first_date, DAY_STARTS_AT, tzinfo=tz)
        end = start + datetime.timedelta(hours=8)
    values = {
        "title": title,
        "slug": slug or f"event-{new_id()[:8]}",
        "locale": locale,
        "kind": kind,
        "start": start,
        "end": end,
        "time_zone": time_zone,
        "city": city,
        "country": country,
        "venue": "김대중컨벤션센터",
        "venue_address": "광주광역시 서구 상무누리로 30",
        "venue_floor": "4층",
        "venue_hall": "컨벤션홀",
        "intro": "통합돌봄법 시행에 맞춰 지역사회와 함께 여는 돌봄의 시대를 이야기합니다.",
        "agenda": agenda,
        **fields,
    }
    page = EventPage(**values)
    organizations = make_organizations(booths, locale=locale) if booths else []
    # Each save of the page or of a booth (the publication saves them all) would index
    # the whole page (agenda and booths) in Wagtail's reference index again: it is
    # indexed once, complete, before it is published (read back, so that the agenda
    # given here is saved as given).
    with disable_reference_index_auto_update():
        parent.add_child(instance=page)
        EventBooth.objects.bulk_create(
            EventBooth(
                page=page,
                locale=locale,
                sort_order=n,
                number=f"A-{n + 1:02d}",
                organization=organization,
                category=BOOTH_CATEGORIES[n % len(BOOTH_CATEGORIES)],
                description=f"{organization.name} 부스",
                contact="062-000-0000",
                website="https://example.org/",
                map_x=5 + (n * 7) % 90,
                map_y=10 + (n * 13) % 80,
            )
            for n, organization in enumerate(organizations)
        )
        with transaction.atomic():
            ReferenceIndex.create_or_update_for_object(EventPage.objects.get(pk=page.pk))
        if publish:
            page.save_revision().publish()
            page.refresh_from_db()
    return page


def session_ids(page):
    """The page's session ids in agenda (chronological) order."""
    return [session.id for session in build_agenda(page).sessions]
