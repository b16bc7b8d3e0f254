"""An exclusive, advisory lock on a data folder, so only one process writes to it."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from c4s_desktop.core.errors import DataDirBusyError, StoreError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


class DataDirLock:
    """Held for as long as a process may write; the OS releases it if the process dies."""

    def __init__(self, lock_file: Path, data_dir: Path) -> None:
        self._lock_file = lock_file
        self._data_dir = data_dir
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`DataDirBusyError` at once."""
        try:
            fd = os.open(self._lock_file, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:  # a read-only drive, a folder of another user
            raise StoreError("store.unwritable", data_dir=str(self._data_dir),
                             detail=exc.strerror) from exc
        if not _try_lock(fd):
            os.close(fd)
            raise DataDirBusyError("store.busy", data_dir=str(self._data_dir))
        try:
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
        except OSError as exc:  # a full disk
            os.close(fd)
            raise StoreError("store.unwritable", data_dir=str(self._data_dir),
                             detail=exc.strerror) from exc
        self._fd = fd

    def release(self) -> None:
        """Give the lock back (closing the descriptor releases it)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> DataDirLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
