"""Test databases copied from one migrated template instead of migrated each.

Migrating an empty database takes about thirty seconds on SQLite and fifty on
PostgreSQL, and a run needs one test database per pytest-xdist worker.
``use_migrated_template`` migrates one database once, keeps it under a name made of a
hash of what the migrations build (``migrations_hash``), and makes it the template of
the test database: Django then creates the test database as a copy of it
(PostgreSQL: ``CREATE DATABASE ... TEMPLATE``, tests/postgresql/template.py; SQLite:
a copy of the file, tests/sqlite/template.py), a second or two, and its ``migrate``
finds nothing to do (``post_migrate`` still runs).

When a migration changes, the hash does too, and the next run builds a new template.
It is built under a lock, so the workers of one run, and concurrent runs,
build it once and wait for it; it is migrated under a temporary name and renamed when
complete, so a run stopped half-way never leaves a template that would be copied.
"""

import hashlib
from importlib import import_module
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connections

# Bump to rebuild every template when how it is built changes.
VERSION = 1
BUILDERS = {"postgresql": "tests.postgresql.template", "sqlite": "tests.sqlite.template"}


def migrations_hash():
    """A hash of what the migrations build: every installed app's migration files, the
    installed apps (an app without migrations gets its tables from its models), the
    languages (Wagtail's first locale)."""
    digest = hashlib.sha256(
        repr(
            (VERSION, settings.INSTALLED_APPS, settings.LANGUAGE_CODE, settings.LANGUAGES)
        ).encode()
    )
    for app in apps.get_app_configs():
        try:
            module = import_module(f"{app.name}.migrations")
        except ImportError:
            continue
        folder = Path(module.__file__).parent
        for path in sorted(folder.glob("*.py")):
            digest.update(f"{app.label}/{path.name}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def migrate_as(connection, name):
    """Create and migrate a test database named ``name`` (the template being built),
    leaving the connection's settings as they were."""
    test = connection.settings_dict["TEST"]
    saved = connection.settings_dict["NAME"], test.get("NAME")
    test["NAME"] = name
    try:
        connection.creation.create_test_db(verbosity=0, autoclobber=True)
    finally:
        connection.close()
        connection.settings_dict["NAME"], test["NAME"] = saved
        settings.DATABASES[connection.alias]["NAME"] = saved[0]


def use_migrated_template(alias="default"):
    """Create the test database of ``alias`` from a migrated template.

    Call before the test databases are set up (``django_db_modify_db_settings``).
    """
    connection = connections[alias]
    test = connection.settings_dict.setdefault("TEST", {})
    builder = BUILDERS.get(connection.vendor)
    if builder is None or test.get("TEMPLATE") or test.get("MIGRATE") is False:
        return
    test["TEMPLATE"] = import_module(builder).template(connection, migrations_hash())
