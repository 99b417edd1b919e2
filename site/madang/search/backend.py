"""The site's search backend: Wagtail's database backend, taught to find CJK substrings.

``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "madang.search.backend"``.
``SearchBackend(params)`` lets modelsearch choose the backend for the default
database, exactly as ``modelsearch.backends.database`` does, and swaps in our
subclass of it: SQLite FTS5 (``sqlite_backend``) or PostgreSQL
(``postgres_backend``). Other choices (MySQL, SQLite without FTS5: substring
``icontains`` matching, which finds CJK substrings already) are returned as
they are.

Both subclasses hook in at two narrow points, using ``madang.search.tokenize``:

* indexing: the vendor's ``ObjectIndexer.prepare_field`` output for every
  ``SearchField`` and ``AutocompleteField`` (title included) goes through
  ``index_text`` (CJK runs become bigrams);
* querying: ``PlainText`` and ``Phrase`` queries are rewritten with
  ``query_term`` and each word is matched as a phrase of its bigrams.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as choose_vendor_backend

__all__ = ["SearchBackend"]


def SearchBackend(params):  # noqa: N802 - the name modelsearch looks up in a backend module
    # A database's own modules load only on it (SQLite's use models only it has).
    vendor_backend = choose_vendor_backend(params)
    if connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import (  # noqa: PLC0415
            PostgresSearchBackend,
        )

        from .postgres_backend import CJKPostgresSearchBackend  # noqa: PLC0415

        if type(vendor_backend) is PostgresSearchBackend:
            return CJKPostgresSearchBackend(params)
    elif connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import (  # noqa: PLC0415
            SQLiteSearchBackend,
        )

        from .sqlite_backend import CJKSQLiteSearchBackend  # noqa: PLC0415

        if type(vendor_backend) is SQLiteSearchBackend:
            return CJKSQLiteSearchBackend(params)
    return vendor_backend
