"""What a learner's item states add up to: completion of every level, and where to go next.

Completion is derived, never stored: an item counts 0 or 1 (a started video counts the
fraction of it watched), a lesson, a module and the course count the fraction of their items
that are done. So a lesson is complete when all its items are done, and so on up to the course.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from c4s_desktop.core.packs.manifest import Item, Manifest
from c4s_desktop.core.progress.derive import ItemState
from c4s_desktop.core.progress.newest import LOCAL, newest
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import parse_activity_iri
from c4s_desktop.core.xapi.vocabulary import VERBS


def item_completion(item: Item, state: ItemState | None) -> float:
    """0.0 to 1.0 for one item: 1 when done, the watched fraction of a started video, else 0."""
    if state is None:
        return 0.0
    if state.done:
        return 1.0
    length = state.length or item.duration_s
    if item.type == "video" and length:
        return min(1.0, state.watched_seconds / length) if state.watched else 0.0
    return 0.0


def _fraction_done(items: Iterable[Item], states: Mapping[str, ItemState]) -> float:
    flags = [bool(states.get(item.id, ItemState()).done) for item in items]
    return sum(flags) / len(flags) if flags else 0.0


def completion(manifest: Manifest, states: Mapping[str, ItemState]) -> dict[str, float]:
    """Completion (0.0 to 1.0) by node id: every item, lesson, module, and the pack (its id)."""
    out: dict[str, float] = {}
    for module in manifest.modules:
        for lesson in module.lessons:
            for item in lesson.items:
                out[item.id] = item_completion(item, states.get(item.id))
            out[lesson.id] = _fraction_done(lesson.items, states)
        out[module.id] = _fraction_done(
            (item for lesson in module.lessons for item in lesson.items), states)
    out[manifest.id] = _fraction_done((item for _m, _l, item in manifest.iter_items()), states)
    return out


def next_item(manifest: Manifest, states: Mapping[str, ItemState]) -> str | None:
    """The id of the first item not done, in course order; None when the course is done."""
    for _module, _lesson, item in manifest.iter_items():
        state = states.get(item.id)
        if state is None or not state.done:
            return item.id
    return None


@dataclass(frozen=True)
class Opened:
    """An item the learner opened, and the lesson it was in then (None when the statement
    names none): where Continue goes on when a course update removed the item."""

    pack_id: str
    item_id: str
    lesson_id: str | None


def last_opened(store: Store, learner_id: str) -> Opened | None:
    """The item of the learner's newest "launched" statement (as
    :func:`~c4s_desktop.core.progress.newest.newest` orders them), or None."""
    where = "WHERE learner_id = ? AND verb = ? AND item_id IS NOT NULL AND origin "
    columns = ("SELECT rowid, origin, timestamp, pack_id, item_id, "
               "json_extract(body, '$.context.contextActivities.parent[0].id') FROM statements ")
    params = [learner_id, VERBS["launched"], LOCAL]
    # The newest of this computer's, and the newest of the others': one row each.
    rows = [*store.db.execute(columns + where + "= ? ORDER BY rowid DESC LIMIT 1", params),
            *store.db.execute(columns + where + "!= ? ORDER BY timestamp DESC, rowid DESC "
                              "LIMIT 1", params)]
    return newest((rowid, origin, timestamp, Opened(str(pack), str(item), _lesson_id(parent)))
                  for rowid, origin, timestamp, pack, item, parent in rows)


def _lesson_id(parent: object) -> str | None:
    """The lesson id of an item statement's first parent activity (``item_events``)."""
    return parse_activity_iri(parent)[1] if isinstance(parent, str) else None
