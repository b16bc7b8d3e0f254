"""Learners' time lines kept from one class report to the next, so each reads only what is new.

A learner's time spent and last activity fold all their statements in time order
(``timeline.py``): after a year of use, ~20,000 statements a learner and ~50 ms each, over
1.5 s for a class of 30 on every opening. The fold (:class:`~.timeline.Timeline`) is kept in
the ``timelines`` table with the point it reached: the ``(timestamp, id)`` of the last
statement folded, and how many statements it folded.

Statements are only ever added, never changed or removed. So a kept fold still holds when the
learner has exactly as many statements up to its point as it folded: every statement since
comes after that point, and folding them onto it gives what folding all would (the fold's
promise). A statement that arrives dated before the point (from a progress file or sync, or a
completion owed after a course update) makes the numbers differ, and that learner's time line
is folded again from the start. A fold also holds only for the kinds of items it was folded
with (:func:`basis`: a course installed or removed, or an update that adds, removes or retypes
items, folds everyone again, once) and for this version of the fold (:data:`FOLD_VERSION`);
anything else, even a damaged row, is folded again. The table is derived data: emptying it
costs time, never a figure.

The class report keeps what it folded in one transaction at its end; a store opened for
reading (``c4s progress class``) uses what is kept but keeps nothing.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from typing import Any

from c4s_desktop.core.errors import StoreError
from c4s_desktop.core.progress.timeline import ItemKey, Timeline, fold_timeline
from c4s_desktop.core.store.database import Store

FOLD_VERSION = 1
"""Raise it when the fold's rules or its state change: every kept fold is then folded again."""

log = logging.getLogger("c4s.progress")

_KEPT_SQL = """
SELECT basis, folded, last_timestamp, last_id, state FROM timelines WHERE learner_id = ?
"""
_UP_TO_SQL = """
SELECT count(*) FROM statements WHERE learner_id = ? AND (timestamp, id) <= (?, ?)
"""
"""Counted on the ``statements_learner_time`` index alone."""
_KEEP_SQL = """
INSERT OR REPLACE INTO timelines (learner_id, basis, folded, last_timestamp, last_id, state)
VALUES (?, ?, ?, ?, ?, ?)
"""


def basis(item_types: Mapping[ItemKey, str]) -> str:
    """What a fold depends on besides the statements: the fold's version, and which items of
    the installed courses are videos, lessons or modules, or other items."""
    def kind(item_type: str) -> str:
        return item_type if item_type in ("video", "lesson", "module") else "item"

    kinds = sorted([*key, kind(item_type)] for key, item_type in item_types.items())
    text = json.dumps([FOLD_VERSION, kinds], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class TimelineCache:
    """The time lines of the learners of one class report, over one set of courses."""

    def __init__(self, item_types: Mapping[ItemKey, str]) -> None:
        self._types = item_types
        self._basis = basis(item_types)
        self._changed: dict[str, Timeline] = {}

    def timeline(self, store: Store, learner_id: str) -> Timeline:
        """All of the learner's statements folded: the kept fold carried on when it still
        holds, else a new one."""
        line = self._kept(store, learner_id)
        folded = line.folded if line is not None else None
        line = fold_timeline(store, learner_id, self._types, line)
        if line.folded != folded and line.last is not None:
            self._changed[learner_id] = line
        return line

    def keep(self, store: Store) -> int:
        """Keep the time lines folded since the last call, in one transaction; return how
        many. A store opened for reading keeps none; one that cannot be written to (a full
        disk) is logged: the report is right all the same, the next one only slower."""
        changed, self._changed = self._changed, {}
        if not changed or not store.writable:
            return 0
        rows = [(learner_id, self._basis, line.folded, *line.last, _dump(line))
                for learner_id, line in changed.items() if line.last is not None]
        try:
            with store.transaction():
                store.conn.executemany(_KEEP_SQL, rows)
        except StoreError as exc:
            log.warning("could not keep %d learners' time lines: %s", len(rows), exc)
            return 0
        return len(rows)

    def _kept(self, store: Store, learner_id: str) -> Timeline | None:
        """The learner's kept fold, if it still holds (the rule is in the module doc)."""
        row = store.conn.execute(_KEPT_SQL, [learner_id]).fetchone()
        if row is None or row[0] != self._basis:
            return None
        _basis, folded, last_timestamp, last_id, state = row
        up_to = store.conn.execute(_UP_TO_SQL, [learner_id, last_timestamp, last_id]).fetchone()
        if up_to[0] != folded:
            return None  # a statement dated before the point came since
        try:
            return _load(state, folded, (str(last_timestamp), str(last_id)))
        except (ValueError, TypeError, KeyError) as exc:
            log.warning("a kept time line of %s could not be read (%s); folding again",
                        learner_id, exc)
            return None


def _dump(line: Timeline) -> str:
    """The fold's state as JSON (floats written so that they read back the same)."""
    return json.dumps({
        "spent": line.spent, "counts": line.counts, "newest": line.newest,
        "unreadable": line.unreadable,
        "recorded": [[pack_id, item_id, kind] for (pack_id, item_id), kind
                     in line.recorded.items()],
        "previous": line.previous,
    }, ensure_ascii=False, separators=(",", ":"))


def _load(text: str, folded: int, last: tuple[str, str]) -> Timeline:
    """A fold from :func:`_dump`; ValueError, TypeError or KeyError when it is not one."""
    state: dict[str, Any] = json.loads(text)
    previous = state["previous"]
    return Timeline(
        spent={str(k): float(v) for k, v in state["spent"].items()},
        counts={str(k): int(v) for k, v in state["counts"].items()},
        newest={str(k): float(v) for k, v in state["newest"].items()},
        unreadable={str(k): str(v) for k, v in state["unreadable"].items()},
        recorded={(str(p), str(i)): str(kind) for p, i, kind in state["recorded"]},
        previous=None if previous is None else (
            str(previous[0]), None if previous[1] is None else float(previous[1])),
        folded=int(folded), last=last)
