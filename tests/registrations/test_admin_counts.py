"""The count under the registrations admin's listings reads as each language words it:
"참가 신청 3건", "参加申込 3件", not a number glued to a noun ("3 참가 신청")."""

import pytest
from django.urls import reverse

from .factories import make_registrable_event, register
from .test_admin_titles import sign_in

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ko", "참가 신청 3건"), ("ja", "参加申込 3件"), ("en", "3 registrations")],
)
def test_the_registrations_count_reads_naturally(client, event_index, language, expected):
    _page, registrable = make_registrable_event(event_index)
    for _ in range(3):
        register(registrable)

    response = sign_in(client, language).get(
        reverse("registrations_admin:list", args=[registrable.pk])
    )
    content = response.content.decode()

    assert expected in content
    assert "3 참가 신청" not in content
