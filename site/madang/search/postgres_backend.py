"""CJK-aware subclass of modelsearch's PostgreSQL backend (see ``madang.search.backend``).

The vendor builds tsvectors with ``to_tsvector(config, text)``, where
``config`` is ``WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"]`` or, when
that is unset (as here), the server's ``default_text_search_config``
(``pg_catalog.english`` on our clusters); autocomplete always uses ``simple``.
The default parser treats every non-ASCII letter as a word character, also
under the C and C.UTF-8 locales, and the English stemmer and stop words leave
Hangul, kana and ideographs alone, so each bigram written by ``index_text``
becomes one lexeme with its own position.

A query word becomes a quoted lexeme (``'협동 동조 조합'``), which
``to_tsquery`` turns into the phrase ``'협동' <-> '동조' <-> '조합'``.
"""

import re

from django.contrib.postgres.search import SearchQuery
from django.utils.functional import cached_property
from modelsearch.backends.database.postgres.postgres import (
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import Phrase, PlainText

from .cjk import CJKBackendMixin, CJKIndexerMixin, add_items_with_indexer
from .tokenize import query_term, query_terms

# How the vendor splits a plain-text query into words.
WORD_SEPARATOR = re.compile(r"[\s\-]+")


class CJKPostgresObjectIndexer(CJKIndexerMixin, ObjectIndexer):
    # title_text and body_text are the untokenised copies the vendor keeps for
    # trigram (fuzzy) search: they keep the text as written.

    @cached_property
    def title_text(self):
        with self.raw_values():
            return super().title_text

    @cached_property
    def body_text(self):
        with self.raw_values():
            return super().body_text


class CJKPostgresIndex(PostgresIndex):
    add_items = add_items_with_indexer(PostgresIndex.add_items, CJKPostgresObjectIndexer)


class CJKPostgresQueryMixin:
    def searches_index(self):
        """Whether the query runs against the n-grammed index columns.

        With ``fields=[...]`` the vendor matches ``to_tsvector()`` of the
        model's own columns instead, whose text is not n-grammed, so the query
        must not be either (CJK words are then only found whole, as before).
        The search compiler maps ``fields=["title"]`` to the index's title.
        """
        return self.fields is None

    def build_tsquery_content(self, query, config=None, invert=False):
        if not self.searches_index():
            return super().build_tsquery_content(query, config=config, invert=invert)
        if isinstance(query, PlainText):
            return self._build_plain_text(query, config, invert)
        if isinstance(query, Phrase):
            text = query_term(query.query_string).text
            search_query = SearchQuery(text, search_type="phrase", config=config)
            return ~search_query if invert else search_query
        # And, Or, Not, Boost: the vendor recurses into this method for their parts.
        return super().build_tsquery_content(query, config=config, invert=invert)

    def _build_plain_text(self, query, config, invert):
        terms = query_terms(query.query_string, WORD_SEPARATOR)
        if not terms:
            # An empty tsquery matches nothing (``_search`` already returns no
            # results for a query string like this; this is for a PlainText
            # nested inside a parsed query).
            return SearchQuery("", search_type="plain", config=config)

        *others, last = terms
        lexemes = Lexeme(last.text, invert=invert, prefix=self.LAST_TERM_IS_PREFIX or last.prefix)
        for term in others:
            lexeme = Lexeme(term.text, invert=invert, prefix=term.prefix)
            if query.operator == "and":
                lexemes &= lexeme
            else:
                lexemes |= lexeme
        return SearchQuery(lexemes, search_type="raw", config=config)


class CJKPostgresSearchQueryCompiler(CJKPostgresQueryMixin, PostgresSearchQueryCompiler):
    def searches_index(self):
        return self.fields is None or list(self.fields) == ["title"]

    def get_fields_vectors(self, search_query):
        if list(self.fields) == ["title"]:
            # The same title vector (and weight) the vendor uses without ``fields``.
            return self.get_index_vectors(search_query)[:1]
        return super().get_fields_vectors(search_query)


class CJKPostgresAutocompleteQueryCompiler(
    CJKPostgresQueryMixin, PostgresAutocompleteQueryCompiler
):
    pass


class CJKPostgresSearchBackend(CJKBackendMixin, PostgresSearchBackend):
    query_compiler_class = CJKPostgresSearchQueryCompiler
    autocomplete_query_compiler_class = CJKPostgresAutocompleteQueryCompiler
    index_class = CJKPostgresIndex
