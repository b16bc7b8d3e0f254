"""The masked PIN field of the learner dialog and of the trainer's claim."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

MAX_PIN = 8


def pin_field(name: str) -> QLineEdit:
    """A masked field for a PIN of up to 8 digits, named ``name`` for screen readers."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_PIN)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    field.setAccessibleName(name)
    return field
