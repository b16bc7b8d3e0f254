"""View → Class progress…: who may see it, the first trainer's claim, the report and its
spreadsheet.

Class progress shows every learner's progress, so only a trainer opens it. Whether the
signed-in learner is one is read from the store at each opening (a role given with
``c4s learners trainer`` counts at once), in the same store-worker job that builds the
report; claiming the role, and writing the spreadsheet, are store-worker jobs too. Nothing
here records progress for anyone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.learners import Learner, find_learner
from c4s_desktop.core.learners.trainers import any_trainer, claim_first_trainer
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


@dataclass(frozen=True)
class Access:
    """The signed-in learner as the store has them now, and what they may see."""

    learner: Learner
    report: ClassReport | None
    """The class report, when the learner is a trainer."""
    trainer_exists: bool
    """Somebody on this computer is a trainer (so nobody else may claim the role)."""


class ClassProgressFlow(QObject):
    """Opens class progress for a trainer, or says why not (offering the role when free)."""

    shown = Signal()
    """The class progress dialog is open with a freshly loaded report."""
    refused = Signal()
    """The signed-in learner is not a trainer and another learner is: they were told so."""
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
        session.learner_changed.connect(self._learner_changed)

    def open(self) -> None:
        """Check the signed-in learner's role (a store job); then show class progress, the
        refusal or the offer of the trainer role."""
        learner = self._session.learner
        if learner is None:
            return
        self._worker.run(partial(_access, learner_id=learner.id, packs=list(self._window.packs)),
                         on_done=self._checked, on_error=self._failed)

    def _checked(self, access: Access) -> None:
        if not self._still_signed_in(access.learner):
            return
        if access.report is not None:
            self._show(access.report)
        elif access.trainer_exists:
            self._refuse()
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
        # What a trainer opened is not for the next learner's eyes.
        for dialog in (self.dialog, self.claim_dialog, self.refusal):
            if dialog is not None:
                dialog.close()

    # --- Not a trainer ---------------------------------------------------------------------

    def _refuse(self) -> None:
        box = plain_box(QMessageBox(
            QMessageBox.Icon.Information, self.tr("Class progress"),
            error_text(InputError("trainer.only")), QMessageBox.StandardButton.Ok,
            self._window))
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
        if isinstance(exc, InputError):  # a wrong PIN, or a trainer came meanwhile
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
        dialog.save_button.setEnabled(False)
        self._worker.run(lambda _store, _task: write_class_csv(path, report, lang, headers),
                         on_done=partial(self._saved, path), on_error=self._save_failed)

    def _saved(self, path: Path, count: int) -> None:
        text = self.tr("%n row(s) saved in {file}.", "", count).format(file=str(path))
        self._window.statusBar().showMessage(text, STATUS_MS)
        if self.dialog is not None:
            self.dialog.save_button.setEnabled(True)
            self.dialog.show_status(text)
        self.csv_saved.emit(str(path))

    def _save_failed(self, exc: BaseException) -> None:
        if self.dialog is not None:
            self.dialog.save_button.setEnabled(True)
        self._failed(exc, self.dialog)


def _access(store: Store, _task: Task, learner_id: str, packs: Sequence[LibraryPack]) -> Access:
    """The learner as stored now, with the class report when they are a trainer."""
    learner = find_learner(store, learner_id)
    if learner.trainer:
        return Access(learner, _report(store, packs), trainer_exists=True)
    return Access(learner, None, trainer_exists=any_trainer(store))


def _claim(store: Store, _task: Task, learner_id: str, pin: str,
           packs: Sequence[LibraryPack]) -> Access:
    learner = claim_first_trainer(store, learner_id, pin)
    return Access(learner, _report(store, packs), trainer_exists=True)


def _report(store: Store, packs: Sequence[LibraryPack]) -> ClassReport:
    """The class report over the library's packs; their manifests are parsed here, off the
    UI thread, when the library has not parsed them yet."""
    return class_report(store, [pack.manifest for pack in packs])
