"""The seats of a registrable page: the engine's row and the page's field never disagree.

Organizers add seats in the registrations admin; the page's "seats" field (every
language, the draft the editor opens next) says the same, so publishing the page
again keeps them.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import translation
from wagtail.models import Page

from madang.registrations import services
from madang.registrations.page_forms import RegistrablePageForm
from tests.factories import translate_page

from .delegates import add_activity
from .factories import add_seats_under_a_draft, make_registrable_event, register

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(event_index):
    """An event with two seats, published in Korean and Japanese, and its row."""
    translate_page(event_index, "ja")
    page, registrable = make_registrable_event(event_index, capacity=2)
    return page, translate_page(page, "ja"), registrable


def seats_everywhere(page, ja_page, registrable):
    page.refresh_from_db()
    ja_page.refresh_from_db()
    registrable.refresh_from_db()
    return {
        "row": registrable.capacity,
        "page": page.capacity,
        "ja page": ja_page.capacity,
        "draft": page.get_latest_revision_as_object().capacity,
    }


def test_seats_added_in_the_admin_are_the_pages_seats_in_every_language(event):
    page, ja_page, registrable = event

    services.add_seats(registrable=registrable, seats=3)

    assert seats_everywhere(page, ja_page, registrable) == {
        "row": 5,
        "page": 5,
        "ja page": 5,
        "draft": 5,
    }


def test_publishing_a_draft_saved_before_seats_were_added_keeps_them(event):
    page, ja_page, registrable = event
    draft = page.get_latest_revision_as_object()
    draft.title = "새 제목"
    revision = draft.save_revision()

    services.add_seats(registrable=registrable, seats=3)
    revision.refresh_from_db()
    revision.publish()

    assert seats_everywhere(page, ja_page, registrable) == {
        "row": 5,
        "page": 5,
        "ja page": 5,
        "draft": 5,
    }


def test_seats_the_editor_changes_on_the_page_are_the_rows(event):
    page, ja_page, registrable = event
    services.add_seats(registrable=registrable, seats=3)

    draft = page.get_latest_revision_as_object()
    draft.capacity = 8
    draft.save_revision().publish()

    assert seats_everywhere(page, ja_page, registrable) == {
        "row": 8,
        "page": 8,
        "ja page": 8,
        "draft": 8,
    }


@pytest.mark.parametrize(
    ("language", "error"),
    [
        (
            "ko",
            "이미 3자리가 찼습니다. 자리 수를 그보다 줄일 수 없습니다. 먼저 다른 사람을 "
            "대기자 명단으로 옮겨 주세요.",
        ),
        (
            "ja",
            "すでに3席が埋まっているため、席数をそれより少なくできません。先にどなたかを"
            "キャンセル待ちに移してください。",
        ),
    ],
)
def test_the_page_refuses_fewer_seats_than_are_taken(event, language, error):
    page, _ja_page, registrable = event
    services.add_seats(registrable=registrable, seats=1)
    for _n in range(3):
        register(registrable)

    class SeatsForm(RegistrablePageForm):  # the editor's form, its seats alone
        class Meta:
            model = type(page)
            fields = ["capacity"]

    with translation.override(language):
        form = SeatsForm({"capacity": "2"}, instance=page, for_user=AnonymousUser())
        errors = form.errors.get("capacity")

    registrable.refresh_from_db()
    assert (errors, registrable.capacity) == ([error], 3)


@pytest.fixture
def event_with_visit(event_index):
    """An event with an optional visit of two seats, published (the visit in its revision)
    in Korean and Japanese: ``(pages, the visit's row)``."""
    translate_page(event_index, "ja")
    page, _registrable = make_registrable_event(event_index, capacity=10)
    visit = add_activity(page, name="병원 견학", capacity=2)
    page.save_revision().publish()
    return [page, translate_page(page, "ja")], visit


def visit_seats(pages, visit):
    """The visit's seats: its row's, and on each page, live and in its latest revision."""

    def on(page):
        return [
            a.capacity for a in page.registration_activities.all() if a.translation_key == visit.key
        ]

    visit.refresh_from_db()
    live = [Page.objects.get(pk=page.pk).specific for page in pages]
    return {
        "row": (visit.capacity, visit.synced_capacity),
        "pages": [on(page) for page in live],
        "drafts": [on(page.get_latest_revision_as_object()) for page in live],
    }


def test_seats_added_to_an_activity_are_its_seats_on_the_page_in_every_language(
    event_with_visit,
):
    pages, visit = event_with_visit

    services.add_seats(registrable=visit, seats=3)

    assert visit_seats(pages, visit) == {"row": (5, 5), "pages": [[5], [5]], "drafts": [[5], [5]]}


def test_publishing_a_draft_saved_before_activity_seats_were_added_keeps_them(event_with_visit):
    pages, visit = event_with_visit

    add_seats_under_a_draft(pages[0], visit, seats=3)

    assert (visit_seats(pages, visit), Page.objects.get(pk=pages[0].pk).title) == (
        {"row": (5, 5), "pages": [[5], [5]], "drafts": [[5], [5]]},
        "새 제목",
    )
