"""Text sizes of the quiz pages, relative to the learner's font so a larger system text size
(150% and more) makes them larger too."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def scale_font(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Make ``widget``'s text ``factor`` times the application's size, bold if asked."""
    font = widget.font()
    font.setPointSizeF(QApplication.font().pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def colour(widget: QWidget, right: bool) -> None:
    """Green text for right, red for not right (both readable on the light background)."""
    widget.setStyleSheet("color: #1b5e20;" if right else "color: #b71c1c;")
