"""Which widgets a learner types in: there, keys that move around elsewhere (Page Down in a
presentation, Esc back to the lesson) stay the field's own."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def takes_typing(widget: QWidget | None) -> bool:
    """True for a field the learner types in (not a read-only text)."""
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QLineEdit | QAbstractSpinBox)
