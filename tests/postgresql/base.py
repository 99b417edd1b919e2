"""PostgreSQL for the tests (``madang.settings.test``): Django's own backend, except
that emptying the database between transactional tests deletes the rows instead of
truncating the tables.

The browser, two-server, front-cache and concurrency tests share their database with a
live server, so Django empties it after each of them (``flush``). On PostgreSQL that is
one TRUNCATE of every table, which gives every table, index and TOAST table a new file
(some six hundred): seconds per test. After a test the tables hold a few rows, and
DELETE empties them in milliseconds. The outcome is the same: empty tables, sequences
as they were (a flush without ``reset_sequences`` keeps them too). Django creates every
foreign key DEFERRABLE INITIALLY DEFERRED, so the order of the deletes does not matter
inside the flush's transaction.
"""

from django.db.backends.postgresql import base, operations


class DatabaseOperations(operations.DatabaseOperations):
    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if not tables or reset_sequences or allow_cascade:
            return super().sql_flush(
                style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
            )
        return ["SET CONSTRAINTS ALL DEFERRED;"] + [
            f"{style.SQL_KEYWORD('DELETE')} {style.SQL_KEYWORD('FROM')} "
            f"{style.SQL_FIELD(self.quote_name(table))};"
            for table in tables
        ]


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
