"""Where the access log's lines go: a private file rotated by size, or a stream.

Both write each line with one ``write()`` call on a descriptor opened for appending, so lines
from concurrent requests, threads, or several ``c4s-sync serve`` processes sharing the file
never interleave mid-line (the kernel appends each call whole on a local disk). Neither ever
raises: a log that cannot be written (a full disk, a folder made read-only, a closed pipe)
loses its lines, says so once on the server's error output, and says again when it is written
again, while the requests go on.

Not ``c4s_desktop.core.logs.RotatingLog``: that handler rotates by its own count of what it
wrote, so two server processes on one file would each rename the other's file away, and one
would keep writing into the renamed file; it also creates the file with the umask's mode. Here
the file is made 0600, rotation is decided on the file's real size under a lock every process
takes, and every process notices a rotation (or logrotate) by the file's inode and reopens.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import sys
import threading
from pathlib import Path

from c4s_desktop.core.errors import StoreError
from sync.messages import explain

try:
    import fcntl
except ImportError:  # Windows: one process per file; rotation then needs no lock
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger("c4s.sync")

MAX_BYTES = 10 * 1024 * 1024
"""A file is rotated once it reaches this size (about 60,000 requests)."""
KEEP = 5
"""Rotated files kept (``access.log.1`` … ``.5``): 60 MiB in all, some 360,000 requests."""
_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)


class LogSink:
    """Lines to somewhere; failures are reported once per outage, never raised."""

    def __init__(self, where: str) -> None:
        self.where = where
        self._lock = threading.Lock()
        self._failing = False
        self._lost = 0

    def write(self, line: bytes) -> None:
        """Append ``line`` (ending in a newline), or lose it if the log cannot be written."""
        with self._lock:
            try:
                self._write(line)
            except (OSError, ValueError) as exc:  # ValueError: a closed stream
                self._lost += 1
                if not self._failing:
                    self._failing = True
                    detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
                    _warn(StoreError("server.access_log_failed", path=self.where,
                                     detail=detail))
                return
            if self._failing:
                self._failing = False
                _warn(StoreError("server.access_log_again", path=self.where, lost=self._lost))
                self._lost = 0

    def _write(self, line: bytes) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Release the file or stream (further lines reopen a file)."""


def _warn(error: StoreError) -> None:
    # The server's error output may be a file on the same full disk: a lost warning must not
    # become a failed request either.
    with contextlib.suppress(Exception):
        log.warning("%s", explain(error))


def _write_whole(fd: int, data: bytes) -> None:
    """One ``write()``; a short one (the disk filled up mid-line) is an error."""
    written = os.write(fd, data)
    if written != len(data):
        raise OSError(errno.ENOSPC, f"only {written} of {len(data)} bytes written")


class StreamSink(LogSink):
    """Lines to an open descriptor (standard output for ``--access-log -``)."""

    def __init__(self, fd: int, where: str) -> None:
        super().__init__(where)
        self.fd = fd

    def _write(self, line: bytes) -> None:
        # Straight to the descriptor, not through sys.stdout's buffer: one write() per line
        # (whole on a pipe up to PIPE_BUF, which the line format keeps under), and nothing
        # left in a buffer when the server stops.
        _write_whole(self.fd, line)


class FileSink(LogSink):
    """Lines appended to ``path`` (made 0600, its folder 0700 when new), which moves to
    ``path.1`` (``.1`` to ``.2``, and so on, dropping ``.KEEP``) once it reaches ``max_bytes``.
    """

    def __init__(self, path: Path, max_bytes: int | None = None, keep: int | None = None
                 ) -> None:
        super().__init__(str(path))
        self.path = path
        self.max_bytes = MAX_BYTES if max_bytes is None else max_bytes
        self.keep = KEEP if keep is None else keep
        self._fd: int | None = None
        self._ino: tuple[int, int] | None = None
        self._torn = False
        self._rotate_warned = False

    def open(self) -> None:
        """Open (or create) the file now, so that a start on an unwritable log warns at once
        rather than at the first request."""
        with self._lock:
            try:
                self._reopen()
            except OSError as exc:
                self._failing = True
                _warn(StoreError("server.access_log_failed", path=self.where,
                                 detail=exc.strerror or str(exc)))

    def _reopen(self) -> int:
        before = self._ino
        self._close_fd()
        if not self.path.parent.exists():  # a file in its place fails below: "Not a directory"
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.path, _FLAGS, 0o600)
        try:
            st = os.fstat(fd)
            if stat.S_ISREG(st.st_mode) and st.st_mode & 0o077 and hasattr(os, "fchmod"):
                # A file made by hand, or under another umask: requests' addresses and device
                # ids are the operator's business only. One owned by another account stays
                # as it is, and so does a device or a pipe (/dev/stderr, a FIFO).
                with contextlib.suppress(PermissionError):
                    os.fchmod(fd, 0o600)
        except OSError:
            os.close(fd)
            raise
        self._fd, self._ino = fd, (st.st_dev, st.st_ino)
        if self._ino != before:
            self._torn = False  # the line cut short is in the file moved away
        return fd

    def _current_fd(self) -> int:
        """The descriptor of the file now at ``path``: another process, or logrotate, may
        have moved the one held away (it is then reopened)."""
        if self._fd is not None:
            try:
                st = os.stat(self.path)
                if (st.st_dev, st.st_ino) == self._ino:
                    return self._fd
            except FileNotFoundError:
                pass
        return self._reopen()

    def _write(self, line: bytes) -> None:
        fd = self._current_fd()
        # After a short write the file ends mid-line: end that line first, so that this one
        # starts on its own.
        data = b"\n" + line if self._torn else line
        written = os.write(fd, data)  # raises having written nothing, or returns short
        self._torn = written != len(data)
        if self._torn:
            raise OSError(errno.ENOSPC, f"only {written} of {len(data)} bytes written")
        if self.keep > 0 and os.fstat(fd).st_size >= self.max_bytes:
            try:
                self._rotate(fd)
            except OSError as exc:
                # The line is written: a file that cannot be renamed only grows, said once.
                if not self._rotate_warned:
                    self._rotate_warned = True
                    _warn(StoreError("server.access_log_rotate", path=self.where,
                                     detail=exc.strerror or str(exc)))

    def _rotate(self, fd: int) -> None:
        """Shift the files up by one, unless another process did it first (then just reopen).

        Every process locks the file it writes to; the first to get the lock renames it, the
        others find another file at ``path`` once they have the lock, and reopen.
        """
        held = self._ino
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        else:
            self._close_fd()  # Windows renames no file that is open
        try:
            try:
                st = os.stat(self.path)
                ours = (st.st_dev, st.st_ino) == held and st.st_size >= self.max_bytes
            except FileNotFoundError:
                ours = False
            if ours:
                base = str(self.path)
                for n in range(self.keep - 1, 0, -1):
                    if os.path.exists(f"{base}.{n}"):
                        os.replace(f"{base}.{n}", f"{base}.{n + 1}")
                os.replace(base, f"{base}.1")
        finally:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_UN)  # before the close in _reopen, on either file
        self._reopen()

    def _close_fd(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = self._ino = None

    def close(self) -> None:
        """Close the file; a later line opens it again."""
        with self._lock:
            self._close_fd()


def standard_output() -> StreamSink:
    """The sink for ``--access-log -``."""
    return StreamSink(sys.stdout.fileno(), "standard output")
