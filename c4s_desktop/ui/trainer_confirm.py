"""A trainer's PIN before a decision that changes the computer for every learner.

Installing a pack whose publisher the computer does not trust (and trusting that publisher's
key), removing a course and changing the sync server affect everyone who uses the computer.
On a computer with trainers, one of them confirms such a decision with their PIN, so a learner
on a shared computer cannot take it alone. On a computer without a trainer, whoever uses it is
its administrator and nothing more is asked; its owner can give the role with
``c4s learners trainer``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QWidget

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.learners.trainers import confirm_as_trainer, trainer_names
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.errors import error_text, show_error
from c4s_desktop.ui.pin_dialog import PinDialog, pin_form
from c4s_desktop.ui.pin_field import pin_field
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.worker import StoreWorker, Task


class TrainerConfirmDialog(PinDialog):
    """Asks one of ``trainers`` to confirm ``reason`` with their PIN."""

    confirm_requested = Signal(str, str)
    """The trainer's name and the PIN typed: check them."""

    def __init__(self, reason: str, trainers: Sequence[str], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("trainer-confirm")
        self.setWindowTitle(self.tr("Trainer confirmation"))
        why = plain_label(reason)  # names a course or a server: plain text
        why.setWordWrap(True)
        rule = QLabel(self.tr("This changes the computer for every learner, so one of its "
                              "trainers must confirm it with their PIN."))
        rule.setWordWrap(True)
        self.trainer = QComboBox()
        self.trainer.addItems(list(trainers))
        self.trainer.setAccessibleName(self.tr("Trainer"))
        self.pin = pin_field(self.tr("Trainer's PIN"))
        self.pins = [self.pin]
        form = pin_form()
        form.addRow(self.tr("&Trainer:"), self.trainer)
        form.addRow(self.tr("&PIN:"), self.pin)
        self.confirm_button = self.lay_out([why, rule], form, self.tr("&Confirm"))
        self.confirm_button.clicked.connect(self._confirm)
        # What was said of one trainer's PIN (a wait, say) is not about the next one chosen.
        self.trainer.currentIndexChanged.connect(self.error.clear)

    def drop_trainer(self, name: str) -> None:
        """``name`` is not a trainer any more: leave them out (no one left, no confirming)."""
        index = self.trainer.findText(name)
        if index >= 0:
            said = self.error.text()  # why they are left out, which the change would clear
            self.trainer.removeItem(index)
            self.error.setText(said)
        self.confirm_button.setEnabled(self.trainer.count() > 0)

    def _confirm(self) -> None:
        if not self.pin.text():
            self.refuse(self.tr("Type the trainer's PIN."))
            return
        self.wait_for_check()
        self.confirm_requested.emit(self.trainer.currentText(), self.pin.text())


def confirm_by_trainer(parent: QWidget, worker: StoreWorker, reason: str,
                       on_answer: Callable[[bool], None],
                       on_shown: Callable[[QDialog], None] | None = None) -> None:
    """Have a trainer confirm ``reason``, then call ``on_answer(confirmed)`` once.

    On a computer without trainers it answers True as soon as the store worker said so. The
    dialog, when one is needed, is window-modal without a nested event loop and handed to
    ``on_shown`` (the caller's cancel rejects it). A failed look-up of the trainers answers
    False and shows its error; so does ``parent`` closed meanwhile (without the error).
    """
    def listed(names: list[str]) -> None:
        if not parent.isVisible():  # the learner closed what asked while the list was read
            on_answer(False)
        elif names:
            _ask(parent, worker, reason, names, on_answer, on_shown)
        else:
            on_answer(True)

    def failed(exc: BaseException) -> None:
        show_error(parent, exc)
        on_answer(False)

    worker.run(_trainers, on_done=listed, on_error=failed)


def _trainers(store: Store, _task: Task) -> list[str]:
    return trainer_names(store)


def _ask(parent: QWidget, worker: StoreWorker, reason: str, names: list[str],
         on_answer: Callable[[bool], None],
         on_shown: Callable[[QDialog], None] | None) -> None:
    dialog = TrainerConfirmDialog(reason, names, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    closed = False  # a check may come back after Cancel closed the dialog

    def requested(name: str, pin: str) -> None:
        worker.run(lambda store, _task: confirm_as_trainer(store, name, pin),
                   on_done=confirmed, on_error=refused)

    def confirmed(_trainer: object) -> None:
        if not closed:
            dialog.accept()

    def refused(exc: BaseException) -> None:
        if closed:
            return
        dialog.refuse(error_text(exc))
        if isinstance(exc, InputError) and exc.code == "trainer.not_trainer":
            dialog.drop_trainer(str(exc.params.get("name", "")))

    def finished(result: int) -> None:
        nonlocal closed
        closed = True
        dialog.deleteLater()
        on_answer(result == QDialog.DialogCode.Accepted)

    dialog.confirm_requested.connect(requested)
    dialog.finished.connect(finished)
    dialog.open()
    if on_shown is not None:
        on_shown(dialog)
