"""Organizers make documents for many people in the admin: a task, its progress, the file."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from madang.documents.models import DocumentJob, JobStatus
from tests.documents import pdf
from tests.registrations.factories import make_registrable_event, register

pytestmark = pytest.mark.django_db


@pytest.fixture
def korean_admin(client):
    user = get_user_model().objects.create_superuser("organizer", "o@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ko"
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def event(event_index):
    page, registrable = make_registrable_event(event_index)
    for name, romanized, group in [
        ("김민지", "Kim Minji", "1호차"),
        ("박서준", "Park Seojun", "1호차"),
        ("이하나", "Lee Hana", "2호차"),
    ]:
        register(registrable, name=name, name_romanized=romanized)
        registrable.registrations.filter(name=name).update(group=group)
    return registrable


def start_url(registrable):
    return reverse("documents_admin:start", args=[registrable.pk])


def test_registrations_list_offers_print_documents(korean_admin, event):
    page = korean_admin.get(reverse("registrations_admin:list", args=[event.pk]))

    assert start_url(event) in page.content.decode()


def test_bulk_badges_for_one_bus_are_made_by_a_task_and_downloaded(
    korean_admin, event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = korean_admin.post(start_url(event), {"kind": "badge", "group": "1호차"})

    job = DocumentJob.objects.get()
    job_url = reverse("documents_admin:job", args=[event.pk, job.uuid])
    assert response.status_code == 302
    assert response["Location"] == job_url
    assert (job.status, job.done, job.total) == (JobStatus.DONE, 2, 2)
    page = korean_admin.get(job_url).content.decode()
    assert "2명 중 2명 완료" in page
    assert "location.reload" not in page
    download = korean_admin.get(reverse("documents_admin:download", args=[event.pk, job.uuid]))
    assert download["Content-Type"] == "application/pdf"
    data = b"".join(download.streaming_content)
    lines = pdf.lines(data, layout=False)
    assert {"김민지", "Kim Minji", "박서준", "Park Seojun"} <= set(lines)
    assert "이하나" not in lines


def test_job_page_refreshes_itself_until_the_file_is_ready(korean_admin, event):
    job = DocumentJob.objects.create(registrable=event, kind="letter", total=3)

    page = korean_admin.get(reverse("documents_admin:job", args=[event.pk, job.uuid]))

    content = page.content.decode()
    assert "시작 대기 중" in content
    assert "3명 중 0명 완료" in content
    assert "location.reload" in content
    # The admin's Content-Security-Policy lets the inline script run.
    assert "script-src 'self' 'unsafe-inline'" in page["Content-Security-Policy"]


def test_programme_job_counts_documents_not_people(korean_admin, event):
    job = DocumentJob.objects.create(
        registrable=event, kind="programme", languages=["ko", "en"], total=1, done=1
    )

    content = korean_admin.get(reverse("documents_admin:job", args=[event.pk, job.uuid])).content
    assert "문서 1건 중 1건 완료" in content.decode()
    assert "명 중" not in content.decode()


def test_job_progress_in_english_and_japanese(event):
    programme = DocumentJob(registrable=event, kind="programme", total=1, done=0)
    one = DocumentJob(registrable=event, kind="badge", total=1, done=1)
    letters = DocumentJob(registrable=event, kind="letter", total=7, done=2)

    with translation.override("en"):
        english = [job.progress_label for job in (programme, one, letters)]
    with translation.override("ja"):
        japanese = [job.progress_label for job in (programme, one, letters)]

    assert english == ["0 of 1 document done", "1 of 1 person done", "2 of 7 people done"]
    assert japanese == ["文書1件中0件完了", "1人中1人完了", "7人中2人完了"]


def test_programme_needs_two_or_three_languages(korean_admin, event):
    response = korean_admin.post(start_url(event), {"kind": "programme", "languages": ["ko"]})

    assert response.status_code == 400
    assert "프로그램에 넣을 언어를 두세 개 고르세요." in response.content.decode()
    assert not DocumentJob.objects.exists()


def test_bulk_programme_in_korean_japanese_and_english(
    korean_admin, event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        korean_admin.post(start_url(event), {"kind": "programme", "languages": ["ko", "ja", "en"]})

    job = DocumentJob.objects.get()
    assert job.status == JobStatus.DONE
    with default_storage.open(job.file) as file:
        lines = pdf.lines(file.read())
    # The event exists only in Korean: the Japanese and English columns say so, row by row.
    sessions = [line for line in lines if re.match(r"\d\d:\d\d–\d\d:\d\d ", line)]
    assert len(sessions) == 2
    assert all(line.endswith(" 翻訳なし Not translated") for line in sessions)


def test_certificates_without_anyone_checked_in_fail_with_a_message(
    korean_admin, event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        korean_admin.post(start_url(event), {"kind": "certificate"})

    job = DocumentJob.objects.get()
    assert (job.status, job.error) == (JobStatus.FAILED, "이 문서를 만들 대상자가 없습니다.")


def test_people_without_access_to_registrations_cannot_print(client, event):
    user = get_user_model().objects.create_user("editor", "e@example.org", "pw")
    client.force_login(user)

    response = client.get(start_url(event))

    assert response.status_code == 302
    assert not DocumentJob.objects.exists()
