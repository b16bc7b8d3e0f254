"""Text sizes of the quiz pages, relative to the learner's font so a larger system text size
(150% and more) makes them larger too, and the View menu's zoom on top; and the colours saying
right or not, from the theme."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from c4s_desktop.ui.style import VERDICT_PROPERTY

FACTOR_PROPERTY = "c4s-text-factor"
"""A label's size as :func:`scale_font` set it, times the app's text size: what
:func:`zoom_text` sizes it by again (the label needs an object name)."""


def scale_font(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Make ``widget``'s text ``factor`` times the application's size, bold if asked."""
    widget.setProperty(FACTOR_PROPERTY, factor)
    font = widget.font()
    font.setPointSizeF(QApplication.font().pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def zoom_text(root: QWidget, points: int) -> None:
    """Make the text of ``root`` and its children ``points`` larger than the application's
    (0: the application's size), the labels :func:`scale_font` sized in proportion.

    A style sheet of ``root``'s own, not ``setFont``: under the app's style sheet a parent's
    font no longer reaches its children, and the sheet also sizes the answers of questions
    shown later. A style sheet outranks ``setFont``, so the sized labels get a rule each, by
    their object name.
    """
    if not points:
        root.setStyleSheet("")
        return
    size = QApplication.font().pointSizeF() + points
    rules = [f"* {{ font-size: {size:.2f}pt; }}"]
    for widget in root.findChildren(QWidget):
        factor = widget.property(FACTOR_PROPERTY)
        if isinstance(factor, float) and widget.objectName():
            rules.append(f"#{widget.objectName()} {{ font-size: {size * factor:.2f}pt; }}")
    root.setStyleSheet("\n".join(rules))


def colour(widget: QWidget, right: bool) -> None:
    """Green text for right, red for not right, in the theme's shades: the app's style sheet
    colours the label by this property, and follows a change of theme by itself."""
    widget.setProperty(VERDICT_PROPERTY, "right" if right else "wrong")
    # A style sheet reads a property when the widget is polished: polish it again.
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
