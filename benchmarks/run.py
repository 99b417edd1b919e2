"""Requests per second of Madang's pages against a bare Django view, on loopback.

    make bench                       # or: .venv/bin/python benchmarks/run.py
    make bench ARGS="--duration 5"   # see --help

By default a temporary SQLite database gets migrated and filled by `load_demo`;
with DATABASE_URL set, that database is used as it is (add --load-demo to fill
it first). The real server is started through bin/serve (granian, the same
options as `make run`) with madang.settings.bench: production settings, DEBUG
off, collectstatic into a temporary folder. Each page is fetched once and its
bytes are served again by a bare view (/__bench__/bare/<key>/, see
benchmarks/bench_urls.py) through the same server, settings and middleware.
Each page is measured three ways: from the page cache (anonymous); rendered
for a personal visitor (a messages cookie: the page renders, its fragments,
such as the chrome and the event's agenda, come from the shared cache); and
rendered after a purge (the same cookie, and each request purges the page
first, see benchmarks/bench_purge.py: what the first visitor after a change
costs, nothing reused).
The event page is also fetched through Varnish (docs/varnish.vcl, started on
loopback in front of the same server) and compared with nginx (Debian's,
started with a temporary configuration) serving the same gzipped bytes as a
static file; without varnishd or nginx those rows are skipped, and said so.
Each URL then gets a fixed duration of load at a fixed concurrency, from wrk
(Debian's package, `apt-get install wrk`) or, without it, a Python thread pool
with a bounded number of requests. Loopback only; nothing here is asserted.
"""

import argparse
import gzip as gzip_module
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.client import HTTPConnection
from pathlib import Path

from front_cache import FRONT_TARGET, TARGET_FRONT, front_cache_rows
from server import HOST, ROOT, fetch, finish, free_port, log, manage, start, wait_for

# What is measured: (name, path or "app_label.PageModel"). A model label means
# the first live, public page of that type, in Korean when there is one.
TARGETS = [
    ("home-ko", "/ko/"),
    ("news-article", "news.NewsPage"),
    ("event", "events.EventPage"),
    ("tour", "tours.TourPage"),
]
# Targets (issue 11): from the page cache, at least 0.8x the bare view of the same
# bytes; rendered for a personal visitor (the page's fragments reused), the event
# page at least 1/15 of it (the row after a purge has no target); the event page at
# most 60 KB of HTML, CSS and JS as transferred (gzip).
TARGET_CACHED = 0.8
TARGET_UNCACHED = {"event": 1 / 15}
TARGET_UNCACHED_DEFAULT = 1 / 25
TARGET_EVENT_BYTES = 60_000
# A cookie that makes a request personal (madang/core/pagecache.py): the page is
# rendered, neither answered from nor stored in the page cache. No session query:
# it is the messages cookie, which an invalid value leaves empty.
UNCACHED_COOKIE = "messages=bench"
# With this header, each request purges its page first (benchmarks/bench_purge.py).
PURGE_HEADERS = {"X-Bench-Purge": "1"}

MAX_PYTHON_REQUESTS = 200_000  # bound for the Python client, whatever the duration


RESOLVE_CODE = """
import json
from django.apps import apps
from urllib.parse import urlsplit
found = {}
for label in json.loads(%(labels)r):
    model = apps.get_model(label)
    pages = model.objects.live().public().order_by("path")
    page = pages.filter(locale__language_code="ko").first() or pages.first()
    found[label] = urlsplit(page.get_url()).path if page else None
print("BENCH_JSON " + json.dumps(found))
"""


def resolve_targets(env):
    labels = [spec for _, spec in TARGETS if not spec.startswith("/")]
    found = {}
    if labels:
        code = RESOLVE_CODE % {"labels": json.dumps(labels)}
        output = manage(env, "shell", "-c", code, capture=True)
        line = next(x for x in output.splitlines() if x.startswith("BENCH_JSON "))
        found = json.loads(line.removeprefix("BENCH_JSON "))
    resolved = []
    for name, spec in TARGETS:
        url_path = spec if spec.startswith("/") else found.get(spec)
        if url_path is None:
            log(f"{name}: no live page of type {spec}; skipped")
        resolved.append((name, url_path))
    return resolved


# --- Load generators ------------------------------------------------------------

WRK_SCRIPT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH_JSON {\\"requests\\": %d, \\"duration_us\\": %d, \\"p50_us\\": %d, "
    .. "\\"p95_us\\": %d, \\"errors\\": %d, \\"bad_status\\": %d}\\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    e.connect + e.read + e.write + e.timeout, e.status))
end
"""


def load_wrk(url, duration, concurrency, script, cookie=None, headers=None):
    headers = {**(headers or {}), **({"Cookie": cookie} if cookie else {})}
    command = [
        "wrk",
        *(arg for name, value in headers.items() for arg in ("--header", f"{name}: {value}")),
        "--threads",
        "1",
        "--connections",
        str(concurrency),
        "--duration",
        f"{duration}s",
        "--timeout",
        "10s",
        "--script",
        str(script),
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(x for x in output.splitlines() if x.startswith("BENCH_JSON "))
    data = json.loads(line.removeprefix("BENCH_JSON "))
    return {
        "requests": data["requests"],
        "seconds": data["duration_us"] / 1e6,
        "p50_ms": data["p50_us"] / 1000,
        "p95_ms": data["p95_us"] / 1000,
        "errors": data["errors"] + data["bad_status"],
    }


def load_python(url, duration, concurrency, cookie=None, headers=None):
    headers = {**(headers or {}), **({"Cookie": cookie} if cookie else {})}
    match = re.match(r"http://([^/:]+):(\d+)(/.*)", url)
    host, port, path = match.group(1), int(match.group(2)), match.group(3)
    deadline = time.monotonic() + duration
    budget = threading.Semaphore(MAX_PYTHON_REQUESTS)

    def client():
        latencies, errors = [], 0
        connection = HTTPConnection(host, port, timeout=10)
        while time.monotonic() < deadline and budget.acquire(blocking=False):
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    errors += 1
            except OSError:
                errors += 1
                connection.close()
                connection = HTTPConnection(host, port, timeout=10)
                continue
            latencies.append(time.perf_counter() - started)
        connection.close()
        return latencies, errors

    return run_clients(lambda _: client(), concurrency)


def run_clients(client, concurrency, *, count_key="requests"):
    """``client(n)`` for n in range(concurrency), all at once; each returns its latencies
    (seconds) and its error count. The count (as ``count_key``), the wall time, the median,
    95th percentile and slowest latency in ms, and the errors."""
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(pool.map(client, range(concurrency)))
    seconds = time.monotonic() - started
    latencies = sorted(x for lat, _ in results for x in lat)
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return {
        count_key: len(latencies),
        "seconds": seconds,
        "p50_ms": cuts[49] * 1000,
        "p95_ms": cuts[94] * 1000,
        "max_ms": latencies[-1] * 1000 if latencies else 0.0,
        "errors": sum(e for _, e in results),
    }


# --- Front cache (Varnish) against a static file (nginx) --------------------------------

# Issue 11: a page from the front cache at least half as fast as nginx serving the same
# bytes as a static file. Both as a browser asks (gzip), on loopback.
# --- Main -----------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per URL (10)")
    parser.add_argument("--concurrency", type=int, default=8, help="open connections (8)")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of warm-up per URL (2)")
    parser.add_argument(
        "--client", choices=["auto", "wrk", "python"], default="auto", help="load generator"
    )
    parser.add_argument(
        "--load-demo", action="store_true", help="run load_demo on DATABASE_URL first"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    options = parser.parse_args()

    client = options.client
    if client == "auto":
        client = "wrk" if shutil.which("wrk") else "python"
        if client == "python":
            log("wrk not found (apt-get install wrk): using the Python client")
    if client == "wrk" and not shutil.which("wrk"):
        sys.exit("[bench] wrk not found: apt-get install wrk")

    tmp = Path(tempfile.mkdtemp(prefix="madang-bench-"))
    (tmp / "capture").mkdir()
    wrk_script = tmp / "report.lua"
    wrk_script.write_text(WRK_SCRIPT)
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "madang.settings.bench",
        "BENCH_STATIC_ROOT": str(tmp / "static"),
        "BENCH_CAPTURE_DIR": str(tmp / "capture"),
        "HOST": HOST,
        "PORT": str(port),
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "site")]),
    }
    own_database = not os.environ.get("DATABASE_URL")
    if own_database:
        env["DATABASE_URL"] = f"sqlite:///{tmp / 'bench.sqlite3'}"
        env.setdefault("MEDIA_ROOT", str(tmp / "media"))

    server = None
    try:
        log(f"database: {'temporary SQLite in ' + str(tmp) if own_database else 'DATABASE_URL'}")
        manage(env, "migrate", "--noinput", "-v", "0")
        if own_database or options.load_demo:
            log("load_demo")
            manage(env, "load_demo", capture=True)
        manage(env, "collectstatic", "--noinput", "-v", "0")
        targets = resolve_targets(env)

        server = start(env, tmp)
        base = f"http://{HOST}:{port}"
        wait_for(f"{base}/ko/", server)

        def measure(url, headers=None, cookie=None):
            if client == "wrk":
                if options.warmup:
                    load_wrk(url, options.warmup, options.concurrency, wrk_script, cookie, headers)
                return load_wrk(
                    url, options.duration, options.concurrency, wrk_script, cookie, headers
                )
            if options.warmup:
                load_python(url, options.warmup, options.concurrency, cookie, headers)
            return load_python(url, options.duration, options.concurrency, cookie, headers)

        rows, broken = [], []
        transferred = None
        front, front_note = None, "skipped: no event page"
        for name, url_path in targets:
            if url_path is None:
                rows.append((name, "(no live page of this type: skipped)", None, None))
                continue
            key = re.sub(r"[^a-z0-9-]+", "-", name.lower())
            try:
                status, body = fetch(base + url_path)
            except urllib.error.HTTPError as error:
                status = error.code
            if status != 200:
                log(f"{name}: {url_path} answered HTTP {status}; skipped")
                rows.append((name, f"{url_path} (HTTP {status}: skipped)", None, None))
                broken.append(name)
                continue
            (tmp / "capture" / f"{key}.html").write_bytes(body)
            bare_path = f"/__bench__/bare/{key}/"
            if fetch(base + bare_path)[1] != body:
                sys.exit(f"[bench] the bare view does not return the bytes of {url_path}")
            # Cached (the page cache answers), rendered (a personal cookie: the
            # page's fragments reused), rendered after a purge (nothing reused), bare.
            results = [
                measure(base + url_path),
                measure(base + url_path, cookie=UNCACHED_COOKIE),
                measure(base + url_path, cookie=UNCACHED_COOKIE, headers=PURGE_HEADERS),
                measure(base + bare_path),
            ]
            rows.append((name, url_path, len(body), results))
            page, rendered, purged, bare = results
            log(
                f"{name}: cached {page['requests'] / page['seconds']:.0f} req/s, "
                f"rendered {rendered['requests'] / rendered['seconds']:.0f} req/s, "
                f"after a purge {purged['requests'] / purged['seconds']:.0f} req/s, "
                f"bare {bare['requests'] / bare['seconds']:.0f} req/s"
            )
            if name == "event":
                transferred = transferred_bytes(base, url_path)
            if name == FRONT_TARGET:
                front, front_note = front_cache_rows(tmp, port, url_path, measure)
    finally:
        finish(server, tmp, keep=options.keep)

    print_report(rows, client, options, transferred, front, front_note)
    if broken:
        log(f"these pages did not answer 200: {', '.join(broken)}")
        return 1
    return 0


def ratio_text(ratio):
    """0.85 as "0.85", a small ratio as "1/N" (0.0125 as "1/80")."""
    if ratio >= 0.1 or ratio <= 0:
        return f"{ratio:.2f}"
    return f"1/{1 / ratio:.0f}"


def print_row(label, url, size, result, reference_rps, target):
    """One line of the report; with a target, the ratio to ``reference_rps`` and the verdict."""
    rps = result["requests"] / result["seconds"]
    extra = ""
    if target == 0.0:  # measured, no target: the ratio alone
        extra = f"{ratio_text(rps / reference_rps if reference_rps else 0.0):>8} {'-':>8}"
    elif target is not None:
        ratio = rps / reference_rps if reference_rps else 0.0
        verdict = "ok" if ratio >= target else "MISSED"
        extra = f"{ratio_text(ratio):>8} {'>= ' + ratio_text(target):>8} {verdict:>6}"
    print(
        f"{label:<16} {url[:44]:<44} {size:>7} {rps:>8.0f} {result['p50_ms']:>8.1f} "
        f"{result['p95_ms']:>8.1f} {result['errors']:>6} {extra}".rstrip()
    )


def print_report(rows, client, options, transferred=None, front=None, front_note=None):
    cpus = os.cpu_count()
    print(
        f"\nMadang benchmark: granian WSGI ({os.environ.get('GRANIAN_WORKERS', '1')} worker), "
        f"madang.settings.bench (DEBUG off), {client}, {options.concurrency} connections, "
        f"{options.duration} s per URL, {cpus} CPUs, loopback\n"
    )
    header = (
        f"{'name':<16} {'URL':<44} {'bytes':>7} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'errors':>6} {'x bare':>8} {'target':>8} {'':>6}"
    )
    print(header)
    print("-" * len(header))
    for name, url_path, size, results in rows:
        if results is None:
            print(f"{name:<16} {url_path}")
            continue
        page, rendered, purged, bare = results
        bare_rps = bare["requests"] / bare["seconds"]
        uncached_target = TARGET_UNCACHED.get(name, TARGET_UNCACHED_DEFAULT)
        for label, url, result, target in (
            (f"{name} cached", url_path, page, TARGET_CACHED),
            ("  rendered", "(a personal cookie: fragments reused)", rendered, uncached_target),
            ("  after purge", "(a personal cookie, page purged first)", purged, 0.0),
            ("  bare", f"/__bench__/bare/ ({name})", bare, None),
        ):
            print_row(label, url, size, result, bare_rps, target)
    if front is not None:
        url_path, size, varnish, nginx = front
        static_rps = nginx["requests"] / nginx["seconds"]
        for label, url, result, target in (
            (f"{FRONT_TARGET} varnish", url_path, varnish, TARGET_FRONT),
            ("  nginx static", "(the same gzipped bytes, a file)", nginx, None),
        ):
            print_row(label, url, size, result, static_rps, target)
    elif front_note:
        print(f"{FRONT_TARGET + ' varnish':<16} front cache against nginx {front_note}")
    if transferred is not None:
        verdict = "ok" if transferred["total"] <= TARGET_EVENT_BYTES else "MISSED"
        parts = ", ".join(f"{k} {v}" for k, v in transferred.items() if k != "total")
        print(
            f"\nEvent page as transferred (gzip), before images: {transferred['total']} bytes "
            f"({parts}); target <= {TARGET_EVENT_BYTES}: {verdict}"
        )
    print(
        "\nx bare: the page's requests per second over the bare view's (same bytes, same "
        f"server). Targets: cached >= {TARGET_CACHED}; rendered event >= 1/15, others >= 1/25.\n"
        "rendered: a personal visitor (messages cookie), the page's fragments from the cache; "
        "after purge: the same, each request purging the page first (no target).\n"
        "The varnish row: the page from Varnish (docs/varnish.vcl, in front of the same server) "
        f"over nginx serving its bytes as a file, both gzipped; target >= {TARGET_FRONT}."
    )


def transferred_bytes(base, url_path):
    """The event page's HTML and its own CSS and JS, gzipped as the server sends them."""

    def get(path):
        request = urllib.request.Request(base + path, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            body = response.read()
            raw = (
                gzip_module.decompress(body)
                if response.headers.get("Content-Encoding") == "gzip"
                else body
            )
            return len(body), raw

    html_size, html = get(url_path)
    sizes = {"html": html_size, "css": 0, "js": 0}
    text = html.decode()
    for kind, pattern in (
        ("css", r'<link[^>]+rel="stylesheet"[^>]+href="(/static/[^"]+)"'),
        ("js", r'<script[^>]+src="(/static/[^"]+)"'),
    ):
        for path in sorted(set(re.findall(pattern, text))):
            sizes[kind] += get(path)[0]
    sizes["total"] = sum(sizes.values())
    return sizes


if __name__ == "__main__":
    sys.exit(main())
