"""A learner on a slow or paid link: stopping a long sync from the status bar or its details,
the waiting count that follows the run, and what screen readers hear of it.

Against the real ``c4s-sync`` server on 127.0.0.1, through a proxy that holds one batch until
the test lets it go, so a stop lands while that batch is on its way: the run ends at once all
the same, and the held batch goes again with the next run.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.progress import ProgressPace
from c4s_desktop.ui import sync_jobs
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.sync_flow import SyncFlow
from c4s_desktop.ui.sync_status import SyncState
from c4s_desktop.ui.worker import StoreWorker
from tests.sync.conftest import completions, fast_config, learner_id
from tests.sync.faultproxy import Fault, FaultProxy
from tests.sync.realserver import ServerProcess
from tests.ui.conftest import Announced, Launch
from tests.ui.test_sync_status import WAIT_MS, wait_state

STATEMENTS = 1000
BATCH = 100
ANSWERED = 3
"""Batches answered before the held one: 300 sent, the fourth on its way."""
HOLD_S = 60.0
"""Longest a batch is held (a test that fails must not leave the proxy's thread forever)."""
STOP_MS = 5_000
"""A generous bound on a stop with a batch held, far below the read timeout (30 s) and the
hold: the run must not wait for the batch's answer."""


class HeldBatch:
    """The proxy's plan: pass the first :data:`ANSWERED` batches, hold the next one until
    :attr:`release` is set (then pass it on), pass the rest."""

    def __init__(self) -> None:
        self.posts = 0
        self.held = threading.Event()
        self.release = threading.Event()
        self._lock = threading.Lock()

    def __call__(self, method: str, path: str, _number: int) -> Fault:
        if method == "POST" and path.startswith("/xapi/statements"):
            with self._lock:
                self.posts += 1
                number = self.posts
            if number == ANSWERED + 1:
                self.held.set()
                self.release.wait(HOLD_S)
        return Fault.PASS


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with ServerProcess(tmp_path / "server") as running:
        yield running


@pytest.fixture
def held(app_dir: Path, server: ServerProcess) -> Iterator[HeldBatch]:
    """``app_dir`` with Ana's :data:`STATEMENTS` waiting, enrolled through the holding proxy."""
    plan = HeldBatch()
    host, port = server.url.split("//", 1)[1].rstrip("/").rsplit(":", 1)
    with FaultProxy((host, int(port)), plan) as proxy:
        with Store.open(app_dir) as store:
            create_learner(store, "Ana")
            record(store, completions(learner_id(store), STATEMENTS))
            from c4s_desktop.core.sync.enroll import enroll_device

            enroll_device(store, app_dir, proxy.url, server.enroll_code("laptop"))
        yield plan
        plan.release.set()  # a failed test leaves no batch held


@pytest.fixture
def direct(app_dir: Path, server: ServerProcess) -> None:
    """``app_dir`` with Ana's :data:`STATEMENTS` waiting, enrolled with the server itself."""
    from c4s_desktop.core.sync.enroll import enroll_device

    with Store.open(app_dir) as store:
        create_learner(store, "Ana")
        record(store, completions(learner_id(store), STATEMENTS))
        enroll_device(store, app_dir, server.url, server.enroll_code("laptop"))


def record_one(qtbot, flow: SyncFlow, worker: StoreWorker) -> None:  # type: ignore[no-untyped-def]
    """Record one more statement of Ana's on the store worker, and tell sync, as the app
    does when a learner answers (``statements_stored``)."""
    done: list[object] = []

    def job(store: Store, _task: object) -> None:
        record(store, completions(learner_id(store), 1, prefix="during-the-run"))

    worker.run(job, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    flow.activity()


def requests_left_behind() -> list[threading.Thread]:
    """The threads of requests a stopped run left on their way."""
    return [t for t in threading.enumerate() if t.name == "c4s-request" and t.is_alive()]


def long_sync(launch: Launch) -> SyncFlow:
    """The app, its sync in batches of :data:`BATCH` with every progress report heard."""
    return in_batches(launch())


def in_batches(controller: AppController) -> SyncFlow:
    """``controller``'s sync in batches of :data:`BATCH` with every progress report heard."""
    assert controller.sync is not None
    flow = controller.sync
    flow.scheduler.config = fast_config(attempts=2, batch_count=BATCH,
                                        pace=ProgressPace(quiet=0.0, every=0.0))
    flow.scheduler.timer.stop()  # no run after the start's delay: each test starts its own
    return flow


def test_the_waiting_count_of_the_details_follows_the_run(
        qtbot, launch: Launch, held: HeldBatch, server: ServerProcess) -> None:
    flow = long_sync(launch)
    details = flow.open_details()
    qtbot.waitUntil(lambda: details.waiting.text() == "1,000 statements", timeout=WAIT_MS)
    flow.sync_now()
    qtbot.waitUntil(held.held.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: details.waiting.text() == "700 statements", timeout=WAIT_MS)
    held.release.set()
    wait_state(qtbot, flow, SyncState.SYNCED)
    assert details.waiting.text() == "0 statements"
    assert len(server.statement_ids()) == STATEMENTS


def test_a_statement_recorded_during_a_run_is_counted_as_waiting_before_it_ends(
        qtbot, launch: Launch, held: HeldBatch, server: ServerProcess) -> None:
    controller = launch()
    flow = in_batches(controller)
    details = flow.open_details()
    flow.sync_now()
    qtbot.waitUntil(held.held.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: details.waiting.text() == "700 statements", timeout=WAIT_MS)

    record_one(qtbot, flow, controller.worker)  # while the fourth batch is held
    qtbot.waitUntil(lambda: details.waiting.text() == "701 statements", timeout=WAIT_MS)
    assert flow.scheduler.running and not held.release.is_set()

    # The push's reports count it too, so what they show left goes down from there to 0.
    shown: list[str] = []
    flow.scheduler.progressed.connect(lambda _done, _total: shown.append(details.waiting.text()))
    held.release.set()
    wait_state(qtbot, flow, SyncState.SYNCED)
    assert shown == [f"{left} statements" for left in (601, 501, 401, 301, 201, 101)] + [
        "1 statement", "0 statements"]
    ids = server.statement_ids()
    assert len(ids) == len(set(ids)) == STATEMENTS + 1


def test_stop_in_the_status_bar_ends_the_run_at_once_with_a_batch_held_and_pauses_sync(
        qtbot, launch: Launch, held: HeldBatch, server: ServerProcess,
        announced: Announced) -> None:
    flow = long_sync(launch)
    stop = flow.stop_button
    assert not stop.isVisible()  # nothing to stop
    flow.sync_now()
    qtbot.waitUntil(held.held.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(stop.isVisible, timeout=WAIT_MS)  # the run reports progress: a long one
    assert stop.accessibleName() == "Stop sync"
    assert stop.focusPolicy() & Qt.FocusPolicy.TabFocus
    announced.clear()

    qtbot.keyClick(stop, Qt.Key.Key_Space)
    assert flow.button.text() == "Stopping sync…" and not stop.isVisible()
    # Ended while the proxy still holds the fourth batch: its answer is not waited for.
    wait_state(qtbot, flow, SyncState.STOPPED, timeout=STOP_MS)
    assert not held.release.is_set()
    assert flow.button.text() == "Sync stopped: 700 statements waiting"
    assert "Sync now" in flow.button.toolTip()
    assert len(server.statement_ids()) == 300  # the three batches answered before the stop
    assert announced == [("Stopping sync…", False),
                         ("Sync stopped: 700 statements waiting", False)]

    # No automatic run until the learner asks: neither the timer nor their activity.
    assert not flow.scheduler.timer.isActive()
    flow.activity()
    assert not flow.scheduler.activity_timer.isActive() and not flow.scheduler.running

    # The held batch reaches the server after all; its answer, to a run that ended, marks
    # nothing sent: its statements still wait.
    held.release.set()
    qtbot.waitUntil(lambda: len(server.statement_ids()) == 400, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not requests_left_behind(), timeout=WAIT_MS)
    flow.refresh()
    qtbot.waitUntil(lambda: flow.button.text() == "Sync stopped: 700 statements waiting",
                    timeout=WAIT_MS)

    details = flow.open_details()
    assert details.sync_button.isEnabled() and not details.stop_button.isVisibleTo(details)
    assert details.summary.text().startswith("You stopped sync.")
    details.sync_button.click()  # the rest goes, the held batch again: the server keeps one
    wait_state(qtbot, flow, SyncState.SYNCED)
    held_ids = server.statement_ids()
    assert len(held_ids) == len(set(held_ids)) == STATEMENTS
    assert details.waiting.text() == "0 statements"
    assert flow.scheduler.timer.isActive()  # and the schedule is back


def test_stop_sync_in_the_details_stops_the_run_and_says_what_waits(
        qtbot, launch: Launch, held: HeldBatch, server: ServerProcess,
        announced: Announced) -> None:
    flow = long_sync(launch)
    details = flow.open_details()
    assert not details.stop_button.isVisibleTo(details)
    announced.clear()
    details.sync_button.click()
    qtbot.waitUntil(held.held.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: details.waiting.text() == "700 statements", timeout=WAIT_MS)
    assert details.stop_button.isVisibleTo(details) and details.stop_button.isEnabled()
    assert not details.sync_button.isVisibleTo(details)  # Stop sync stands in its place

    details.stop_button.click()
    assert not details.stop_button.isEnabled()
    assert details.summary.text().startswith("Stopping sync…")
    wait_state(qtbot, flow, SyncState.STOPPED, timeout=STOP_MS)  # the batch still held
    assert not details.stop_button.isVisibleTo(details)
    assert details.sync_button.isVisibleTo(details) and details.sync_button.isEnabled()
    assert details.waiting.text() == "700 statements"
    assert len(server.statement_ids()) == 300
    # Asked for, so told at once; one milestone passed (a quarter) before the stop.
    assert announced == [("Sync started.", False),
                         ("Sending progress: 300 of 1,000", False),
                         ("Stopping sync…", False),
                         ("Sync stopped: 700 statements waiting", False)]


@pytest.mark.parametrize("moment", ["last batch marked sent", "run returned"])
def test_a_stop_racing_the_end_of_the_last_batch_reports_the_run_finished(
        qtbot, launch: Launch, direct: None, server: ServerProcess, announced: Announced,
        monkeypatch: pytest.MonkeyPatch, moment: str) -> None:
    """Everything was sent: the run finished, whatever the stop pressed as it did."""
    flow = long_sync(launch)
    stopped: list[bool] = []

    def stop() -> None:
        flow.stop()
        stopped.append(flow.scheduler.stop_requested)

    if moment == "last batch marked sent":
        # Told as the last batch is marked, before the push looks for another.
        flow.scheduler.progressed.connect(
            lambda done, total: stop() if done == total == STATEMENTS else None)
    else:
        returned, pressed = threading.Event(), threading.Event()
        run_sync = sync_jobs.run_sync

        def run_then_wait(*args: Any, **kwargs: Any) -> object:
            report = run_sync(*args, **kwargs)
            returned.set()
            pressed.wait(HOLD_S)  # the run's result reaches the window after the stop
            return report

        monkeypatch.setattr(sync_jobs, "run_sync", run_then_wait)
    announced.clear()
    flow.sync_now()
    if moment == "run returned":
        qtbot.waitUntil(returned.is_set, timeout=WAIT_MS)
        stop()
        pressed.set()
    wait_state(qtbot, flow, SyncState.SYNCED)
    assert stopped == [True]  # the stop was taken while the run was on
    assert flow.button.text() == "Synced" and not flow.scheduler.paused
    assert flow.scheduler.timer.isActive()  # the schedule goes on
    assert len(server.statement_ids()) == STATEMENTS
    assert announced[-1] == (
        "Sync finished. All progress recorded here is on the server.", False)


def test_screen_readers_hear_a_long_runs_start_milestones_and_end_not_a_short_one(
        qtbot, launch: Launch, app_dir: Path, server: ServerProcess,
        announced: Announced) -> None:
    from c4s_desktop.core.sync.enroll import enroll_device

    with Store.open(app_dir) as store:
        create_learner(store, "Ana")
        record(store, completions(learner_id(store), 1200))
        enroll_device(store, app_dir, server.url, server.enroll_code("laptop"))
    flow = long_sync(launch)
    announced.clear()
    flow.sync_now()
    wait_state(qtbot, flow, SyncState.SYNCED)
    assert announced == [
        ("Sync started. Sending progress: 0 of 1,200", False),
        ("Sending progress: 300 of 1,200", False),
        ("Sending progress: 600 of 1,200", False),
        ("Sending progress: 900 of 1,200", False),
        ("Sync finished. All progress recorded here is on the server.", False),
    ]
    announced.clear()
    read_before: list[object] = []  # the status as the run ends, before it is read again
    flow.scheduler.finished.connect(lambda _report, _error: read_before.append(flow.snapshot))
    flow.sync_now()  # nothing to send: a run that reports nothing is not talked about
    qtbot.waitUntil(lambda: bool(read_before) and flow.snapshot is not read_before[0],
                    timeout=WAIT_MS)
    assert flow.button.state is SyncState.SYNCED
    assert announced == []
