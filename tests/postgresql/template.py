"""PostgreSQL test databases copied from one migrated template instead of migrated each.

Migrating an empty database takes about fifty seconds on PostgreSQL, and a run needs
one test database per pytest-xdist worker and one for the browser and two-server pass.
``use_migrated_template`` migrates one database once, keeps it under a name made of the
test database's and a hash of what the migrations build (the migration files of every
installed app, the installed apps, the languages), and names it as the ``TEMPLATE`` of
the test database: Django then creates the test database as a copy of it (``CREATE
DATABASE ... TEMPLATE``, a second or two) and its ``migrate`` finds nothing to do.

When a migration changes, the hash does too: the next run builds a new template and drops
the older ones of the same test database. The template is built under a PostgreSQL
advisory lock, so the workers and passes of one run, and concurrent runs on the same
database name, build it once and wait for it; runs on other database names have their
own. It is migrated under a temporary name and renamed when complete, so a run that is
stopped half-way never leaves a template that would be copied.
"""

import contextlib
import hashlib
from importlib import import_module
from pathlib import Path

import psycopg
from django.apps import apps
from django.conf import settings
from django.db import connections

# Bump to rebuild every template when how it is built changes.
VERSION = 1
SUFFIX = "_tmpl_"


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


def maintenance(connection):
    """A psycopg connection to the server's ``postgres`` database (autocommit)."""
    db = connection.settings_dict
    login = {"user": db["USER"], "password": db["PASSWORD"], "host": db["HOST"], "port": db["PORT"]}
    return psycopg.connect(
        dbname="postgres", autocommit=True, **{key: value for key, value in login.items() if value}
    )


def exists(cursor, name):
    cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
    return cursor.fetchone() is not None


def build(connection, cursor, name):
    """Migrate a new database under a temporary name, then give it ``name``."""
    building = f"{name}_new"
    cursor.execute(f'DROP DATABASE IF EXISTS "{building}"')
    test = connection.settings_dict["TEST"]
    saved = connection.settings_dict["NAME"], test.get("NAME")
    test["NAME"] = building
    try:
        connection.creation.create_test_db(verbosity=0, autoclobber=True)
    finally:
        connection.close()
        connection.settings_dict["NAME"], test["NAME"] = saved
        settings.DATABASES[connection.alias]["NAME"] = saved[0]
    cursor.execute(f'ALTER DATABASE "{building}" RENAME TO "{name}"')


def drop_older(cursor, prefix, name):
    """Drop the templates of earlier migrations of this test database, and any half-built
    one of a stopped run (none is being built: the caller holds the lock)."""
    cursor.execute(
        "SELECT datname FROM pg_database WHERE starts_with(datname, %s) AND datname <> %s",
        [prefix, name],
    )
    for (older,) in cursor.fetchall():
        # A run of an older checkout may be copying it: then the next run drops it.
        with contextlib.suppress(psycopg.errors.ObjectInUse):
            cursor.execute(f'DROP DATABASE "{older}"')


def use_migrated_template(alias="default"):
    """Create the test database of ``alias`` from a migrated template (PostgreSQL only).

    Call before the test databases are set up (``django_db_modify_db_settings``).
    """
    connection = connections[alias]
    test = connection.settings_dict.setdefault("TEST", {})
    if connection.vendor != "postgresql" or test.get("TEMPLATE") or test.get("MIGRATE") is False:
        return
    base = f"test_{connection.settings_dict['NAME']}"[:40]
    prefix = f"{base}{SUFFIX}"
    name = f"{prefix}{migrations_hash()}"
    with maintenance(connection) as server, server.cursor() as cursor:
        key = int.from_bytes(hashlib.sha256(prefix.encode()).digest()[:8], "big", signed=True)
        cursor.execute("SELECT pg_advisory_lock(%s)", [key])
        try:
            if not exists(cursor, name):
                build(connection, cursor, name)
                drop_older(cursor, prefix, name)
        finally:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
    test["TEMPLATE"] = name
