"""The CSV and XLSX exports of an event's registrations in the admin."""

import csv
import datetime
import io

import openpyxl
import pytest

from madang.registrations import services
from madang.registrations.models import Registration

from .factories import make_activity, make_registrable
from .organizers import url

pytestmark = pytest.mark.django_db


HEADER = [
    "Check-in code",
    "Name",
    "Name in Latin letters",
    "Organization (cooperative)",
    "Role",
    "Country",
    "Email",
    "Phone",
    "Status",
    "Language for our mails",
    "Interpretation needed into",
    "Dietary needs",
    "Accessibility needs",
    "Emergency contact",
    "Delegation",
    "Head of delegation",
    "Registered at the desk",
    "Activities",
    "Group or bus",
    "Interpreter",
    "Organizer's note",
    "Registered",
    "Confirmed",
    "Arrived",
    "diet_detail",
]


@pytest.fixture
def exported():
    registrable = make_registrable(time_zone="Asia/Seoul")
    visit = make_activity(registrable, title="Site visit")
    registration = services.register(
        registrable=registrable,
        data={
            "name": "김민지",
            "name_romanized": "Kim Minji",
            "email": "minji@example.org",
            "organization": "안산의료복지사회적협동조합",
            "role": "이사",
            "country": "KR",
            "correspondence_language": "ko",
            "interpretation_language": "en",
            "dietary_needs": "vegan",
        },
        language="ko",
        answers={"diet_detail": "no nuts"},
        activities=[visit],
        sensitive_consent=True,
        now=datetime.datetime(2026, 5, 1, 1, 30, tzinfo=datetime.UTC),
    )
    Registration.objects.filter(pk=registration.pk).update(group="Bus 2", interpreter="Sato")
    registration.refresh_from_db()
    return registrable, registration


def test_csv_export_has_translated_headings_answers_activities_and_group(admin, exported):
    registrable, registration = exported

    response = admin.get(url("list", registrable.pk), {"export": "csv"})

    text = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert (text[0], rows) == (
        "\ufeff",
        [
            HEADER,
            [
                registration.code,
                "김민지",
                "Kim Minji",
                "안산의료복지사회적협동조합",
                "이사",
                "South Korea",
                "minji@example.org",
                "",
                "Confirmed",
                "Korean",  # the languages named in the admin's language, as the countries
                "English",
                "vegan",
                "",
                "",
                "",
                "",
                "",
                "Site visit",
                "Bus 2",
                "Sato",
                "",
                "2026-05-01 10:30",
                "2026-05-01 10:30",
                "",
                "no nuts",
            ],
        ],
    )


def test_xlsx_export_has_the_same_columns_with_local_times(admin, exported):
    registrable, registration = exported

    response = admin.get(url("list", registrable.pk), {"export": "xlsx"})

    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert (
        list(rows[0]),
        rows[1][0],
        rows[1][1],
        rows[1][17],
        rows[1][18],
        rows[1][21],
        rows[1][24],
    ) == (
        HEADER,
        registration.code,
        "김민지",
        "Site visit",
        "Bus 2",
        datetime.datetime(2026, 5, 1, 10, 30),
        "no nuts",
    )
