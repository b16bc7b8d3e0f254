"""Words found on a fact sheet's pages (the pictures): QtPdf's own search, which marks every
place on the pages and the current one in its own colour.

QtPdf ignores case but not accents ("strategie" does not find "stratégie"), and the learner
may have no key for them. So the pages' text is gone through, a page at each turn of the event
loop, matched as course texts are (accents and case ignored), and QtPdf is then asked for the
words as the sheet writes them most often. A sheet that writes them two ways ("gestión" and a
heading's "GESTION") has the more frequent marked. A search hit brings the words as the sheet
writes them (:func:`~c4s_desktop.core.search.text_matches.written_words`).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QTimer
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView

from c4s_desktop.core.search.text_matches import find_apart, find_together, fold
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
        self._document = document
        self._page_texts: dict[int, tuple[str, str]] = {}
        """Pages gone through: their text as QtPdf reads it, and folded."""
        self._forms: tuple[Counter[str], Counter[str]] = (Counter(), Counter())
        """How often each way of writing what is looked for occurs, by its folded case: its
        words together, and each word apart (used when they are never together)."""
        self._written: dict[str, str] = {}
        self._next_page = 0
        self._scan = QTimer(self)
        self._scan.setSingleShot(True)
        self._scan.setInterval(0)  # a page a turn: the window answers between pages
        self._scan.timeout.connect(self._scan_page)
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
        self._from_page = self._view.pageNavigator().currentPage() if near is None else near
        for forms in self._forms:
            forms.clear()
        self._written.clear()
        self._next_page = 0
        if self._query:
            self._scan.start()
        else:
            self._scan.stop()
        self._search(self._query)
        return self.count

    def step(self, by: int) -> None:
        """Make the next (``by`` 1) or previous (-1) place the current one, round the end."""
        if self.count:
            self._show((self._current + by) % self.count)

    def clear(self) -> None:
        """Look for nothing: the marks go."""
        self._wrap.stop()
        self._scan.stop()
        self._view.setCurrentSearchResultIndex(-1)
        self._model.setSearchString("")
        self.changed.emit()

    def _reloaded(self, status: QPdfDocument.Status) -> None:
        self._page_texts.clear()
        if status == QPdfDocument.Status.Ready and self._query:
            self.find(self._query, near=0)

    def _search(self, written: str) -> None:
        """Ask QtPdf for ``written``; the current place is chosen again as pages come."""
        self._current = -1
        self._view.setCurrentSearchResultIndex(-1)
        self._model.setSearchString(written)
        self._wrap.start()
        self._counted()

    def _scan_page(self) -> None:
        page = self._next_page
        if page >= self._document.pageCount():
            self._use_most_written()
            return
        if page not in self._page_texts:
            text = self._document.getAllText(page).text()
            self._page_texts[page] = (text, fold(text))
        text, folded = self._page_texts[page]
        for forms, find in zip(self._forms, (find_together, find_apart), strict=True):
            for start, end in find(folded, self._query):
                # QtPdf matches within a line: a phrase the page wraps is asked for on one.
                written = " ".join(text[start:end].split())
                forms[written.casefold()] += 1
                self._written.setdefault(written.casefold(), written)
        self._next_page = page + 1
        self._scan.start()

    def _use_most_written(self) -> None:
        forms = self._forms[0] or self._forms[1]
        if not forms:
            return
        most, _count = forms.most_common(1)[0]
        if most != self._model.searchString().casefold():
            self._search(self._written[most])

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
