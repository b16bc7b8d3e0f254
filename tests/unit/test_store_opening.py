"""Opening a store that needs a schema change or a whole-file check: its steps are told, and a
stop from another thread ends them cleanly, leaving the database as it was (real files).

The change is one more migration appended to the app's (as ``test_store.py`` does), so the
data folder is at the schema before it, with rows enough for a copy of several steps.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.store import migrations
from c4s_desktop.core.store.backups import list_backups
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.opening import Opening
from tests.schema_behind import schema_version, step_behind

ROWS = 600
"""Rows of 2 KB: a database of ~1.5 MB, a copy of a dozen 32-page steps."""


@pytest.fixture
def behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder one schema behind the app, closed cleanly, copied in small steps."""
    root = tmp_path / "data"
    step_behind(root, ROWS, monkeypatch)
    return root


def _unchanged(root: Path) -> None:
    """The schema change did not happen, no copy or part of one is left, and the folder is
    free for the next start."""
    assert schema_version(root) == len(migrations.MIGRATIONS) - 1
    assert list((root / "backups").iterdir()) == []
    Store.open(root, check=False).close()  # the lock was released


def test_each_step_is_told_in_order_with_the_copy_s_pages(behind: Path) -> None:
    (behind / "c4s.closed").unlink()  # as after a power cut: checked before the change
    told: list[tuple[str, int, int]] = []
    with Store.open(behind, check=False, opening=Opening(lambda *step: told.append(step))):
        pass
    stages = [stage for stage, _done, _total in told]
    assert stages[0] == "check" and stages[-1] == "migrate"
    copy = [(done, total) for stage, done, total in told if stage == "backup" and total]
    assert len(copy) > 3
    assert [done for done, _ in copy] == sorted(done for done, _ in copy)
    assert copy[-1][0] == copy[-1][1]  # the whole file
    assert ("backup", 0, 0) in told[told.index(("backup", *copy[-1])):]  # the copy's check
    assert schema_version(behind) == len(migrations.MIGRATIONS)
    assert len(list_backups(behind / "backups")) == 1


def test_a_stop_during_the_copy_drops_it_and_changes_nothing(behind: Path) -> None:
    opening: Opening

    def told(stage: str, done: int, _total: int) -> None:
        if stage == "backup" and done > 0:
            opening.stop()  # as from the window's Quit, mid-copy

    opening = Opening(told)
    with pytest.raises(CancelledError):
        Store.open(behind, check=False, opening=opening)
    _unchanged(behind)


def test_a_stop_during_the_copy_s_check_drops_it_and_changes_nothing(behind: Path) -> None:
    """The copy's own check reads the whole copy (minutes on a class's year of work and an old
    disk); a stop then ends it instead of waiting for it, and no copy is kept."""
    opening: Opening
    copied = False

    def told(stage: str, done: int, total: int) -> None:
        nonlocal copied
        if stage == "backup" and total:
            copied = done == total
        elif stage == "backup" and copied:  # (0, 0): the copy is checked next
            opening.stop()

    opening = Opening(told)
    with pytest.raises(CancelledError):
        Store.open(behind, check=False, opening=opening)
    _unchanged(behind)


def test_a_stop_before_the_change_leaves_the_schema_and_keeps_the_copy(behind: Path) -> None:
    opening: Opening

    def told(stage: str, _done: int, _total: int) -> None:
        if stage == "migrate":
            opening.stop()

    opening = Opening(told)
    with pytest.raises(CancelledError):
        Store.open(behind, check=False, opening=opening)
    assert schema_version(behind) == len(migrations.MIGRATIONS) - 1
    assert len(list_backups(behind / "backups")) == 1  # whole, and of use to nobody's harm
    with Store.open(behind, check=False) as store:  # the next start takes it up
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(
            migrations.MIGRATIONS)


def test_a_stop_from_another_thread_ends_the_whole_file_check(behind: Path) -> None:
    """The check after a power cut, as the app's worker runs it after opening: a window closed
    meanwhile stops it (SQLite interrupts it) instead of waiting for it."""
    with Store.open(behind) as store:  # brought up to date
        pass
    (behind / "c4s.closed").unlink()
    store = Store.open(behind, check=False)
    assert store.check_needed
    opening = Opening()
    done = threading.Event()

    def stop_until_done() -> None:
        while not done.is_set():
            opening.stop()
            done.wait(0.001)

    stopper = threading.Thread(target=stop_until_done)
    stopper.start()
    try:
        with pytest.raises(CancelledError):
            store.check(opening)
    finally:
        done.set()
        stopper.join()
    assert store.check_needed  # not found sound: the next start checks again
    store.close()
    assert not (behind / "c4s.closed").exists()


def test_an_opening_never_stopped_opens_as_before(behind: Path) -> None:
    with Store.open(behind, opening=Opening()) as store:
        assert store.conn.execute("SELECT count(*) FROM extra").fetchone()[0] == 0
