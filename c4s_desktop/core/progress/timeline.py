"""What a learner's statements add up to over time: time spent and quiz attempts.

One pass over an index of the learner's statements in time order (no statement body read),
then the bodies of video spans and quiz attempts only (and one statement of each item no
installed course has), with SQLite reading their JSON: a learner with 10,000 statements costs
a few tens of milliseconds.

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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

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
SELECT pack_id, item_id, verb, (julianday(timestamp) - 2440587.5) * 86400.0
FROM statements WHERE learner_id = ? ORDER BY timestamp, id
"""
"""Read from the ``statements_learner_time`` index alone: no statement body is touched."""

_RECORDED_KINDS_SQL = """
SELECT pack_id, item_id, json_extract(body, '$.object.definition.type') FROM statements
WHERE rowid IN (
  SELECT min(rowid) FROM statements
  WHERE learner_id = :learner AND pack_id || '/' || item_id IN (SELECT value FROM json_each(:keys))
  GROUP BY pack_id, item_id)
"""
"""One statement of each item asked about: all of an item's statements name the same kind
(a quiz's questions and a case study's prompts are never videos or lessons)."""

_SPANS_SQL = """
SELECT pack_id, json_extract(body, :segments) FROM statements
WHERE learner_id = :learner AND verb = :experienced AND item_id IS NOT NULL
  AND pack_id || '/' || item_id IN (SELECT value FROM json_each(:videos))
"""


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
    """Time spent and number of statements of one learner, by pack id."""

    spent: dict[str, float]
    statements: dict[str, int]


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


def read_activity(store: Store, learner_id: str, item_types: Mapping[ItemKey, str]) -> Activity:
    """Time spent (the rule is in the module doc) and number of statements, by pack id.

    ``item_types`` gives the type of every item of the installed packs, and ``"lesson"`` or
    ``"module"`` for their lessons and modules. One pass over the learner's statements in
    time order, then one over their video spans.
    """
    spent: dict[str, float] = {}
    counts: dict[str, int] = {}
    # A paused quiz is not being worked on, a finished one is done, a left session is over.
    endings = {VERBS["suspended"], VERBS["passed"], VERBS["failed"], VERBS["exited"]}
    rows = store.db.execute(_TIMELINE_SQL, [learner_id]).fetchall()
    # Items no installed course has still bound the time of the items around them.
    unknown = {(pack_id, item_id) for pack_id, item_id, _verb, _seconds in rows
               if item_id is not None and (pack_id, item_id) not in item_types}
    recorded = _recorded_kinds(store, learner_id, unknown) if unknown else {}
    previous: tuple[str, float | None] | None = None  # (pack, time) of a non-video statement
    for pack_id, item_id, verb, seconds in rows:
        counts[pack_id] = counts.get(pack_id, 0) + 1
        if item_id is None:
            continue
        kind = item_types.get((pack_id, item_id)) or recorded.get((pack_id, item_id))
        if kind is None or kind in _CONTAINERS:
            continue
        if previous is not None and previous[1] is not None and seconds is not None:
            gap = min(ACTIVITY_CAP_S, max(0.0, seconds - previous[1]))
            spent[previous[0]] = spent.get(previous[0], 0.0) + gap
        ends = kind == "video" or verb in endings
        previous = None if ends else (pack_id, seconds)
    videos = _keys(key for types in (item_types, recorded)
                   for key, kind in types.items() if kind == "video")
    for pack_id, segments in store.db.execute(_SPANS_SQL, {
            "learner": learner_id, "videos": videos, "experienced": VERBS["experienced"],
            "segments": f'$.result.extensions."{EXT_SEGMENT}"'}).fetchall():
        spent[pack_id] = spent.get(pack_id, 0.0) + _span_seconds(segments)
    return Activity(spent, counts)


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
