"""SQLite for the tests (``madang.settings.test``): Django's own backend, except that a
test database is created as a copy of the migrated template named in its ``TEST``
settings (tests/migrated.py), when there is one, instead of an empty file."""

import os
import sqlite3
from contextlib import closing

from django.db.backends.sqlite3 import base, creation


class DatabaseCreation(creation.DatabaseCreation):
    def _create_test_db(self, verbosity, autoclobber, keepdb=False):
        name = super()._create_test_db(verbosity, autoclobber, keepdb)
        template = self.connection.settings_dict["TEST"].get("TEMPLATE")
        if template and not self.is_in_memory_db(name) and not os.path.exists(name):
            # SQLite's online backup: a consistent copy, whatever the journal mode.
            with (
                closing(sqlite3.connect(template)) as source,
                closing(sqlite3.connect(name)) as copy,
            ):
                source.backup(copy)
        return name


class DatabaseWrapper(base.DatabaseWrapper):
    creation_class = DatabaseCreation
