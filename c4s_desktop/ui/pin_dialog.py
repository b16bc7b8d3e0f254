"""The frame of the small dialogs that ask for a PIN before a store job checks it: the trainer's
claim and a trainer's confirmation.

Texts on top, a form, a line for what went wrong, Cancel and one action button. The action
sends what was typed to whoever opened the dialog, whose store job answers with
:meth:`PinDialog.refuse` (the dialog stays, the PIN fields empty) or closes the dialog.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.ui.plain_text import plain_label

WIDTH = 460


def pin_form() -> QFormLayout:
    """A form whose fields take the dialog's width."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class PinDialog(QDialog):
    """Lays out a PIN dialog; subclasses make their widgets, then call :meth:`lay_out`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(WIDTH)
        self.error = plain_label()
        self.error.setObjectName("form-error")
        self.error.setWordWrap(True)
        self.pins: list[QLineEdit] = []
        """The PIN fields, emptied when refused; the first takes the focus."""

    def lay_out(self, texts: Sequence[QWidget], form: QFormLayout, action: str,
                hints: Sequence[QWidget] = ()) -> QPushButton:
        """Put ``texts``, ``form``, ``hints`` and the buttons in place; the action button."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        button = buttons.addButton(action, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in texts:
            layout.addWidget(widget)
        layout.addLayout(form)
        for widget in hints:
            layout.addWidget(widget)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        # Only once the button is in the dialog does the dialog take it as its default, so
        # that Enter in a PIN field confirms (set earlier, Qt made Cancel the default).
        button.setDefault(True)
        self.pins[0].setFocus()
        self._action = button
        return button

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the height to the wrapped texts (at large text sizes they need more lines)."""
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # Qt sizes a window by its size hint, whose wrapped texts are laid out narrower than
        # the dialog's minimum width (too tall, a gap above the buttons), and leaves out an
        # error line that appears later (cut): the height the texts need at this width.
        needed = self.heightForWidth(self.width())
        if needed > 0:
            self.resize(self.width(), needed)

    def wait_for_check(self) -> None:
        """What was typed went to be checked: no second click meanwhile."""
        self.error.clear()
        self._action.setEnabled(False)

    def refuse(self, text: str) -> None:
        """Say why (a wrong PIN...) and let the user try again."""
        self._action.setEnabled(True)
        self.error.setText(text)
        for field in self.pins:
            field.clear()
        self.pins[0].setFocus()
        self._fit_height()
