"""The offer to become this computer's first trainer, made when nobody is one yet to the
computer's only learner (on a shared computer, the owner gives the role with
``c4s learners trainer``).

Class progress shows every learner's progress, so only a trainer may open it, and a trainer's
profile is locked with a PIN: the learner types theirs, or chooses one (twice) when they have
none. The dialog checks what it can by itself; the claim is a store job of the flow, which
answers with :meth:`TrainerClaimDialog.refuse` or closes the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.learners import Learner
from c4s_desktop.core.learners.pins import is_valid_pin
from c4s_desktop.ui.errors import error_text
from c4s_desktop.ui.pin_dialog import PinDialog, pin_form
from c4s_desktop.ui.pin_field import pin_field
from c4s_desktop.ui.plain_text import plain_label


class TrainerClaimDialog(PinDialog):
    """Explains why class progress needs a trainer and offers to make ``learner`` one."""

    claim_requested = Signal(str)
    """The PIN typed (checked as far as the dialog can): make the learner the trainer."""

    def __init__(self, learner: Learner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.learner = learner
        self.setObjectName("trainer-claim")
        self.setWindowTitle(self.tr("Class progress"))
        why = QLabel(self.tr("Class progress shows the progress of every learner on this "
                             "computer, so only a trainer may open it. This computer has no "
                             "trainer yet."))
        why.setWordWrap(True)
        offer = plain_label(self.tr("You can make {name} this computer's trainer. A trainer's "
                                    "profile is locked with a PIN.").format(name=learner.name))
        offer.setWordWrap(True)
        form = pin_form()
        self.pin_again: QLineEdit | None = None
        hints: list[QWidget] = []
        if learner.has_pin:
            self.pin = pin_field(self.tr("Your PIN"))
            form.addRow(self.tr("Your &PIN:"), self.pin)
        else:
            self.pin = pin_field(self.tr("New PIN"))
            self.pin_again = pin_field(self.tr("New PIN again"))
            form.addRow(self.tr("New &PIN:"), self.pin)
            form.addRow(self.tr("PIN &again:"), self.pin_again)
            rule = QLabel(self.tr("A PIN is 4 to 8 digits."))
            rule.setObjectName("hint")
            rule.setWordWrap(True)
            hints.append(rule)
        self.pins = [field for field in (self.pin, self.pin_again) if field is not None]
        self.claim_button = self.lay_out([why, offer], form, self.tr("&Become the trainer"),
                                         hints)
        self.claim_button.setAccessibleName(
            self.tr("Make {name} this computer's trainer").format(name=learner.name))
        self.claim_button.clicked.connect(self._claim)

    def _claim(self) -> None:
        pin = self.pin.text()
        problem = ""
        if self.pin_again is None:
            if not pin:
                problem = self.tr("Type your PIN.")
        elif not is_valid_pin(pin):
            problem = error_text(InputError("learner.bad_pin"))
        elif pin != self.pin_again.text():
            problem = self.tr("The two PINs are not the same; type the PIN again in both fields.")
        if problem:
            self.refuse(problem)
            return
        self.wait_for_check()
        self.claim_requested.emit(pin)
