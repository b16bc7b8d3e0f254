"""Resume points and the watched-span statement, on a real store."""

from __future__ import annotations

import pytest

from c4s_desktop.core.progress.intervals import parse_segments
from c4s_desktop.core.progress.log import item_state, record
from c4s_desktop.core.progress.resume import load_position, save_position
from c4s_desktop.core.progress.video_events import watched_statement
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import activity_iri
from c4s_desktop.core.xapi.vocabulary import ACTIVITY_TYPES, EXT_LENGTH, EXT_SEGMENT, VERBS

LEARNER = "3f1c1b7e-8a59-4a43-9d67-2d3f0a1e0c11"
OTHER = "b2d0c0de-0000-4000-8000-000000000002"
PACK, ITEM = "org.example.test", "l1-video"


def test_a_position_is_saved_replaced_and_loaded(store: Store) -> None:
    assert load_position(store, LEARNER, PACK, ITEM) is None
    save_position(store, LEARNER, PACK, ITEM, 12.5)
    assert load_position(store, LEARNER, PACK, ITEM) == 12.5
    save_position(store, LEARNER, PACK, ITEM, 83.25)
    assert load_position(store, LEARNER, PACK, ITEM) == 83.25
    assert load_position(store, OTHER, PACK, ITEM) is None
    assert load_position(store, LEARNER, PACK, "l2-video") is None


def test_a_position_survives_reopening_the_store(store: Store) -> None:
    save_position(store, LEARNER, PACK, ITEM, 42.0)
    root = store.data_dir.root
    store.close()
    with Store.open(root) as again:
        assert load_position(again, LEARNER, PACK, ITEM) == 42.0


def test_a_negative_position_is_stored_as_the_start(store: Store) -> None:
    save_position(store, LEARNER, PACK, ITEM, -3.0)
    assert load_position(store, LEARNER, PACK, ITEM) == 0.0


def test_the_watched_statement_follows_the_video_profile() -> None:
    statement = watched_statement(LEARNER, PACK, ITEM, 1.0, 11.5, 52.6, "fr", lesson_id="l1")
    assert statement["verb"]["id"] == VERBS["experienced"]
    assert statement["object"]["id"] == activity_iri(PACK, ITEM)
    assert statement["object"]["definition"]["type"] == ACTIVITY_TYPES["video"]
    assert parse_segments(statement["result"]["extensions"][EXT_SEGMENT]) == [(1.0, 11.5)]
    assert statement["context"]["extensions"][EXT_LENGTH] == 52.6
    assert statement["context"]["language"] == "fr"
    parents = [p["id"] for p in statement["context"]["contextActivities"]["parent"]]
    assert parents == [activity_iri(PACK, "l1"), activity_iri(PACK)]


def test_watched_spans_recorded_union_into_the_item_state(store: Store) -> None:
    spans = [(0.0, 20.0), (10.0, 30.0), (40.0, 50.0)]
    for start, end in spans:
        record(store, [watched_statement(LEARNER, PACK, ITEM, start, end, 52.6, "en")])
    state = item_state(store, LEARNER, PACK, ITEM)
    assert state.watched == ((0.0, 30.0), (40.0, 50.0))
    assert state.watched_seconds == pytest.approx(40.0)
    assert not state.done  # 40 of 52.6 s is under 90%
    record(store, [watched_statement(LEARNER, PACK, ITEM, 29.0, 41.0, 52.6, "en")])
    assert item_state(store, LEARNER, PACK, ITEM).done
