# ruff: noqa: E501 -- names in three scripts read better unwrapped.
"""Demo registrations for the tours: the Korean delegation to Saitama, and the sample tour.

The 2015 delegation registers as it would have before the tour (the services
take the time as ``now``), so the admin shows a complete delegation with its
bus, and the delegates' self-service pages show their itinerary. Those marked
``checked_in`` were checked in at the meeting point, so their certificates print.
"""

import datetime
import zoneinfo

from madang.registrations import services
from madang.registrations.models import Registrable

SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")

REGISTRATION = {
    "tour-saitama-2015": {
        "take_registrations": True,
        "capacity": 20,
        "organization_limit": 12,
        "requires_verification": True,
    },
    "tour-sample-2027": {
        "take_registrations": True,
        "capacity": 24,
        "organization_limit": 8,
        "requires_verification": True,
    },
}

# Names are invented placeholders; roles and cooperatives come from seed 000.
DELEGATIONS = {
    "tour-saitama-2015": {
        "when": datetime.datetime(2015, 6, 1, 10, 0, tzinfo=SEOUL),
        "arrived": datetime.datetime(2015, 7, 8, 12, 30, tzinfo=TOKYO),
        "group": "1호차",
        "delegations": [
            (
                "안산의료복지사회적협동조합",
                [
                    {
                        "name": "한지원",
                        "name_romanized": "Han Jiwon",
                        "email": "jiwon.han@example.org",
                        "role": "가정의학과 의사",
                        "interpretation_language": "ko",
                    },
                    {
                        "name": "오세훈",
                        "name_romanized": "Oh Sehun",
                        "email": "sehun.oh@example.org",
                        "role": "이사",
                        "interpretation_language": "ko",
                    },
                    {
                        "name": "윤하늘",
                        "name_romanized": "Yoon Haneul",
                        "email": "haneul.yoon@example.org",
                        "role": "이사",
                        "interpretation_language": "ko",
                        "dietary_needs": "채식",
                        "sensitive_consent": True,  # hers, given on the form
                    },
                ],
            ),
            (
                "시흥희망의료복지사회적협동조합",
                [
                    {
                        "name": "정다은",
                        "name_romanized": "Jung Daeun",
                        "email": "daeun.jung@example.org",
                        "role": "의사",
                        "interpretation_language": "ko",
                        "checked_in": True,
                    },
                    {
                        "name": "강민수",
                        "name_romanized": "Kang Minsu",
                        "email": "minsu.kang@example.org",
                        "role": "이사장",
                        "interpretation_language": "ko",
                        "checked_in": True,
                    },
                ],
            ),
            (
                "서울 의료복지사회적협동조합 설립 준비 모임",
                [
                    {
                        "name": "서유진",
                        "name_romanized": "Seo Yujin",
                        "email": "yujin.seo@example.org",
                        "role": "준비위원",
                        "interpretation_language": "ko",
                    },
                ],
            ),
        ],
    },
    "tour-sample-2027": {
        "when": None,
        "arrived": None,
        "group": "",
        "delegations": [
            (
                "시흥희망의료복지사회적협동조합",
                [
                    {
                        "name": "문지혜",
                        "name_romanized": "Moon Jihye",
                        "email": "jihye.moon@example.org",
                        "role": "간호사",
                        "interpretation_language": "ko",
                    },
                    {
                        "name": "배성우",
                        "name_romanized": "Bae Sungwoo",
                        "email": "sungwoo.bae@example.org",
                        "role": "이사",
                        "interpretation_language": "ko",
                    },
                ],
            ),
        ],
    },
}


def add_demo_registrations(page, report):
    """Register the demo delegations once (nothing happens if any registration exists)."""
    spec = DELEGATIONS.get(_key_of(page))
    registrable = Registrable.objects.filter(key=page.translation_key).first()
    if spec is None or registrable is None or registrable.registrations.exists():
        report.count("registrations", False)
        return
    now = spec["when"]
    optional = list(registrable.activities.order_by("pk"))
    for organization, members in spec["delegations"]:
        arrived = [member.get("checked_in", False) for member in members]
        people = [
            {
                **{field: value for field, value in member.items() if field != "checked_in"},
                "country": "KR",
                "correspondence_language": "ko",
                "activities": optional[:1] if n == 0 else [],
            }
            for n, member in enumerate(members)
        ]
        _delegation, registrations = services.register_delegation(
            registrable=registrable,
            organization=organization,
            members=people,
            language="ko",
            now=now,
        )
        for registration, checked_in in zip(registrations, arrived, strict=True):
            registration = services.confirm_email(registration=registration, now=now)
            if spec["group"]:
                registration.group = spec["group"]
                registration.save(update_fields=["group"])
            if checked_in:
                services.check_in(
                    registrable=registrable, code=registration.code, now=spec["arrived"]
                )
            report.count("registrations", True)


def _key_of(page):
    from madang.core.demo import build as demo

    for key in DELEGATIONS:
        if demo.demo_key(key) == page.translation_key:
            return key
    return None
