"""Noticing that a course text was read to the end: its scroll bar reached the bottom.

A text short enough to need no scroll bar counts as read as soon as it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QTextEdit


class ReadToEndWatcher(QObject):
    """Emits :attr:`reached_end` once per :meth:`arm`, when the text's bottom is in view."""

    reached_end = Signal(object)
    """The key given to :meth:`arm` (which text was read)."""

    def __init__(self, view: QTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._key: object | None = None
        bar = view.verticalScrollBar()
        bar.valueChanged.connect(self._check)
        bar.rangeChanged.connect(self._check)

    def arm(self, key: object) -> None:
        """Watch the text now shown; ``key`` is emitted when its end is reached."""
        self._key = key
        QTimer.singleShot(0, self._check)

    def disarm(self) -> None:
        """Stop watching (another item was opened)."""
        self._key = None

    def _check(self, *_args: object) -> None:
        if self._key is None or not self._view.isVisible():
            return
        self._view.document().size()  # finishes a lazy layout, so the range is final
        bar = self._view.verticalScrollBar()
        if self._key is None or bar.value() < bar.maximum():
            return
        key, self._key = self._key, None
        self.reached_end.emit(key)
