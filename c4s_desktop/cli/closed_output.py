"""Standard output whose reader may go away: ``c4s progress show | head -1``.

When ``head`` has read its line and exits, our next write fails with ``BrokenPipeError``.
That is no problem of ours and must not be reported as one, but a ``BrokenPipeError`` can
also come from a network socket (a sync server closing on us), which is. So stdout is
wrapped, and only a failure of stdout itself becomes :class:`OutputClosed`.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any, TextIO, cast

OUTPUT_CLOSED_EXIT = 141
"""128 + SIGPIPE: the status a shell reports for any tool stopped by a closed pipe (``git
log | head``, ``yes | head``), so ``set -o pipefail`` scripts can tell that the output was
cut short, yet distinct from every code of an operation that failed."""


class OutputClosed(Exception):
    """Whoever read this process's standard output has stopped reading."""


class _GuardedStdout:
    """A text stream that turns ``BrokenPipeError`` on write or flush into OutputClosed."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except BrokenPipeError as exc:
            raise OutputClosed from exc

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError as exc:
            raise OutputClosed from exc

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def guard_stdout() -> TextIO | None:
    """Wrap ``sys.stdout`` (see the module's docstring); return the stream it replaced."""
    original = sys.stdout
    # None when started with no stdout at all (``c4s ... >&-``): print() then writes nothing.
    if original is not None:
        sys.stdout = cast(TextIO, _GuardedStdout(original))
    return original


def restore_stdout(original: TextIO | None, *, closed: bool) -> None:
    """Put ``original`` back; when its reader has gone (``closed``), also point its file at
    the null device, so that Python's own flush at exit does not fail a second time and
    print "Exception ignored ... BrokenPipeError"."""
    sys.stdout = original
    if closed and original is not None:
        # A stream with no file descriptor (a test's capture: io.UnsupportedOperation, an
        # OSError) has nothing left to flush.
        with contextlib.suppress(OSError, ValueError):
            fd = original.fileno()
            devnull = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(devnull, fd)
            finally:
                os.close(devnull)
