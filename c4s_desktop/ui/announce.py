"""Telling screen readers about text that appears where the keyboard is not.

A reader speaks what gets the focus. A status line, a verdict or a count of results that just
appears on the screen changes nothing it follows, so it stays silent unless the app asks for
the text to be said: an announcement event, which Qt hands to the platform's accessibility
bridge (AT-SPI, UI Automation, NSAccessibility) when a reader is listening, and drops otherwise.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say ``text``, as coming from ``widget``.

    Polite (after what the reader is saying) unless ``assertive``: a problem the learner must
    hear at once, such as an answer missing, interrupts it. Empty text says nothing.
    """
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
