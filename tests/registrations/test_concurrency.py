"""Nothing is oversold when people ask for the last seats at the same moment.

First the race itself, forced rather than hoped for: two people register for
the last seat in two threads, and each is held right after it has counted the
seats (with Django's ``connection.execute_wrapper``, a public hook around every
SQL statement) until the other has counted too. Without the registrable's lock
(``REGISTRATIONS_LOCK = False``) both count one free seat and both take it, on
every run. With the lock the second person cannot count before the first has
written and committed, so the first waits in vain for a moment, and the second
is put on the waiting list. On SQLite there is no race to show: IMMEDIATE
transactions take the database's write lock at BEGIN, whatever the setting says.

Then 200 people ask for 50 seats through the real HTTP stack: the live server
(pytest-django's ``live_server``: Django's threaded WSGI server, one thread and
one database connection per request) takes the POSTs from a pool of client
threads, each a separate person with a CSRF cookie and token, as a browser
sends them: exactly 50 confirmed, 150 on the waiting list, every request
answered with the redirect to the thanks page.
"""

import contextlib
import re
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from http.client import HTTPConnection
from urllib.parse import urlencode, urlsplit

import pytest
from django.db import connection

from madang.registrations import services
from madang.registrations.models import Registration, Status

from .factories import make_registrable_event, registrant

SEATS = 50
ATTEMPTS = 200
# Concurrent connections: fewer than the live server's listen backlog (Django's
# WSGIServer queues 10), so that a busy machine never resets a connection.
CLIENTS = 8
PATIENCE = 2.0  # seconds a person waits for the other to count, when the lock forbids it


class CountTogether:
    """Holds each thread just after it counted the seats, until the other has counted too.

    Installed with ``connection.execute_wrapper`` in each thread. When the other
    thread cannot count (it waits for the lock), the wait ends after ``PATIENCE``.
    """

    def __init__(self):
        self.barrier = threading.Barrier(2, timeout=PATIENCE)

    def __call__(self, execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if sql.startswith("SELECT COUNT(*)") and '"registrations_registration"' in sql:
            # When the other cannot count yet (it waits for the lock), go on alone.
            with contextlib.suppress(threading.BrokenBarrierError):
                self.barrier.wait()
        return result


def two_at_once(registrable):
    """Two people register for ``registrable`` in two threads, counting seats together."""
    together = CountTogether()
    failures = []

    def person(n):
        try:
            with connection.execute_wrapper(together):
                services.register(registrable=registrable, data=registrant(), language="ko")
        except Exception as error:  # reported by the test, not lost in the thread
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=person, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == []


@pytest.fixture
def last_seat(transactional_db, django_db_serialized_rollback, event_index):
    """An event with one seat, committed so that the threads' connections see it."""
    _page, registrable = make_registrable_event(event_index, capacity=1)
    return registrable


def test_without_the_lock_two_people_counting_at_once_both_take_the_last_seat(last_seat, settings):
    if connection.vendor != "postgresql":
        pytest.skip(
            "SQLite's IMMEDIATE transactions take the write lock at BEGIN, so writers "
            "queue with or without REGISTRATIONS_LOCK: there is no race to show."
        )
    settings.REGISTRATIONS_LOCK = False

    two_at_once(last_seat)

    assert statuses(last_seat) == Counter({Status.CONFIRMED: 2})


def test_with_the_lock_the_second_person_counts_after_the_first_took_the_seat(last_seat):
    two_at_once(last_seat)

    assert statuses(last_seat) == Counter({Status.CONFIRMED: 1, Status.WAITLISTED: 1})


def form_data(n, token):
    return {
        "csrfmiddlewaretoken": token,
        "name": f"김민지 {n}",
        "name_romanized": f"Kim Minji {n}",
        "email": f"delegate{n}@example.org",
        "organization": "안산의료복지사회적협동조합",
        "role": "이사",
        "country": "KR",
        "correspondence_language": "ko",
        "consent": "on",
    }


def csrf(host, port, path):
    """A browser's first visit: the form page sets the cookie and carries the token."""
    conn = HTTPConnection(host, port, timeout=60)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read().decode()
    finally:
        conn.close()
    assert response.status == 200
    cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie", "")).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)
    return cookie, token


def rush(live_server_url, registrable):
    """POST ``ATTEMPTS`` registrations from ``CLIENTS`` threads; status codes counted."""
    address = urlsplit(live_server_url)
    path = f"/ko/register/{registrable.key}/"
    cookie, token = csrf(address.hostname, address.port, path)
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": f"csrftoken={cookie}",
    }

    def attempt(n):
        conn = HTTPConnection(address.hostname, address.port, timeout=120)
        try:
            conn.request("POST", path, urlencode(form_data(n, token)), headers)
            response = conn.getresponse()
            response.read()
            if response.status == 302 and "/thanks/" not in response.getheader("Location", ""):
                return "302 elsewhere"
            return response.status
        except OSError as error:
            return type(error).__name__
        finally:
            conn.close()

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        return Counter(pool.map(attempt, range(ATTEMPTS)))


def statuses(registrable):
    return Counter(
        Registration.objects.filter(registrable=registrable).values_list("status", flat=True)
    )


@pytest.fixture
def full_house(django_db_serialized_rollback, live_server, event_index):
    """A live event with 50 seats on the live server; no mail check, so POSTs take seats."""
    _page, registrable = make_registrable_event(event_index, capacity=SEATS)
    return live_server.url, registrable


def test_200_concurrent_attempts_for_50_seats_confirm_50_and_waitlist_150(full_house):
    url, registrable = full_house
    answers = rush(url, registrable)
    assert answers == Counter({302: ATTEMPTS})
    assert statuses(registrable) == Counter(
        {Status.CONFIRMED: SEATS, Status.WAITLISTED: ATTEMPTS - SEATS}
    )
