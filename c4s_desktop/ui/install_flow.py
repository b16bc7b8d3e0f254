"""Installing chosen packs one after the other: plan, ask what must be asked, copy, next.

Every step is a store-worker job; questions are window-modal message boxes opened without a
nested event loop, answered through their ``finished`` signal. Cancel stops the running job
and the rest of the queue. A pack that fails does not stop the others: the queue goes on and
one dialog names every pack that failed at the end, as ``c4s install`` does.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from c4s_desktop.core.errors import C4SError, CancelledError
from c4s_desktop.core.packs.discovery import Candidate
from c4s_desktop.core.packs.install import InstallResult
from c4s_desktop.ui import pack_jobs
from c4s_desktop.ui.error_dialog import ErrorDialog
from c4s_desktop.ui.errors import error_details, error_text
from c4s_desktop.ui.pack_jobs import AlreadyInstalled, PlanSummary, TrustQuestion
from c4s_desktop.ui.trainer_confirm import confirm_by_trainer
from c4s_desktop.ui.trust_prompt import ask_trust, trust_reason
from c4s_desktop.ui.update_prompt import ask_update
from c4s_desktop.ui.worker import StoreWorker, Task

log = logging.getLogger("c4s.ui")


@dataclass
class _Step:
    candidate: Candidate
    number: int
    repair: bool = False
    """Chosen while installed: reinstall that same version, as a repair."""
    confirmed: str = ""
    """The manifest (SHA-256) an admin and trainer allowed to install untrusted."""
    trust_key: str = ""
    """The admin asked to trust this key: done once the install committed."""


@dataclass
class _Failure:
    title: str
    path: str
    error: BaseException = field(repr=False)


class InstallFlow(QObject):
    """Runs a queue of installs for a dialog; the dialog shows its signals."""

    status = Signal(str)
    """A sentence about what happens now."""
    progress = Signal(int, int)
    """Bytes copied and bytes to copy for the pack being installed; (0, 0) while no copy
    reports sizes (a pack is checked, a question is open, the copy is starting)."""
    installed = Signal(str)
    """A pack (its id) was installed or updated: the library changed."""
    finished = Signal()
    """The queue is over: done or cancelled."""

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
        self._failures: list[_Failure] = []
        self.question: QDialog | None = None
        """The question on screen, if any (tests answer it)."""

    @property
    def busy(self) -> bool:
        """True from :meth:`start` until :attr:`finished`."""
        return self._step is not None

    def start(self, candidates: list[Candidate]) -> None:
        """Install ``candidates`` in order (one installed when chosen is reinstalled, as a
        repair; one that became installed since it was listed is skipped)."""
        self._queue = deque(
            _Step(c, number, repair=c.status == "installed")
            for number, c in enumerate(candidates, start=1)
        )
        self._count = len(candidates)
        self._done = 0
        self._failures = []
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
        self._plan()

    def _plan(self) -> None:
        step = self._step
        assert step is not None
        self.progress.emit(0, 0)
        self.status.emit(self.tr("Checking “{title}” ({n} of {count})…").format(
            title=self._title(), n=step.number, count=self._count))
        path, lang = step.candidate.path, self._lang
        confirmed, repair = step.confirmed, step.repair
        self._task = self._worker.run(
            lambda store, task: pack_jobs.plan(store, task, path, lang, confirmed=confirmed,
                                               repair=repair),
            on_done=self._planned,
            on_error=self._failed,
        )

    def _planned(self, outcome: PlanSummary | TrustQuestion | AlreadyInstalled) -> None:
        self._task = None
        if self._stopping:
            self._next()
        elif isinstance(outcome, AlreadyInstalled):
            self._skip_installed(outcome)
        elif isinstance(outcome, TrustQuestion):
            self._ask_trust(outcome)
        elif outcome.preview.is_update and not (self._step and self._step.repair):
            self._ask_update(outcome)
        else:
            self._run()

    def _ask_trust(self, question: TrustQuestion) -> None:
        def answered(install: bool, trust_publisher: bool) -> None:
            self.question = None
            if install and not self._stopping:
                # Remembered, not done: the key is trusted only once the install committed.
                key = question.key if trust_publisher else ""
                confirm_by_trainer(self._parent, self._worker,
                                   trust_reason(self._title(), question, trust_publisher),
                                   lambda confirmed: self._trust_confirmed(confirmed, question,
                                                                           key),
                                   self._show_question)
            else:
                self._skip()

        self.question = ask_trust(self._parent, self._title(), question, answered)

    def _show_question(self, dialog: QDialog) -> None:
        self.question = dialog
        if self._stopping:  # cancelled while the trainers were looked up
            dialog.reject()

    def _trust_confirmed(self, confirmed: bool, question: TrustQuestion, trust_key: str
                         ) -> None:
        self.question = None
        if confirmed and not self._stopping:
            assert self._step is not None
            self._step.confirmed = question.manifest_sha256
            self._step.trust_key = trust_key
            self._plan()
        else:
            self._skip()

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

    def _skip_installed(self, already: AlreadyInstalled) -> None:
        if already.newer:
            text = self.tr("Skipped “{title}”: version {installed} is installed already, "
                           "which is newer.")
        else:
            text = self.tr("Skipped “{title}”: it is installed already.")
        self.status.emit(text.format(title=self._title(), installed=already.installed_version))
        self._next()

    def _run(self) -> None:
        step = self._step
        assert step is not None
        self.status.emit(self.tr("Installing “{title}” ({n} of {count})…").format(
            title=self._title(), n=step.number, count=self._count))
        self.progress.emit(0, 0)
        path, confirmed, repair, key = (step.candidate.path, step.confirmed, step.repair,
                                        step.trust_key)
        self._task = self._worker.run(
            lambda store, task: pack_jobs.install(store, task, path, confirmed=confirmed,
                                                  repair=repair, trust_key=key),
            on_done=self._installed,
            on_error=self._failed,
            on_progress=self.progress.emit,
        )

    def _installed(self, result: InstallResult | AlreadyInstalled) -> None:
        self._task = None
        if isinstance(result, AlreadyInstalled):
            self._skip_installed(result)
            return
        self._done += 1
        self.installed.emit(result.pack_id)
        if self._stopping:  # Cancel came after the copy: publishing and committing go on
            self._finish(self.tr("“{title}” was installed before Cancel could stop it; "
                                 "nothing more was installed.").format(title=self._title()))
            return
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        if isinstance(exc, CancelledError):
            self._finish(self.tr("Cancelled; “{title}” was not installed.").format(
                title=self._title()))
            return
        if not isinstance(exc, C4SError):
            log.error("installing a pack failed unexpectedly", exc_info=exc)
        assert self._step is not None
        self._failures.append(_Failure(self._title(), str(self._step.candidate.path), exc))
        self.status.emit(self.tr("“{title}” could not be installed.").format(
            title=self._title()))
        self._next()

    def _finish(self, text: str | None) -> None:
        self._step = None
        self._queue.clear()
        if text is None:
            text = self.tr("Installed {done} of %n pack(s).", "", self._count).format(
                done=self._done)
        if self._failures:
            #: A pack's title in the list of packs not installed: use your language's
            #: quotation marks (French: « {title} »).
            quoted = self.tr("“{title}”")
            titles = ", ".join(quoted.format(title=failure.title) for failure in self._failures)
            text += " " + self.tr("Not installed: {titles}.").format(titles=titles)
            self._report_failures()
        self.status.emit(text)
        self.finished.emit()

    def _report_failures(self) -> None:
        """One dialog naming every pack that failed and why; the details hold each error."""
        failures, self._failures = self._failures, []
        lines = [self.tr("%n pack(s) could not be installed:", "", len(failures))]
        lines += [self.tr("“{title}”: {reason}").format(title=f.title, reason=error_text(f.error))
                  for f in failures]
        details = "\n\n".join(f"{f.path}\n{error_details(f.error)}" for f in failures)
        dialog = ErrorDialog(self._parent, "\n\n".join(lines), details)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
