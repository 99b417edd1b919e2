"""What a registration POST reads: the event row once under the seat lock, never a stale cache."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from madang.registrations import services
from madang.registrations.models import Registration, Status

from .delegates import post, register_url
from .factories import make_registrable_event, register


def warm_form(client, url):
    """Cache the form's page, questions and activities, as a visitor's GET does."""
    client.get(url)  # the site's first visit also creates its settings (a new generation)
    client.get(url)


def test_a_post_reads_the_event_row_only_once_under_the_seat_lock(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, capacity=10)
    url = register_url(registrable)
    warm_form(client, url)

    with CaptureQueriesContext(connection) as queries:
        response = post(client, url, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    reads = [q for q in locked_block(queries) if 'FROM "registrations_registrable"' in q]
    assert len(reads) == 1
    assert "FOR UPDATE" in reads[0] or connection.vendor == "sqlite"


def locked_block(queries):
    """The queries of the seat lock's transaction (a savepoint inside the test's own)
    from its start to the write of the registration: lock, recount, write. Reads
    before it build the form; reads after the write find the pages to purge."""
    sqls = [q["sql"] for q in queries]
    written = 'INSERT INTO "registrations_registration"'
    insert = next(i for i, sql in enumerate(sqls) if written in sql)
    start = max(i for i, sql in enumerate(sqls[:insert]) if sql.startswith("SAVEPOINT"))
    return sqls[start:insert]


def test_seats_added_after_the_form_was_cached_go_to_the_next_post(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, capacity=1)
    register(registrable)
    url = register_url(registrable)
    warm_form(client, url)  # cached while the event was full
    services.add_seats(registrable=registrable, seats=1)

    post(client, url, django_capture_on_commit_callbacks)

    assert Registration.objects.get(email="minji@example.org").status == Status.CONFIRMED


def test_a_deadline_passed_after_the_form_was_cached_refuses_the_post(
    client, event_index, django_capture_on_commit_callbacks
):
    page, registrable = make_registrable_event(event_index, capacity=10)
    url = register_url(registrable, "en")
    warm_form(client, url)  # cached while registration was open
    registrable.closes_at = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    registrable.save(update_fields=["closes_at"])

    response = post(client, url, django_capture_on_commit_callbacks)

    assert response.status_code == 403
    assert "Registration has closed." in response.content.decode()
    assert Registration.objects.count() == 0
