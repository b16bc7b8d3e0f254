"""The store bridge: SQL from a background thread runs on the store worker, all or nothing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.pool_job import PoolJob
from c4s_desktop.ui.store_bridge import StoreBridge
from c4s_desktop.ui.worker import StoreWorker

WAIT_MS = 30_000



def in_background(qtbot, work):  # type: ignore[no-untyped-def]
    """Run ``work(job)`` as a :class:`PoolJob`; return its result or its error."""
    outcome: list[object] = []
    job = PoolJob(work, outcome.append, outcome.append).start()
    qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT_MS)
    assert not job.running
    return outcome[0]


def meta(store: Store, key: str) -> str | None:
    row = store.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def put(store: Store, key: str, value: str, fail: bool = False) -> None:
    with store.transaction() as db:
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [key, value])
        if fail:
            raise ValueError("the step failed half-way")


def test_a_step_runs_on_the_writer_and_its_failure_comes_back_rolled_back(
        qtbot, store_worker: StoreWorker, app_dir: Path) -> None:
    bridge = StoreBridge(store_worker)
    threads: list[str] = []

    def step(store: Store) -> None:
        threads.append(threading.current_thread().name)
        put(store, "bridge.a", "1")

    def work(job: PoolJob) -> tuple[str | None, str | None]:
        threads.append(threading.current_thread().name)
        bridge.call(step, job.cancel)
        with pytest.raises(ValueError):
            bridge.call(lambda store: put(store, "bridge.b", "2", fail=True), job.cancel)
        call = bridge.caller(job.cancel)
        return call(lambda store: meta(store, "bridge.a")), call(
            lambda store: meta(store, "bridge.b"))

    assert in_background(qtbot, work) == ("1", None)
    assert threads[0] == "c4s-net" and threads[1] != "c4s-net"
    with Store.open(app_dir, write=False) as reader:
        assert meta(reader, "bridge.a") == "1" and meta(reader, "bridge.b") is None


def test_store_jobs_run_while_a_background_job_waits_between_steps(
        qtbot, store_worker: StoreWorker, app_dir: Path) -> None:
    bridge = StoreBridge(store_worker)
    inside = threading.Event()
    release = threading.Event()

    def work(job: PoolJob) -> int:
        count = bridge.call(lambda store: store.db.execute(
            "SELECT count(*) FROM meta").fetchone(), job.cancel)
        inside.set()
        release.wait(WAIT_MS / 1000)  # a long network wait, between store steps
        assert count is not None
        return int(count[0])

    job = PoolJob(work).start()
    qtbot.waitUntil(inside.is_set, timeout=WAIT_MS)
    answered: list[object] = []
    store_worker.run(lambda store, _task: meta(store, "default_trust_seeded"),
                     on_done=answered.append)
    qtbot.waitUntil(lambda: bool(answered), timeout=WAIT_MS)  # the writer was free
    release.set()
    qtbot.waitUntil(lambda: not job.running, timeout=WAIT_MS)


def test_a_cancelled_call_that_never_started_raises_cancelled(
        qtbot, store_worker: StoreWorker, app_dir: Path) -> None:
    bridge = StoreBridge(store_worker)
    store_worker.stop()  # the app is quitting: the worker runs nothing more

    def work(job: PoolJob) -> object:
        job.cancel.set()
        return bridge.call(lambda store: store.db.execute("SELECT 1").fetchone(), job.cancel)

    assert isinstance(in_background(qtbot, work), CancelledError)
