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
Each URL then gets a fixed duration of load at a fixed concurrency, from wrk
(Debian's package, `apt-get install wrk`) or, without it, a Python thread pool
with a bounded number of requests. Loopback only; nothing here is asserted.
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
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

# What is measured: (name, path or "app_label.PageModel"). A model label means
# the first live, public page of that type, in Korean when there is one.
TARGETS = [
    ("home-ko", "/ko/"),
    ("news-article", "news.NewsPage"),
    ("event", "events.EventPage"),
    ("tour", "tours.TourPage"),
]
TARGET_RATIO = 25  # a page should serve at better than 1/25 of the bare view's rate

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
HOST = "127.0.0.1"
MAX_PYTHON_REQUESTS = 200_000  # bound for the Python client, whatever the duration


def log(message):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def manage(env, *args, capture=False):
    command = [str(PYTHON), str(ROOT / "manage.py"), *args]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=capture, text=True)
    if result.returncode != 0:
        if capture:
            sys.stderr.write(result.stdout + result.stderr)
        sys.exit(f"[bench] failed: manage.py {' '.join(args)}")
    return result.stdout if capture else None


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


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_for(url, server, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit("[bench] the server exited before answering")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.2)
    sys.exit(f"[bench] the server did not answer {url} within {timeout} s")


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read()


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


def load_wrk(url, duration, concurrency, script):
    command = [
        "wrk",
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


def load_python(url, duration, concurrency):
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
                connection.request("GET", path)
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

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(pool.map(lambda _: client(), range(concurrency)))
    seconds = time.monotonic() - started
    latencies = sorted(x for lat, _ in results for x in lat)
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return {
        "requests": len(latencies),
        "seconds": seconds,
        "p50_ms": cuts[49] * 1000,
        "p95_ms": cuts[94] * 1000,
        "errors": sum(e for _, e in results),
    }


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

        log(f"starting granian on {HOST}:{port} (bin/serve --web-only, madang.settings.bench)")
        server = subprocess.Popen(
            [str(PYTHON), str(ROOT / "bin" / "serve"), "--web-only"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=open(tmp / "server.log", "w"),  # noqa: SIM115
        )
        base = f"http://{HOST}:{port}"
        wait_for(f"{base}/ko/", server)

        rows, broken = [], []
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
            results = []
            for url in (base + url_path, base + bare_path):
                if client == "wrk":
                    if options.warmup:
                        load_wrk(url, options.warmup, options.concurrency, wrk_script)
                    results.append(load_wrk(url, options.duration, options.concurrency, wrk_script))
                else:
                    if options.warmup:
                        load_python(url, options.warmup, options.concurrency)
                    results.append(load_python(url, options.duration, options.concurrency))
            rows.append((name, url_path, len(body), results))
            page, bare = results
            log(
                f"{name}: {page['requests'] / page['seconds']:.0f} req/s, "
                f"bare {bare['requests'] / bare['seconds']:.0f} req/s"
            )
    finally:
        if server is not None and server.poll() is None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        if options.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    print_report(rows, client, options)
    if broken:
        log(f"these pages did not answer 200: {', '.join(broken)}")
        return 1
    return 0


def print_report(rows, client, options):
    cpus = os.cpu_count()
    print(
        f"\nMadang benchmark: granian WSGI ({os.environ.get('GRANIAN_WORKERS', '1')} worker), "
        f"madang.settings.bench (DEBUG off), {client}, {options.concurrency} connections, "
        f"{options.duration} s per URL, {cpus} CPUs, loopback\n"
    )
    header = (
        f"{'name':<16} {'URL':<44} {'bytes':>7} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'errors':>6} {'page/bare':>10} {'target':>8}"
    )
    print(header)
    print("-" * len(header))
    for name, url_path, size, results in rows:
        if results is None:
            print(f"{name:<16} {url_path}")
            continue
        page, bare = results
        page_rps = page["requests"] / page["seconds"]
        bare_rps = bare["requests"] / bare["seconds"]
        ratio = bare_rps / page_rps if page_rps else float("inf")
        verdict = "ok" if ratio < TARGET_RATIO else "MISSED"
        for label, url, result, rps, extra in (
            (name, url_path, page, page_rps, f"{'1/' + format(ratio, '.1f'):>10} {verdict:>8}"),
            ("  bare", f"/__bench__/bare/ ({name})", bare, bare_rps, ""),
        ):
            print(
                f"{label:<16} {url[:44]:<44} {size:>7} {rps:>8.0f} {result['p50_ms']:>8.1f} "
                f"{result['p95_ms']:>8.1f} {result['errors']:>6} {extra}".rstrip()
            )
    print(
        f"\nTarget: each page at better than 1/{TARGET_RATIO} of the bare view's requests per "
        "second (page/bare shown as 1/N: N = bare req/s / page req/s, lower is better)."
    )


if __name__ == "__main__":
    sys.exit(main())
