"""A damaged database is still reported at start, though the app checks it after opening; the
backup the app keeps at close is offered in its place.

The store worker opens the data folder without SQLite's whole-file check (it reads every page)
and runs the check while the window is built, before any job. These tests damage the file in
the places each path meets first and look for the same clear error as at open.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest

from c4s_desktop.core.errors import StoreError
from c4s_desktop.core.store.backups import Interruptible, check_file, list_backups
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.worker import StoreWorker
from tests.ui.conftest import Launch

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096


def _filled(data: Path) -> Path:
    """A data folder with a backup whose last pages hold ``pack_history``, a table nothing
    reads at start (so only the whole-file check can find damage there); the database path."""
    with Store.open(data) as store:
        with store.transaction() as db:
            for n in range(3000):
                db.table("pack_history").insert({"pack_id": f"p{n}", "version": 1,
                                                 "action": "install", "at": "x" * 100})
        store.backup("test")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return data / "c4s.sqlite"


def _damage(db: Path, offset: int) -> None:
    with open(db, "r+b") as fh:
        fh.seek(offset)
        fh.write(b"\xff" * PAGE * 3)


@pytest.mark.parametrize("where", ["early pages", "last pages"])
def test_worker_reports_damage_before_any_job_runs(qtbot, tmp_path: Path, where: str) -> None:
    db = _filled(tmp_path / "data")
    _damage(db, PAGE if where == "early pages" else db.stat().st_size - 3 * PAGE)
    worker = StoreWorker()
    ran: list[object] = []
    worker.opened.connect(lambda: worker.run(lambda _store, _task: ran.append(1)))
    with qtbot.waitSignal(worker.open_failed, timeout=10_000) as failed:
        worker.start(tmp_path / "data")
    worker.stop()
    error = failed.args[0]
    assert isinstance(error, StoreError) and error.code == "store.corrupt"
    assert "c4s store restore" in error.message
    assert ran == []


def test_intact_database_opens_and_runs_jobs(qtbot, tmp_path: Path) -> None:
    _filled(tmp_path / "data")
    worker = StoreWorker()
    with qtbot.waitSignal(worker.opened, timeout=10_000):
        worker.start(tmp_path / "data")
    results: list[int] = []
    with qtbot.waitSignal(worker.idle, timeout=10_000):
        worker.run(lambda store, _task: store.conn.execute(
            "SELECT count(*) FROM pack_history").fetchone()[0],
            on_done=results.append)
    worker.stop()
    assert results == [3000]


def test_app_says_the_database_is_damaged_and_exits(tmp_path: Path) -> None:
    db = _filled(tmp_path / "data")
    _damage(db, db.stat().st_size - 3 * PAGE)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path / "data"),
         "--lang", "en", "--screenshot", str(tmp_path / "shot.png")],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 1
    assert "c4s store restore" in done.stderr
    assert not (tmp_path / "shot.png").exists()


@pytest.mark.parametrize("answer", ["restore", "quit"])
def test_the_app_offers_the_backup_and_restores_it_off_the_ui_thread(
        qtbot, launch: Launch, app_dir: Path, answer: str) -> None:
    from c4s_desktop.core.learners import create_learner, list_learners

    with Store.open(app_dir) as store:
        create_learner(store, "Anna")  # in the backup
        store.backup("test")
        create_learner(store, "Béla")  # after it: lost on this computer by a restore
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = app_dir / "c4s.sqlite"
    _damage(db, PAGE)
    controller = launch(wait=False)
    qtbot.waitUntil(lambda: controller.restore_offer is not None, timeout=20_000)
    offer = controller.restore_offer
    assert offer is not None
    assert offer.box.text() == f"The database in {app_dir} is damaged."
    assert str(db) in offer.box.detailedText()
    assert "The backup from " in offer.box.informativeText()
    assert offer.box.defaultButton() is offer.restore_button
    with qtbot.waitSignal(controller.finished, timeout=20_000) as ended:
        (offer.restore_button if answer == "restore" else offer.quit_button).click()
    if answer == "quit":
        assert ended.args == [1] and not controller.restart
        with pytest.raises(StoreError):
            Store.open(app_dir).close()
        return
    assert ended.args == [0] and controller.restart  # the app starts again on the backup
    with Store.open(app_dir) as store:
        assert [learner.name for learner in list_learners(store)] == ["Anna"]
    assert any(p.name.startswith("damaged-") for p in (app_dir / "backups").iterdir())


def _session(qtbot, launch: Launch, name: str) -> None:
    """One run of the app: add learner ``name`` through the store worker, then close."""
    from c4s_desktop.core.learners import create_learner

    controller = launch()
    with qtbot.waitSignal(controller.worker.idle, timeout=20_000):
        controller.worker.run(lambda store, _task: create_learner(store, name))
    controller.shutdown()


def test_the_app_keeps_a_backup_of_the_day_at_close(qtbot, launch: Launch, app_dir: Path) -> None:
    _session(qtbot, launch, "Anna")
    backups = list_backups(app_dir / "backups")
    assert len(backups) == 1 and check_file(backups[0]) == "ok"
    conn = sqlite3.connect(f"file:{backups[0]}?mode=ro", uri=True)
    assert conn.execute("SELECT name FROM learners").fetchall() == [("Anna",)]  # the day's work
    conn.close()
    _session(qtbot, launch, "Béla")
    assert list_backups(app_dir / "backups") == backups  # not twice a day


def test_damage_after_a_session_offers_the_backup_it_left(
        qtbot, launch: Launch, app_dir: Path) -> None:
    from c4s_desktop.core.learners import list_learners

    _session(qtbot, launch, "Anna")
    (made,) = list_backups(app_dir / "backups")
    _damage(app_dir / "c4s.sqlite", PAGE)
    controller = launch(wait=False)
    qtbot.waitUntil(lambda: controller.restore_offer is not None, timeout=20_000)
    offer = controller.restore_offer
    assert offer is not None
    when = datetime.fromtimestamp(made.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    assert f"The backup from {when} " in offer.box.informativeText()
    with qtbot.waitSignal(controller.finished, timeout=20_000) as ended:
        offer.restore_button.click()
    assert ended.args == [0] and controller.restart
    with Store.open(app_dir) as store:
        assert [learner.name for learner in list_learners(store)] == ["Anna"]


def test_a_backup_that_fails_at_close_does_not_stop_the_close(
        qtbot, app_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    from c4s_desktop.core.store.meta import get_meta, set_meta

    worker = StoreWorker()
    with qtbot.waitSignal(worker.opened, timeout=10_000):
        worker.start(app_dir, backup_at_close=True)
    with qtbot.waitSignal(worker.idle, timeout=10_000):
        worker.run(lambda store, _task: set_meta(store, "work", "kept"))
    (app_dir / "backups").rmdir()  # what cannot be written: a file where the folder goes
    (app_dir / "backups").write_text("not a folder")
    with caplog.at_level(logging.WARNING, logger="c4s.store"):
        worker.stop()
    assert "no backup at close" in caplog.text
    (app_dir / "backups").unlink()
    with Store.open(app_dir) as store:  # the lock was let go and nothing was lost
        assert get_meta(store, "work") == "kept"


def test_a_backup_the_last_close_had_no_time_for_is_made_after_start(
        qtbot, launch: Launch, app_dir: Path) -> None:
    from c4s_desktop.core.store.daily_backup import LATE_MARK

    (app_dir / "backups" / LATE_MARK).touch()
    launch()  # ready: start-up is over, and only then is the backup queued
    qtbot.waitUntil(lambda: bool(list_backups(app_dir / "backups")), timeout=20_000)
    assert not (app_dir / "backups" / LATE_MARK).exists()  # a quick copy: the close's again


def test_the_backup_after_start_holds_up_no_store_job(
        qtbot, launch: Launch, app_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A year of a class's work takes seconds to minutes to copy, while the learner's progress
    loads and their answers are stored. Here the copy is held at its check until a store job
    has run: were the copy a store job itself, that job would wait behind it."""
    from c4s_desktop.core.store import backups
    from c4s_desktop.core.store.daily_backup import LATE_MARK
    from c4s_desktop.core.store.meta import get_meta, set_meta

    checking, job_ran = threading.Event(), threading.Event()
    real_check = backups.check_file

    def check_once_a_job_ran(path: Path, interruptible: Interruptible | None = None) -> str:
        checking.set()
        job_ran.wait(timeout=15)
        return real_check(path, interruptible)

    monkeypatch.setattr(backups, "check_file", check_once_a_job_ran)
    (app_dir / "backups" / LATE_MARK).touch()
    controller = launch()
    try:
        qtbot.waitUntil(checking.is_set, timeout=20_000)
        stored: list[str | None] = []
        controller.worker.run(
            lambda store, _task: (set_meta(store, "work", "kept"), get_meta(store, "work"))[1],
            on_done=stored.append)
        qtbot.waitUntil(lambda: stored == ["kept"], timeout=5_000)
    finally:
        job_ran.set()
    qtbot.waitUntil(lambda: bool(list_backups(app_dir / "backups")), timeout=20_000)
    assert controller.backup_job is None  # ended, and let go
