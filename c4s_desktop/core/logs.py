"""Rotating log files in the data folder's ``logs/``."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


class RotatingLog(logging.FileHandler):
    """A log file that moves to ``.1`` (``.1`` to ``.2``, and so on) once it passes ``max_bytes``.

    As with the standard library's handler, ``backup_count=0`` never rotates.

    Ours rather than ``logging.handlers.RotatingFileHandler``: that module pulls in sockets,
    pickle and queues (about 10 ms at every start) for this one class.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES,
                 backup_count: int = BACKUP_COUNT) -> None:
        self.max_bytes = max_bytes
        self.backup_count = backup_count
        self._reported = False
        super().__init__(path, encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        """Write ``record``, then rotate if the file has grown past the limit."""
        try:
            # Reopening a file closed by a failed rotation happens in here, and can fail too.
            super().emit(record)
            if (self.backup_count > 0 and self.stream is not None
                    and self.stream.tell() >= self.max_bytes):
                self.rotate()
        except OSError:
            self.handleError(record)

    def handleError(self, record: logging.LogRecord) -> None:
        """Lose ``record`` quietly: say once on stderr that the log cannot be written.

        The standard handler prints a traceback for every record it cannot write (a full
        disk gives one per log line, around the one error the user should read); a log is
        never worth disturbing the user.
        """
        if self._reported:
            return
        self._reported = True
        problem = sys.exc_info()[1]
        reason = getattr(problem, "strerror", None) or type(problem).__name__
        if sys.stderr is None:  # a windowed app started without a console
            return
        # stderr may be closed (ValueError) or a file on the same full disk (OSError).
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(f"warning: the log {self.baseFilename} cannot be written "
                             f"({reason}); carrying on without it\n")

    def rotate(self) -> None:
        """Close the file, shift the old ones up by one (dropping the oldest), start afresh."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for n in range(self.backup_count - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()


def configure_logging(logs: Path, name: str) -> Path:
    """Send log records to ``logs/<name>.log`` (rotated); return the file's path."""
    logs.mkdir(parents=True, exist_ok=True)
    path = logs / f"{name}.log"
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = RotatingLog(path)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path
