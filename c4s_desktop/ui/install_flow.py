"""Installing chosen packs one after the other: plan, ask what must be asked, copy, next.

Every step is a store-worker job; questions are window-modal message boxes opened without a
nested event loop, answered through their ``finished`` signal. Cancel stops the running job
and the rest of the queue; an error is shown and stops the queue too.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.packs.discovery import Candidate
from c4s_desktop.core.packs.install import InstallResult
from c4s_desktop.ui import pack_jobs
from c4s_desktop.ui.errors import show_error
from c4s_desktop.ui.pack_jobs import PlanSummary, TrustQuestion
from c4s_desktop.ui.trust_prompt import ask_trust
from c4s_desktop.ui.update_prompt import ask_update
from c4s_desktop.ui.worker import StoreWorker, Task


@dataclass
class _Step:
    candidate: Candidate
    number: int
    allow_untrusted: bool = False
    force: bool = False


class InstallFlow(QObject):
    """Runs a queue of installs for a dialog; the dialog shows its signals."""

    status = Signal(str)
    """A sentence about what happens now."""
    progress = Signal(int, int)
    """Bytes copied and bytes to copy for the pack being installed."""
    installed = Signal(str)
    """A pack (its id) was installed or updated: the library changed."""
    finished = Signal()
    """The queue is over: done, cancelled, or stopped by an error."""

    def __init__(self, worker: StoreWorker, parent: QWidget, lang: str) -> None:
        super().__init__(parent)
        self._worker = worker
        self._parent = parent
        self._lang = lang
        self._queue: deque[_Step] = deque()
        self._step: _Step | None = None
        self._task: Task | None = None
        self._stopping = False
        self._count = 0
        self._done = 0
        self.question: QMessageBox | None = None
        """The question on screen, if any (tests answer it)."""

    @property
    def busy(self) -> bool:
        """True from :meth:`start` until :attr:`finished`."""
        return self._step is not None

    def start(self, candidates: list[Candidate]) -> None:
        """Install ``candidates`` in order (an installed version is reinstalled, as a repair)."""
        self._queue = deque(
            _Step(c, number, force=c.status == "installed")
            for number, c in enumerate(candidates, start=1)
        )
        self._count = len(candidates)
        self._done = 0
        self._stopping = False
        self._next()

    def cancel(self) -> None:
        """Stop the running job and everything after it; nothing half-done is kept."""
        if not self.busy:
            return
        self._stopping = True
        self.status.emit(self.tr("Cancelling…"))
        if self.question is not None:
            self.question.reject()
        elif self._task is not None:
            self._task.cancel()

    # --- Steps -----------------------------------------------------------------------------

    def _title(self) -> str:
        assert self._step is not None
        return self._step.candidate.title_in(self._lang)

    def _next(self) -> None:
        if self._stopping or not self._queue:
            self._finish(self.tr("Cancelled; nothing more was installed.")
                         if self._stopping else None)
            return
        self._step = self._queue.popleft()
        self._plan(trust_publisher=False)

    def _plan(self, trust_publisher: bool) -> None:
        step = self._step
        assert step is not None
        self.progress.emit(0, 1)
        self.status.emit(self.tr("Checking “{title}” ({n} of {count})…").format(
            title=self._title(), n=step.number, count=self._count))
        path, lang = step.candidate.path, self._lang
        allow, force = step.allow_untrusted, step.force
        self._task = self._worker.run(
            lambda store, task: pack_jobs.plan(store, task, path, lang, allow_untrusted=allow,
                                               force=force, trust_publisher=trust_publisher),
            on_done=self._planned,
            on_error=self._failed,
        )

    def _planned(self, outcome: PlanSummary | TrustQuestion) -> None:
        self._task = None
        if self._stopping:
            self._next()
        elif isinstance(outcome, TrustQuestion):
            self._ask_trust(outcome)
        elif outcome.preview.is_update and not (self._step and self._step.force):
            self._ask_update(outcome)
        else:
            self._run()

    def _ask_trust(self, question: TrustQuestion) -> None:
        def answered(install: bool, trust_publisher: bool) -> None:
            self.question = None
            if install and not self._stopping:
                assert self._step is not None
                self._step.allow_untrusted = True
                self._plan(trust_publisher=trust_publisher)
            else:
                self._skip()

        self.question = ask_trust(self._parent, self._title(), question, answered)

    def _ask_update(self, summary: PlanSummary) -> None:
        def answered(update: bool) -> None:
            self.question = None
            if update and not self._stopping:
                self._run()
            else:
                self._skip()

        self.question = ask_update(self._parent, self._title(), summary, answered)

    def _skip(self) -> None:
        if not self._stopping:
            self.status.emit(self.tr("Skipped “{title}”.").format(title=self._title()))
        self._next()

    def _run(self) -> None:
        step = self._step
        assert step is not None
        self.status.emit(self.tr("Installing “{title}” ({n} of {count})…").format(
            title=self._title(), n=step.number, count=self._count))
        self.progress.emit(0, 1)
        path, allow, force = step.candidate.path, step.allow_untrusted, step.force
        self._task = self._worker.run(
            lambda store, task: pack_jobs.install(store, task, path, allow_untrusted=allow,
                                                  force=force),
            on_done=self._installed,
            on_error=self._failed,
            on_progress=self.progress.emit,
        )

    def _installed(self, result: InstallResult) -> None:
        self._task = None
        self._done += 1
        self.installed.emit(result.pack_id)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        if isinstance(exc, CancelledError):
            self._finish(self.tr("Cancelled; “{title}” was not installed.").format(
                title=self._title()))
            return
        show_error(self._parent, exc)
        self._finish(self.tr("Stopped: “{title}” could not be installed.").format(
            title=self._title()))

    def _finish(self, text: str | None) -> None:
        self._step = None
        self._queue.clear()
        if text is None:
            text = self.tr("Installed {done} of %n pack(s).", "", self._count).format(
                done=self._done)
        self.status.emit(text)
        self.finished.emit()
