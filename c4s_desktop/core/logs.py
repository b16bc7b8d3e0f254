"""Rotating log files in the data folder's ``logs/``."""

from __future__ import annotations

import logging
import os
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
        super().__init__(path, encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        """Write ``record``, then rotate if the file has grown past the limit."""
        super().emit(record)
        try:
            if (self.backup_count > 0 and self.stream is not None
                    and self.stream.tell() >= self.max_bytes):
                self.rotate()
        except OSError:
            self.handleError(record)

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
