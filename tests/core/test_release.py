"""The release step, and a web server that refuses to start without it.

The ``.mo`` catalogs are not in git and WhiteNoise needs its manifest: a site
started without ``manage.py release`` would answer in English, or not at all.
"""

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.management import call_command

from madang.core.checks import catalogs_compiled, static_files_collected

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "madang.settings.loopback",
    "SECRET_KEY": "release-test-" + "x" * 40,
    "SITE_URL": "https://madang.example",
    "CACHE_URL": "locmemcache://",
    "MAIL_BACKEND": "anymail.backends.amazon_ses.EmailBackend",
}


def catalog(folder, code, *, compiled):
    messages = folder / code / "LC_MESSAGES"
    messages.mkdir(parents=True)
    (messages / "django.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    )
    if compiled:
        # From the folder: compilemessages also compiles the catalogs of every folder
        # named locale under the current one (a checkout's .venv and node_modules: some
        # 55,000 files walked, about 1.6 s, and the packages' own catalogs compiled).
        with contextlib.chdir(folder):
            call_command("compilemessages", locale=[code], verbosity=0)  # needs LOCALE_PATHS


def test_catalogs_that_were_never_compiled_are_named(settings, tmp_path):
    settings.LOCALE_PATHS = [tmp_path]
    catalog(tmp_path, "ko", compiled=True)
    catalog(tmp_path, "ja", compiled=False)

    assert [error.id for error in catalogs_compiled()] == ["madang.E001"]
    assert catalogs_compiled()[0].msg == (
        f"The ja translations are not compiled: {tmp_path}/ja/LC_MESSAGES/django.mo is missing "
        "or older than django.po, so the site would answer in English."
    )


def test_a_catalog_changed_after_compiling_is_named(settings, tmp_path):
    settings.LOCALE_PATHS = [tmp_path]
    catalog(tmp_path, "ko", compiled=True)
    later = time.time() + 60
    os.utime(tmp_path / "ko/LC_MESSAGES/django.po", (later, later))

    assert [error.id for error in catalogs_compiled()] == ["madang.E001"]


def test_static_files_not_collected_are_named_when_the_manifest_is_used(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }

    assert [(error.id, error.hint) for error in static_files_collected()] == [
        (
            "madang.E002",
            "Run `python manage.py collectstatic` (part of `python manage.py release`).",
        )
    ]


def start_web(folder):
    """Import the WSGI application under the production settings, as granian does."""
    done = subprocess.run(
        [sys.executable, "-c", "import madang.wsgi"],
        cwd=ROOT,
        env={
            **os.environ,
            **PRODUCTION,
            "STATIC_ROOT": str(folder / "static"),
            "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "site")]),
        },
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.returncode, done.stderr.strip().splitlines()[-1:]


# The release step runs once per test run (tests/released.py): ``released`` is a folder
# where it ran, from nothing, as on a new machine.
@pytest.mark.xdist_group("release")
def test_the_web_server_starts_only_after_the_release_step(tmp_path, released):
    assert start_web(tmp_path) == (
        1,
        [
            "django.core.exceptions.ImproperlyConfigured: The static files are not collected: "
            f"{tmp_path}/static/staticfiles.json is missing, so no page can render. "
            "Run `python manage.py collectstatic` (part of `python manage.py release`)."
        ],
    )
    assert start_web(released) == (0, [])
