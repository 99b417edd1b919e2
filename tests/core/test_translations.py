"""Madang's own Korean and Japanese catalogs: complete, consistent and used.

The .mo files are not committed: ``make test`` and CI compile them. When the
tests run without that step (a bare ``pytest``), the session fixture below
compiles them first if any is missing or older than its .po.
"""

import contextlib
import json
import re
from pathlib import Path

import django
import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
LOCALE_DIR = ROOT / "locale"
LANGUAGES = ("ko", "ja")
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def po_path(language):
    return LOCALE_DIR / language / "LC_MESSAGES" / "django.po"


def stale_catalogs():
    """The .po files whose .mo is missing or older than the .po."""
    stale = []
    for po in sorted(LOCALE_DIR.glob("**/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            stale.append(po)
    return stale


@pytest.fixture(scope="session")
def compiled_catalogs():
    """Compile the catalogs when needed, then make Django reload them."""
    if stale_catalogs():
        with contextlib.chdir(ROOT):
            call_command(
                "compilemessages",
                ignore_patterns=[".venv", ".git", "var", "node_modules"],
                verbosity=0,
            )
        # Changing LOCALE_PATHS makes Django drop the catalogs it already
        # loaded (django.test.signals), so the fresh .mo files are read.
        with override_settings(LOCALE_PATHS=list(settings.LOCALE_PATHS)):
            pass


# --- The catalogs -----------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_translates_every_message(language):
    catalog = polib.pofile(str(po_path(language)))

    assert catalog.percent_translated() == 100
    assert catalog.untranslated_entries() == []
    assert catalog.fuzzy_entries() == []
    assert not catalog.metadata_is_fuzzy  # no "#, fuzzy" on the header


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_header_names_the_language_and_its_single_plural_form(language):
    metadata = polib.pofile(str(po_path(language))).metadata

    assert metadata["Language"] == language
    assert metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert metadata["Plural-Forms"] == "nplurals=1; plural=0;"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalog_keeps_every_placeholder_of_each_message(language):
    mismatched = []
    for entry in polib.pofile(str(po_path(language))).translated_entries():
        wanted = sorted(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
        texts = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        mismatched += [
            (entry.msgid, text) for text in texts if sorted(PLACEHOLDER.findall(text)) != wanted
        ]

    assert mismatched == []


def test_japanese_writes_full_width_parentheses():
    texts = []
    for entry in polib.pofile(str(po_path("ja"))).translated_entries():
        texts += entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
    without_placeholders = [PLACEHOLDER.sub("", text) for text in texts]

    assert [text for text in without_placeholders if "(" in text or ")" in text] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_exactly_one_form(language):
    plurals = [e for e in polib.pofile(str(po_path(language))) if e.msgid_plural]

    assert plurals != []
    assert [sorted(e.msgstr_plural) for e in plurals] == [[0]] * len(plurals)


# --- Strings at run time -------------------------------------------------------------

KEY_STRINGS = [
    ("ko", "Skip to main content", "본문 바로가기"),
    ("ja", "Skip to main content", "本文へスキップ"),
    ("ko", "Latest news", "최신 소식"),
    ("ja", "Latest news", "最新ニュース"),
    ("ko", "Search", "검색"),
    ("ja", "Search", "検索"),
    ("ko", "study tour", "연수"),
    ("ja", "study tour", "視察研修"),
    ("ko", "General assembly", "총회"),
    ("ja", "General assembly", "総会"),
    ("ko", "Machine-translated", "기계 번역"),
    ("ja", "Machine-translated", "機械翻訳"),
]


@pytest.mark.parametrize(
    ("language", "msgid", "expected"), KEY_STRINGS, ids=[f"{k[0]}-{k[1]}" for k in KEY_STRINGS]
)
def test_key_ui_strings_are_translated(compiled_catalogs, language, msgid, expected):
    with translation.override(language):
        assert translation.gettext(msgid) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ko",
            "이 페이지는 아직 한국어 번역이 없습니다. "
            "처음 작성된 언어인 日本語 원문으로 보여 드립니다.",
        ),
        ("ja", "このページはまだ日本語に翻訳されていません。元の言語（한국어）で表示しています。"),
    ],
    ids=LANGUAGES,
)
def test_fallback_notice_fills_its_placeholders(compiled_catalogs, language, expected):
    names = dict(settings.LANGUAGES)
    other = "ja" if language == "ko" else "ko"
    with translation.override(language):
        notice = translation.gettext(
            "This page is not available in %(wanted)s yet. It is shown in %(shown)s, "
            "the language it was written in."
        ) % {"wanted": names[language], "shown": names[other]}

    assert notice == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ko", "“협동조합” 검색 결과 3건"), ("ja", "「協同組合」の検索結果 3件")],
    ids=LANGUAGES,
)
def test_search_summary_uses_the_single_plural_form(compiled_catalogs, language, expected):
    with translation.override(language):
        summary = translation.ngettext(
            "%(count)s result for “%(query)s”", "%(count)s results for “%(query)s”", 3
        ) % {"count": 3, "query": translation.gettext("Cooperative")}

    assert summary == expected


@pytest.mark.parametrize(("language", "expected"), [("ko", "글"), ("ja", "執筆")], ids=LANGUAGES)
def test_author_byline_is_translated_in_its_context(compiled_catalogs, language, expected):
    with translation.override(language):
        assert translation.pgettext("author byline", "By") == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ko", "페이지를 찾을 수 없습니다 · 마당"), ("ja", "ページが見つかりません · マダン")],
    ids=LANGUAGES,
)
@pytest.mark.django_db
def test_not_found_page_is_rendered_in_the_language_of_its_url(
    client, compiled_catalogs, home_pages, language, expected
):
    response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    title = re.search(r"<title>(.*?)</title>", response.text, re.S).group(1)
    assert " ".join(title.split()) == expected


# --- Upstream strings the packages' catalogs lack (locale/upstream) ----------------------

SERVER_LANGUAGE = "Use server language: %(language_name)s"
LOCALE_USAGE = "%(num_pages)d pages and %(num_others)d others"
OFFLINE_EDITOR = (
    "Troubleshoot your connection to the site before proceeding. "
    "Open the editor in a separate tab to view the last saved version."
)
OFFLINE_EDITOR_KO = (
    "계속하기 전에 사이트와의 연결을 확인하세요. "
    "마지막으로 저장한 버전은 편집 화면을 새 탭에서 열어 볼 수 있습니다."
)
OFFLINE_EDITOR_JA = (
    "続ける前にサイトへの接続を確かめてください。"
    "最後に保存した版は、編集画面を別のタブで開くと見られます。"
)
CONVERTED_ALIAS = "Converted the alias '%(title)s' into an ordinary page"
CORRECT_TO_PREVIEW = (
    "Correct the validation errors to resume preview (saving will highlight errors)"
)


@pytest.mark.parametrize(
    ("language", "msgid", "expected"),
    [
        ("ko", "- Select an option -", "- 선택하세요 -"),  # Django's empty choice
        ("ja", "- Select an option -", "- 選択してください -"),
        ("ko", "Search all pages…", "모든 페이지 검색…"),  # Wagtail's dashboard
        ("ja", "just now", "たった今"),
        # Wagtail's answer to a new page with errors, and the translations report's menu
        (
            "ko",
            "The page could not be created due to validation errors.",
            "입력한 내용에 오류가 있어 페이지를 만들지 못했습니다.",
        ),
        (
            "ja",
            "The page could not be created due to validation errors.",
            "入力内容にエラーがあるため、ページを作成できませんでした。",
        ),
        ("ko", "Translations", "번역"),
        ("ja", "meta description", "検索結果に表示する説明"),
        # Strings Korean has upstream and Japanese lacks: without ours a Japanese
        # organizer reads them in Korean (Django falls back to LANGUAGE_CODE's catalog).
        ("ja", "Help", "ヘルプ"),
        ("ja", "Select all", "すべて選択"),
        ("ja", "Toggle comments", "コメントの表示切り替え"),
        ("ja", "Visible to all. Visit the live page", "全員に公開中。公開ページを見る"),
        ("ko", "Delete selected snippets", "선택한 스니펫 삭제"),
        ("ja", "Workflow progress", "ワークフローの進行状況"),
        ("ja", "Convert alias", "エイリアスを変換"),
        # Where Wagtail's Korean said the opposite ("enabled" as 불가, "updated" as 생성됨)
        ("ko", "Disable task", "작업 비활성화"),
        ("ko", "Task '%(object)s' updated.", "작업 '%(object)s'을(를) 수정했습니다."),
        ("ko", "Text formatting", "글 서식"),  # Wagtail's keyboard shortcuts dialog
        ("ja", "Paste without formatting", "書式なしで貼り付け"),
        # Wagtail's account page, image editor and locales list
        ("ko", SERVER_LANGUAGE, "사이트 기본 언어 사용: %(language_name)s"),
        ("ja", SERVER_LANGUAGE, "サイトの既定の言語を使う：%(language_name)s"),
        ("ko", "Image focal point", "이미지 초점"),
        ("ja", "Image focal point", "画像のフォーカルポイント"),
        ("ko", LOCALE_USAGE, "페이지 %(num_pages)d개, 그 밖의 항목 %(num_others)d개"),
        ("ja", LOCALE_USAGE, "ページ%(num_pages)d件、その他%(num_others)d件"),
        # Wagtail's page editor: the Checks panel, someone else's save meanwhile
        ("ko", "This data explained", "이 수치의 뜻"),
        ("ja", "This data explained", "この数値について"),
        ("ko", "View latest version", "최신 버전 보기"),
        ("ja", "View latest version", "最新版を見る"),
        # The Checks panel's heading and its explanation; the preview panel after a
        # validation error, which an organizer sees on every refused save
        ("ko", "Content metrics", "콘텐츠 지표"),
        ("ja", "Content metrics", "コンテンツの指標"),
        ("ko", "How we calculate our metrics", "지표를 계산하는 방법"),
        ("ja", "How we calculate our metrics", "指標の計算方法"),
        (
            "ko",
            CORRECT_TO_PREVIEW,
            "미리보기를 다시 보려면 오류를 고치세요(저장하면 오류가 표시됩니다)",
        ),
        (
            "ja",
            CORRECT_TO_PREVIEW,
            "プレビューを再開するにはエラーを直してください（保存するとエラー箇所が強調されます）",
        ),
        ("ko", "Side panel width", "사이드 패널 너비"),
        ("ja", "Side panel width", "サイドパネルの幅"),
        ("ko", "Show issue", "문제 보기"),
        ("ja", "Show issue", "問題を表示"),
        # Every admin dialog's close button, and the editor's dialog when a save cannot
        # reach the site (a venue's unsteady wifi)
        ("ko", "Close dialog", "대화 상자 닫기"),
        ("ja", "Close dialog", "ダイアログを閉じる"),
        ("ko", "A network error occurred", "네트워크 오류가 발생했습니다"),
        ("ja", "A network error occurred", "ネットワークのエラーが起きました"),
        ("ko", OFFLINE_EDITOR, OFFLINE_EDITOR_KO),
        ("ja", OFFLINE_EDITOR, OFFLINE_EDITOR_JA),
        # A translated page's history: its alias made into an ordinary page
        ("ko", CONVERTED_ALIAS, "별칭 '%(title)s'을(를) 일반 페이지로 바꾸었습니다"),
        ("ja", CONVERTED_ALIAS, "エイリアス「%(title)s」を通常のページに変換しました"),
        # wagtail-localize's "Translate" flow
        (
            "ja",
            "The page '{page_title}' was successfully submitted for translation into {locales}",
            "ページ「{page_title}」を{locales}への翻訳に出しました。",
        ),
    ],
)
def test_our_catalog_fills_what_upstream_lacks(compiled_catalogs, language, msgid, expected):
    with translation.override(language):
        assert translation.gettext(msgid) == expected


def merged_catalog_ids(language, domain):
    """``(context, msgid)`` of every message translated into ``language`` in the catalogs
    Django merges: its own, each installed app's, then ``LOCALE_PATHS``."""
    directories = [Path(django.__file__).parent / "conf" / "locale"]
    directories += [Path(app.path) / "locale" for app in apps.get_app_configs()]
    directories += [Path(path) for path in settings.LOCALE_PATHS]
    ids = set()
    for directory in directories:
        po = directory / language / "LC_MESSAGES" / f"{domain}.po"
        if po.exists():
            ids |= {(e.msgctxt or "", e.msgid) for e in polib.pofile(po).translated_entries()}
    return ids


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_no_message_korean_has_is_missing_in_japanese(domain):
    # Django falls back to LANGUAGE_CODE's catalog (ko): a message translated into
    # Korean and not Japanese shows in Korean to a Japanese organizer.
    assert sorted(merged_catalog_ids("ko", domain) - merged_catalog_ids("ja", domain)) == []


@pytest.mark.parametrize(
    ("singular", "plural", "expected"),
    [
        ("There is %(counter)s match", "There are %(counter)s matches", "7件が一致"),
        (
            "This page has one subpage",
            "This page has %(counter)s subpages",
            "サブページが7件あります",
        ),
    ],
)
def test_japanese_counts_are_in_japanese_not_korean(compiled_catalogs, singular, plural, expected):
    with translation.override("ja"):
        counted = translation.ngettext(singular, plural, 7) % {"counter": 7}

    assert counted == expected


def test_the_admin_scripts_speak_japanese(compiled_catalogs, admin_client):
    from django.contrib.auth import get_user_model
    from django.urls import reverse
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="admin"))
    profile.preferred_language = "ja"
    profile.save()

    catalog = admin_client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()

    assert "\\u30e1\\u30a4\\u30f3\\u30e1\\u30cb\\u30e5\\u30fc" in catalog.lower()  # メインメニュー
    assert "\\uba54\\uc778" not in catalog.lower()  # 메인 (Korean)


def test_the_dashboard_counts_pages_in_korean(compiled_catalogs, admin_client, home_pages):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.get(username="admin")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ko"
    profile.save()

    html = admin_client.get("/admin/").content.decode()

    assert re.search(r"페이지 \d+개", html)
    assert "모든 페이지 검색…" in html
    assert " Pages <span" not in html


def test_a_new_page_with_errors_is_refused_in_korean(compiled_catalogs, admin_client, home_pages):
    from django.contrib.auth import get_user_model
    from wagtail.test.utils.form_data import nested_form_data, streamfield
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="admin"))
    profile.preferred_language = "ko"
    profile.save()
    home = home_pages["ko"]

    response = admin_client.post(
        f"/admin/pages/add/core/standardpage/{home.pk}/",
        nested_form_data({"title": "", "slug": "", "body": streamfield([])}),
    )

    assert response.status_code == 200
    assert "입력한 내용에 오류가 있어 페이지를 만들지 못했습니다." in response.content.decode()


def test_the_admin_scripts_strings_come_in_korean(compiled_catalogs, admin_client):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="admin"))
    profile.preferred_language = "ko"
    profile.save()

    script = admin_client.get("/admin/jsi18n/").content.decode()

    # The catalog is JSON written with ASCII escapes.
    assert json.dumps("(이 메뉴에 새 항목 %(number)s개)") in script
