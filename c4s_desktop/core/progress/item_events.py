"""Statements about opening and finishing items, and recording them with what they complete.

An item opened is ``launched``; a course text read to the end or a fact sheet opened is
``completed``. Both name the item's lesson and the course as parent activities. When the
statements recorded finish a lesson, a module or the whole course, :func:`record_item_events`
adds a ``completed`` statement for each, in the same transaction (see ``docs/xapi.md``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from c4s_desktop.core.packs.manifest import Item, Lesson, Manifest, Module
from c4s_desktop.core.progress.derive import ItemState, apply
from c4s_desktop.core.progress.log import item_states, record
from c4s_desktop.core.progress.summary import completion
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import (
    Statement,
    activity_iri,
    make_statement,
    parse_activity_iri,
)
from c4s_desktop.core.xapi.vocabulary import EXT_PACK_VERSION


@dataclass(frozen=True)
class ItemRef:
    """An item with the lesson and pack it belongs to: what a statement about it names."""

    manifest: Manifest
    lesson: Lesson
    item: Item


def _item_statement(learner_id: str, verb: str, ref: ItemRef, language: str | None,
                    ) -> Statement:
    pack_id = ref.manifest.id
    return make_statement(
        learner_id, verb, activity_iri(pack_id, ref.item.id), ref.item.type,
        name=ref.item.title,
        parents=(activity_iri(pack_id, ref.lesson.id), activity_iri(pack_id)),
        extensions={EXT_PACK_VERSION: ref.manifest.version},
        language=language,
    )


def launched(learner_id: str, ref: ItemRef, language: str | None = None) -> Statement:
    """The learner opened the item (recorded on every opening: it is where Continue returns)."""
    return _item_statement(learner_id, "launched", ref, language)


def exited(learner_id: str, ref: ItemRef, language: str | None = None) -> Statement:
    """The learner's session left the item: the app closed, or another learner signed in.

    Time spent counts up to it and not beyond (``timeline``), so the hours until the next
    session are not added to the item.
    """
    return _item_statement(learner_id, "exited", ref, language)


def completed(learner_id: str, ref: ItemRef, language: str | None = None) -> Statement:
    """The learner finished the item: read a course text to the end, or opened a fact sheet."""
    return _item_statement(learner_id, "completed", ref, language)


def container_completed(learner_id: str, manifest: Manifest, node: Lesson | Module | None,
                        language: str | None, timestamp: str | None = None) -> Statement:
    """The learner completed a lesson, a module or (``node`` None) the course, now or at
    ``timestamp``."""
    if node is None:
        return make_statement(learner_id, "completed", activity_iri(manifest.id), "course",
                              name=manifest.title, language=language, timestamp=timestamp,
                              extensions={EXT_PACK_VERSION: manifest.version})
    kind = "lesson" if isinstance(node, Lesson) else "module"
    return make_statement(learner_id, "completed", activity_iri(manifest.id, node.id), kind,
                          name=node.title, parents=(activity_iri(manifest.id),),
                          language=language, timestamp=timestamp,
                          extensions={EXT_PACK_VERSION: manifest.version})


def newly_completed(manifest: Manifest, before: dict[str, ItemState],
                    after: dict[str, ItemState]) -> list[Lesson | Module | None]:
    """Lessons and modules (and None for the course) complete in ``after`` but not ``before``."""
    old, new = completion(manifest, before), completion(manifest, after)
    nodes: list[Lesson | Module | None] = []
    for module in manifest.modules:
        nodes += [lesson for lesson in module.lessons if new[lesson.id] >= 1 > old[lesson.id]]
        if new[module.id] >= 1 > old[module.id]:
            nodes.append(module)
    if new[manifest.id] >= 1 > old[manifest.id]:
        nodes.append(None)
    return nodes


def record_item_events(store: Store, learner_id: str, manifest: Manifest,
                       statements: Sequence[Statement], language: str | None = None,
                       ) -> dict[str, ItemState]:
    """Record statements about items of one pack, plus the lessons, modules and course they
    complete, in one transaction; return the learner's new item states in that pack."""
    before = item_states(store, learner_id, manifest.id)
    after = dict(before)
    for statement in statements:
        _pack_id, item_id = parse_activity_iri(statement["object"]["id"])
        if item_id is not None:
            after[item_id] = apply(after.get(item_id, ItemState()), statement)
    extra = [container_completed(learner_id, manifest, node, language)
             for node in newly_completed(manifest, before, after)]
    record(store, [*statements, *extra])
    items = {item.id for _m, _l, item in manifest.iter_items()}
    return {key: state for key, state in item_states(store, learner_id, manifest.id).items()
            if key in items}
