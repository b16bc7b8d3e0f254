"""An exclusive, advisory lock on a data folder, so only one process writes to it."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from types import TracebackType

from c4s_desktop.core.errors import DataDirBusyError, StoreError
from c4s_desktop.core.store.unwritable import unwritable

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

    def __init__(self, lock_file: Path, data_dir: Path, *, reader: bool = False) -> None:
        """``reader``: keep writers out without writing anything (the lock file must exist),
        for a reader that cannot follow a writer's changes (see ``Store.open``)."""
        self._lock_file = lock_file
        self._data_dir = data_dir
        self._reader = reader
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`DataDirBusyError` at once."""
        flags = os.O_RDONLY if self._reader else os.O_RDWR | os.O_CREAT
        try:
            fd = os.open(self._lock_file, flags, 0o600)
        except OSError as exc:  # a read-only drive, a folder of another user
            raise self._refusal(exc) from exc
        if not _try_lock(fd):
            os.close(fd)
            raise DataDirBusyError("store.busy", data_dir=str(self._data_dir))
        if not self._reader:
            try:
                os.ftruncate(fd, 0)
                os.write(fd, str(os.getpid()).encode())
            except OSError as exc:  # a full disk
                os.close(fd)
                raise self._refusal(exc) from exc
        self._fd = fd

    def _refusal(self, exc: OSError) -> StoreError:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return StoreError("store.disk_full", path=str(self._lock_file))
        return unwritable(self._data_dir, exc)

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
