"""The study tour index: upcoming and past tours, filters and cards."""

import datetime
import re

import pytest

from tests.helpers import warm_count
from tours.models import TourPage

pytestmark = pytest.mark.django_db

TOURS = [
    # title, first day, days, country, themes, languages
    ("사이타마 재택의료 연수", datetime.date(2030, 5, 17), 3, "JP", ["home_care"], ["ko", "ja"]),
    ("교토 통합돌봄 연수", datetime.date(2031, 4, 2), 2, "JP", ["integrated_care"], ["ko", "ja"]),
    ("원주 협동조합 연수", datetime.date(2030, 9, 1), 2, "KR", ["governance"], ["ko"]),
    ("사이타마 합병 연수", datetime.date(2015, 7, 8), 3, "JP", ["governance", "members"], ["ko"]),
    ("안성 건강 활동 연수", datetime.date(2019, 10, 5), 1, "KR", ["health_promotion"], ["ja"]),
]
UPCOMING = ["사이타마 재택의료 연수", "원주 협동조합 연수", "교토 통합돌봄 연수"]
PAST = ["안성 건강 활동 연수", "사이타마 합병 연수"]


@pytest.fixture
def index(tour_index):
    index = tour_index
    for n, (title, first, days, country, themes, languages) in enumerate(TOURS):
        index.add_child(
            instance=TourPage(
                title=title,
                slug=f"tour-{n}",
                locale=index.locale,
                start_date=first,
                end_date=first + datetime.timedelta(days=days - 1),
                city="도시",
                country=country,
                themes=themes,
                languages=languages,
            )
        )
    return index


def titles(response):
    """(upcoming titles, past titles) as listed."""
    context = response.context
    return [t.title for t in context["upcoming"]], [t.title for t in context["past"]]


def test_index_lists_upcoming_soonest_first_and_past_latest_first(client, index):
    response = client.get("/ko/tours/")

    assert response.status_code == 200
    assert titles(response) == (UPCOMING, PAST)
    assert response.context["filters_active"] is False


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"country": "JP"}, (["사이타마 재택의료 연수", "교토 통합돌봄 연수"], [PAST[1]])),
        ({"country": "KR"}, (["원주 협동조합 연수"], ["안성 건강 활동 연수"])),
        ({"theme": "governance"}, (["원주 협동조합 연수"], ["사이타마 합병 연수"])),
        ({"theme": "members"}, ([], ["사이타마 합병 연수"])),
        ({"year": "2030"}, (["사이타마 재택의료 연수", "원주 협동조합 연수"], [])),
        ({"country": "JP", "theme": "governance", "year": "2015"}, ([], ["사이타마 합병 연수"])),
        ({"country": "KR", "theme": "integrated_care"}, ([], [])),
    ],
)
def test_filters(client, index, query, expected):
    response = client.get("/ko/tours/", query)

    assert titles(response) == expected
    assert response.context["filters_active"] is True


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"country": "XX", "theme": "bogus", "year": "abc"}, (UPCOMING, PAST)),
        ({"country": "KR", "theme": "bogus"}, (["원주 협동조합 연수"], ["안성 건강 활동 연수"])),
        ({"year": "1999", "theme": "members"}, ([], ["사이타마 합병 연수"])),
    ],
)
def test_invalid_filter_values_are_ignored(client, index, query, expected):
    response = client.get("/ko/tours/", query)

    assert response.status_code == 200
    assert titles(response) == expected


def test_filter_choices_come_from_the_tours(client, index):
    response = client.get("/ko/tours/")
    form = response.context["filter_form"]

    assert [value for value, _label in form.fields["country"].choices] == ["", "JP", "KR"]
    assert [value for value, _label in form.fields["theme"].choices] == [
        "",
        "governance",
        "home_care",
        "health_promotion",
        "integrated_care",
        "members",
    ]
    assert [value for value, _label in form.fields["year"].choices] == [
        "",
        2031,
        2030,
        2019,
        2015,
    ]


def test_no_match_says_so(client, index):
    response = client.get("/ko/tours/", {"country": "KR", "theme": "home_care"})

    assert 'role="status"' in response.content.decode()


def test_cards_show_host_dates_and_languages(client, index, home_pages):
    from madang.people.models import Organization

    tour = TourPage.objects.get(slug="tour-0")
    tour.host = Organization.objects.create(name="医療生協さいたま", locale=tour.locale)
    tour.save()

    html = client.get("/ko/tours/").content.decode()
    card = re.search(r'<article class="card card--tour">.*?</article>', html, re.S).group(0)

    assert "医療生協さいたま" in card
    assert '<time datetime="2030-05-17">' in card
    assert '<time datetime="2030-05-19">' in card
    assert '<span lang="ko">한국어</span>, <span lang="ja">日本語</span>' in card
    assert "registration-status" not in card


def test_index_renders_in_few_queries_whatever_the_number_of_tours(client, index):
    before = warm_count(client, "/ko/tours/")
    for n in range(10):
        index.add_child(
            instance=TourPage(
                title=f"더 {n}",
                slug=f"more-{n}",
                locale=index.locale,
                start_date=datetime.date(2032, 1, 1),
                end_date=datetime.date(2032, 1, 3),
                city="도시",
                country="JP",
            )
        )

    assert warm_count(client, "/ko/tours/") == before
    assert before <= 17
