"""The demo tour (Saitama 2015) and the Gwangju conference produce all four documents.

As an organizer makes them: one bulk job per document for the whole
offering, run by the task (``start_document_job``), then read back with
``pdftotext`` (the names in Hangul, kana/kanji and Latin letters) and
``pdffonts`` (every font embedded). The demo is the shared one (tests/conftest.py).
"""

import pytest
from django.core.files.storage import default_storage

from madang.documents import services as documents
from madang.documents.models import JobStatus
from tests.documents import pdf

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo")]


def print_all(registrable, kind, capture, languages=()):
    """The PDF of ``kind`` for everyone (or the programme), made by the task."""
    with capture(execute=True):
        job = documents.start_document_job(registrable=registrable, kind=kind, languages=languages)
    job.refresh_from_db()
    assert (job.status, job.error) == (JobStatus.DONE, "")
    with default_storage.open(job.file) as file:
        data = file.read()
    assert all(embedded for _name, embedded in pdf.fonts(data))
    return job, pdf.lines(data, layout=False)


def test_demo_tour_programme_in_korean_and_japanese(demo, django_capture_on_commit_callbacks):
    _job, lines = print_all(
        demo.saitama, "programme", django_capture_on_commit_callbacks, ["ko", "ja"]
    )

    assert lines[:6] == [
        "의료생협 사이타마 연수 방문 (2015)",
        "일본 표준시",
        "医療生協さいたま視察研修（2015",
        "年）",
        "日本標準時",
        "2015년 7월 8일 수요일 · 도착, 그리고 합병의",
    ]


def test_gwangju_programme_in_korean_japanese_and_english(demo, django_capture_on_commit_callbacks):
    _job, lines = print_all(
        demo.gwangju, "programme", django_capture_on_commit_callbacks, ["ko", "ja", "en"]
    )

    assert lines[:12] == [
        "지역사회와 함께 여는 돌봄",
        "의 시대 전국 콘퍼런스",
        "대한민국 표준시",
        "地域とともに開くケアの",
        "時代 全国カンファレン",
        "ス",
        "韓国標準時",
        "National Conference",
        "for the Era of Care,",
        "Opened Together with",
        "Local Communities",
        "Korean Standard Time",
    ]


PEOPLE = {
    # registrable: {kind: (how many, names read on the sheets)}, and one without a certificate
    "saitama": (
        {
            "badge": (6, {"한지원", "Han Jiwon", "安山医療福祉社会的協同組合"}),
            "letter": (6, {"招へい状", "Letter of invitation", "한지원", "Han Jiwon"}),
            "certificate": (2, {"정다은", "Jung Daeun", "강민수", "Kang Minsu"}),
        },
        "한지원",
    ),
    "gwangju": (
        {
            "badge": (7, {"김도윤", "Kim Doyun", "鈴木 由美", "Suzuki Yumi", "Ana Reyes"}),
            # Its form asks who needs a letter for the visa: the two who ticked it.
            "letter": (2, {"초청장", "Letter of invitation", "Dewi Anggraini", "Ana Reyes"}),
            "certificate": (4, {"김도윤", "임수빈", "鈴木 由美", "Ana Reyes"}),
        },
        "장현우",
    ),
}


@pytest.mark.parametrize("offering", PEOPLE)
def test_badges_letters_and_certificates_for_everyone(
    demo, offering, django_capture_on_commit_callbacks
):
    expected, not_checked_in = PEOPLE[offering]
    registrable = getattr(demo, offering)

    made = {
        kind: print_all(registrable, kind, django_capture_on_commit_callbacks) for kind in expected
    }

    for kind, (count, names) in expected.items():
        job, lines = made[kind]
        assert (kind, job.done) == (kind, count)
        assert names <= set(lines)
    assert not_checked_in not in made["certificate"][1]
