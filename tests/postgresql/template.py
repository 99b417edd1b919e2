"""The PostgreSQL side of tests/migrated.py: a migrated template database per test database.

The template is named after the test database and the migrations' hash, built under a
PostgreSQL advisory lock, and named as the ``TEMPLATE`` of the test database: Django
creates it with ``CREATE DATABASE ... TEMPLATE``. A new template drops the older ones of
the same test database; runs on other database names have their own.
"""

import contextlib
import hashlib

import psycopg

from tests.migrated import migrate_as

SUFFIX = "_tmpl_"


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
    migrate_as(connection, building)
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


def template(connection, digest):
    """The name of the migrated template of ``connection``'s test database, built if missing."""
    base = f"test_{connection.settings_dict['NAME']}"[:40]
    prefix = f"{base}{SUFFIX}"
    name = f"{prefix}{digest}"
    with maintenance(connection) as server, server.cursor() as cursor:
        key = int.from_bytes(hashlib.sha256(prefix.encode()).digest()[:8], "big", signed=True)
        cursor.execute("SELECT pg_advisory_lock(%s)", [key])
        try:
            if not exists(cursor, name):
                build(connection, cursor, name)
                drop_older(cursor, prefix, name)
        finally:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
    return name
