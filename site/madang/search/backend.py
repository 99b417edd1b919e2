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

from modelsearch.backends.database import SearchBackend as choose_vendor_backend
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

from .postgres_backend import CJKPostgresSearchBackend
from .sqlite_backend import CJKSQLiteSearchBackend

__all__ = ["SearchBackend"]


#: The vendor backends we swap for our subclass (the others are used as they are).
CJK_BACKENDS = {
    PostgresSearchBackend: CJKPostgresSearchBackend,
    SQLiteSearchBackend: CJKSQLiteSearchBackend,
}


def SearchBackend(params):  # noqa: N802 - the name modelsearch looks up in a backend module
    vendor_backend = choose_vendor_backend(params)
    cjk_backend = CJK_BACKENDS.get(type(vendor_backend))
    return cjk_backend(params) if cjk_backend is not None else vendor_backend
