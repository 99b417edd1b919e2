"""The seats in the event editor: a form opened before organizers added seats in the
registrations admin neither undoes them nor overrides them silently."""

import pytest
from wagtail.users.models import UserProfile

from events.models import EventPage
from madang.registrations import services
from madang.registrations.models import Registrable
from tests.events.factories import EventIndexPageFactory
from tests.events.test_admin_booths import PUBLISH, add_url, edit_url, event_data
from tests.registrations.organizers import organizer_in

pytestmark = pytest.mark.django_db

OPENED_WITH_TWO = '<input type="hidden" name="capacity-opened" value="2">'


def seats_form(capacity, opened):
    return event_data([], take_registrations="on", capacity=capacity, **{"capacity-opened": opened})


@pytest.fixture
def event_with_two_seats(client, home_pages):
    """A published event with two seats (its row too) and its editor, whose form
    was opened before organizers added three seats in the registrations admin."""
    editor = organizer_in(client, "ko")
    index = EventIndexPageFactory(parent=home_pages["ko"], locale=home_pages["ko"].locale)
    response = editor.post(add_url(index), seats_form("2", "") | PUBLISH)
    assert response.status_code == 302
    page = EventPage.objects.get(slug="new-event")
    opened = editor.get(edit_url(page.pk)).content.decode()
    assert OPENED_WITH_TWO in opened
    registrable = Registrable.objects.get(key=page.translation_key)
    services.add_seats(registrable=registrable, seats=3)
    return editor, page, registrable


def seats_of(page, registrable):
    page.refresh_from_db()
    registrable.refresh_from_db()
    return page.capacity, page.get_latest_revision_as_object().capacity, registrable.capacity


def test_publishing_a_form_opened_before_seats_were_added_keeps_them(event_with_two_seats):
    editor, page, registrable = event_with_two_seats

    response = editor.post(edit_url(page.pk), seats_form("2", "2") | PUBLISH)

    assert (response.status_code, seats_of(page, registrable)) == (302, (5, 5, 5))


@pytest.mark.parametrize(
    ("language", "error"),
    [
        (
            "ko",
            "이 페이지를 여는 동안 자리 수가 5자리로 바뀌었습니다(참가 신청 관리에서 "
            "자리를 추가함). 자리 수를 확인하고 다시 저장해 주세요.",
        ),
        (
            "ja",
            "このページを開いている間に席数が5席に変わりました（参加申込の管理で席を追加）。"
            "席数を確かめて、もう一度保存してください。",
        ),
    ],
)
def test_seats_the_editor_changed_after_seats_were_added_are_refused_once(
    event_with_two_seats, language, error
):
    editor, page, registrable = event_with_two_seats
    profile = UserProfile.get_for_user(page.owner)
    profile.preferred_language = language
    profile.save()

    refused = editor.post(edit_url(page.pk), seats_form("8", "2") | PUBLISH)
    seats_after_refusal = seats_of(page, registrable)
    again = editor.post(edit_url(page.pk), seats_form("8", "5") | PUBLISH)

    assert (
        refused.status_code,
        refused.context["form"].errors["capacity"],
        '<input type="hidden" name="capacity-opened" value="5">' in refused.content.decode(),
        seats_after_refusal,
        again.status_code,
        seats_of(page, registrable),
    ) == (200, [error], True, (5, 5, 5), 302, (8, 8, 8))
