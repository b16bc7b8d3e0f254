"""Words found in a text view: every place highlighted, one of them the current, selected and
scrolled into sight, with the caret on it (where a screen reader reads on from)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from c4s_desktop.core.search.text_matches import find_folded, fold
from c4s_desktop.ui.finder import Finder

MAX_HIGHLIGHTS = 100
"""Places highlighted around the current one: a word as common as "the" in a long fact sheet
has thousands, and a paragraph is drawn again for each highlight in it: 400 "e" in a sheet's
dense page took 360 ms a repaint, 100 take 30 ms."""
HIGHLIGHT_LIGHT = QColor("#ffe082")
HIGHLIGHT_DARK = QColor("#6b5600")
"""Behind the other places found: amber reads with black text and with white."""


class TextFinder(Finder):
    """Finds what the learner looks for in ``view``'s text, as the library search matches it
    (accents and case ignored), and finds it again when the text changes."""

    def __init__(self, view: QTextEdit, reading: Callable[[], bool] | None = None) -> None:
        super().__init__(view)
        self._view = view
        self._reading = reading
        """Whether ``view`` only says its text is being read (nothing in it is looked at)."""
        self._query = ""
        self._spans: list[tuple[int, int]] = []
        self._folded: str | None = None
        self._current = -1
        self._refind = QTimer(self)
        self._refind.setSingleShot(True)
        self._refind.setInterval(0)  # once the text is in, not at each piece of it
        self._refind.timeout.connect(lambda: self.find(self._query))
        view.document().contentsChanged.connect(self._text_changed)

    @property
    def count(self) -> int:
        """How many places hold what is looked for."""
        return len(self._spans)

    @property
    def searching(self) -> bool:
        """Whether the view's text is still being read."""
        return bool(self._query.strip()) and self._reading is not None and self._reading()

    def find(self, query: str, near: int | None = None) -> int:
        """Look for ``query``; the current place is the first at or after position ``near``
        (else the caret's), wrapping to the first. Returns how many places were found."""
        self._refind.stop()
        self._query = query
        looking = query.strip() and not self.searching
        self._spans = find_folded(self._folded_text(), query) if looking else []
        start = self._view.textCursor().selectionStart() if near is None else near
        after = next((i for i, (begin, _end) in enumerate(self._spans) if begin >= start), 0)
        self._current = after if self._spans else -1
        self._show()
        return len(self._spans)

    def step(self, by: int) -> None:
        """Make the next (``by`` 1) or previous (-1) place the current one, round the end."""
        if self._spans:
            self._current = (self._current + by) % len(self._spans)
            self._show()

    def clear(self) -> None:
        """Look for nothing: the highlights go, the caret stays where the current place was."""
        self._refind.stop()
        self._query = ""
        self._spans = []
        self._current = -1
        cursor = self._view.textCursor()
        cursor.clearSelection()
        self._view.setTextCursor(cursor)
        self._view.setExtraSelections([])
        self.changed.emit()

    def _folded_text(self) -> str:
        """The view's text folded, made again only after the text changed: folding a long
        sheet's text takes most of a look-up's time."""
        if self._folded is None:
            # A position in the raw text is the cursor's position.
            self._folded = fold(self._view.document().toRawText())
        return self._folded

    def _text_changed(self) -> None:
        self._folded = None
        if self._query:
            self._spans = []  # positions in the old text mean nothing now
            self._current = -1
            self._refind.start()

    def _show(self) -> None:
        view = self._view
        selections = []
        if self._spans:
            begin = max(0, min(self._current - MAX_HIGHLIGHTS // 2,
                               len(self._spans) - MAX_HIGHLIGHTS))
            dark = view.palette().color(QPalette.ColorRole.Base).lightness() < 128
            look = QTextCharFormat()
            look.setBackground(HIGHLIGHT_DARK if dark else HIGHLIGHT_LIGHT)
            look.setForeground(view.palette().color(QPalette.ColorRole.Text))
            for start, end in self._spans[begin:begin + MAX_HIGHLIGHTS]:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = self._cursor(start, end)
                selection.format = look
                selections.append(selection)
            view.setTextCursor(self._cursor(*self._spans[self._current]))
            view.ensureCursorVisible()
        elif view.textCursor().hasSelection():
            cursor = view.textCursor()  # the place found before: no longer what is looked for
            cursor.clearSelection()
            view.setTextCursor(cursor)
        view.setExtraSelections(selections)
        self.changed.emit()

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor
