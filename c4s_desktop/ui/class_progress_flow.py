"""View → Class progress…: who may see it, the first trainer's claim, the report and its
spreadsheet.

Class progress shows every learner's progress, so only a trainer opens it. Whether the
signed-in learner is one is read from the store at each opening (a role given with
``c4s learners trainer`` counts at once), in the same store-worker job that builds the
report; a report that takes a while shows its progress, with Cancel. The role is offered
only to a computer's only learner (on a shared computer the owner gives it with
``c4s learners trainer``). Claiming the role, and writing the spreadsheet, are store-worker
jobs too. Nothing here records progress for anyone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.learners import Learner, find_learner, list_learners
from c4s_desktop.core.learners.trainers import claim_first_trainer, trainer_names
from c4s_desktop.core.progress.class_csv import write_class_csv
from c4s_desktop.core.progress.class_report import ClassReport, class_report
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.class_progress_dialog import ClassProgressDialog
from c4s_desktop.ui.errors import error_text, show_error
from c4s_desktop.ui.library_data import LibraryPack
from c4s_desktop.ui.main_window import MainWindow
from c4s_desktop.ui.plain_text import plain_box
from c4s_desktop.ui.session import Session
from c4s_desktop.ui.trainer_claim_dialog import TrainerClaimDialog
from c4s_desktop.ui.worker import StoreWorker, Task

STATUS_MS = 10_000
PROGRESS_AFTER_MS = 500
"""A report that takes longer than this shows its progress (and Cancel)."""


@dataclass(frozen=True)
class Access:
    """The signed-in learner as the store has them now, and what they may see."""

    learner: Learner
    report: ClassReport | None
    """The class report, when the learner is a trainer."""
    trainers: tuple[str, ...] = ()
    """The names of this computer's trainers, when the learner is not one."""
    alone: bool = False
    """The learner is this computer's only learner (who alone may claim the role)."""


class ClassProgressFlow(QObject):
    """Opens class progress for a trainer, or says why not (offering the role when free)."""

    shown = Signal()
    """The class progress dialog is open with a freshly loaded report."""
    refused = Signal()
    """The signed-in learner is not a trainer and may not claim the role (another learner is
    a trainer, or others use this computer): they were told so."""
    csv_saved = Signal(str)
    """The path of a spreadsheet just written."""

    def __init__(self, worker: StoreWorker, window: MainWindow, session: Session, lang: str,
                 ) -> None:
        super().__init__(window)
        self._worker = worker
        self._window = window
        self._session = session
        self._lang = lang
        self.dialog: ClassProgressDialog | None = None
        self.claim_dialog: TrainerClaimDialog | None = None
        self.refusal: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._loading: Task | None = None
        session.learner_changed.connect(self._learner_changed)

    def open(self) -> None:
        """Check the signed-in learner's role (a store job); then show class progress, the
        refusal or the offer of the trainer role. Chosen again while that job runs, it brings
        its progress forward instead of starting another."""
        learner = self._session.learner
        if learner is None:
            return
        if self._loading is not None:
            if self.progress_dialog is not None and self.progress_dialog.isVisible():
                self.progress_dialog.raise_()
                self.progress_dialog.activateWindow()
            return
        self._loading = self._worker.run(
            partial(_access, learner_id=learner.id, packs=list(self._window.packs)),
            on_done=self._checked, on_error=self._load_failed, on_progress=self._progress)
        self._show_progress_later()

    def _show_progress_later(self) -> None:
        """A progress dialog that appears only if the job is still running after
        :data:`PROGRESS_AFTER_MS`; its Cancel stops the job, leaving everything as it was."""
        dialog = self.progress_dialog = QProgressDialog(
            self.tr("Loading class progress…"), self.tr("Cancel"), 0, 0, self._window)
        dialog.setObjectName("class-progress-loading")
        dialog.setWindowTitle(self.tr("Class progress"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(PROGRESS_AFTER_MS)
        # Starts the wait from now: before any value, Qt waits its own default 4 s instead.
        dialog.setValue(0)
        dialog.canceled.connect(self._cancel_loading)

    def _cancel_loading(self) -> None:
        if self._loading is not None:
            self._loading.cancel()

    def _progress(self, done: int, total: int) -> None:
        """``done`` of ``total`` learners worked out."""
        if self.progress_dialog is not None and total > 0:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)

    def _end_loading(self) -> bool:
        """Close the progress dialog; whether the load was cancelled meanwhile (its result,
        if any came, is then dropped: the trainer no longer waits for it)."""
        task, self._loading = self._loading, None
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self._cancel_loading)  # closing says "canceled" too
            dialog.close()
            dialog.deleteLater()
        return task is None or task.cancelled

    def _load_failed(self, exc: BaseException) -> None:
        if not self._end_loading():  # a cancelled load stops with CancelledError: not news
            self._failed(exc)

    def _checked(self, access: Access) -> None:
        if self._end_loading() or not self._still_signed_in(access.learner):
            return
        if access.report is not None:
            self._show(access.report)
        elif access.trainers:
            self._refuse(InputError("trainer.only", names=", ".join(access.trainers)))
        elif not access.alone:
            self._refuse(InputError("trainer.not_alone", name=access.learner.name))
        else:
            self._offer_claim(access.learner)

    def _still_signed_in(self, learner: Learner) -> bool:
        """Whether ``learner`` is still the one signed in; if so the session gets their
        current facts (a role, a PIN)."""
        current = self._session.learner
        if current is None or current.id != learner.id:
            return False  # someone else signed in meanwhile
        self._session.update_learner(learner)
        return True

    def _failed(self, exc: BaseException, parent: QWidget | None = None) -> None:
        show_error(self._window if parent is None else parent, exc)

    def _keep(self, name: str, dialog: QDialog) -> None:
        """Hold ``dialog`` as the attribute ``name`` while it is open (it is deleted once
        closed). One chosen twice before the first answer came replaces the first."""
        previous = getattr(self, name)
        if previous is not None:
            previous.close()
        setattr(self, name, dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(lambda _result: self._forget(name, dialog))

    def _forget(self, name: str, dialog: QDialog) -> None:
        if getattr(self, name) is dialog:
            setattr(self, name, None)

    def _learner_changed(self, _learner: Learner | None) -> None:
        # What a trainer opened, or was loading, is not for the next learner's eyes.
        if self._loading is not None:
            self._loading.cancel()  # its answer, coming soon, closes its progress dialog
        for dialog in (self.dialog, self.claim_dialog, self.refusal):
            if dialog is not None:
                dialog.close()

    # --- Not a trainer ---------------------------------------------------------------------

    def _refuse(self, why: InputError) -> None:
        box = plain_box(QMessageBox(
            QMessageBox.Icon.Information, self.tr("Class progress"), error_text(why),
            QMessageBox.StandardButton.Ok, self._window))
        self._keep("refusal", box)
        box.open()
        self.refused.emit()

    def _offer_claim(self, learner: Learner) -> None:
        dialog = TrainerClaimDialog(learner, self._window)
        self._keep("claim_dialog", dialog)
        dialog.claim_requested.connect(partial(self.claim, learner))
        dialog.open()

    def claim(self, learner: Learner, pin: str) -> None:
        """Make ``learner`` this computer's first trainer and load the class report (one
        store job); a wrong PIN is said in the claim dialog, which stays open."""
        self._worker.run(partial(_claim, learner_id=learner.id, pin=pin,
                                 packs=list(self._window.packs)),
                         on_done=self._claimed, on_error=self._claim_failed)

    def _claim_failed(self, exc: BaseException) -> None:
        dialog = self.claim_dialog
        if dialog is None:
            return
        if isinstance(exc, InputError):  # a wrong PIN; a trainer or a learner came meanwhile
            dialog.refuse(error_text(exc))
        else:
            dialog.refuse("")
            self._failed(exc, dialog)

    def _claimed(self, access: Access) -> None:
        if self.claim_dialog is not None:
            self.claim_dialog.accept()
        if self._still_signed_in(access.learner) and access.report is not None:
            self._window.statusBar().showMessage(
                self.tr("{name} is now this computer's trainer.").format(
                    name=access.learner.name), STATUS_MS)
            self._show(access.report)

    # --- Class progress --------------------------------------------------------------------

    def _show(self, report: ClassReport) -> None:
        dialog = ClassProgressDialog(report, self._lang, self._window)
        self._keep("dialog", dialog)
        dialog.save_requested.connect(self.ask_where_to_save)
        dialog.open()
        self.shown.emit()

    def csv_headers(self) -> tuple[str, ...]:
        """The spreadsheet's column names in the interface language (the order of
        ``class_csv.CSV_HEADERS``)."""
        return (self.tr("Learner"), self.tr("Course"), self.tr("Course id"),
                self.tr("Done (%)"), self.tr("Items done"), self.tr("Items"),
                self.tr("Quizzes passed"), self.tr("Quizzes"),
                self.tr("Average best score (%)"), self.tr("Time spent (min)"),
                self.tr("Last active (UTC)"), self.tr("Completed (UTC)"))

    def ask_where_to_save(self) -> None:
        """Ask where to save the spreadsheet of every course (window-modal), then save it."""
        if self.dialog is None:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = f"class-progress-{date.today().isoformat()}.csv"
        dialog = self.file_dialog = QFileDialog(self.dialog, self.tr("Save class progress"),
                                                str(Path(folder) / name),
                                                self.tr("CSV spreadsheets (*.csv)"))
        dialog.setObjectName("class-progress-save-dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda chosen: self.save_csv(Path(chosen)))
        dialog.open()

    def save_csv(self, path: Path) -> None:
        """Write the shown report to ``path`` as a spreadsheet (a store job, so the window
        stays responsive); the dialog and the status bar say how many rows."""
        dialog = self.dialog
        if dialog is None:
            return
        report, lang, headers = dialog.report, self._lang, self.csv_headers()
        delimiter, decimal = csv_separators(lang)
        dialog.save_button.setEnabled(False)
        self._worker.run(lambda _store, _task: write_class_csv(
                             path, report, lang, headers, delimiter=delimiter, decimal=decimal),
                         on_done=partial(self._saved, path), on_error=self._save_failed)

    def _saved(self, path: Path, count: int) -> None:
        text = self.tr("%Ln row(s) saved in {file}.", "", count).format(file=str(path))
        self._window.statusBar().showMessage(text, STATUS_MS)
        if self.dialog is not None:
            self.dialog.save_button.setEnabled(True)
            self.dialog.show_status(text)
        self.csv_saved.emit(str(path))

    def _save_failed(self, exc: BaseException) -> None:
        if self.dialog is not None:
            self.dialog.save_button.setEnabled(True)
        self._failed(exc, self.dialog)


def csv_separators(lang: str) -> tuple[str, str]:
    """(cell delimiter, decimal mark) of a spreadsheet in ``lang``: where a number is written
    1,5 (French, Spanish, Hungarian), spreadsheet programs expect ``;`` between cells."""
    return (";", ",") if QLocale(lang).decimalPoint() == "," else (",", ".")


def _access(store: Store, task: Task, learner_id: str, packs: Sequence[LibraryPack]) -> Access:
    """The learner as stored now, with the class report when they are a trainer; else who
    the trainers are, and whether the learner is alone on this computer."""
    learner = find_learner(store, learner_id)
    if learner.trainer:
        return Access(learner, _report(store, task, packs))
    return Access(learner, None, trainers=tuple(trainer_names(store)),
                  alone=len(list_learners(store)) == 1)


def _claim(store: Store, task: Task, learner_id: str, pin: str,
           packs: Sequence[LibraryPack]) -> Access:
    learner = claim_first_trainer(store, learner_id, pin)
    return Access(learner, _report(store, task, packs))


def _report(store: Store, task: Task, packs: Sequence[LibraryPack]) -> ClassReport:
    """The class report over the library's packs, reporting to ``task`` and stopping when it
    is cancelled; the manifests are parsed here, off the UI thread, when the library has not
    parsed them yet."""
    return class_report(store, [pack.manifest for pack in packs], progress=task.report,
                        cancelled=task.is_cancelled)
