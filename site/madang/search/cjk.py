"""What the CJK-aware backends share (``sqlite_backend``, ``postgres_backend``).

See ``madang.search.backend`` for how they hook into modelsearch's backends.
"""

import types
from contextlib import contextmanager

from django.core.exceptions import ImproperlyConfigured
from modelsearch.backends.base import EmptySearchResults
from modelsearch.index import AutocompleteField, SearchField

from .tokenize import index_text, query_terms


class CJKIndexerMixin:
    """Mixin for a vendor ``ObjectIndexer``: index text fields through ``index_text``.

    ``prepare_field`` yields ``(field, ..., value)`` tuples and calls itself for
    the fields inside ``RelatedFields``; only the values of ``SearchField`` and
    ``AutocompleteField`` are rewritten, each exactly once.
    """

    keep_raw_values = False

    @contextmanager
    def raw_values(self):
        """Inside it, ``prepare_field`` leaves the values as written."""
        self.keep_raw_values = True
        try:
            yield
        finally:
            self.keep_raw_values = False

    def prepare_field(self, obj, field):
        prepared = super().prepare_field(obj, field)
        if self.keep_raw_values or not isinstance(field, SearchField | AutocompleteField):
            yield from prepared
            return
        for *head, value in prepared:
            yield (*head, index_text(value))


def add_items_with_indexer(vendor_add_items, indexer_class):
    """The vendor index's ``add_items``, building ``indexer_class`` objects.

    The vendor ``add_items`` creates ``ObjectIndexer(obj, backend)`` by name from
    its module, with no hook to choose the class. Rather than copying the method
    (and drifting from the vendor's on every upgrade), this returns the same code
    bound to a copy of its module namespace in which ``ObjectIndexer`` is ours.
    Nothing global is changed. If an upgrade stops using that name, this fails
    loudly at import instead of silently indexing without CJK support.
    """
    code = vendor_add_items.__code__
    if "ObjectIndexer" not in code.co_names or code.co_freevars:
        raise ImproperlyConfigured(
            f"{vendor_add_items.__qualname__} no longer builds ObjectIndexer objects; "
            "madang.search.backend must be updated for this modelsearch version."
        )
    namespace = {**vendor_add_items.__globals__, "ObjectIndexer": indexer_class}
    add_items = types.FunctionType(
        code, namespace, code.co_name, vendor_add_items.__defaults__, None
    )
    add_items.__kwdefaults__ = vendor_add_items.__kwdefaults__
    add_items.__doc__ = vendor_add_items.__doc__
    add_items.__qualname__ = vendor_add_items.__qualname__
    return add_items


class CJKBackendMixin:
    """Mixin for a vendor backend: a query with nothing to search for finds nothing.

    Without it, a query of only punctuation, emoji or control characters would
    reach the engines as an empty expression (SQLite fails on it).
    """

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        if isinstance(query, str) and not query_terms(query):
            return EmptySearchResults()
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)
