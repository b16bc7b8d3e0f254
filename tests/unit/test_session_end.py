"""Sessions cut by a power cut end where their evidence ends, on real SQLite files."""

from __future__ import annotations

import json
from typing import Any

import pytest

from c4s_desktop.core.clock import utc_now_iso
from c4s_desktop.core.learners import create_learner, list_learners
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress.item_events import completed, exited, launched
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.progress.report import build_report
from c4s_desktop.core.progress.session_end import end_cut_sessions
from c4s_desktop.core.progress.video_events import watched_statement
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import VERBS
from tests.unit.conftest import ref
from tests.unit.test_progress_report import PACK, VIDEO_LENGTH, at

DAY = 24 * 3600


def exits(store: Store, learner_id: str) -> list[dict[str, Any]]:
    rows = store.db.execute("SELECT body FROM statements WHERE learner_id = ? AND verb = ? "
                            "ORDER BY timestamp", [learner_id, VERBS["exited"]]).fetchall()
    return [json.loads(body) for (body,) in rows]


def spent(store: Store, learner_name: str, manifest: Manifest) -> float:
    """Time spent as My progress and ``c4s progress show`` report it."""
    learner = next(x for x in list_learners(store) if x.name == learner_name)
    return build_report(store, learner, [manifest]).time_spent_s


def test_two_readings_cut_by_power_count_seconds_not_ten_minutes(
        store: Store, manifest: Manifest) -> None:
    """The field audit's scenario: a text opened, the power goes; the next day the same."""
    ana = create_learner(store, "Ana")
    end_cut_sessions(store)  # Monday's start: nothing was left open
    record(store, [at(launched(ana.id, ref(manifest, "l1-text")), 0),
                   at(completed(ana.id, ref(manifest, "l1-text")), 8)])  # read to the end
    # power cut: no "exited"
    assert end_cut_sessions(store) == 1  # Tuesday's start
    record(store, [at(launched(ana.id, ref(manifest, "l2-text")), DAY)])
    # power cut again
    assert end_cut_sessions(store) == 1
    assert spent(store, "Ana", manifest) == pytest.approx(8, abs=0.01)  # not 8 + 600


def test_the_exited_statement_is_the_one_a_clean_close_makes_just_after_the_evidence(
        store: Store, manifest: Manifest) -> None:
    ana = create_learner(store, "Ana")
    text = ref(manifest, "l1-text")
    record(store, [at(launched(ana.id, text), 0), at(completed(ana.id, text), 95)])
    assert end_cut_sessions(store) == 1
    [made] = exits(store, ana.id)
    assert made["timestamp"] == "2026-11-20T09:01:35.001Z"
    clean = exited(ana.id, text)
    for key in ("id", "timestamp"):
        del made[key], clean[key]
    assert made == clean
    # Ordinary local statement: it waits in the outbox to be synced like any other.
    assert store.db.execute("SELECT count(*) FROM statements WHERE verb = ? AND "
                            "origin = 'local' AND sent_at IS NULL",
                            [VERBS["exited"]]).fetchone()[0] == 1


def test_a_clean_close_leaves_nothing_to_end_and_counts_as_before(
        store: Store, manifest: Manifest) -> None:
    ana = create_learner(store, "Ana")
    text = ref(manifest, "l1-text")
    record(store, [at(launched(ana.id, text), 0), at(exited(ana.id, text), 30)])
    assert end_cut_sessions(store) == 0
    record(store, [at(launched(ana.id, ref(manifest, "l1-sheet")), 30 + 3600),
                   at(exited(ana.id, ref(manifest, "l1-sheet")), 30 + 3600 + 45)])
    assert end_cut_sessions(store) == 0
    assert [s["timestamp"] for s in exits(store, ana.id)] == [
        "2026-11-20T09:00:30.000Z", "2026-11-20T10:01:15.000Z"]
    assert spent(store, "Ana", manifest) == pytest.approx(30 + 45)


def test_ending_is_idempotent_across_learners_and_a_second_cut(
        store: Store, manifest: Manifest) -> None:
    ana, ben = create_learner(store, "Ana"), create_learner(store, "Ben")
    record(store, [at(launched(ana.id, ref(manifest, "l1-text")), 0),
                   at(completed(ana.id, ref(manifest, "l1-text")), 20),
                   at(exited(ana.id, ref(manifest, "l1-text")), 25),   # Ana left cleanly...
                   at(launched(ana.id, ref(manifest, "l1-sheet")), 40),  # ...came back
                   at(launched(ben.id, ref(manifest, "l2-text")), 50),
                   at(completed(ben.id, ref(manifest, "l2-text")), 70)])
    assert end_cut_sessions(store) == 2
    assert end_cut_sessions(store) == 0  # started again at once: nothing twice
    assert [s["timestamp"] for s in exits(store, ana.id)] == [
        "2026-11-20T09:00:25.000Z", "2026-11-20T09:00:40.001Z"]
    assert [s["timestamp"] for s in exits(store, ben.id)] == ["2026-11-20T09:01:10.001Z"]
    # The second run is cut too: only its own open item is ended, at its own evidence.
    record(store, [at(launched(ben.id, ref(manifest, "l1-text")), DAY),
                   at(completed(ben.id, ref(manifest, "l1-text")), DAY + 12)])
    assert end_cut_sessions(store) == 1
    assert [s["timestamp"] for s in exits(store, ben.id)][-1] == "2026-11-21T09:00:12.001Z"
    assert spent(store, "Ana", manifest) == pytest.approx(25, abs=0.01)
    assert spent(store, "Ben", manifest) == pytest.approx(20 + 12, abs=0.01)


def test_a_video_needs_no_exited_its_time_is_its_spans(store: Store, manifest: Manifest) -> None:
    ana = create_learner(store, "Ana")
    record(store, [
        at(launched(ana.id, ref(manifest, "l1-text")), 0),
        at(launched(ana.id, ref(manifest, "l1-video")), 40),  # ends the text's 40 s
        at(watched_statement(ana.id, PACK, "l1-video", 0, 10, VIDEO_LENGTH, "en"), 52),
    ])  # power cut while watching
    assert end_cut_sessions(store) == 0
    record(store, [at(launched(ana.id, ref(manifest, "l1-sheet")), DAY)])
    assert spent(store, "Ana", manifest) == pytest.approx(40 + 10)


def test_statements_from_elsewhere_neither_open_nor_move_a_session(
        store: Store, manifest: Manifest) -> None:
    ana = create_learner(store, "Ana")
    record(store, [at(launched(ana.id, ref(manifest, "l1-text")), 0)])
    # Pulled from another computer Ana used after the cut here: not this session's evidence.
    record(store, [at(launched(ana.id, ref(manifest, "l2-text")), 3600),
                   at(completed(ana.id, ref(manifest, "l2-text")), 3630)], origin="sync")
    assert end_cut_sessions(store) == 1
    assert [s["timestamp"] for s in exits(store, ana.id)] == ["2026-11-20T09:00:00.001Z"]
    assert spent(store, "Ana", manifest) == pytest.approx(30, abs=0.01)  # not + 600


def test_the_end_is_never_later_than_the_start_that_records_it(
        store: Store, manifest: Manifest) -> None:
    ana = create_learner(store, "Ana")
    statement = launched(ana.id, ref(manifest, "l1-text"))
    statement["timestamp"] = "2099-01-01T00:00:00.000Z"  # a clock set far ahead, then fixed
    record(store, [statement])
    before = utc_now_iso()
    assert end_cut_sessions(store) == 1
    assert before <= exits(store, ana.id)[0]["timestamp"] <= utc_now_iso()

