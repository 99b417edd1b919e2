"""CJK-aware text preparation for the site search. Pure Python, no Django.

Korean and Japanese write compounds, names and inflected words without spaces
(의료복지사회적협동조합, 医療生協さいたま), and the full-text engines we index
with (SQLite FTS5's unicode61 tokenizer, PostgreSQL's default parser) only split
words at spaces and punctuation. A search for 협동조합 would then have to match
the whole run 의료복지사회적협동조합, and finds nothing.

So before text reaches the engine, every run of CJK characters is rewritten as
its overlapping two-character n-grams, separated by spaces, plus its last
character on its own::

    의료복지 -> 의료 료복 복지 지

A query is rewritten the same way and matched as a *phrase* (adjacent tokens,
in order), which both engines support natively. Because the bigrams of a run
are stored in order, "the bigrams of the query appear next to each other" is
exactly "the query appears as a substring": 복지 finds 의료복지 and 협동조합
finds 의료복지사회적협동조합, with no false positives from the same bigrams
scattered elsewhere in the text.

The extra last character makes one-character queries work: every character of
a run either starts a bigram or is that last character, so a prefix search for
the character finds every occurrence. A query keeps it only where the query
itself shows that the run ends (another word follows in the query); at the end
of a query the run may continue in the text, so it is left out there.

Text without CJK characters is only NFKC-normalised and cleaned of control and
invisible format characters, so Latin search (stemming included) is unchanged.
"""

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["QueryTerm", "index_text", "normalize", "query_term", "query_terms"]

# Characters that take part in n-gramming. Checked after NFKC, which already
# folds halfwidth katakana, Kangxi radicals, most compatibility ideographs and
# squared words (㍿ -> 株式会社) into the main blocks; they are listed anyway so
# the function gives the same answer on text that was not normalised.
# Punctuation inside these blocks (・ U+30FB, ゠ U+30A0, ･ U+FF65) is left out
# on purpose: it separates words.
_CJK_RANGES = (
    "\u1100-\u11ff"  # Hangul Jamo
    "\u2e80-\u2fdf"  # CJK Radicals Supplement, Kangxi Radicals
    "\u3005-\u3007"  # 々 〆 〇
    "\u303b"  # 〻
    "\u3041-\u3096"  # Hiragana letters
    "\u3099-\u309f"  # voicing marks, ゝ ゞ ゟ
    "\u30a1-\u30fa"  # Katakana letters
    "\u30fc-\u30ff"  # ー ヽ ヾ ヿ
    "\u3131-\u318e"  # Hangul Compatibility Jamo
    "\u31f0-\u31ff"  # Katakana Phonetic Extensions
    "\u3300-\u33ff"  # CJK Compatibility (squared words)
    "\u3400-\u4dbf"  # CJK Unified Ideographs Extension A
    "\u4e00-\u9fff"  # CJK Unified Ideographs
    "\ua960-\ua97f"  # Hangul Jamo Extended-A
    "\uac00-\ud7af"  # Hangul Syllables
    "\ud7b0-\ud7ff"  # Hangul Jamo Extended-B
    "\uf900-\ufaff"  # CJK Compatibility Ideographs
    "\uff66-\uff9f"  # Halfwidth Katakana
    "\uffa0-\uffdc"  # Halfwidth Hangul
    "\U0001b000-\U0001b16f"  # Kana Supplement, Kana Extended-A, Small Kana Extension
    "\U00020000-\U000323af"  # CJK Extensions B-I, Compatibility Supplement
)
CJK_RUN = re.compile(f"[{_CJK_RANGES}]+")

# Control characters (NUL included) become spaces; lone surrogates, which
# cannot be encoded for the database, and invisible format characters (soft
# hyphen, zero-width space/joiners, bidi marks, BOM), which would split a word
# in two, are dropped.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ud800-\udfff]")


def normalize(text: str) -> str:
    """NFKC-normalise ``text`` and remove characters no search should see."""
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    return _CONTROL.sub(" ", text)


def _run_tokens(run: str, *, with_last: bool) -> list[str]:
    if len(run) == 1:
        return [run]
    tokens = [run[i : i + 2] for i in range(len(run) - 1)]
    if with_last:
        tokens.append(run[-1])
    return tokens


def _index_run(match: re.Match) -> str:
    return " " + " ".join(_run_tokens(match.group(), with_last=True)) + " "


def index_text(text: str) -> str:
    """Text as it should be stored in the full-text index."""
    return CJK_RUN.sub(_index_run, normalize(text))


@dataclass(frozen=True)
class QueryTerm:
    """One query word or phrase, ready for the full-text engine.

    ``text`` holds space-separated tokens to be matched as a phrase (adjacent,
    in order); ``prefix`` says that the last token must be matched as a
    prefix (it is a single CJK character that may start a bigram in the text).
    """

    text: str
    prefix: bool = False


def _has_word(text: str) -> bool:
    return any(char.isalnum() for char in text)


def query_term(text: str) -> QueryTerm:
    """Rewrite a query word (or a whole phrase) the way ``index_text`` rewrote the text.

    Returns an empty ``text`` when nothing searchable is left.
    """
    text = normalize(text)
    pieces = []
    position = 0
    prefix = False
    for match in CJK_RUN.finditer(text):
        run = match.group()
        followed = _has_word(text[match.end() :])
        if len(run) == 1 and not followed:
            prefix = True
        pieces.append(text[position : match.start()])
        pieces.append(" " + " ".join(_run_tokens(run, with_last=followed)) + " ")
        position = match.end()
    pieces.append(text[position:])
    return QueryTerm(" ".join("".join(pieces).split()), prefix)


def query_terms(text: str, separator: str | re.Pattern | None = None) -> list[QueryTerm]:
    """Split a plain-text query into words and rewrite each with ``query_term``.

    ``separator`` is how the search backend splits words (whitespace by
    default). Words with no letter or digit (``!!!``, emoji) are dropped: the
    engines find no token in them, and SQLite would then match nothing at all
    while PostgreSQL ignores the word.
    """
    text = normalize(text)
    if separator is None:
        words = text.split()
    elif isinstance(separator, re.Pattern):
        words = separator.split(text)
    else:
        words = text.split(separator)
    return [query_term(word) for word in words if _has_word(word)]
