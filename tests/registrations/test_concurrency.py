"""200 people ask for 50 seats at the same moment, through the real HTTP stack.

The live server (pytest-django's ``live_server``: Django's threaded WSGI
server, one thread and one database connection per request) takes the POSTs
from a pool of client threads, each a separate person with a CSRF cookie and
token, as a browser sends them. The seats are counted and written under the
registrable's lock (``services._lock``): exactly 50 confirmed, 150 on the
waiting list, every request answered with the redirect to the thanks page.

The control run switches the lock off (``REGISTRATIONS_LOCK = False``, read on
each request in the server's threads of this same process) and must oversell
on PostgreSQL, which shows that the first test could fail. On SQLite it is
skipped: IMMEDIATE transactions take the database's write lock at BEGIN, so
writers queue whatever the setting says.
"""

import re
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from http.client import HTTPConnection
from urllib.parse import urlencode, urlsplit

import pytest
from django.db import connection

from madang.registrations.models import Registration, Status

from .factories import make_registrable_event

SEATS = 50
ATTEMPTS = 200
CLIENTS = 40  # concurrent connections; PostgreSQL's default max_connections is 100


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


def test_without_the_lock_postgresql_oversells(full_house, settings):
    if connection.vendor != "postgresql":
        pytest.skip(
            "SQLite's IMMEDIATE transactions take the write lock at BEGIN, so writers "
            "queue with or without REGISTRATIONS_LOCK: there is no race to show."
        )
    settings.REGISTRATIONS_LOCK = False
    url, registrable = full_house
    answers = rush(url, registrable)
    counts = statuses(registrable)
    assert answers == Counter({302: ATTEMPTS})
    assert counts.total() == ATTEMPTS
    assert counts[Status.CONFIRMED] > SEATS
