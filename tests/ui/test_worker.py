"""The store worker: one thread owns the store; results, errors and progress come back by signal."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from c4s_desktop.core.errors import CancelledError, DataDirBusyError
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.worker import StoreWorker, Task


@pytest.fixture
def worker(qtbot, tmp_path: Path):
    w = StoreWorker()
    with qtbot.waitSignal(w.opened, timeout=10_000):
        w.start(tmp_path / "data")
    yield w
    w.stop()


def test_jobs_run_in_order_in_the_writer_thread(qtbot, worker: StoreWorker) -> None:
    seen: list[tuple[int, str]] = []
    results: list[object] = []

    def job(n: int):
        def run(store: Store, _task: Task) -> int:
            seen.append((n, threading.current_thread().name))
            store.db["meta"].insert({"key": f"k{n}", "value": str(n)}, replace=True)
            return n * 10
        return run

    with qtbot.waitSignal(worker.idle, timeout=10_000):
        for n in range(5):
            worker.run(job(n), on_done=results.append)
    assert [n for n, _thread in seen] == [0, 1, 2, 3, 4]
    assert all(name != threading.main_thread().name for _n, name in seen)
    assert results == [0, 10, 20, 30, 40]
    assert not worker.busy


def test_errors_and_progress_reach_the_ui_thread(qtbot, worker: StoreWorker) -> None:
    errors: list[BaseException] = []
    progress: list[tuple[int, int]] = []
    unhandled: list[BaseException] = []
    worker.unhandled_error.connect(unhandled.append)

    def counting(_store: Store, task: Task) -> None:
        for done in range(0, 100_001, 10):
            task.report(done, 100_000)
        raise ValueError("boom")

    with qtbot.waitSignal(worker.idle, timeout=10_000):
        worker.run(counting, on_error=errors.append,
                   on_progress=lambda done, total: progress.append((done, total)))
        worker.run(lambda _store, _task: 1 / 0)
    assert [type(e) for e in errors] == [ValueError]
    assert [type(e) for e in unhandled] == [ZeroDivisionError]
    assert len(progress) <= 1001
    assert progress[-1] == (100_000, 100_000)


def test_a_cancelled_job_sees_its_flag(qtbot, worker: StoreWorker) -> None:
    started = threading.Event()
    errors: list[BaseException] = []

    def long_job(_store: Store, task: Task) -> None:
        started.set()
        while not task.cancelled:
            threading.Event().wait(0.01)
        raise CancelledError("op.cancelled")

    with qtbot.waitSignal(worker.idle, timeout=10_000):
        task = worker.run(long_job, on_error=errors.append)
        assert started.wait(10)
        task.cancel()
    assert isinstance(errors[0], CancelledError)


def test_stop_closes_the_store_and_frees_the_folder(qtbot, tmp_path: Path) -> None:
    worker = StoreWorker()
    with qtbot.waitSignal(worker.opened, timeout=10_000):
        worker.start(tmp_path / "data")
    with pytest.raises(DataDirBusyError):
        Store.open(tmp_path / "data")
    worker.stop()
    Store.open(tmp_path / "data").close()


def test_a_busy_folder_is_reported(qtbot, tmp_path: Path) -> None:
    with Store.open(tmp_path / "data"):
        worker = StoreWorker()
        with qtbot.waitSignal(worker.open_failed, timeout=10_000) as failed:
            worker.start(tmp_path / "data")
        worker.stop()
    assert isinstance(failed.args[0], DataDirBusyError)
