"""The four documents of the demo tour (Saitama) and the Gwangju conference, read back.

``pdftotext -layout`` keeps the columns of a page on one line, so a Korean
and a Japanese column side by side read as one line; ``pdffonts`` lists the
fonts and whether they are embedded. The demo is loaded once for the module.
"""

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Page

from madang.core.demo.build import demo_key
from madang.documents import services as documents
from madang.documents.models import DocumentJob, JobStatus
from madang.registrations import services
from madang.registrations.models import Registrable, Registration
from madang.registrations.tokens import manage_token
from tests.documents import pdf

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo")]

A4 = "595.276 x 841.89"
CJK_FONTS = {"Noto-Sans-CJK-KR", "Noto-Sans-CJK-JP"}


@pytest.fixture(autouse=True)
def _links_still_valid(demo):
    """The demo's tour (2015) and conference (February 2026) are over, and self-service
    links stop working a month after the end: the tests are as before the end."""
    Registrable.objects.update(ends_at=timezone.now() + timezone.timedelta(days=1))


def delegate(registrable, name):
    return Registration.objects.get(registrable=registrable, name=name)


def download(client, registration, kind, language="ko"):
    url = reverse("documents:download", args=[manage_token(registration), kind])
    with_language = f"/{language}{url[3:]}"
    return client.get(with_language)


def test_saitama_programme_puts_korean_and_japanese_side_by_side(demo, client):
    response = download(client, delegate(demo.saitama, "한지원"), "programme")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    data = response.content
    assert pdf.page_size(data) == A4
    lines = pdf.lines(data)
    assert "의료생협 사이타마 연수 방문 (2015) 医療生協さいたま視察研修（2015" in lines
    assert (
        "15:00–17:00 강의: 여섯 조합이 하나가 되기까지 講義：6つの組合がひとつになるまで" in lines
    )
    assert "16:30–17:30 돌봄 시설 둘러보기 (선택) 선택 介護施設の見学（希望者） 任意" in lines


def test_pdfs_embed_the_noto_cjk_fonts(demo, client):
    data = download(client, delegate(demo.saitama, "한지원"), "programme").content

    fonts = pdf.fonts(data)
    assert {name for name, _embedded in fonts} == {
        "Noto-Sans-CJK-KR",
        "Noto-Sans-CJK-KR-Bold",
        "Noto-Sans-CJK-JP",
        "Noto-Sans-CJK-JP-Bold",
    }
    assert all(embedded for _name, embedded in fonts)


def test_a_missing_translation_is_marked_in_its_column(demo, client):
    japanese = Page.objects.get(
        translation_key=demo_key("tour-saitama-2015"), locale__language_code="ja"
    )
    japanese.unpublish()

    data = download(client, delegate(demo.saitama, "한지원"), "programme").content

    lines = pdf.lines(data)
    assert "2015년 7월 8일 수요일 · 도착, 그리고 합병의 2015年7月8日水曜日 翻訳なし" in lines
    assert "15:00–17:00 강의: 여섯 조합이 하나가 되기까지 翻訳なし" in lines


def test_badge_shows_both_scripts_both_languages_and_the_code(demo, client):
    registration = delegate(demo.saitama, "한지원")

    data = download(client, registration, "badge").content

    assert pdf.lines(data) == [
        "의료생협 사이타마 연수 방문 (2015)",
        "한지원",
        "Han Jiwon",
        "안산의료복지사회적협동조합",
        "安山医療福祉社会的協同組合",
        "가정의학과 의사 · 1호차",
        "통역: 한국어",
        registration.code,
    ]


def test_invitation_letter_is_in_japanese_then_english_with_the_organizers(demo, client):
    registration = delegate(demo.saitama, "한지원")

    data = download(client, registration, "letter").content

    assert pdf.pages(data) == 2
    japanese = pdf.lines(data, first=1, last=1)
    english = pdf.lines(data, first=2, last=2)
    assert japanese[0] == "医療生協さいたま"
    assert "招へい状" in japanese
    assert "名前 한지원" in japanese
    assert "Name in Latin letters Han Jiwon" in english or "ローマ字の名前 Han Jiwon" in japanese
    assert "Letter of invitation" in english
    assert "Name 한지원" in english
    assert "Organization 안산의료복지사회적협동조합" in english
    assert english[0] == "Medical CO-OP Saitama"


def test_certificate_is_refused_before_check_in_with_a_translated_message(demo, client):
    registration = delegate(demo.saitama, "한지원")

    response = download(client, registration, "certificate")

    assert response.status_code == 403
    assert "참가 확인서는 현장에서 참가 확인(체크인)을 마친 뒤에 받을 수 있습니다." in (
        response.content.decode()
    )


def test_certificate_after_check_in(demo, client):
    registration = delegate(demo.saitama, "한지원")
    services.check_in(
        registrable=demo.saitama,
        code=registration.code,
        now=timezone.make_aware(timezone.datetime(2015, 7, 8, 12, 30)),
    )

    response = download(client, registration, "certificate")

    assert response.status_code == 200
    lines = pdf.lines(response.content)
    assert lines[:3] == ["참가 확인서", "한지원", "Han Jiwon"]
    assert "Certificate of attendance" in lines


def test_self_service_page_links_the_documents_it_can_give(demo, client):
    registration = delegate(demo.saitama, "한지원")
    token = manage_token(registration)

    # The delegate's page in Korean, whatever language an earlier test left active.
    with translation.override("ko"):
        url = reverse("registrations:manage", args=[token])
    page = client.get(url).content.decode()

    for kind in ("programme", "badge", "letter"):
        assert f'href="/ko/registration/{token}/documents/{kind}.pdf"' in page
    assert "documents/certificate.pdf" not in page


def test_unknown_document_is_a_translated_404(demo, client):
    response = download(client, delegate(demo.saitama, "한지원"), "poster")

    assert response.status_code == 404
    assert "그런 문서는 없습니다." in response.content.decode()


def test_gwangju_conference_gives_all_four_documents(demo, client):
    registration = delegate(demo.gwangju, "鈴木 由美")
    # The conference asks who needs an invitation letter for the visa: she says she does.
    Registration.objects.filter(pk=registration.pk).update(answers={"visa_letter": True})
    registration.refresh_from_db()

    texts = {
        kind: pdf.lines(download(client, registration, kind, "ja").content)
        for kind in ("programme", "badge", "letter", "certificate")
    }

    assert texts["programme"][0].startswith("地域とともに開くケアの時代")
    assert texts["badge"][1:4] == ["鈴木 由美", "Suzuki Yumi", "医療生協さいたま"]
    assert "招へい状" not in texts["letter"]
    assert "초청장" in texts["letter"]
    assert "Letter of invitation" in texts["letter"]
    assert texts["certificate"][:3] == ["参加証明書", "鈴木 由美", "Suzuki Yumi"]


def test_gwangju_offers_the_letter_only_to_those_who_asked_for_it(demo, client):
    asked = delegate(demo.gwangju, "Ana Reyes")
    not_asked = delegate(demo.gwangju, "高橋 誠")

    links = {
        name: client.get(
            reverse("registrations:manage", args=[manage_token(registration)])
        ).content.decode()
        for name, registration in (("asked", asked), ("not asked", not_asked))
    }
    refused = download(client, not_asked, "letter", "ja")

    assert (
        "documents/letter.pdf" in links["asked"],
        "documents/letter.pdf" in links["not asked"],
    ) == (
        True,
        False,
    )
    assert "documents/badge.pdf" in links["not asked"]
    assert download(client, asked, "letter", "en").status_code == 200
    assert refused.status_code == 403
    assert "招へい状は、申し込みの際に必要と答えた方にお出しします。" in refused.content.decode()


def test_the_letter_goes_to_everyone_confirmed_when_the_form_does_not_ask(demo):
    registration = delegate(demo.saitama, "한지원")

    assert documents.delegate_kinds(registration) == ["programme", "badge", "letter"]
    assert documents.letter_question(demo.saitama) is None
    assert documents.letter_question(demo.gwangju) == "visa_letter"


def test_bulk_badges_for_a_group_run_as_a_task_with_progress(
    demo, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        job = documents.start_document_job(registrable=demo.saitama, kind="badge", group="1호차")

    job.refresh_from_db()
    assert (job.status, job.done, job.total) == (JobStatus.DONE, 6, 6)
    with default_storage.open(job.file) as file:
        data = file.read()
    assert pdf.pages(data) == 1
    names = {"한지원", "오세훈", "윤하늘", "정다은", "강민수", "서유진"}
    assert names <= set(pdf.lines(data, layout=False))


def test_bulk_files_are_deleted_after_the_retention(demo):
    job = DocumentJob.objects.create(
        registrable=demo.saitama, kind="badge", file="documents/old/badge.pdf"
    )
    default_storage.save(job.file, __import__("io").BytesIO(b"%PDF"))
    later = timezone.now() + timezone.timedelta(days=documents.KEEP_DAYS + 1)

    assert documents.delete_old_document_jobs(now=later) == 1
    assert not default_storage.exists(job.file)
    assert not DocumentJob.objects.exists()


def test_a_name_in_latin_letters_is_printed_once_on_the_certificate(demo, client):
    registration = delegate(demo.gwangju, "Ana Reyes")

    data = download(client, registration, "certificate", "en").content

    assert pdf.lines(data)[:3] == [
        "Certificate of attendance",
        "Ana Reyes",
        "Health cooperative in the Philippines",
    ]
