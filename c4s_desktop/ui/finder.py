"""What the find bar drives: a finder of words in one view, whatever the view shows them in
(:class:`~c4s_desktop.ui.text_finder.TextFinder` for texts,
:class:`~c4s_desktop.ui.pdf_page_finder.PdfPageFinder` for a fact sheet's pages)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Finder(QObject):
    """Looks for words and keeps one place found as the current one; ``near`` and positions
    are the view's own (a character, a page)."""

    changed = Signal()
    """The places found or the current one changed."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._query = ""
        self._current = -1

    @property
    def count(self) -> int:
        """How many places hold what is looked for."""
        raise NotImplementedError

    @property
    def current(self) -> int:
        """The current place, from 0; -1 when there is none."""
        return self._current

    @property
    def searching(self) -> bool:
        """Whether places may still come (the text is being read, or gone through) while none
        is current yet."""
        return False

    @property
    def query(self) -> str:
        """What is looked for ("" when nothing)."""
        return self._query

    def find(self, query: str, near: int | None = None) -> int:
        """Look for ``query``, the current place the first at or after ``near`` (else where
        the view is); returns how many places were found (so far)."""
        raise NotImplementedError

    def step(self, by: int) -> None:
        """Make the next (``by`` 1) or previous (-1) place the current one, round the end."""
        raise NotImplementedError

    def clear(self) -> None:
        """Look for nothing: the marks go."""
        raise NotImplementedError
