"""Labels and message boxes that show their text as written, never as markup.

Qt renders a label's text as HTML when its first line looks like markup. The app's labels
show course, publisher, learner and server texts, which anyone who makes a pack, a progress
file or a server can write: a title with tags could restyle or hide what the trust question
says, or fake a fingerprint. Every label that shows such text is plain.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox


def plain_label(text: str = "") -> QLabel:
    """A label that shows ``text`` (and every later text) literally."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def plain_box(box: QMessageBox) -> QMessageBox:
    """``box`` with its text and informative text shown literally (call before setting them,
    or set them again after)."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally (Qt renders a tooltip that looks like
    markup as rich text)."""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
