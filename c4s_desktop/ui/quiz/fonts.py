"""Text sizes of the quiz pages, relative to the learner's font so a larger system text size
(150% and more) makes them larger too; and the colours saying right or not, from the theme."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from c4s_desktop.ui.style import VERDICT_PROPERTY


def scale_font(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Make ``widget``'s text ``factor`` times the application's size, bold if asked."""
    font = widget.font()
    font.setPointSizeF(QApplication.font().pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def colour(widget: QWidget, right: bool) -> None:
    """Green text for right, red for not right, in the theme's shades: the app's style sheet
    colours the label by this property, and follows a change of theme by itself."""
    widget.setProperty(VERDICT_PROPERTY, "right" if right else "wrong")
    # A style sheet reads a property when the widget is polished: polish it again.
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
