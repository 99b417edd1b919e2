"""Lighthouse's mobile performance and SEO scores of four demo pages, side by side.

    make lighthouse                       # or: .venv/bin/python benchmarks/lighthouse.py
    make lighthouse ARGS="--runs 5 --details"  # median of five; the audits that lost points

Lighthouse comes from npm (package.json's devDependencies, installed by `make
install`) and drives Debian's Chromium (CHROME_PATH, /usr/bin/chromium by
default) headless. The server is the one `make bench` starts (benchmarks/run.py):
a temporary SQLite database filled by `load_demo`, granian through bin/serve with
madang.settings.bench (production settings, DEBUG off). The task worker then
makes the images' renditions (as `make run`'s worker does), and every page is
fetched once so that Lighthouse measures what a visitor gets from the page cache.
Targets (issue 11): performance >= 95 and SEO = 100; printed, never asserted.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from server import HOST, ROOT, fetch, finish, free_port, log, manage, start, wait_for

# (name, path, or "app_label.Model:slug[:attribute]": the URL, or that path attribute,
# of the live Korean page of that type and slug).
PAGES = [
    ("home", "/ko/"),
    ("event", "events.EventPage:gwangju-national-conference-2026"),
    ("tour", "tours.TourPage:saitama-2015"),
    # The tour's registration form (a path from the tour page's registration_link).
    ("registration", "tours.TourPage:saitama-2015:registration_link"),
]
TARGET_PERFORMANCE = 95
TARGET_SEO = 100
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"

RESOLVE_CODE = """
import json
from django.apps import apps
found = {}
for spec in json.loads(%(specs)r):
    label, slug, attribute = (spec + ":url").split(":")[:3]
    pages = apps.get_model(label).objects.live().filter(slug=slug)
    page = pages.filter(locale__language_code="ko").first()
    found[spec] = getattr(page, attribute) or None if page else None
print("LIGHTHOUSE_JSON " + json.dumps(found))
"""


def resolve_pages(env):
    specs = [spec for _, spec in PAGES if ":" in spec]
    output = manage(env, "shell", "-c", RESOLVE_CODE % {"specs": json.dumps(specs)}, capture=True)
    line = next(x for x in output.splitlines() if x.startswith("LIGHTHOUSE_JSON "))
    found = json.loads(line.removeprefix("LIGHTHOUSE_JSON "))
    return {name: found.get(spec, spec) for name, spec in PAGES}


def lighthouse(url, chrome, out):
    command = [
        str(LIGHTHOUSE),
        url,
        "--only-categories=performance,seo",
        "--form-factor=mobile",
        "--output=json",
        f"--output-path={out}",
        "--quiet",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ]
    env = {**os.environ, "CHROME_PATH": chrome}
    for attempt in (1, 2):  # a busy machine sometimes loses the trace (NO_NAVSTART)
        out.unlink(missing_ok=True)
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
        report = json.loads(out.read_text()) if out.is_file() else {}
        if result.returncode == 0 and not report.get("runtimeError"):
            return report
        log(f"lighthouse failed on {url} (attempt {attempt}): {result.stderr.strip()[-300:]}")
    return None


def flagged(report):
    """Titles of the audits that lost points, worst first (performance and SEO)."""
    audits = report["audits"]
    items = []
    for category in report["categories"].values():
        for ref in category["auditRefs"]:
            audit = audits[ref["id"]]
            score = audit.get("score")
            if ref["weight"] and score is not None and score < 1:
                items.append((ref["weight"] * (1 - score), category["id"], audit["title"]))
    return [f"{kind}: {title}" for _, kind, title in sorted(items, reverse=True)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per page; the median (3)")
    parser.add_argument("--details", action="store_true", help="list the audits that lost points")
    parser.add_argument("--keep", action="store_true", help="keep the reports' folder")
    options = parser.parse_args()

    chrome = os.environ.get("CHROME_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chrome).is_file():
        sys.exit("[lighthouse] Chromium not found: apt-get install chromium (or set CHROME_PATH)")
    if not LIGHTHOUSE.is_file():
        sys.exit("[lighthouse] node_modules/.bin/lighthouse not found: run make install")

    tmp = Path(tempfile.mkdtemp(prefix="madang-lighthouse-"))
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "madang.settings.bench",
        "BENCH_STATIC_ROOT": str(tmp / "static"),
        "BENCH_SERVE_MEDIA": "1",
        "DATABASE_URL": f"sqlite:///{tmp / 'lighthouse.sqlite3'}",
        "MEDIA_ROOT": str(tmp / "media"),
        "HOST": HOST,
        "PORT": str(port),
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "site")]),
    }
    server = None
    rows = []
    try:
        log(f"temporary SQLite in {tmp}: migrate, load_demo, renditions, collectstatic")
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "load_demo", capture=True)
        manage(env, "db_worker", "--batch", "--no-startup-delay", capture=True)
        manage(env, "collectstatic", "--noinput", "-v", "0")
        server = start(env, tmp)
        base = f"http://{HOST}:{port}"
        wait_for(f"{base}/ko/", server)
        pages = resolve_pages(env)
        for name, path in pages.items():
            if path is None:
                rows.append((name, "(not in the demo: skipped)", None, None, None, []))
                continue
            fetch(base + path)  # into the page cache, as most visitors find it
            scores = {"performance": [], "seo": [], "host": []}
            notes = []
            for run in range(options.runs):
                report = lighthouse(base + path, chrome, tmp / f"{name}-{run}.json")
                if report is None:
                    continue
                for key in ("performance", "seo"):
                    scores[key].append(round(report["categories"][key]["score"] * 100))
                scores["host"].append(round(report["environment"]["benchmarkIndex"]))
                notes = flagged(report)
            if scores["seo"]:
                performance, seo, host = (statistics.median(scores[key]) for key in scores)
            else:
                performance = seo = host = None
            log(f"{name}: performance {performance}, SEO {seo}")
            rows.append((name, path, performance, seo, host, notes))
    finally:
        finish(server, tmp, keep=options.keep)

    print(
        f"\nLighthouse (mobile, {options.runs} run(s) per page, median), Chromium {chrome}, "
        "madang.settings.bench, loopback\n"
    )
    header = f"{'page':<14} {'URL':<52} {'perf':>5} {'SEO':>5} {'host':>6}  targets"
    print(header)
    print("-" * len(header))
    for name, path, performance, seo, host, notes in rows:
        if seo is None:
            print(f"{name:<14} {path}")
            continue
        ok = performance >= TARGET_PERFORMANCE and seo >= TARGET_SEO
        print(
            f"{name:<14} {path[:52]:<52} {performance:>5} {seo:>5} {host:>6}  "
            f"{'ok' if ok else 'MISSED'}"
        )
        if options.details:
            for note in notes:
                print(f"{'':<14}   - {note}")
    print(
        f"\nTargets: performance >= {TARGET_PERFORMANCE}, SEO = {TARGET_SEO}. host: Lighthouse's "
        "benchmarkIndex of this machine during the runs (lower = busier; its CPU-bound "
        "metrics, Total Blocking Time above all, grow as it drops)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
