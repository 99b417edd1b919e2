"""The SQLite side of tests/migrated.py: a migrated template file beside the test databases.

The template is the file ``madang-test-template-<hash>.sqlite3`` in the test databases'
folder (tmpfs when there is one), built under an exclusive lock on a file beside it, and
copied by tests/sqlite/base.py. Every checkout on the machine with the same migrations
shares it; a template no run has used for a day is deleted when another one is built.
"""

import fcntl
import os
import time
from pathlib import Path

from tests.migrated import migrate_as

PREFIX = "madang-test-template-"
UNUSED = 24 * 3600  # seconds after which another run's template is deleted


def drop_unused(folder, keep):
    """Delete the templates no run has used for a day, and the half-built one of a stopped
    run (none is being built: the caller holds the lock)."""
    for path in folder.glob(f"{PREFIX}*.new"):
        path.unlink(missing_ok=True)
    for path in folder.glob(f"{PREFIX}*.sqlite3"):
        if path != keep and path.stat().st_mtime < time.time() - UNUSED:
            path.unlink(missing_ok=True)


def template(connection, digest):
    """The path of the migrated template of ``connection``'s test database, built if missing."""
    folder = Path(connection.settings_dict["TEST"]["NAME"]).parent
    path = folder / f"{PREFIX}{digest}.sqlite3"
    with open(folder / f"{PREFIX}build.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not path.exists():
                building = path.with_suffix(".new")
                building.unlink(missing_ok=True)
                migrate_as(connection, str(building))
                os.replace(building, path)
                drop_unused(folder, path)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    os.utime(path)  # in use: not deleted by another checkout's run
    return str(path)
