"""Completion of every level, the next item and the last opened one, from real statements."""

from __future__ import annotations

from typing import Any

import pytest

from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress.derive import ItemState
from c4s_desktop.core.progress.intervals import format_segments
from c4s_desktop.core.progress.item_events import launched
from c4s_desktop.core.progress.log import item_states, record
from c4s_desktop.core.progress.summary import Opened, completion, last_opened, next_item
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import activity_iri, make_statement
from c4s_desktop.core.xapi.vocabulary import EXT_LENGTH, EXT_SEGMENT
from tests.unit.conftest import ref

PACK = "org.example.test"


def done(learner: str, item: str, kind: str = "factsheet") -> dict[str, Any]:
    return make_statement(learner, "completed", activity_iri(PACK, item), kind)


def test_nothing_done_is_zero_everywhere(manifest: Manifest) -> None:
    figures = completion(manifest, {})
    assert set(figures) == {PACK, "m1", "l1", "l2", *(f"l{n}-{kind}" for n in (1, 2) for kind
                                                      in ("video", "text", "sheet", "quiz"))}
    assert all(value == 0.0 for value in figures.values())
    assert next_item(manifest, {}) == "l1-video"


def test_levels_count_the_items_done(store: Store, manifest: Manifest) -> None:
    ana = create_learner(store, "Ana").id
    record(store, [done(ana, "l1-sheet"), done(ana, "l1-text", "document"),
                   make_statement(ana, "launched", activity_iri(PACK, "l1-quiz"), "quiz")])
    figures = completion(manifest, item_states(store, ana, PACK))
    assert figures["l1-sheet"] == figures["l1-text"] == 1.0
    assert figures["l1-quiz"] == 0.0  # opened is not done
    assert figures["l1"] == 0.5 and figures["l2"] == 0.0
    assert figures["m1"] == figures[PACK] == 2 / 8


def test_a_started_video_counts_the_part_watched(store: Store, manifest: Manifest) -> None:
    ana = create_learner(store, "Ana").id
    record(store, [make_statement(
        ana, "experienced", activity_iri(PACK, "l1-video"), "video",
        result={"extensions": {EXT_SEGMENT: format_segments([(0, 5)])}},
        extensions={EXT_LENGTH: 12.5})])
    figures = completion(manifest, item_states(store, ana, PACK))
    assert figures["l1-video"] == pytest.approx(0.4)
    assert figures["l1"] == 0.0  # a lesson counts items done, not parts of them
    opened_only = {"l1-video": ItemState(started=True)}
    assert completion(manifest, opened_only)["l1-video"] == 0.0


def test_all_items_done_completes_every_level(manifest: Manifest) -> None:
    states = {item.id: ItemState(True, True) for _m, _l, item in manifest.iter_items()}
    figures = completion(manifest, states)
    assert all(value == 1.0 for value in figures.values())
    assert next_item(manifest, states) is None


def test_next_item_is_the_first_not_done_in_course_order(manifest: Manifest) -> None:
    states = {"l1-video": ItemState(True, True), "l1-text": ItemState(True, False),
              "l1-sheet": ItemState(True, True)}
    assert next_item(manifest, states) == "l1-text"


def test_last_opened_is_the_newest_launch_of_that_learner(store: Store,
                                                         manifest: Manifest) -> None:
    ana, ben = create_learner(store, "Ana").id, create_learner(store, "Ben").id
    assert last_opened(store, ana) is None
    def at(day: int, statement: dict[str, Any]) -> dict[str, Any]:
        return statement | {"timestamp": f"2024-05-0{day}T10:00:00.000Z"}

    record(store, [at(1, launched(ana, ref(manifest, "l2-text"))),
                   at(2, launched(ana, ref(manifest, "l1-sheet"))),
                   at(3, launched(ben, ref(manifest, "l2-quiz"))),
                   at(4, done(ana, "l2-video", "video"))])
    assert last_opened(store, ana) == Opened(PACK, "l1-sheet", "l1")
    assert last_opened(store, ben) == Opened(PACK, "l2-quiz", "l2")
    # Opened next with the clock set back by a flat battery: still the one to continue.
    record(store, [launched(ana, ref(manifest, "l2-text")) | {
        "timestamp": "2020-01-01T00:05:00.000Z"}])
    assert last_opened(store, ana) == Opened(PACK, "l2-text", "l2")
    # Opened on another device, later by the shared clock: continued here too.
    record(store, [at(5, launched(ana, ref(manifest, "l2-quiz")))], origin="server")
    assert last_opened(store, ana) == Opened(PACK, "l2-quiz", "l2")
    record(store, [at(1, launched(ana, ref(manifest, "l1-sheet")))], origin="server")
    assert last_opened(store, ana) == Opened(PACK, "l2-quiz", "l2")  # an older one: not
