"""The app's log files rotate past their size limit and keep the last five."""

from __future__ import annotations

import logging
from pathlib import Path

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
