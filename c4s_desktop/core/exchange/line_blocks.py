"""Lines (JSON statements, ids) handled a block at a time: hashed, packed, counted.

A progress file is saved in blocks of about ``WRITE_BLOCK`` bytes and at most
``CANCEL_EVERY`` lines, one hash update or deflate call each rather than one a line, and
never the whole member at once: a class's statements would take gigabytes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Generator, Iterator

from c4s_desktop.core.errors import CancelledError

WRITE_BLOCK = 1 << 18
"""Bytes of lines hashed or packed at a time."""
CANCEL_EVERY = 1000
"""Statements checked or saved between two looks at Cancel (well under 0.1 s of work)."""


class Steps:
    """Lines gone through so far, of ``total``: progress is reported and Cancel asked at
    the start, every ``CANCEL_EVERY`` lines and at the end."""

    def __init__(self, total: int, progress: Callable[[int, int], None] | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self._done = 0
        self._total = total
        self._progress = progress
        self._cancelled = cancelled
        self._check()

    def add(self, count: int) -> None:
        """``count`` more lines gone through; raises :class:`CancelledError` on Cancel."""
        before, self._done = self._done, self._done + count
        if before // CANCEL_EVERY != self._done // CANCEL_EVERY or self._done == self._total:
            self._check()

    def _check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise CancelledError("op.cancelled")
        if self._progress is not None:
            self._progress(min(self._done, self._total), self._total)


def blocks(lines: Generator[bytes, None, None],
           steps: Steps | None = None) -> Iterator[tuple[bytes, int]]:
    """``lines``, each ended by a newline, joined into blocks of about ``WRITE_BLOCK`` bytes
    and at most ``CANCEL_EVERY`` lines (one hash update or deflate call each, not one a
    line), with how many lines each holds."""
    with contextlib.closing(lines):  # a cancel leaves no cursor open
        batch: list[bytes] = []
        size = 0
        for line in lines:
            batch.append(line)
            size += len(line) + 1
            if size >= WRITE_BLOCK or len(batch) == CANCEL_EVERY:
                yield _block(batch, steps), len(batch)
                batch, size = [], 0
        if batch:
            yield _block(batch, steps), len(batch)


def _block(batch: list[bytes], steps: Steps | None) -> bytes:
    if steps is not None:
        steps.add(len(batch))
    return b"\n".join([*batch, b""])  # the last newline too, without a copy of the block


def joined(lines: Generator[bytes, None, None]) -> tuple[bytearray, int]:
    """``lines`` as one member's bytes, each ended by a newline, and how many there are."""
    member = bytearray()  # grown in place: no list of blocks beside the joined copy
    count = 0
    for block, lines_in_block in blocks(lines):
        member += block
        count += lines_in_block
    return member, count
