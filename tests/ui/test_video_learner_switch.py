"""Another learner signs in while a video plays: what was watched stays with the learner who
watched it, stored before the switch's own store work, and the next learner starts paused at
their own place (the demo video, each engine, a real store)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pytestqt.qtbot import QtBot

from c4s_desktop.core.learners import Learner, create_learner
from c4s_desktop.core.progress.intervals import Interval, parse_segments
from c4s_desktop.core.progress.resume import save_position
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import EXT_SEGMENT
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.player.video_view import VideoView
from c4s_desktop.ui.progress_session import ProgressSession
from tests.ui.conftest import Launch
from tests.ui.test_video_player import (  # noqa: F401  (engine_name: each engine)
    DEMO_PACK,
    VIDEO,
    WAIT_MS,
    engine_name,
    open_demo_video,
    wait_until,
)

BOB_RESUMES_AT = 20.0
T = TypeVar("T")


def watched_spans(store: Store, learner_id: str) -> list[Interval]:
    """Every span of the demo video recorded for ``learner_id``."""
    rows = store.db.execute(
        "SELECT body FROM statements WHERE learner_id = ? AND item_id = ? "
        "AND verb LIKE '%experienced'", [learner_id, VIDEO]).fetchall()
    spans: list[Interval] = []
    for (body,) in rows:
        spans += parse_segments(json.loads(body)["result"]["extensions"][EXT_SEGMENT])
    return spans


def resume_point(store: Store, learner_id: str) -> float | None:
    row = store.db.execute(
        "SELECT position FROM resume_points WHERE learner_id = ? AND pack_id = ? AND item_id = ?",
        [learner_id, DEMO_PACK, VIDEO]).fetchone()
    return None if row is None else float(row[0])


def add_bob(app_dir: Path, pin: str | None = None) -> str:
    """Bob, who stopped the demo video at :data:`BOB_RESUMES_AT` last time; his id."""
    with Store.open(app_dir) as store:
        bob = create_learner(store, "Bob", pin)
        save_position(store, bob.id, DEMO_PACK, VIDEO, BOB_RESUMES_AT)
    return bob.id


def learner_named(progress: ProgressSession, name: str) -> Learner:
    return next(learner for learner in progress._learners if learner.name == name)


def ana_watches(qtbot: QtBot, launch: Launch, engine: str,
                ) -> tuple[AppController, VideoView, ProgressSession]:
    """Ana plays the demo video for a few seconds; the controller, the view and progress."""
    controller, view = open_demo_video(launch, engine)
    progress = controller.progress
    assert progress is not None
    view.play()
    wait_until(qtbot, lambda: view.engine.playing and view.engine.position > 3.5)
    return controller, view, progress


def read_store(qtbot: QtBot, controller: AppController, job: Callable[[Store], T]) -> T:
    """``job(store)`` on the store worker, once every job queued before it is done."""
    results: list[T] = []
    with qtbot.waitSignal(controller.worker.idle, timeout=WAIT_MS):
        controller.worker.run(lambda store, _task: job(store), on_done=results.append)
    return results[0]


def test_a_switch_keeps_the_watching_with_who_watched(
        qtbot, launch: Launch, app_dir: Path, engine_name: str) -> None:  # noqa: F811
    bob_id = add_bob(app_dir)
    controller, view, progress = ana_watches(qtbot, launch, engine_name)
    ana = controller.session.learner
    assert ana is not None
    switched_at = view.engine.position  # the pick pauses at once, before any event is handled
    with qtbot.waitSignal(progress.progress_loaded, timeout=WAIT_MS):
        progress.switcher.learner_picked.emit(learner_named(progress, "Bob"))

    # Bob finds the video paused at his own place, not playing on from Ana's.
    wait_until(qtbot, lambda: view.notice.text() == "Resuming at 0:20")
    assert not view.engine.playing
    assert abs(view.engine.position - BOB_RESUMES_AT) < 1.0

    def records(store: Store) -> tuple[list[Interval], float | None, list[Interval],
                                       float | None]:
        return (watched_spans(store, ana.id), resume_point(store, ana.id),
                watched_spans(store, bob_id), resume_point(store, bob_id))

    ana_spans, ana_at, bob_spans, bob_at = read_store(qtbot, controller, records)
    assert ana_spans and ana_spans[0][0] < 1.0 and ana_spans[-1][1] > 3.0
    assert ana_spans[-1][1] <= switched_at + 0.5  # nothing after the switch is hers
    assert ana_at is not None and 3.0 < ana_at <= switched_at + 0.5
    assert bob_spans == [] and bob_at == BOB_RESUMES_AT

    # What Bob then watches is his, from his place; Ana's record stays as it was.
    view.play()
    wait_until(qtbot, lambda: view.engine.playing and view.engine.position > BOB_RESUMES_AT + 2.5)
    view.toggle_play()
    wait_until(qtbot, lambda: not view.engine.playing)
    after = read_store(qtbot, controller, records)
    assert after[:2] == (ana_spans, ana_at)
    assert after[2] and all(start >= BOB_RESUMES_AT - 0.5 for start, _end in after[2])
    assert after[3] is not None and after[3] > BOB_RESUMES_AT + 2.0


def test_a_pin_asked_pauses_the_video_and_stores_what_was_watched(
        qtbot, launch: Launch, app_dir: Path, engine_name: str) -> None:  # noqa: F811
    bob_id = add_bob(app_dir, pin="2468")
    controller, view, progress = ana_watches(qtbot, launch, engine_name)
    ana = controller.session.learner
    assert ana is not None
    progress.switcher.learner_picked.emit(learner_named(progress, "Bob"))
    dialog = progress.dialog
    assert dialog is not None and dialog.pin_field.isVisible()

    # While Bob types his PIN, Ana is not watching: the video stops and her span is stored.
    wait_until(qtbot, lambda: not view.engine.playing)
    paused_at = view.engine.position
    ana_spans = read_store(qtbot, controller, lambda store: watched_spans(store, ana.id))
    assert ana_spans and ana_spans[0][0] < 1.0 and ana_spans[-1][1] > 3.0
    assert controller.session.learner == ana

    dialog.pin_field.setText("2468")
    with qtbot.waitSignal(progress.progress_loaded, timeout=WAIT_MS):
        dialog.pin_button.click()
    wait_until(qtbot, lambda: view.notice.text() == "Resuming at 0:20")
    assert not view.engine.playing

    def records(store: Store) -> tuple[list[Interval], float | None, list[Interval]]:
        return (watched_spans(store, ana.id), resume_point(store, ana.id),
                watched_spans(store, bob_id))

    final_ana_spans, ana_at, bob_spans = read_store(qtbot, controller, records)
    assert final_ana_spans == ana_spans
    assert ana_at is not None and abs(ana_at - paused_at) < 0.5
    assert bob_spans == []
