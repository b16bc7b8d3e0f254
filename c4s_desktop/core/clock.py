"""UTC timestamps in the one format the project stores and sends."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

_MILLISECOND = timedelta(milliseconds=1)
# A clock set back by more than this is followed rather than outrun: otherwise every
# event until the clock caught up again would be squeezed into a few milliseconds.
_SET_BACK = timedelta(seconds=1)


def utc_now_iso() -> str:
    """Now, as ISO 8601 UTC with milliseconds and a ``Z`` (xAPI's preferred form)."""
    return _iso(datetime.now(UTC))


def utc_stamp() -> str:
    """Now, as a compact UTC stamp safe in file names (``20261123T164455Z``)."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


class EventClock:
    """Millisecond stamps in the order they were asked for, none repeated.

    Statements are folded in timestamp order (a quiz attempt left and resumed, an answer
    and the result after it); two made in the same millisecond would tie, and the order
    the database then returns them in is arbitrary. Only a system clock set back by more
    than a second makes a stamp earlier than the one before.
    """

    def __init__(self) -> None:
        self._last: datetime | None = None
        self._last_read: datetime | None = None
        self._lock = threading.Lock()

    def stamp(self, now: datetime) -> datetime:
        """``now`` to the millisecond, moved just past the previous stamp if it is not later."""
        with self._lock:
            set_back = self._last_read is not None and now < self._last_read - _SET_BACK
            self._last_read = now
            stamp = now.replace(microsecond=now.microsecond // 1000 * 1000)
            if self._last is not None and not set_back and stamp <= self._last:
                stamp = self._last + _MILLISECOND
            self._last = stamp
        return stamp


_EVENTS = EventClock()


def event_now_iso() -> str:
    """Now as ``utc_now_iso`` gives it, but later than the previous call in this process."""
    return _iso(_EVENTS.stamp(datetime.now(UTC)))


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
