"""What screen readers hear of sync: a run's start, a few milestones, its end, a stop.

Sync runs by itself every few minutes and shortly after each answer; telling of every run
would talk over the lesson. So a run is told of only when it matters to the learner: when they
asked for it (Sync now, Stop) or once it lasts (its first progress report comes after a
second: a long first sync). Such a run is told of as it starts, at a quarter, half and three
quarters of its push (never each report: they come four times a second), and as it ends or
stops, with what is left waiting. Every announcement is polite: none is urgent enough to cut
what the reader is saying.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.sync.progress import RECEIVING
from c4s_desktop.ui.announce import announce
from c4s_desktop.ui.errors import error_text
from c4s_desktop.ui.sync_jobs import StatusSnapshot
from c4s_desktop.ui.sync_status import (
    Progress,
    SyncStatusButton,
    progress_text,
    stopping_text,
)

MILESTONES = (0.25, 0.5, 0.75)
"""Fractions of the push told of (each at most once a run)."""


class SyncAnnouncer:
    """Tells screen readers about runs, as coming from the sync status ``button`` (in its
    words: "Sync stopped: 1,200 statements waiting" is what it shows then too)."""

    def __init__(self, button: SyncStatusButton) -> None:
        self._button = button
        self._told = False
        """True when this run's start was told (so its milestones and end are)."""
        self._asked = False
        self._milestones = 0
        """How many of :data:`MILESTONES` this run passed (told, or passed before its start
        was told)."""

    def asked(self) -> None:
        """The learner asked for a run (Sync now): the next one to start is told of at once."""
        self._asked = True

    def started(self) -> None:
        """A run started."""
        self._told = False
        self._milestones = 0
        if self._asked:
            self._asked = False
            self._say(_started())
            self._told = True

    def progressed(self, progress: Progress) -> None:
        """The run reported ``progress``: tell its start if it turned out long, or a
        milestone it passed."""
        passed = self._passed(progress)
        if not self._told:
            self._told = True
            self._milestones = passed
            self._say(_started() + " " + progress_text(progress))
        elif passed > self._milestones:
            self._milestones = passed  # two passed at once on a fast link: told once
            self._say(progress_text(progress))

    def stopping(self) -> None:
        """The learner stopped the run (it ends in a moment)."""
        self._told = True  # its end is told too, however short it was
        self._milestones = len(MILESTONES)  # what is left of it is not worth a milestone
        self._say(stopping_text())

    def ended(self, snapshot: StatusSnapshot, error: BaseException | None) -> None:
        """A run ended with ``error`` (None: it finished), leaving ``snapshot`` (read after)."""
        if not self._told:
            return
        self._told = False
        waiting = snapshot.status.waiting
        if isinstance(error, CancelledError):
            text = self._button.stopped_text(waiting)
        elif error is not None:
            text = QCoreApplication.translate(
                "SyncAnnouncer", "Sync did not finish: {reason}").format(reason=error_text(error))
        else:
            finished = QCoreApplication.translate("SyncAnnouncer", "Sync finished.")
            # The status's own words for what is left: the details say the same.
            left = self._button.waiting_text(waiting) if waiting else QCoreApplication.translate(
                "SyncDetailsDialog", "All progress recorded here is on the server.")
            text = f"{finished} {left}"
        self._say(text)

    def _passed(self, progress: Progress) -> int:
        done, total = progress
        if total == RECEIVING or total <= 0:
            return self._milestones  # a pull has no end to measure against
        return sum(1 for mark in MILESTONES if done >= mark * total)

    def _say(self, text: str) -> None:
        announce(self._button, text)


def _started() -> str:
    return QCoreApplication.translate("SyncAnnouncer", "Sync started.")
