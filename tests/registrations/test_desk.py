"""Camera check-in at the desk: scans queued on a phone and sent, maybe twice, counted
once each (issue 13, item 3). The camera itself is exercised in Chromium
(tests/browser/test_desk_scan.py)."""

import datetime
import json
import threading
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from madang.registrations import desk
from madang.registrations.models import (
    DeskScan,
    EventRole,
    Registration,
    ScanOutcome,
    Status,
)

from .factories import make_registrable, register

pytestmark = pytest.mark.django_db


@pytest.fixture
def volunteer(client):
    """A desk volunteer whose admin speaks Korean."""
    user = get_user_model().objects.create_superuser("desk", "desk@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ko"
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def event():
    registrable = make_registrable(capacity=10, time_zone="Asia/Seoul")
    minji = register(
        registrable,
        name="김민지",
        name_romanized="Kim Minji",
        dietary_needs="채식",
        interpretation_language="ja",
    )
    hanako = register(registrable, name="山田花子", name_romanized="Yamada Hanako")
    return registrable, minji, hanako


def sync_url(registrable):
    return reverse("registrations_desk_sync", args=[registrable.pk])


def send(client, registrable, scans):
    return client.post(
        sync_url(registrable), json.dumps({"scans": scans}), content_type="application/json"
    )


def scan(code, at=None):
    return {"id": str(uuid.uuid4()), "code": code, "at": at or timezone.now().isoformat()}


def test_a_scan_checks_the_person_in_at_the_time_the_phone_read_it(event):
    registrable, minji, _hanako = event
    read_at = timezone.now() - datetime.timedelta(minutes=20)

    result = desk.record_scan(
        registrable=registrable, scan_id=uuid.uuid4(), code=minji.code, scanned_at=read_at
    )

    minji.refresh_from_db()
    assert (result.scan.outcome, result.duplicate) == (ScanOutcome.ARRIVED, False)
    assert minji.checked_in_at == read_at


def test_the_same_scan_sent_again_counts_once_and_answers_the_same(event):
    registrable, minji, _hanako = event
    scan_id = uuid.uuid4()

    first = desk.record_scan(registrable=registrable, scan_id=scan_id, code=minji.code)
    again = desk.record_scan(registrable=registrable, scan_id=scan_id, code=minji.code)

    assert (again.scan.pk, again.scan.outcome, again.duplicate) == (
        first.scan.pk,
        ScanOutcome.ARRIVED,
        True,
    )
    assert DeskScan.objects.count() == 1
    assert desk.arrivals(registrable) == (1, 2)


def test_a_second_scan_of_the_same_person_says_they_had_arrived(event):
    registrable, minji, _hanako = event
    desk.record_scan(registrable=registrable, scan_id=uuid.uuid4(), code=minji.code)

    second = desk.record_scan(registrable=registrable, scan_id=uuid.uuid4(), code=minji.code)

    assert second.scan.outcome == ScanOutcome.ALREADY
    assert desk.arrivals(registrable) == (1, 2)


def test_unknown_codes_and_people_not_confirmed_are_not_checked_in(event):
    registrable, minji, _hanako = event
    Registration.objects.filter(pk=minji.pk).update(status=Status.WAITLISTED)

    unknown = desk.record_scan(registrable=registrable, scan_id=uuid.uuid4(), code="NOPE2345")
    waiting = desk.record_scan(registrable=registrable, scan_id=uuid.uuid4(), code=minji.code)

    assert (unknown.scan.outcome, waiting.scan.outcome) == (
        ScanOutcome.UNKNOWN,
        ScanOutcome.REFUSED,
    )
    assert Registration.objects.filter(checked_in_at__isnull=False).count() == 0


def test_a_phone_clock_in_the_future_gives_the_time_the_scan_arrived(event):
    registrable, minji, _hanako = event
    now = timezone.now()

    desk.record_scan(
        registrable=registrable,
        scan_id=uuid.uuid4(),
        code=minji.code,
        scanned_at=now + datetime.timedelta(hours=3),
        now=now,
    )

    minji.refresh_from_db()
    assert minji.checked_in_at == now


def test_the_phone_sends_its_queue_twice_and_each_scan_counts_once(volunteer, event):
    registrable, minji, hanako = event
    queue = [scan(minji.code), scan(hanako.code.lower())]

    first = send(volunteer, registrable, queue).json()
    second = send(volunteer, registrable, queue).json()

    assert [(r["outcome"], r["duplicate"]) for r in first["results"]] == [
        ("arrived", False),
        ("arrived", False),
    ]
    assert [(r["outcome"], r["duplicate"]) for r in second["results"]] == [
        ("arrived", True),
        ("arrived", True),
    ]
    assert first["results"][0]["message"] == "김민지 님, 어서 오세요."
    assert second["arrivals"] == "확정된 참가자 2명 중 2명이 도착했습니다."
    assert DeskScan.objects.count() == 2


def test_a_scan_that_cannot_be_read_is_answered_and_the_others_count(volunteer, event):
    registrable, minji, _hanako = event

    response = send(volunteer, registrable, [{"id": "not-a-uuid", "code": ""}, scan(minji.code)])

    assert response.status_code == 200
    assert [(r["id"], r["outcome"]) for r in response.json()["results"]] == [
        ("not-a-uuid", "invalid"),
        (response.json()["results"][1]["id"], "arrived"),
    ]
    assert response.json()["results"][0]["message"] == (
        "이 체크인은 읽을 수 없어 집계하지 않았습니다."
    )


@pytest.mark.parametrize(
    "unreadable",
    [
        {"id": str(uuid.uuid4()), "code": "A", "at": 5},
        {"id": str(uuid.uuid4()), "code": "A", "at": ["2026-12-03T18:00:00Z"]},
        {"id": str(uuid.uuid4()), "code": {"code": "A"}, "at": "2026-12-03T18:00:00Z"},
        {"id": [str(uuid.uuid4())], "code": "A"},
    ],
)
def test_a_scan_whose_values_are_not_text_is_answered_and_the_others_count(
    volunteer, event, unreadable
):
    registrable, minji, _hanako = event

    response = send(volunteer, registrable, [unreadable, scan(minji.code)])

    assert response.status_code == 200
    assert [r["outcome"] for r in response.json()["results"]] == ["invalid", "arrived"]
    assert response.json()["results"][0]["message"] == (
        "이 체크인은 읽을 수 없어 집계하지 않았습니다."
    )
    assert DeskScan.objects.count() == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("{not json", "체크인 정보를 읽을 수 없습니다."),
        (json.dumps({"scans": "ABC"}), "체크인 정보를 읽을 수 없습니다."),
        (json.dumps([1, 2]), "체크인 정보를 읽을 수 없습니다."),
        (
            json.dumps({"scans": [{"id": str(uuid.uuid4()), "code": "A"}] * 101}),
            "체크인은 한 번에 100건까지 보낼 수 있습니다.",
        ),
    ],
)
def test_a_queue_that_cannot_be_read_gets_a_400_and_nothing_is_written(
    volunteer, event, body, message
):
    registrable, _minji, _hanako = event

    response = volunteer.post(sync_url(registrable), body, content_type="application/json")

    assert (response.status_code, response.json()) == (400, {"error": message})
    assert DeskScan.objects.count() == 0


def test_only_people_who_may_check_in_use_the_desk(client, event):
    registrable, minji, _hanako = event
    editor = get_user_model().objects.create_user("editor", "e@example.org", "pw")
    editor.user_permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "view_registration"])
    )
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ko"
    profile.save()
    client.force_login(editor)

    page = client.get(reverse("registrations_desk_scan", args=[registrable.pk]))
    sync = send(client, registrable, [scan(minji.code)])

    assert (page.status_code, page["Location"]) == (302, reverse("wagtailadmin_home"))
    assert (sync.status_code, sync.json()) == (
        403,
        {"error": "이 행사의 참가자를 도착 처리할 권한이 없습니다."},
    )
    assert DeskScan.objects.count() == 0


def test_a_volunteer_with_the_desk_role_for_the_event_checks_people_in(client, event):
    registrable, minji, _hanako = event
    volunteer = get_user_model().objects.create_user("door", "door@example.org", "pw")
    EventRole.objects.create(user=volunteer, registrable=registrable, role=EventRole.Kind.DESK)
    client.force_login(volunteer)

    page = client.get(reverse("registrations_desk_scan", args=[registrable.pk]))
    sync = send(client, registrable, [scan(minji.code)])

    assert (page.status_code, sync.status_code) == (200, 200)
    assert [r["outcome"] for r in sync.json()["results"]] == ["arrived"]


def test_the_scan_page_carries_the_names_in_both_scripts_and_the_needs(volunteer, event):
    registrable, minji, _hanako = event

    response = volunteer.get(reverse("registrations_desk_scan", args=[registrable.pk]))

    assert response.status_code == 200
    roster = response.context["roster"]
    assert roster[minji.code] == {
        "name": "김민지",
        "romanized": "Kim Minji",
        "organization": "안산의료복지사회적협동조합",
        "group": "",
        "confirmed": True,
        "status": "확정",
        "arrived": "",
        "dietary": "채식",
        "accessibility": "",
        "interpretation": "일본어",
    }
    assert 'id="desk-roster"' in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_two_phones_sending_the_same_scan_at_once_count_it_once(event):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serializes writers at BEGIN: no race to show")
    registrable, minji, _hanako = event
    scan_id = uuid.uuid4()
    barrier = threading.Barrier(2)
    outcomes = []

    def phone():
        from django.db import connection as own

        try:
            barrier.wait(timeout=5)
            result = desk.record_scan(registrable=registrable, scan_id=scan_id, code=minji.code)
            outcomes.append((result.scan.outcome, result.duplicate))
        finally:
            own.close()

    threads = [threading.Thread(target=phone) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == [(ScanOutcome.ARRIVED, False), (ScanOutcome.ARRIVED, True)]
    assert DeskScan.objects.count() == 1
