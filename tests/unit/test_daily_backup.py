"""The app's daily backup at close: one a day, of a checked database, never in the way."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from pathlib import Path

import pytest

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.store import backups, daily_backup
from c4s_desktop.core.store.backups import backup_beside_writer, check_file, list_backups
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta, set_meta


def _session(data: Path, value: str) -> Path | None:
    """Open the store as the app's writer does, record ``value``, back up at close."""
    with Store.open(data) as store:
        set_meta(store, "work", value)
        return daily_backup.at_close(store)


def test_due_once_a_day_and_when_the_newest_is_from_the_future(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    assert daily_backup.due(backups)  # none yet
    backups.mkdir()
    newest = backups / "c4s-20261124T000000000000Z-daily.sqlite"
    newest.write_bytes(b"")
    now = time.time()
    for age, expected in ((0, False), (19 * 3600, False), (21 * 3600, True), (-3600, True)):
        os.utime(newest, (now - age, now - age))
        assert daily_backup.due(backups, now) is expected, age


def test_a_backup_is_made_at_close_and_not_twice_a_day(data_dir: Path) -> None:
    made = _session(data_dir, "monday")
    assert made is not None and check_file(made) == "ok"
    assert _session(data_dir, "monday, later") is None
    assert list_backups(data_dir / "backups") == [made]
    day_ago = time.time() - 21 * 3600
    os.utime(made, (day_ago, day_ago))
    assert _session(data_dir, "tuesday") is not None
    assert len(list_backups(data_dir / "backups")) == 2


def test_an_unchecked_database_is_not_backed_up(data_dir: Path) -> None:
    with Store.open(data_dir):
        pass
    (data_dir / "c4s.closed").unlink()  # no clean close noted: the file must be checked first
    with Store.open(data_dir, check=False) as store:
        assert store.check_needed
        assert daily_backup.at_close(store) is None
    assert list_backups(data_dir / "backups") == []


def test_a_copy_too_slow_for_the_close_is_made_after_the_next_start(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(daily_backup, "CLOSE_BUDGET_S", -1.0)  # every copy is too slow
    assert _session(data_dir, "big") is None
    assert list_backups(data_dir / "backups") == []
    assert (data_dir / "backups" / daily_backup.LATE_MARK).exists()
    assert _session(data_dir, "bigger") is None  # the close no longer tries
    with Store.open(data_dir):  # the app's writer has the folder open meanwhile
        made = daily_backup.after_start(DataDir(data_dir), lambda: False)
    assert made is not None and check_file(made) == "ok"
    assert (data_dir / "backups" / daily_backup.LATE_MARK).exists()  # still slow: stays
    monkeypatch.setattr(daily_backup, "CLOSE_BUDGET_S", 60.0)
    os.utime(made, (0, 0))
    with Store.open(data_dir):
        assert daily_backup.after_start(DataDir(data_dir), lambda: False) is not None
    assert not (data_dir / "backups" / daily_backup.LATE_MARK).exists()  # quick: back to close


def test_a_backup_that_cannot_be_written_is_logged_and_loses_nothing(
        data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    with Store.open(data_dir) as store, caplog.at_level(logging.WARNING, logger="c4s.store"):
        set_meta(store, "work", "kept")
        (data_dir / "backups").rmdir()  # a file where the folder should be: nothing is written
        (data_dir / "backups").write_text("not a folder")
        assert daily_backup.at_close(store) is None
    assert "no backup at close" in caplog.text
    (data_dir / "backups").unlink()
    with Store.open(data_dir) as store:  # closed cleanly: the lock is free, the work is there
        assert not store.check_needed
        assert get_meta(store, "work") == "kept"


def test_the_copy_after_start_is_of_one_moment_while_the_writer_goes_on(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The writer commits between every two steps of the copy: the copy neither waits nor
    starts over, and holds the database as it was when it began."""
    monkeypatch.setattr(backups, "STEP_PAGES", 1)
    with Store.open(data_dir) as store:
        with store.transaction() as db:
            db.table("pack_history").insert_all(
                {"pack_id": f"p{n}", "version": 1, "action": "install", "at": "x" * 200}
                for n in range(400))
        steps = 0

        def between_steps() -> bool:
            nonlocal steps
            steps += 1
            assert steps < 2000, "the copy keeps starting over"
            with store.transaction() as db:
                db.table("pack_history").insert(
                    {"pack_id": f"later{steps}", "version": 1, "action": "install", "at": ""})
            return False

        made = backup_beside_writer(store.data_dir.database, store.data_dir.backups, "test",
                                    between_steps)
        assert steps > 10  # it took many steps, each with a commit between
        in_store = store.conn.execute("SELECT count(*) FROM pack_history").fetchone()[0]
    assert in_store == 400 + steps
    assert check_file(made) == "ok"
    copy = sqlite3.connect(made)
    try:
        assert copy.execute("SELECT count(*) FROM pack_history").fetchone()[0] == 400
    finally:
        copy.close()
