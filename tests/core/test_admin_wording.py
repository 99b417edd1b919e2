"""Wagtail's dialogs our organizers use, in Korean and Japanese: the page's privacy, its
publishing schedule, its history and how often it is referenced (Wagtail's own catalogs lack these
strings or word them wrongly; ours, ``locale/upstream``, fill them in)."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from tests.factories import StandardPageFactory

# indexed: the admin's usage count ("Referenced 0 times") reads the reference index.
pytestmark = [pytest.mark.django_db, pytest.mark.indexed]


@pytest.fixture
def page(home_pages):
    home = home_pages["ko"]
    return StandardPageFactory(parent=home, locale=home.locale, slug="members")


def organizer(client, language):
    user = get_user_model().objects.create_superuser("organizer", "o@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


PRIVACY = {
    "ko": [
        "비공개, 공유 비밀번호로 접근 가능",
        "비공개, 로그인한 사용자 누구나 접근 가능",
        "비공개, 특정한 그룹 안의 사용자들이 접근 가능",
        "민감한 내용을 보호하는 데 공유 비밀번호를 쓰지 마세요.",
    ],
    "ja": [
        "限定公開、共有パスワードでアクセス可能",
        "限定公開、ログインしたユーザーなら誰でもアクセス可能",
        "限定公開、特定のグループに属するユーザのみアクセス可能",
        "機密性の高い内容の保護に共有パスワードを使わないでください。",
    ],
}

EDITOR = {
    "ko": [
        "게시 일정 설정",
        "이 페이지를 언제 게시하고 언제 내릴지 정하세요",
        "게시 시작 일시",
        "일정 저장",
        "페이지 공개 범위:",
    ],
    "ja": [
        "公開スケジュールを設定",
        "このページを公開する日時と公開を終える日時を選んでください",
        "公開予定日時",
        "スケジュールを保存",
        "ページの公開範囲：",
    ],
}

ENGLISH = [
    "Private, accessible",
    "Shared passwords should not",
    "Set publishing schedule",
    "should go live and/or expire",
    "Save schedule",
    "Referenced 0 times",
    "Anyone with editing permissions",
]


@pytest.mark.parametrize("language", ["ko", "ja"])
def test_the_privacy_dialog_speaks_the_organizers_language(client, page, language):
    response = organizer(client, language).get(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk])
    )
    html = json.loads(response.content)["html"]

    assert [text in html for text in PRIVACY[language]] == [True] * 4
    assert [text for text in ENGLISH if text in html] == []


@pytest.mark.parametrize("language", ["ko", "ja"])
def test_the_publishing_schedule_and_usage_speak_the_organizers_language(client, page, language):
    html = (
        organizer(client, language)
        .get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        .content.decode()
    )

    assert [text in html for text in EDITOR[language]] == [True] * 5
    assert [text for text in ENGLISH if text in html] == []


ALIAS = {
    "ko": ["이 페이지는 아직 번역되지 않았습니다.", "이 페이지 번역하기", "언어 바꾸기"],
    "ja": ["このページはまだ翻訳されていません。", "このページを翻訳", "言語を切り替える"],
}
ALIAS_ENGLISH = [
    "hasn't been translated yet",
    "Translate this page",
    "Switch locales",
    "현장을 바꿈",
    "Anyone can edit this",
]


@pytest.mark.parametrize("language", ["ko", "ja"])
def test_a_page_mirroring_another_language_says_so_in_the_organizers_language(
    client, page, language
):
    alias = page.copy_for_translation(Locale.objects.get(language_code="ja"), alias=True)

    organizer(client, language)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[alias.pk])).content.decode()
    # The original, now with a translation, offers to switch between the two.
    html += client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    assert [text in html for text in ALIAS[language]] == [True] * 3
    assert [text for text in ALIAS_ENGLISH if text in html] == []


@pytest.mark.parametrize(("language", "label"), [("ja", "翻訳"), ("ko", "번역")])
def test_the_translations_report_is_labelled_in_the_organizers_language_whoever_came_first(
    client, home_pages, language, label
):
    first = "ko" if language == "ja" else "ja"
    organizer(client, first).get(reverse("wagtailadmin_home"))
    user = get_user_model().objects.get(username="organizer")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    labels = re.findall(
        r'"label": ("[^"]*"), "icon_name": "site", "classname": "", "attrs": \{\}, '
        r'"url": "/admin/localize/reports/translations/"',
        html,
    )

    assert [json.loads(text) for text in labels] == [label]


REPORT = {
    "ko": ["원본 제목", "번역 대기 중", ">원본<", ">번역본<", ">원본 언어<", ">번역 언어<"],
    "ja": [
        "翻訳元のタイトル",
        "翻訳待ち",
        ">翻訳元<",
        ">翻訳先<",
        ">翻訳元の言語<",
        ">翻訳先の言語<",
    ],
}
REPORT_ENGLISH = [
    "Source title",
    "Waiting for translations",
    ">Source<",
    ">Target<",
    "Up to date",
    "Source locale",
    "Target locale",
]


@pytest.mark.parametrize("language", ["ko", "ja"])
def test_the_translations_report_speaks_the_organizers_language(client, page, language):
    organizer(client, language).post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [Locale.objects.get(language_code="ja").pk]},
    )

    html = client.get(reverse("wagtail_localize:translations_report")).content.decode()
    html = re.sub(r">\s+", ">", re.sub(r"\s+<", "<", html))

    assert [text in html for text in REPORT[language]] == [True] * 6
    assert [text for text in REPORT_ENGLISH if text in html] == []


def test_a_pages_history_speaks_korean(client, page):
    korean = organizer(client, "ko")
    page.save_revision(user=get_user_model().objects.get(username="organizer"), log_action=True)
    page.get_latest_revision().publish(user=get_user_model().objects.get(username="organizer"))

    html = korean.get(reverse("wagtailadmin_pages:history", args=[page.pk])).text
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))

    assert "이력: " in text
    assert "게시됨" in text and "초안 저장됨" in text
    wrong = ("자취", "출시된", "행동", "원고", "log entries")
    assert [word for word in wrong if word in text] == []
