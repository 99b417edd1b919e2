"""Dates and times that Django formats (``{{ moment }}``, ``DATETIME_FORMAT``) read as each
language writes them: Korean with 오전/오후 before the time, as the pages' JavaScript does."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

MOMENT = datetime.datetime(2026, 12, 3, 7, 14, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ko", "2026년 12월 3일 오전 7:14"),
        ("ja", "2026年12月3日7:14"),
        ("en", "Dec. 3, 2026, 7:14 a.m."),
    ],
)
def test_a_date_and_time_reads_in_the_languages_order(language, expected, settings):
    settings.TIME_ZONE = "UTC"
    template = Template('{{ moment }}|{{ moment|date:"DATETIME_FORMAT" }}')

    with translation.override(language):
        text = template.render(Context({"moment": MOMENT}))

    assert text == f"{expected}|{expected}"


def test_a_korean_afternoon_time_reads_ohu_before_the_time(settings):
    settings.TIME_ZONE = "UTC"
    template = Template('{{ moment|time:"TIME_FORMAT" }}|{{ moment }}')

    with translation.override("ko"):
        text = template.render(Context({"moment": MOMENT.replace(hour=19)}))

    assert text == "오후 7:14|2026년 12월 3일 오후 7:14"
