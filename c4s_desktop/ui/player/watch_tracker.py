"""Which parts of a video were really watched, from the player's position ticks (no Qt here).

A span grows while the position advances at about real time times the playback rate. Any
seek, pause, end, or a jump of more than :data:`JUMP_TOLERANCE` seconds away from where the
clock says the position should be, closes it; a closed span shorter than :data:`MIN_SPAN` is
dropped. So skipping ahead never counts as watching, and a stall (buffering) only splits a span.
"""

from __future__ import annotations

from c4s_desktop.core.progress.intervals import Interval, merge

JUMP_TOLERANCE = 2.0
MIN_SPAN = 1.0
BACKWARD_JITTER = 0.25


class WatchTracker:
    """Turns ticks ``(position, wall-clock time, rate)`` into closed watched spans."""

    def __init__(self, jump_tolerance: float = JUMP_TOLERANCE, min_span: float = MIN_SPAN):
        self._tolerance = jump_tolerance
        self._min_span = min_span
        self._start: float | None = None
        self._end = 0.0
        self._last_clock = 0.0
        self.spans: list[Interval] = []
        """Every span closed so far, merged."""

    @property
    def open_span(self) -> Interval | None:
        """The span growing now, if any."""
        return None if self._start is None else (self._start, self._end)

    def tick(self, position: float, now: float, rate: float = 1.0) -> Interval | None:
        """The player is playing and at ``position`` at clock time ``now`` (seconds).

        Returns the span this tick closed (a jump was seen), if it was long enough to keep.
        """
        if self._start is None:
            self._begin(position, now)
            return None
        advanced = position - self._end
        expected = max(0.0, now - self._last_clock) * max(rate, 0.0)
        self._last_clock = now
        if advanced < -BACKWARD_JITTER or abs(advanced - expected) > self._tolerance:
            closed = self._close()
            self._begin(position, now)
            return closed
        self._end = max(self._end, position)
        return None

    def interrupt(self) -> Interval | None:
        """A seek, pause, end or close: close the open span; returns it if kept."""
        return self._close()

    def drop(self) -> None:
        """Forget the open span: it was not watched (the video turned out not to play)."""
        self._start = None

    def cut(self) -> Interval | None:
        """Close the open span so far, if long enough to keep, and grow a new one from its end.

        Used to record long continuous viewing in pieces; the pieces join when merged.
        """
        if self._start is None or self._end - self._start < self._min_span:
            return None
        end = self._end
        closed = self._close()
        self._start = self._end = end
        return closed

    def _begin(self, position: float, now: float) -> None:
        self._start = self._end = position
        self._last_clock = now

    def _close(self) -> Interval | None:
        start, end = self._start, self._end
        self._start = None
        if start is None or end - start < self._min_span:
            return None
        self.spans = merge([*self.spans, (start, end)])
        return start, end
