"""Searching the index: the learner's words made into a safe FTS5 query, best hits first."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from c4s_desktop.core.store.database import Store

MARK_START = "\x02"
"""Put before each matched word in :attr:`Hit.snippet` (the index holds no control character)."""
MARK_END = "\x03"
"""Put after each matched word in :attr:`Hit.snippet`."""
ELLIPSIS = "…"
SNIPPET_TOKENS = 16
MAX_QUERY_CHARS = 200
MAX_TERMS = 12
MIN_PREFIX_CHARS = 2

_SQL = f"""
SELECT pack_id, item_id, kind, lang,
       snippet(search_index, 0, '{MARK_START}', '{MARK_END}', '{ELLIPSIS}', {SNIPPET_TOKENS}),
       start_s, rank
FROM search_index
WHERE search_index MATCH ?
ORDER BY (lang = ? OR lang LIKE ? || '-%') DESC, rank
LIMIT ?
"""


@dataclass(frozen=True)
class Hit:
    """One search result. ``snippet`` marks matches with :data:`MARK_START`/:data:`MARK_END`;
    ``start_s`` is the cue's start for a subtitle hit, ``page`` the page (from 0) of a
    fact-sheet hit; a lower ``rank`` is a better match."""

    pack_id: str
    item_id: str
    kind: str
    lang: str
    snippet: str
    start_s: float | None
    rank: float
    page: int | None = None


def fts_query(text: str) -> str | None:
    """The FTS5 query for what the learner typed, or None when there is nothing to look for.

    Every whitespace-separated term is quoted as an FTS5 string (so ``OR``, ``NEAR(``, ``*``,
    ``:`` and quotes are just text) and all must match; the last term matches as a prefix
    while it is being typed (no space after it yet).
    """
    text = unicodedata.normalize("NFKC", text)[:MAX_QUERY_CHARS]
    terms = [t for t in text.split() if any(ch.isalnum() for ch in t)][:MAX_TERMS]
    if not terms:
        return None
    quoted = ['"' + term.replace('"', '""') + '"' for term in terms]
    last = terms[-1]
    if not text[-1].isspace() and sum(ch.isalnum() for ch in last) >= MIN_PREFIX_CHARS:
        quoted[-1] += "*"
    return " ".join(quoted)


def search(store: Store, text: str, lang: str, limit: int = 50) -> list[Hit]:
    """The best ``limit`` hits for ``text``: hits in the learner's language ``lang`` first,
    then by relevance (FTS5's bm25). Accents and case are ignored ("gestion" finds "Gestión").
    """
    query = fts_query(text)
    if query is None or limit <= 0:
        return []
    primary = lang.split("-")[0].lower()
    rows = store.db.execute(_SQL, [query, primary, primary, limit]).fetchall()
    return [_hit(*row) for row in rows]


def _hit(pack_id: object, item_id: object, kind: object, lang: object, snippet: object,
         where: float | None, rank: float) -> Hit:
    """A row as a hit: the index's one place column is a cue's start or a page number."""
    place = (str(pack_id), str(item_id), str(kind), str(lang), str(snippet))
    if where is not None and kind == "factsheet":
        return Hit(*place, None, float(rank), int(where))
    return Hit(*place, None if where is None else float(where), float(rank))
