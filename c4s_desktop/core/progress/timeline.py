"""What a learner's statements add up to over time: time spent, when they were last active
in each course, and quiz attempts.

One pass over an index of the learner's statements in time order, reading the bodies of
video spans only, then those of quiz attempts (and one statement of each item no installed
course has), with SQLite reading their JSON: a learner with 20,000 statements costs a few
tens of milliseconds. The pass is a fold (:class:`Timeline`) that can be carried on from where
it stopped, so a fold kept from before needs only the statements since (``timeline_cache``).

**Last active** in a course is the newest of the learner's statements about it (any of them),
by time rather than by text: a statement from another LRS may carry another time zone. A
timestamp SQLite cannot read (valid ISO 8601 it does not know) counts only when none of the
course's can be read, the latest text then.

Time spent is derived from statements only, never from how long a window stayed open:

* **Video**: the seconds of every played span (``experienced`` statements), so watching a
  part again counts again and skipping ahead counts nothing.
* **Everything else**: after a statement about a non-video item (opening a text, answering a
  question, finishing a quiz...), the time until the learner's next statement about an item
  (of any course), capped at :data:`ACTIVITY_CAP_S`. Beyond the cap the learner was most
  likely away. The last statement has no known end, a ``suspended`` one closes a quiz for
  later, a ``passed`` or ``failed`` one ends the attempt (whose time was counted up to it)
  and an ``exited`` one ends the session (the app closed, another learner signed in, or,
  made at the next start, a power cut: ``session_end``), so they add nothing: the next
  statement may come from another day's session.
  Statements about a lesson, a module or the course (made with the item statement that
  finished them) are left out. Statements about an item no installed course has (an update
  removed it, or its course was removed) count like any other, by the kind of item their
  statements name, for their own pack: the time spent on a removed item stays in its course,
  and its ``exited`` still ends the session instead of leaving the item before it open.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from c4s_desktop.core.progress.intervals import parse_segments
from c4s_desktop.core.progress.log import CONTAINER_TYPES
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import ACTIVITY_TYPES, EXT_SEGMENT, VERBS

ACTIVITY_CAP_S = 600.0
"""The most one non-video action counts towards time spent (10 minutes)."""

ItemKey = tuple[str, str]
"""(pack id, item id)."""

_CONTAINERS = ("lesson", "module")


@dataclass(frozen=True)
class QuizAttempt:
    """One finished quiz attempt (a ``passed`` or ``failed`` statement)."""

    pack_id: str
    item_id: str
    timestamp: str
    registration: str | None
    scaled: float | None
    passed: bool


def _keys(items: Iterable[ItemKey]) -> str:
    return json.dumps([f"{pack_id}/{item_id}" for pack_id, item_id in items])


_TIMELINE_SQL = """
SELECT rowid, pack_id, item_id, verb, julianday(timestamp),
       CASE WHEN julianday(timestamp) IS NULL THEN timestamp END,
       CASE WHEN verb = :experienced THEN json_extract(body, :segments) END
FROM statements WHERE learner_id = :learner AND (timestamp, id) > (:after, :after_id)
ORDER BY timestamp, id
"""
"""The learner's statements after a point, in time order, along the ``statements_learner_time``
index: a body is read only for a played span (``experienced``), and a timestamp's text comes
only when SQLite cannot read it (else None, which costs nothing)."""

_JULIAN_UNIX_EPOCH = 2440587.5
"""The Julian day of 1970-01-01T00:00Z: seconds are ``(day - this) * 86400.0``, the very
arithmetic SQLite would do."""

_ISO_SQL = "SELECT column1, strftime('%Y-%m-%dT%H:%M:%fZ', column2) FROM (VALUES {})"
"""(pack id, Julian day) pairs as (pack id, UTC ISO 8601 with milliseconds), written by SQLite
as it always wrote the newest statement's time."""
_ISO_CHUNK = 400
"""Pairs per query: 800 parameters, under the 999 of older SQLite builds."""

_RECORDED_KINDS_SQL = """
SELECT pack_id, item_id, json_extract(body, '$.object.definition.type') FROM statements
WHERE rowid IN (
  SELECT min(rowid) FROM statements
  WHERE learner_id = :learner AND pack_id || '/' || item_id IN (SELECT value FROM json_each(:keys))
  GROUP BY pack_id, item_id)
"""
"""One statement of each item asked about: all of an item's statements name the same kind
(a quiz's questions and a case study's prompts are never videos or lessons)."""

# A paused quiz is not being worked on, a finished one is done, a left session is over.
_ENDINGS = frozenset({VERBS["suspended"], VERBS["passed"], VERBS["failed"], VERBS["exited"]})
_EXPERIENCED = VERBS["experienced"]


def _span_seconds(text: object) -> float:
    """Seconds in a played-segments text; one ``start[.]end`` span is the common, fast case."""
    if not isinstance(text, str):
        return 0.0
    if "[,]" not in text:
        start, sep, end = text.partition("[.]")
        try:
            return abs(float(end) - float(start)) if sep else 0.0
        except ValueError:
            return 0.0
    return sum(end - start for start, end in parse_segments(text))


@dataclass(frozen=True)
class Activity:
    """Time spent, number of statements and last activity of one learner, by pack id."""

    spent: dict[str, float]
    statements: dict[str, int]
    last_active: dict[str, str]
    """UTC ISO time of the newest statement (the rule is in the module doc)."""


@dataclass
class Timeline:
    """A learner's statements folded in time order by the rules of the module doc: the first
    ``folded`` of them, up to the one whose ``(timestamp, id)`` is ``last``.

    All the fold depends on is here, so folding the statements after ``last`` onto it gives
    exactly what folding them all from the start gives: a fold can be kept and carried on
    (``timeline_cache``)."""

    spent: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    newest: dict[str, float] = field(default_factory=dict)
    """Pack id -> the latest Julian day of its statements."""
    unreadable: dict[str, str] = field(default_factory=dict)
    """Pack id -> the latest (by text) of its timestamps SQLite cannot read."""
    recorded: dict[ItemKey, str] = field(default_factory=dict)
    """``"video"`` or ``"item"``: items no installed course has, as their statements say."""
    previous: tuple[str, float | None] | None = None
    """(pack id, time) of the last non-video statement, while time still runs from it."""
    folded: int = 0
    last: tuple[str, str] | None = None

    def activity(self, store: Store) -> Activity:
        """What the statements folded so far add up to."""
        return Activity(dict(self.spent), dict(self.counts), self._last_active(store))

    def _last_active(self, store: Store) -> dict[str, str]:
        """Each pack's newest Julian day as UTC ISO text, else its latest unreadable text."""
        days = list(self.newest.items())
        last: dict[str, str] = {}
        for start in range(0, len(days), _ISO_CHUNK):
            chunk = days[start:start + _ISO_CHUNK]
            sql = _ISO_SQL.format(", ".join(["(?, ?)"] * len(chunk)))
            last.update((str(pack_id), str(text)) for pack_id, text in store.conn.execute(
                sql, [value for pair in chunk for value in pair]).fetchall())
        for pack_id, text in self.unreadable.items():
            last.setdefault(pack_id, text)
        return last


def _recorded_kinds(store: Store, learner_id: str, keys: set[ItemKey]) -> dict[ItemKey, str]:
    """``"video"`` or ``"item"`` for each of ``keys`` that names an item, as its statements
    recorded it; lessons and modules (their ``completed`` statements carry an item id too)
    are left out."""
    kinds: dict[ItemKey, str] = {}
    for pack_id, item_id, kind in store.db.execute(_RECORDED_KINDS_SQL, {
            "learner": learner_id, "keys": _keys(keys)}).fetchall():
        if kind not in CONTAINER_TYPES:
            kinds[(pack_id, item_id)] = "video" if kind == ACTIVITY_TYPES["video"] else "item"
    return kinds


def fold_timeline(store: Store, learner_id: str, item_types: Mapping[ItemKey, str],
                  timeline: Timeline | None = None) -> Timeline:
    """Fold the learner's statements onto ``timeline`` (a new one by default): those after
    the last it folded, in one pass; return it.

    ``item_types`` gives the type of every item of the installed packs, and ``"lesson"`` or
    ``"module"`` for their lessons and modules; ``timeline`` must have been folded with the
    same.
    """
    line = timeline if timeline is not None else Timeline()
    after = line.last or ("", "")  # every statement has a timestamp and an id
    rows = store.conn.execute(_TIMELINE_SQL, {
        "learner": learner_id, "after": after[0], "after_id": after[1],
        "experienced": _EXPERIENCED,
        "segments": f'$.result.extensions."{EXT_SEGMENT}"'}).fetchall()
    # Items no installed course has still bound the time of the items around them.
    unknown = {(row[1], row[2]) for row in rows if row[2] is not None
               and (row[1], row[2]) not in item_types and (row[1], row[2]) not in line.recorded}
    if unknown:
        line.recorded.update(_recorded_kinds(store, learner_id, unknown))
    kinds = {**item_types, **line.recorded} if line.recorded else item_types  # none in both
    spent, counts, newest, unreadable = line.spent, line.counts, line.newest, line.unreadable
    previous = line.previous
    for _rowid, pack_id, item_id, verb, day, text, segments in rows:
        counts[pack_id] = counts.get(pack_id, 0) + 1
        if day is None:
            seconds = None
            unreadable[pack_id] = text  # rows come by text: the last is the latest
        else:
            seconds = (day - _JULIAN_UNIX_EPOCH) * 86400.0
            if day > newest.get(pack_id, -math.inf):
                newest[pack_id] = day
        if item_id is None:
            continue
        kind = kinds.get((pack_id, item_id))
        if kind is None or kind in _CONTAINERS:
            continue
        if previous is not None and previous[1] is not None and seconds is not None:
            gap = min(ACTIVITY_CAP_S, max(0.0, seconds - previous[1]))
            spent[previous[0]] = spent.get(previous[0], 0.0) + gap
        if kind == "video":
            previous = None
            if verb == _EXPERIENCED:
                spent[pack_id] = spent.get(pack_id, 0.0) + _span_seconds(segments)
        else:
            previous = None if verb in _ENDINGS else (pack_id, seconds)
    line.previous = previous
    if rows:
        line.folded += len(rows)
        timestamp, statement_id = store.conn.execute(
            "SELECT timestamp, id FROM statements WHERE rowid = ?", [rows[-1][0]]).fetchone()
        line.last = (str(timestamp), str(statement_id))
    return line


def quiz_attempts(store: Store, learner_id: str) -> list[QuizAttempt]:
    """Every finished quiz attempt of the learner, oldest first."""
    rows = store.db.execute(
        "SELECT pack_id, item_id, timestamp, json_extract(body, '$.context.registration'), "
        "json_extract(body, '$.result.score.scaled'), verb = :passed FROM statements "
        "WHERE learner_id = :learner AND verb IN (:passed, :failed) AND item_id IS NOT NULL "
        "ORDER BY timestamp, id",
        {"learner": learner_id, "passed": VERBS["passed"], "failed": VERBS["failed"]},
    ).fetchall()
    return [QuizAttempt(str(r[0]), str(r[1]), str(r[2]), r[3] if isinstance(r[3], str) else None,
                        float(r[4]) if isinstance(r[4], int | float) else None, bool(r[5]))
            for r in rows]
