"""A desk volunteer's Wagtail dashboard: their events with links to the desk and the
camera page; no page search or "Translations" report they cannot use. Organizers and
superusers keep their dashboard."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from madang.registrations.models import EventRole
from madang.registrations.services.event_roles import assign_event_role

from .factories import make_registrable, register

pytestmark = pytest.mark.django_db

DESK_CSS = "css/desk-dashboard.css"


def sign_in(client, user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


def person(username, role=None, registrable=None):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    if role is not None:
        assign_event_role(registrable=registrable, user=user, role=role)
    return get_user_model().objects.get(pk=user.pk)


@pytest.fixture
def events():
    starts = timezone.now() + datetime.timedelta(days=30)
    mine = make_registrable(title="광주 전국대회", starts_at=starts, time_zone="Asia/Seoul")
    other = make_registrable(title="사이타마 교류회", starts_at=starts)
    confirmed = register(mine)
    register(mine)
    mine.registrations.filter(pk=confirmed.pk).update(checked_in_at=timezone.now())
    return mine, other


def dashboard(client):
    return client.get(reverse("wagtailadmin_home")).content.decode()


def desk_links(registrable):
    return [
        reverse("registrations_admin:check_in", args=[registrable.pk]),
        reverse("registrations_desk_scan", args=[registrable.pk]),
    ]


def test_a_desk_volunteers_dashboard_lists_their_events_with_desk_links_in_korean(client, events):
    mine, other = events
    sign_in(client, person("desk", EventRole.Kind.DESK, mine), "ko")

    page = dashboard(client)

    assert "내 현장 접수" in page
    assert "광주 전국대회" in page
    assert "확정된 참가자 2명 중 1명이 도착했습니다." in page
    assert all(link in page for link in desk_links(mine))
    assert "카메라 체크인" in page
    assert "사이타마 교류회" not in page
    assert reverse("registrations_admin:check_in", args=[other.pk]) not in page


def test_a_desk_volunteers_dashboard_in_japanese(client, events):
    mine, _other = events
    sign_in(client, person("desk", EventRole.Kind.DESK, mine), "ja")

    page = dashboard(client)

    assert "担当する受付" in page
    assert "カメラで受付" in page
    assert "参加確定者2人のうち、1人が到着しました。" in page


def test_a_desk_volunteer_sees_no_page_search_or_translations_report(client, events):
    mine, _other = events
    sign_in(client, person("desk", EventRole.Kind.DESK, mine), "en")

    page = dashboard(client)

    assert DESK_CSS in page
    assert reverse("wagtail_localize:translations_report") not in page


def test_organizers_and_superusers_keep_their_dashboard(client, events):
    mine, _other = events
    organizer = person("organizer", EventRole.Kind.ORGANIZER, mine)
    superuser = get_user_model().objects.create_superuser("boss", "b@example.org", "pw")

    for user in (organizer, superuser):
        page = dashboard(sign_in(client, user, "en"))

        assert (
            "Your check-in desk" in page,
            DESK_CSS in page,
            reverse("wagtail_localize:translations_report") in page,
        ) == (False, False, True)


def test_an_editor_with_a_desk_role_keeps_the_translations_report_and_search(client, events):
    mine, _other = events
    editor = person("editor", EventRole.Kind.DESK, mine)
    editor.is_superuser = True
    editor.save()

    page = dashboard(sign_in(client, editor, "en"))

    assert (
        "Your check-in desk" in page,
        DESK_CSS in page,
        reverse("wagtail_localize:translations_report") in page,
    ) == (True, False, True)


@pytest.mark.parametrize(
    ("language", "heading"), [("ko", "접근 권한이 없습니다"), ("ja", "アクセスできません")]
)
def test_a_desk_volunteer_typing_the_translations_reports_address_is_refused(
    client, events, language, heading
):
    mine, _other = events
    sign_in(client, person("desk", EventRole.Kind.DESK, mine), language)

    responses = [
        client.get(reverse(name))
        for name in (
            "wagtail_localize:translations_report",
            "wagtail_localize:translations_report_results",
        )
    ]

    assert [response.status_code for response in responses] == [403, 403]
    assert heading in responses[0].content.decode()


@pytest.mark.parametrize(
    ("language", "back"),
    [("ko", "관리 화면 대시보드로 돌아가기"), ("ja", "管理画面のダッシュボードに戻る")],
)
def test_a_desk_volunteer_refused_a_report_finds_the_way_back_to_the_admin(
    client, events, language, back
):
    mine, _other = events
    sign_in(client, person("desk", EventRole.Kind.DESK, mine), language)

    page = client.get(reverse("wagtail_localize:translations_report")).content.decode()

    assert (f'<a href="/admin/">{back}</a>' in page, f'href="/{language}/"' in page) == (
        True,
        False,
    )


def test_organizers_and_superusers_open_the_translations_report(client, events):
    mine, _other = events
    organizer = person("organizer", EventRole.Kind.ORGANIZER, mine)
    superuser = get_user_model().objects.create_superuser("boss", "b@example.org", "pw")

    codes = [
        sign_in(client, user, "ko").get(reverse("wagtail_localize:translations_report")).status_code
        for user in (organizer, superuser)
    ]

    assert codes == [200, 200]
