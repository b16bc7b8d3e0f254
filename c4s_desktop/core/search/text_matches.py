"""Where words occur in a text, the way the library search matches them: accents and case
ignored ("gestion" finds "Gestión"), so a search hit opens a text at the words it found.

Pure functions over strings, for finding in the text a learner reads.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from c4s_desktop.core.search.query import MARK_END, MARK_START

_BETWEEN_WORDS = r"\W+"
"""Words of what the learner typed match across any run of spaces and punctuation, as the
index's tokenizer sees them ("cluster management" finds "cluster-management")."""
_WORDS = re.compile(r"\w+")
_MARKS = "[\u0300-\u036f]*"
"""Accents written apart from their letter (a PDF may draw "é" as "e" and an accent), which
:func:`fold` keeps: a word matches across them."""


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """``char`` in lower case without its accents, when that is one character; else lower."""
    bare = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    folded = bare.casefold()
    if len(folded) == 1:
        return folded
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


def fold(text: str) -> str:
    """``text`` in lower case without accents, one character for each of ``text``'s, so a
    position in one is the same position in the other (``str.lower`` alone may lengthen it)."""
    if text.isascii():
        return text.lower()
    table = {ord(char): _fold_char(char) for char in set(text) if not char.isascii()}
    return text.translate(_ASCII_LOWER | table)


_ASCII_LOWER = {code: chr(code + 32) for code in range(ord("A"), ord("Z") + 1)}


def query_words(query: str) -> list[str]:
    """The words of ``query``, folded as :func:`fold` folds a text."""
    return _WORDS.findall(fold(unicodedata.normalize("NFC", query)))


def find_spans(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) of each place in ``text`` where ``query``'s words occur together, in order.

    When they never occur together, each word's places: the library search finds a text that
    holds all its words anywhere, and the learner it sends here should see them.
    """
    return find_folded(fold(text), query)


def find_folded(folded: str, query: str) -> list[tuple[int, int]]:
    """:func:`find_spans` in a text already folded by :func:`fold` (kept by a finder that
    looks in the same text again as the learner types)."""
    spans = find_together(folded, query)
    return spans if spans or len(query_words(query)) < 2 else find_apart(folded, query)


def find_together(folded: str, query: str) -> list[tuple[int, int]]:
    """Where ``query``'s words occur together, in order, in a text folded by :func:`fold`."""
    words = query_words(query)
    if not words:
        return []
    together = re.compile(_BETWEEN_WORDS.join(map(_pattern, words)))
    return [match.span() for match in together.finditer(folded)]


def find_apart(folded: str, query: str) -> list[tuple[int, int]]:
    """Where each of ``query``'s words occurs, in a text folded by :func:`fold`."""
    words = query_words(query)
    if not words:
        return []
    apart = re.compile("|".join(map(_pattern, sorted(set(words), key=len, reverse=True))))
    return [match.span() for match in apart.finditer(folded)]


def _pattern(word: str) -> str:
    return _MARKS.join(map(re.escape, word)) + _MARKS


def written_words(snippet: str, query: str) -> str:
    """The words a search hit's ``snippet`` marks as matched, as the text writes them: the
    run of side-by-side marked words with the most that are ``query``'s words whole (not just
    begun, as the word being typed matches), then the fewest that are not ("Stratégie" rather
    than "Cluster4Smart" for "strategie cluster")."""
    marked = re.escape(MARK_START) + "[^" + re.escape(MARK_END) + "]*" + re.escape(MARK_END)
    runs = [" ".join(re.sub(f"[{re.escape(MARK_START + MARK_END)}]", "", run).split())
            for run in re.findall(f"{marked}(?:\\s+{marked})*", snippet)]
    wanted = set(query_words(query))

    def whole(run: str) -> tuple[int, int]:
        words = query_words(run)
        hits = sum(word in wanted for word in words)
        return hits, hits - len(words)

    return max(runs, key=whole, default="")
