"""The app's log files rotate past their size limit and keep the last five; a log that
cannot be written is lost quietly, never in the user's way."""

from __future__ import annotations

import contextlib
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from c4s_desktop.core.logs import RotatingLog


def _write(path: Path, lines: list[str], max_bytes: int, backup_count: int) -> None:
    """Log ``lines`` through a rotating log at ``path``, then close it."""
    handler = RotatingLog(path, max_bytes=max_bytes, backup_count=backup_count)
    try:
        for text in lines:
            handler.emit(logging.LogRecord("c4s.test", logging.INFO, __file__, 1, text, None, None))
    finally:
        handler.close()


def test_a_file_past_the_limit_moves_to_dot_one_and_writing_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    _write(path, [f"line {n:02d} " + "x" * 20 for n in range(30)], max_bytes=200, backup_count=2)
    current = path.read_text("utf-8")
    first = (tmp_path / "app.log.1").read_text("utf-8")
    second = (tmp_path / "app.log.2").read_text("utf-8")
    assert not (tmp_path / "app.log.3").exists()  # the oldest beyond two is dropped
    assert "line 29" in current
    assert len(first.encode()) >= 200 and len(second.encode()) >= 200
    # Newest to oldest across the files, with no line lost between the kept files.
    kept = second.splitlines() + first.splitlines() + current.splitlines()
    numbers = [int(line.split()[1]) for line in kept]
    assert numbers == list(range(numbers[0], 30))


def test_no_backups_means_no_rotation(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    _write(path, [f"line {n} " + "y" * 60 for n in range(5)], max_bytes=50, backup_count=0)
    assert not (tmp_path / "app.log.1").exists()
    assert len(path.read_text("utf-8").splitlines()) == 5


def _record(text: str) -> logging.LogRecord:
    return logging.LogRecord("c4s.test", logging.INFO, __file__, 1, text, None, None)


FULL = Path("/dev/full")
needs_dev_full = pytest.mark.skipif(not FULL.exists(), reason="needs /dev/full (Linux)")


@needs_dev_full
def test_a_log_on_a_full_disk_says_so_once_and_nothing_more(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every write to /dev/full fails with ENOSPC, as on a full disk. The standard handler
    printed a traceback for each record (with logging.raiseExceptions on, the default)."""
    assert logging.raiseExceptions
    path = tmp_path / "app.log"
    path.symlink_to(FULL)  # a link, so that a rotation could only ever move the link
    handler = RotatingLog(path, max_bytes=100, backup_count=2)
    try:
        for n in range(40):
            handler.emit(_record(f"line {n} " + "x" * 50))
    finally:
        # Its last flush fails too; logging.shutdown ignores that at exit, and so do we.
        with contextlib.suppress(OSError):
            handler.close()
    err = capsys.readouterr().err
    assert err == (f"warning: the log {path} cannot be written (No space left on device); "
                   "carrying on without it\n")


def test_a_log_whose_folder_went_away_never_raises_into_the_app(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The folder removed under a running app (a USB stick pulled): the rotation cannot open
    the new file, and the next record's reopening failed outside any handler before."""
    logs = tmp_path / "logs"
    logs.mkdir()
    handler = RotatingLog(logs / "app.log", max_bytes=10, backup_count=1)
    try:
        handler.emit(_record("first"))
        shutil.rmtree(logs)
        for text in ("rotated away", "nowhere to go", "still nowhere"):
            handler.emit(_record(text))
    finally:
        handler.close()
    assert capsys.readouterr().err.count("\n") == 1


@needs_dev_full
def test_the_c4s_tool_on_a_full_disk_prints_its_error_and_one_warning(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "logs").mkdir(parents=True)
    (data / "logs" / "c4s.log").symlink_to(FULL)
    missing = tmp_path / "missing.c4spack"
    proc = subprocess.run(
        [sys.executable, "-m", "c4s_desktop.cli", "library", "install", str(missing),
         "--data-dir", str(data)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 10
    assert proc.stderr.splitlines() == [
        f"warning: the log {data / 'logs' / 'c4s.log'} cannot be written (No space left on "
        "device); carrying on without it",
        f"error: There is no file or folder at {missing}; check the path.",
    ]
