"""Research projects: the index in the menu, a project's period, status, partners and outputs."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from madang.research.models import ResearchProjectIndexPage, ResearchProjectPage

pytestmark = pytest.mark.django_db


def add(parent, model, **fields):
    page = model(locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def research(home_pages):
    return add(
        home_pages["ko"],
        ResearchProjectIndexPage,
        title="연구",
        slug="research",
        show_in_menus=True,
    )


def project(index, slug, **fields):
    values = {
        "title": slug,
        "slug": slug,
        "status": "ongoing",
        "partners": [{"type": "partner", "value": {"name": "Victor Pestoff", "role": "연구자"}}],
        "outputs": [
            {
                "type": "output",
                "value": {
                    "title": "Project outline",
                    "kind": "paper",
                    "year": 2015,
                    "detail": "ECSP-5EMES-28",
                },
            }
        ],
    }
    return add(index, ResearchProjectPage, **(values | fields))


def test_the_index_is_in_the_menu_and_lists_ongoing_projects_first(client, research):
    project(research, "done", status="completed", start_date=datetime.date(2020, 1, 1))
    project(research, "now", start_date=datetime.date(2024, 3, 1))
    project(research, "next", status="planned")

    response = client.get("/ko/research/")
    home = client.get("/ko/").content.decode()

    assert [p.slug for p in response.context["projects"]] == ["now", "next", "done"]
    assert 'href="/ko/research/"' in home


def test_a_project_shows_its_period_status_partners_and_outputs(client, research):
    project(
        research,
        "coproduction",
        start_date=datetime.date(2014, 9, 1),
        end_date=datetime.date(2016, 6, 30),
    )

    content = client.get("/ko/research/coproduction/").content.decode()

    for text in (
        "진행 중",
        "2014.9 – 2016.6",
        "Victor Pestoff – 연구자",
        "Project outline",
        "논문, ECSP-5EMES-28, 2015",
    ):
        assert text in content, text


def test_a_project_cannot_end_before_it_starts(research):
    page = ResearchProjectPage(
        title="x",
        slug="x",
        start_date=datetime.date(2020, 1, 1),
        end_date=datetime.date(2019, 1, 1),
    )

    with pytest.raises(ValidationError) as error:
        page.clean()

    assert list(error.value.message_dict) == ["end_date"]
