"""CJK-aware subclass of modelsearch's SQLite FTS5 backend (see ``madang.search.backend``).

Imported only on SQLite: the vendor module needs the FTS5 index model, which
exists only there.

FTS5 here uses its default ``unicode61`` tokenizer: no stemming, case and
diacritics folded, and every letter or digit is part of a token, so the
bigrams that ``index_text`` separates by spaces are tokens of their own. A
query word becomes an FTS5 string (``"협동 동조 조합"``), which FTS5 matches as
a phrase of adjacent tokens.
"""

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Phrase, PlainText

from .cjk import CJKBackendMixin, CJKIndexerMixin, add_items_with_indexer
from .tokenize import query_term, query_terms


class CJKSQLiteObjectIndexer(CJKIndexerMixin, ObjectIndexer):
    pass


class CJKSQLiteIndex(SQLiteIndex):
    add_items = add_items_with_indexer(SQLiteIndex.add_items, CJKSQLiteObjectIndexer)


def _fts5_string(text):
    # Inside an FTS5 string a double quote would end the string; it is a
    # token separator anyway, so a space does the same without a syntax error.
    return text.replace('"', " ")


class CJKSQLiteQueryMixin:
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            return self._build_plain_text(query, config)
        if isinstance(query, Phrase):
            return SearchQueryExpression(_fts5_string(query_term(query.query_string).text))
        # And, Or, AndNot: the vendor recurses into this method for their parts.
        return super().build_search_query_content(query, config=config)

    def _build_plain_text(self, query, config):
        terms = query_terms(query.query_string)
        if not terms:
            # An empty FTS5 string matches nothing; ``_search`` already returns
            # no results for a query string like this, this is for a PlainText
            # nested inside a parsed query.
            return SearchQueryExpression(Lexeme(""), config=config)

        *others, last = terms
        lexemes = Lexeme(_fts5_string(last.text), prefix=self.LAST_TERM_IS_PREFIX or last.prefix)
        for term in others:
            lexeme = Lexeme(_fts5_string(term.text), prefix=term.prefix)
            if query.operator == "and":
                lexemes &= lexeme
            else:
                lexemes |= lexeme
        return SearchQueryExpression(lexemes, config=config)


class CJKSQLiteSearchQueryCompiler(CJKSQLiteQueryMixin, SQLiteSearchQueryCompiler):
    pass


class CJKSQLiteAutocompleteQueryCompiler(CJKSQLiteQueryMixin, SQLiteAutocompleteQueryCompiler):
    pass


class CJKSQLiteSearchBackend(CJKBackendMixin, SQLiteSearchBackend):
    query_compiler_class = CJKSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = CJKSQLiteAutocompleteQueryCompiler
    index_class = CJKSQLiteIndex
