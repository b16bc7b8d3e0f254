"""Which of a learner's statements is the newest, when the computer's clock may be wrong.

An old laptop's clock is often wrong: set back to 2020 by a flat battery after a power cut,
then put right once it is online. A statement's timestamp is that clock's, so ordering this
computer's own statements by timestamp would bring back an answer the learner replaced, or
reopen an item they left long ago. This computer's own statements follow the order they were
stored in instead (SQLite's rowid); one from elsewhere (another computer, through the server
or a progress file) takes over only when it is newer than that newest local one by the
timestamps, the only clock both share.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")

LOCAL = "local"
"""The ``origin`` of a statement recorded on this computer."""


def newest(rows: Iterable[tuple[int, str, str, T]]) -> T | None:
    """The value of the newest of ``rows``: (rowid, origin, timestamp, value) each."""
    local: tuple[int, str, T] | None = None
    other: tuple[str, int, T] | None = None
    for rowid, origin, timestamp, value in rows:
        if origin == LOCAL:
            if local is None or rowid > local[0]:
                local = (rowid, timestamp, value)
        elif other is None or (timestamp, rowid) > other[:2]:
            other = (timestamp, rowid, value)
    if local is None:
        return other[2] if other is not None else None
    if other is not None and other[0] > local[1]:
        return other[2]
    return local[2]
