"""The admin form of a registrable page: rules an editor's input must follow."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import translation

from madang.registrations.page_forms import RegistrablePageForm

from .factories import make_registrable_event

pytestmark = pytest.mark.django_db


def dates_form(page, data):
    class DatesForm(RegistrablePageForm):  # the editor's form, its registration dates alone
        class Meta:
            model = type(page)
            fields = ["registration_opens", "registration_deadline"]

    return DatesForm(data, instance=page, for_user=AnonymousUser())


@pytest.mark.parametrize(
    ("language", "error"),
    [
        ("ko", "신청 마감은 신청 시작보다 뒤여야 합니다."),
        ("ja", "申込締切は申込受付開始より後にしてください。"),
    ],
)
def test_a_deadline_before_registration_opens_is_refused(event_index, language, error):
    page, _registrable = make_registrable_event(event_index)
    data = {"registration_opens": "2030-08-01 09:00", "registration_deadline": "2030-07-01 09:00"}

    with translation.override(language):
        errors = dates_form(page, data).errors.get("registration_deadline")

    assert errors == [error]


def test_a_deadline_after_registration_opens_is_accepted(event_index):
    page, _registrable = make_registrable_event(event_index)
    data = {"registration_opens": "2030-07-01 09:00", "registration_deadline": "2030-08-01 09:00"}

    assert dates_form(page, data).errors == {}
