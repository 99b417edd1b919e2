"""The test suite's wall time at a base commit and at this checkout, back to back.

    make bench-suite ARGS="--base 64a41e9"
    .venv/bin/python benchmarks/suite.py --base 64a41e9 --base-dir /tmp/before --databases sqlite

The base commit is cloned into a temporary folder and installed there (``make
install``, a few minutes; ``--base-dir`` reuses a checkout already installed at it).
Then, for each database, one after the other: ``make test`` at the base, ``make test``
here, and ``make test`` here on the base's tests only ("the same tests": each test
the base collects, found here by its node id, or by its name in the same folder
when its module was split; those found neither way are counted and left out). The
table gives each time and its ratio to the base's: the machine is shared, so only
times taken together compare. PostgreSQL runs use their own databases
(``madang_bench_base``, ``madang_bench``) at ``--postgres`` (127.0.0.1:5432, user
``postgres``). Nothing is asserted; a run that fails is said so in its row.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUMMARY = re.compile(r"=+ (.*(?:passed|failed|error).*) in [\d.]+s")


def shell(command, cwd, env=None, quiet=True):
    output = subprocess.DEVNULL if quiet else None
    return subprocess.run(command, cwd=cwd, env=env, stdout=output, stderr=output, check=True)


def prepare_base(commit, folder):
    print(f"Cloning {commit} into {folder} and installing it (make install)...", flush=True)
    shell(["git", "clone", "--quiet", str(ROOT), str(folder)], cwd=ROOT)
    shell(["git", "checkout", "--quiet", commit], cwd=folder)
    shell(["make", "install"], cwd=folder)
    shell(["make", "messages"], cwd=folder)


def collected(folder, env):
    """The node ids pytest collects in the checkout."""
    python = folder / ".venv" / "bin" / "python"
    done = subprocess.run(
        [str(python), "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
    )
    return [line for line in done.stdout.splitlines() if "::" in line]


def folder_and_name(node):
    path, name = node.split("::", 1)
    return path.rsplit("/", 1)[0], name


def same_tests(base_ids, here_ids):
    """The base's tests as node ids here, and how many were not found."""
    here = set(here_ids)
    by_name = {}
    for node in here_ids:
        by_name.setdefault(folder_and_name(node), []).append(node)
    found, missing = [], 0
    for node in base_ids:
        candidates = [node] if node in here else by_name.get(folder_and_name(node), [])
        if len(candidates) == 1:
            found.append(candidates[0])
        else:
            missing += 1
    return found, missing


def run_suite(folder, env, args=()):
    """``make test`` in the checkout: (seconds, pytest's summary line or the failure)."""
    started = time.monotonic()
    done = subprocess.run(
        ["make", "test", f"ARGS=-p no:cacheprovider {' '.join(args)}".strip()],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
    )
    seconds = time.monotonic() - started
    summaries = SUMMARY.findall(done.stdout)
    summary = summaries[-1] if summaries else "no summary"
    if done.returncode:
        summary = f"FAILED (exit {done.returncode}): {summary}"
    return seconds, summary


def environment(database, name, postgres):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "ARGS"}}
    if database == "postgresql":
        env["DATABASE_URL"] = f"{postgres.rstrip('/')}/{name}"
    return env


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True, help="the commit to compare with")
    parser.add_argument("--base-dir", type=Path, help="a checkout already installed at --base")
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="madang-bench-suite-") as scratch:
        base = options.base_dir
        if base is None:
            base = Path(scratch) / "base"
            prepare_base(options.base, base)
        ids_file = Path(scratch) / "same-tests.txt"
        rows = []
        for database in options.databases.split(","):
            base_env = environment(database, "madang_bench_base", options.postgres)
            here_env = environment(database, "madang_bench", options.postgres)
            base_ids = collected(base, base_env)
            found, missing = same_tests(base_ids, collected(ROOT, here_env))
            ids_file.write_text("\n".join(found) + "\n")
            print(f"{database}: the base's suite, this one, this one on the base's tests...")
            runs = [
                ("base", *run_suite(base, base_env)),
                ("here", *run_suite(ROOT, here_env)),
                ("here, same tests", *run_suite(ROOT, here_env, [f"@{ids_file}"])),
            ]
            rows.append((database, runs, missing))

    print(f"\nThe suite at {options.base} and here, back to back (`make test`, wall time)\n")
    print(f"{'database':<11} {'run':<17} {'seconds':>8} {'ratio':>6}  pytest")
    for database, runs, missing in rows:
        base_seconds = runs[0][1]
        for label, seconds, summary in runs:
            ratio = seconds / base_seconds
            print(f"{database:<11} {label:<17} {seconds:8.1f} {ratio:6.2f}  {summary}")
        if missing:
            print(f"{'':<11} ({missing} of the base's tests not found here: renamed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
