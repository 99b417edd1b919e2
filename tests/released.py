"""The release step (``manage.py release --skip-migrate``), run once per test run.

Its collectstatic (hashed names and compressed copies of some fourteen hundred files)
takes the best part of a minute. The tests that need a released checkout share one:
the release test starts the web server on it, the deployment checks run on it, and
the two-server test serves its static files from it. ``bin/test`` names a folder for
the whole run (all its workers) in ``MADANG_TEST_RUN_DIR``; the first test that needs the
release runs it there, under a lock (another worker waits for it), and the
rest of the run reads it. Without that variable each pytest process releases once, in
its own temporary folder. Never kept from one run to the next: each run releases the
code it tests.
"""

import fcntl
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUN_DIR = "MADANG_TEST_RUN_DIR"
# The required variables of README.md's table, with values as an operator sets them.
DOCUMENTED = {
    "DJANGO_SETTINGS_MODULE": "madang.settings.production",
    "SECRET_KEY": "k8Vq2-documented-example-" + "x7Pz" * 10,
    "SITE_URL": "https://madang.example",
    "DATABASE_URL": "postgres://madang@db.internal:5432/madang",
    "CACHE_URL": "redis://cache.internal:6379/1",
    "MAIL_BACKEND": "anymail.backends.amazon_ses.EmailBackend",
}


def manage(*args, folder, **environment):
    """``manage.py`` in production as documented, static files in ``folder/static``."""
    env = {k: v for k, v in os.environ.items() if k not in DOCUMENTED}
    env.update(DOCUMENTED, STATIC_ROOT=str(folder / "static"), **environment)
    env["PYTHONPATH"] = f"{ROOT}{os.pathsep}{ROOT / 'site'}"
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def release_once(tmp_path_factory):
    """A folder whose ``static/`` the release step filled (run here if not yet in this run)."""
    run = os.environ.get(RUN_DIR)
    parent = Path(run) if run else tmp_path_factory.getbasetemp()
    folder = parent / "released"
    with open(parent / "released.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not (folder / "static" / "staticfiles.json").exists():
                done = manage("release", "--skip-migrate", "-v0", folder=folder)
                assert done.returncode == 0, done.stderr
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return folder
