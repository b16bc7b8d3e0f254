"""The ``completed`` statements a course update owes: lessons, modules and courses it completed.

A lesson, module or course is completed by a statement about one of its items, and
:func:`~c4s_desktop.core.progress.item_events.record_item_events` then records its
``completed`` statement in the same transaction. An update that removes the only item a
learner had left undone completes them with no statement at all, so the sync server (or any
LRS) would never learn of it. The window calls :func:`record_late_completions` when it loads
a learner's progress (at sign-in, and after the library changed): each node complete under
the installed version that the learner never had a ``completed`` statement about gets one,
stamped with the moment it became complete (``completion_date``), the date every screen and
certificate already shows for it. A node completed before keeps its statement: it was true.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from c4s_desktop.core.packs.manifest import Item, Lesson, Manifest, Module
from c4s_desktop.core.progress.completion_date import done_moment, item_done_moments
from c4s_desktop.core.progress.derive import ItemState
from c4s_desktop.core.progress.item_events import container_completed
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.progress.summary import completion
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import Statement
from c4s_desktop.core.xapi.vocabulary import VERBS

_HELD_SQL = "SELECT DISTINCT pack_id, item_id FROM statements WHERE learner_id = ? AND verb = ?"
"""What the learner has a ``completed`` statement about (a course's item id is NULL), from
the ``statements_learner_time`` index alone."""

Node = Lesson | Module | None
"""A lesson, a module, or None for the course itself."""


def _nodes(manifest: Manifest) -> list[tuple[Node, str | None, list[Item]]]:
    """Every lesson, module and the course, with the id its statements carry and its items."""
    nodes: list[tuple[Node, str | None, list[Item]]] = []
    for module in manifest.modules:
        nodes += [(lesson, lesson.id, list(lesson.items)) for lesson in module.lessons]
        nodes.append((module, module.id,
                      [item for lesson in module.lessons for item in lesson.items]))
    nodes.append((None, None, [item for _m, _l, item in manifest.iter_items()]))
    return nodes


def record_late_completions(store: Store, learner_id: str, manifests: Sequence[Manifest],
                            states: Mapping[str, Mapping[str, ItemState]],
                            language: str | None = None) -> int:
    """Record the ``completed`` statements the learner is owed in ``manifests`` (``states``:
    their item states, by pack id then item id); return how many. Nothing owed costs one
    index read."""
    held = {(str(pack), item) for pack, item in store.db.execute(
        _HELD_SQL, [learner_id, VERBS["completed"]]).fetchall()}
    statements: list[Statement] = []
    for manifest in manifests:
        share = completion(manifest, states.get(manifest.id, {}))
        owed = [(node, items) for node, node_id, items in _nodes(manifest)
                if share[node_id or manifest.id] >= 1.0 and (manifest.id, node_id) not in held]
        if not owed:
            continue
        moments = item_done_moments(store, learner_id, manifest)
        statements += [container_completed(learner_id, manifest, node, language,
                                           done_moment(items, moments))
                       for node, items in owed]
    if statements:
        record(store, statements)
    return len(statements)
