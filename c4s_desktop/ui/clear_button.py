"""A line edit's clear button, with a name a screen reader can say.

``QLineEdit.setClearButtonEnabled`` adds a small button that Qt leaves without text: over AT-SPI
it is a push button with an empty name, which Orca reads as just "button". Its action carries
the text the button shows as its name and tooltip.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

CLEAR_ACTION = "_q_qlineeditclearaction"
"""The object name Qt gives the action behind the clear button (qlineedit_p.cpp)."""


def add_clear_button(field: QLineEdit, name: str) -> None:
    """Give ``field`` a clear button named ``name`` (for screen readers and as its tooltip)."""
    field.setClearButtonEnabled(True)
    action = field.findChild(QAction, CLEAR_ACTION)
    if action is not None:  # a Qt that names it otherwise keeps an unnamed button
        action.setText(name)
