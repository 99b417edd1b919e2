"""Organizers translate pages and snippets with wagtail-localize in the admin."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from madang.core.models import StandardPage
from madang.people.models import Person
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organizer(client, home_pages):
    user = get_user_model().objects.create_superuser("organizer", "o@example.org", "pw")
    client.force_login(user)
    return client


def translate_string(translation, source_text, text):
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        data=text,
    )


def test_organizer_submits_a_page_for_translation_and_publishes_it(
    organizer, home_pages, client, django_capture_on_commit_callbacks
):
    home = home_pages["ko"]
    page = StandardPageFactory(parent=home, locale=home.locale, title="연구 사업", slug="research")
    ja = Locale.objects.get(language_code="ja")

    response = organizer.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [ja.pk]},
    )

    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=ja)
    translate_string(translation, "연구 사업", "研究プロジェクト")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    translated = StandardPage.objects.get(translation_key=page.translation_key, locale=ja)
    assert translated.title == "研究プロジェクト"
    assert translated.live is True
    shown = client.get(translated.url)
    assert shown.status_code == 200
    assert "研究プロジェクト" in shown.text
    assert '<html lang="ja">' in shown.text


def test_organizer_submits_a_person_for_translation(organizer, home_pages):
    person = Person.objects.create(
        name="김용익", name_romanized="Kim Yongik", locale=home_pages["ko"].locale
    )
    en = Locale.objects.get(language_code="en")

    response = organizer.post(
        reverse(
            "wagtail_localize:submit_snippet_translation", args=["people", "person", person.pk]
        ),
        {"locales": [en.pk]},
    )

    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=person.translation_key, target_locale=en
    )
    translate_string(translation, "김용익", "Kim Yong-ik")
    translation.save_target(publish=True)
    translated = Person.objects.get(translation_key=person.translation_key, locale=en)
    assert (translated.name, translated.name_romanized) == ("Kim Yong-ik", "Kim Yongik")


def test_a_japanese_organizer_syncs_and_publishes_a_translation_in_japanese(organizer, home_pages):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="organizer"))
    profile.preferred_language = "ja"
    profile.save()
    home = home_pages["ko"]
    page = StandardPageFactory(parent=home, locale=home.locale, title="연구 사업", slug="research")
    ja = Locale.objects.get(language_code="ja")
    organizer.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [ja.pk]}
    )
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=ja)
    page.title = "연구 사업 2027"
    page.save_revision().publish()
    sync = reverse("wagtail_localize:update_translations", args=[translation.source.pk])

    form = organizer.get(sync).content.decode()
    synced = organizer.post(sync, {}, follow=True).content.decode()
    edit = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    published = organizer.post(edit, {"action": "publish"}, follow=True).content.decode()

    assert "<h1" in form and "既存の翻訳を更新" in form
    assert "同期が必要なのはなぜですか？" in form
    assert "すぐに公開する" in form
    assert "Update existing translations" not in form
    assert "「연구 사업 2027」の翻訳を更新しました。" in synced
    assert "「연구 사업 2027」を日本語で公開しました。未翻訳の部分があります。" in published


def test_a_translated_pages_history_reads_in_japanese(
    organizer, home_pages, django_capture_on_commit_callbacks
):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="organizer"))
    profile.preferred_language = "ja"
    profile.save()
    home = home_pages["ko"]
    page = StandardPageFactory(parent=home, locale=home.locale, title="연구 사업", slug="research")
    page.save_revision(user=get_user_model().objects.get(username="organizer"), log_action=True)
    ja = Locale.objects.get(language_code="ja")
    organizer.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [ja.pk]}
    )
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=ja)
    translate_string(translation, "연구 사업", "研究プロジェクト")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    translated = translation.get_target_instance()

    original = organizer.get(reverse("wagtailadmin_pages:history", args=[page.pk])).text
    history = organizer.get(reverse("wagtailadmin_pages:history", args=[translated.pk])).text

    assert "下書き保存" in original and "Draft saved" not in original
    assert "Madang（한국어）から翻訳用にコピーしました" in history
    assert "Copied for translation" not in history
