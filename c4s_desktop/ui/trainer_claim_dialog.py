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
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.learners import Learner
from c4s_desktop.core.learners.pins import is_valid_pin
from c4s_desktop.ui.errors import error_text
from c4s_desktop.ui.pin_field import pin_field
from c4s_desktop.ui.plain_text import plain_label

WIDTH = 460


class TrainerClaimDialog(QDialog):
    """Explains why class progress needs a trainer and offers to make ``learner`` one."""

    claim_requested = Signal(str)
    """The PIN typed (checked as far as the dialog can): make the learner the trainer."""

    def __init__(self, learner: Learner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.learner = learner
        self.setObjectName("trainer-claim")
        self.setWindowTitle(self.tr("Class progress"))
        self.setMinimumWidth(WIDTH)
        why = QLabel(self.tr("Class progress shows the progress of every learner on this "
                             "computer, so only a trainer may open it. This computer has no "
                             "trainer yet."))
        why.setWordWrap(True)
        offer = plain_label(self.tr("You can make {name} this computer's trainer. A trainer's "
                                    "profile is locked with a PIN.").format(name=learner.name))
        offer.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pin_again: QLineEdit | None = None
        if learner.has_pin:
            self.pin = pin_field(self.tr("Your PIN"))
            form.addRow(self.tr("Your &PIN:"), self.pin)
        else:
            self.pin = pin_field(self.tr("New PIN"))
            self.pin_again = pin_field(self.tr("New PIN again"))
            form.addRow(self.tr("New &PIN:"), self.pin)
            form.addRow(self.tr("PIN &again:"), self.pin_again)
        self.error = plain_label()
        self.error.setObjectName("form-error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.claim_button = buttons.addButton(self.tr("&Become the trainer"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.claim_button.setAccessibleName(
            self.tr("Make {name} this computer's trainer").format(name=learner.name))
        self.claim_button.setDefault(True)
        self.claim_button.clicked.connect(self._claim)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (why, offer):
            layout.addWidget(widget)
        layout.addLayout(form)
        if not learner.has_pin:
            rule = QLabel(self.tr("A PIN is 4 to 8 digits."))
            rule.setObjectName("hint")
            rule.setWordWrap(True)
            layout.addWidget(rule)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.pin.setFocus()

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
        self.error.clear()
        self.claim_button.setEnabled(False)
        self.claim_requested.emit(pin)

    def refuse(self, text: str) -> None:
        """Say why the claim failed (a wrong PIN...) and let the learner try again."""
        self.claim_button.setEnabled(True)
        self.error.setText(text)
        for field in (self.pin, self.pin_again):
            if field is not None:
                field.clear()
        self.pin.setFocus()
