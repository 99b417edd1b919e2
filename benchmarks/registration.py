"""Registration POSTs per second and their latency, at 20 concurrent clients, on PostgreSQL.

    make bench-registration                      # or: .venv/bin/python benchmarks/registration.py
    make bench-registration ARGS="--posts 5000"  # see --help

A database of its own (madang_bench_registration on the local PostgreSQL, or
--database-url) is dropped, created and migrated; two live events are built
with the test factories: one with 100000 seats and one with 50 seats (so that
most of its POSTs take the waiting-list path), both without the mail check,
so that every POST takes or queues for a seat at once. The real server is
started as benchmarks/run.py starts it (bin/serve --web-only: granian, the
options of `make run`, madang.settings.bench with CSRF on). Each client fetches
the form once for its CSRF cookie and token, then POSTs registrations, each
with its own address and over a new connection; a POST counts as done when it
gets the redirect to the thanks page, as anything else counts as an error.
After the warm-up the database is ANALYZEd, as autovacuum would have done on
a live site, so that PostgreSQL plans with statistics.
It prints POSTs/s, p50, p95 and max latency, errors, the seats as the database
holds them, and whether the p95 target (300 ms) was met. Loopback only.
"""

import argparse
import itertools
import json
import os
import re
import sys
import tempfile
import threading
import time
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import psycopg
from run import run_clients
from server import HOST, ROOT, finish, free_port, log, manage, start, wait_for

P95_TARGET_MS = 300
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/madang_bench_registration"
LARGE, SMALL = 100_000, 50

SETUP_CODE = """
import json
from tests.factories import make_home_pages
from tests.events.factories import EventIndexPageFactory
from tests.registrations.factories import make_registrable_event
homes = make_home_pages()
index = EventIndexPageFactory(parent=homes["ko"], locale=homes["ko"].locale)
keys = {}
for name, capacity in (("large", %(large)d), ("small", %(small)d)):
    _page, registrable = make_registrable_event(
        index, capacity=capacity, slug=f"bench-{name}", requires_verification=False
    )
    keys[name] = str(registrable.key)
print("BENCH_JSON " + json.dumps(keys))
"""

COUNT_CODE = """
import json
from collections import Counter
from madang.registrations.models import Registration
found = {}
for key in json.loads(%(keys)r):
    rows = Registration.objects.filter(registrable__key=key)
    found[key] = dict(Counter(rows.values_list("status", flat=True)))
print("BENCH_JSON " + json.dumps(found))
"""


def shell_json(env, code):
    output = manage(env, "shell", "-c", code, capture=True)
    line = next(x for x in output.splitlines() if x.startswith("BENCH_JSON "))
    return json.loads(line.removeprefix("BENCH_JSON "))


def recreate_database(url, *, drop_only=False):
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not re.fullmatch(r"[a-z0-9_]+", name):
        sys.exit(f"[bench] refusing the database name {name!r}")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        if not drop_only:
            conn.execute(f"CREATE DATABASE {name}")


def form_data(n, token):
    return {
        "csrfmiddlewaretoken": token,
        "name": f"김민지 {n}",
        "name_romanized": f"Kim Minji {n}",
        "email": f"bench{n}@example.org",
        "organization": "안산의료복지사회적협동조합",
        "role": "이사",
        "country": "KR",
        "correspondence_language": "ko",
        "interpretation_language": "ja",
        "consent": "on",
    }


class Client:
    """One person at a browser: a CSRF cookie and token, and a new connection per request.

    Not kept alive: each POST pays for its own connection, as a delegate's
    phone on a fresh page load would, and granian's backpressure (which counts
    open connections) plays no part in the figures.
    """

    def __init__(self, host, port, path):
        self.host, self.port, self.path = host, port, path
        status, headers, body = self.request("GET", path)
        if status != 200:
            raise RuntimeError(f"GET {path} answered HTTP {status}")
        self.cookie = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", "")).group(1)
        self.token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)

    def request(self, method, path, body=None, headers=None):
        connection = HTTPConnection(self.host, self.port, timeout=30)
        try:
            connection.request(method, path, body, {**(headers or {}), "Connection": "close"})
            response = connection.getresponse()
            return response.status, response.msg, response.read().decode()
        finally:
            connection.close()

    def register(self, n):
        body = urlencode(form_data(n, self.token))
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={self.cookie}",
        }
        status, response_headers, _body = self.request("POST", self.path, body, headers)
        return status == 302 and "/thanks/" in response_headers.get("Location", "")


def load(base, key, posts, concurrency, numbers):
    """``posts`` registration POSTs from ``concurrency`` clients; latencies and errors."""
    address = urlsplit(base)
    path = f"/ko/register/{key}/"
    budget = threading.Semaphore(posts)
    ready = threading.Barrier(concurrency)

    def client(_):
        try:
            person = Client(address.hostname, address.port, path)
        except BaseException:
            ready.abort()  # the others stop waiting for this one
            raise
        ready.wait(timeout=120)  # every client has its token: start together
        latencies, errors = [], 0
        while budget.acquire(blocking=False):
            started = time.perf_counter()
            try:
                ok = person.register(next(numbers))
            except OSError:
                ok = False
            latencies.append(time.perf_counter() - started)
            errors += not ok
        return latencies, errors

    return run_clients(client, concurrency, count_key="posts")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=2000, help="POSTs to the large event")
    parser.add_argument(
        "--waitlist-posts", type=int, default=200, help="POSTs to the 50-seat event (200)"
    )
    parser.add_argument("--concurrency", type=int, default=20, help="concurrent clients (20)")
    parser.add_argument("--warmup", type=int, default=100, help="POSTs before measuring (100)")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_REGISTRATION_DATABASE_URL", DEFAULT_DATABASE),
        help="PostgreSQL database to drop and create (%(default)s)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the database and the folder")
    options = parser.parse_args()
    if not options.database_url.startswith(("postgres://", "postgresql://")):
        sys.exit("[bench] this benchmark runs on PostgreSQL only")

    tmp = Path(tempfile.mkdtemp(prefix="madang-bench-registration-"))
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "madang.settings.bench",
        "DATABASE_URL": options.database_url,
        "BENCH_STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "media"),
        "REGISTRATION_RATE_LIMIT": "10000000/m",  # every POST comes from 127.0.0.1
        "HOST": HOST,
        "PORT": str(port),
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "site")]),
    }
    server = None
    try:
        log(f"database: {options.database_url} (dropped and created)")
        recreate_database(options.database_url)
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "collectstatic", "--noinput", "-v", "0")
        keys = shell_json(env, SETUP_CODE % {"large": LARGE, "small": SMALL})

        server = start(env, tmp)
        base = f"http://{HOST}:{port}"
        wait_for(f"{base}/ko/register/{keys['large']}/", server)

        numbers = itertools.count(1)
        if options.warmup:
            log(f"warm-up: {options.warmup} POSTs")
            load(base, keys["large"], options.warmup, options.concurrency, numbers)
        # A live database has planner statistics (autovacuum keeps them); a
        # new one has none, and PostgreSQL then scans instead of using indexes.
        with psycopg.connect(options.database_url, autocommit=True) as conn:
            conn.execute("ANALYZE")
        log(f"{options.posts} POSTs to the event with {LARGE} seats")
        large = load(base, keys["large"], options.posts, options.concurrency, numbers)
        log(f"{options.waitlist_posts} POSTs to the event with {SMALL} seats")
        small = load(base, keys["small"], options.waitlist_posts, options.concurrency, numbers)
        seats = shell_json(env, COUNT_CODE % {"keys": json.dumps(list(keys.values()))})
    finally:
        if finish(server, tmp, keep=options.keep, also_kept=" and the database"):
            recreate_database(options.database_url, drop_only=True)

    rows = [
        (f"{LARGE} seats", large, seats[keys["large"]]),
        (f"{SMALL} seats", small, seats[keys["small"]]),
    ]
    print_report(rows, options)
    return 1 if large["errors"] or small["errors"] else 0


def print_report(rows, options):
    print(
        f"\nMadang registration benchmark: granian WSGI "
        f"({os.environ.get('GRANIAN_WORKERS', '1')} worker), madang.settings.bench (DEBUG off, "
        f"CSRF on), PostgreSQL, {options.concurrency} clients, {os.cpu_count()} CPUs, loopback\n"
    )
    header = (
        f"{'event':<14} {'POSTs':>6} {'POSTs/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} "
        f"{'errors':>6} {'target':>7}  seats in the database"
    )
    print(header)
    print("-" * len(header))
    for name, result, statuses in rows:
        rate = result["posts"] / result["seconds"] if result["seconds"] else 0.0
        verdict = "ok" if result["p95_ms"] < P95_TARGET_MS else "MISSED"
        held = ", ".join(f"{count} {status}" for status, count in sorted(statuses.items()))
        print(
            f"{name:<14} {result['posts']:>6} {rate:>8.1f} {result['p50_ms']:>8.1f} "
            f"{result['p95_ms']:>8.1f} {result['max_ms']:>8.1f} {result['errors']:>6} "
            f"{verdict:>7}  {held}"
        )
    print(f"\nTarget: p95 below {P95_TARGET_MS} ms for a registration POST.")


if __name__ == "__main__":
    sys.exit(main())
