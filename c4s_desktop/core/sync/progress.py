"""How far a sync run is, reported at a pace a person can read.

A run reports ``(done, total)``: while it pushes, ``done`` statements sent (or set aside) of
``total`` waiting when the push began; while it pulls, ``done`` statements received so far with
``total`` :data:`RECEIVING`, as xAPI tells no count of what a query will return.

:class:`Paced` keeps a run quiet for its first second (a short sync shows no numbers flicking
by) and then passes at most a few reports a second, so a UI or a terminal is not flooded by
a push of small batches on a fast link.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

ProgressCallback = Callable[[int, int], None]
"""``(done, total)``, called on the thread that runs the sync."""

RECEIVING = 0
"""The ``total`` of a pull's reports: ``done`` is what arrived so far, the end is unknown."""


@dataclass
class ProgressPace:
    """How often a run's progress is passed on; tests set both waits to 0 to see every report."""

    quiet: float = 1.0
    """Seconds from the run's start before the first report."""
    every: float = 0.25
    """Seconds at least between two reports (the end of the push excepted)."""
    clock: Callable[[], float] = field(default=time.monotonic)


class Paced:
    """Passes reports on to ``report`` at ``pace``, timed from the moment it is made."""

    def __init__(self, report: ProgressCallback, pace: ProgressPace) -> None:
        self._report = report
        self._pace = pace
        self._start = pace.clock()
        self._last: float | None = None

    def __call__(self, done: int, total: int) -> None:
        """Pass ``(done, total)`` on unless it comes too soon; the push's last report always
        goes once any went, so the numbers shown end at the total."""
        now = self._pace.clock()
        if self._last is None:
            if now - self._start < self._pace.quiet:
                return
        elif now - self._last < self._pace.every and not (total != RECEIVING and done >= total):
            return
        self._last = now
        self._report(done, total)
