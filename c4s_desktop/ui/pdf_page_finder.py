"""Words found on a fact sheet's pages (the pictures): QtPdf's own search, which marks every
place on the pages and the current one in its own colour.

QtPdf matches case but not accents apart ("strategie" does not find "stratégie"); read as
text, a sheet is searched as course texts are. A search hit brings the words as the sheet
writes them (:func:`~c4s_desktop.core.search.text_matches.snippet_words`).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView

from c4s_desktop.ui.finder import Finder

SEARCHED_MS = 300
"""QtPdf searches a page at each turn of the event loop and says nothing when it is done:
with no place on or after the wanted page by then, the first place of all is the current."""


class PdfPageFinder(Finder):
    """Finds words on the pages ``view`` shows of ``document``, with pages for positions."""

    def __init__(self, view: QPdfView, document: QPdfDocument) -> None:
        super().__init__(view)
        self._view = view
        self._model = QPdfSearchModel(self)
        self._model.setDocument(document)
        self._model.countChanged.connect(self._counted)
        view.setSearchModel(self._model)
        self._from_page = 0
        self._wrap = QTimer(self)
        self._wrap.setSingleShot(True)
        self._wrap.setInterval(SEARCHED_MS)
        self._wrap.timeout.connect(lambda: self._show(0) if self._current < 0 and self.count
                                   else None)
        # A new sheet: what is looked for is looked for in it.
        document.statusChanged.connect(self._reloaded)

    @property
    def count(self) -> int:
        """How many places hold what is looked for (grows while QtPdf goes through pages)."""
        return self._model.count() if self._query else 0

    def find(self, query: str, near: int | None = None) -> int:
        """Look for ``query``; the current place is the first on page ``near`` or after
        (else the page shown), as the pages are searched. Returns the places found so far."""
        self._query = query.strip()
        self._current = -1
        self._from_page = self._view.pageNavigator().currentPage() if near is None else near
        self._view.setCurrentSearchResultIndex(-1)
        self._model.setSearchString(self._query)
        self._wrap.start()
        self._counted()
        return self.count

    def step(self, by: int) -> None:
        """Make the next (``by`` 1) or previous (-1) place the current one, round the end."""
        if self.count:
            self._show((self._current + by) % self.count)

    def clear(self) -> None:
        """Look for nothing: the marks go."""
        self._wrap.stop()
        self._view.setCurrentSearchResultIndex(-1)
        self._model.setSearchString("")
        self.changed.emit()

    def _reloaded(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready and self._query:
            self.find(self._query, near=0)

    def _counted(self) -> None:
        if self._current < 0 and self._query:
            # Results come page by page: the first at or after the wanted page.
            for index in range(self.count):
                if self._model.resultAtIndex(index).page() >= self._from_page:
                    self._show(index)
                    return
        self.changed.emit()

    def _show(self, index: int) -> None:
        self._current = index
        self._view.setCurrentSearchResultIndex(index)
        link = self._model.resultAtIndex(index)
        self._view.pageNavigator().jump(link.page(), link.location(), 0)
        self.changed.emit()
