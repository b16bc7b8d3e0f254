"""Words found on a fact sheet's pages (the pictures): QtPdf's own search, which marks every
place on the pages and the current one in its own colour.

QtPdf ignores case but not accents ("strategie" does not find "stratégie"), and the learner
may have no key for them. So the pages' text is gone through, a page at each turn of the event
loop, matched as course texts are (accents and case ignored), and QtPdf is then asked for the
words as the sheet writes them most often. A sheet that writes them two ways ("gestión" and a
heading's "GESTION") has the more frequent marked. A search hit brings the words as the sheet
writes them (:func:`~c4s_desktop.core.search.text_matches.written_words`).

QtPdf searches a page every 100 ms and says nothing when it is done; going through the text
first tells how many places there are and on which pages, so the count is whole at once, Next
waits for a place QtPdf has not reached instead of going round to the first, and a search from
a page after the last place goes round at once.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView

from c4s_desktop.core.search.text_matches import find_apart, find_together, fold
from c4s_desktop.ui.finder import Finder

PAGE_SEARCH_MS = 100
"""How often QtPdf's search model takes the next page."""
SETTLE_MARGIN_MS = 500


class PdfPageFinder(Finder):
    """Finds words on the pages ``view`` shows of ``document``, with pages for positions."""

    def __init__(self, view: QPdfView, document: QPdfDocument) -> None:
        super().__init__(view)
        self._view = view
        self._document = document
        self._model = QPdfSearchModel(self)
        self._model.setDocument(document)
        self._model.countChanged.connect(self._counted)
        view.setSearchModel(self._model)
        self._from_page = 0
        self._page_texts: dict[int, tuple[str, str]] = {}
        """Pages gone through: their text as QtPdf reads it, and folded."""
        self._written: dict[str, str] = {}
        self._pages: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
        """The page of each place of each way of writing what is looked for, by its folded
        case: its words together, and each word apart (used when they are never together)."""
        self._next_page = 0
        self._expected: list[int] | None = None
        """The pages of the places QtPdf is asked for, once the text has been gone through."""
        self._settled = False
        """Whether QtPdf has surely searched every page (its count is then the whole)."""
        self._pending = 0
        """A step asked for beyond the places QtPdf has found so far."""
        self._scan = QTimer(self)
        self._scan.setSingleShot(True)
        self._scan.setInterval(0)  # a page a turn: the window answers between pages
        self._scan.timeout.connect(self._scan_page)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._search_done)
        # A new sheet: what is looked for is looked for in it.
        document.statusChanged.connect(self._reloaded)

    @property
    def count(self) -> int:
        """How many places hold what is looked for: the text's count once gone through (QtPdf's
        grows as it goes through the pages)."""
        if not self._query:
            return 0
        found = self._model.count()
        return found if self._settled or self._expected is None else max(found,
                                                                          len(self._expected))

    def find(self, query: str, near: int | None = None) -> int:
        """Look for ``query``; the current place is the first on page ``near`` or after
        (else the page shown), as the pages are searched. Returns the places found so far."""
        self._query = query.strip()
        self._from_page = self._view.pageNavigator().currentPage() if near is None else near
        self._written.clear()
        for pages in self._pages:
            pages.clear()
        self._next_page = 0
        if self._query:
            self._scan.start()
        else:
            self._scan.stop()
        self._search(self._query)
        return self.count

    def step(self, by: int) -> None:
        """Make the next (``by`` 1) or previous (-1) place the current one, round the end."""
        found = self._model.count()
        if not self.count:
            return
        target = self._current + by
        if not 0 <= target < found and found < self.count:
            self._pending = by  # QtPdf has not reached that place yet: go there once it has
            return
        self._show(target % found)

    def clear(self) -> None:
        """Look for nothing: the marks go."""
        self._scan.stop()
        self._settle.stop()
        self._query = ""
        self._current = -1
        self._pending = 0
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
        self._pending = 0
        self._expected = None
        self._settled = False
        self._view.setCurrentSearchResultIndex(-1)
        self._model.setSearchString(written)
        self._settle.start(self._document.pageCount() * PAGE_SEARCH_MS + SETTLE_MARGIN_MS)
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
        for pages, find in zip(self._pages, (find_together, find_apart), strict=True):
            for start, end in find(folded, self._query):
                # QtPdf matches within a line: a phrase the page wraps is asked for on one.
                written = " ".join(text[start:end].split())
                key = written.casefold()
                self._written.setdefault(key, written)
                pages.setdefault(key, []).append(page)
        self._next_page = page + 1
        self._scan.start()

    def _use_most_written(self) -> None:
        forms = self._pages[0] or self._pages[1]
        if forms:
            most = max(forms, key=lambda form: len(forms[form]))  # the first, on a tie
            if most != self._model.searchString().casefold():
                self._search(self._written[most])
            self._expected = forms[most]
        else:
            self._expected = []
        self._counted()

    def _search_done(self) -> None:
        self._settled = True
        self._counted()

    def _counted(self) -> None:
        found = self._model.count()
        if self._current < 0 and self._query:
            # Results come page by page: the first at or after the wanted page, or the first
            # of all once none can come after it.
            none_after = self._settled or (
                self._expected is not None
                and not any(page >= self._from_page for page in self._expected))
            for index in range(found):
                if none_after or self._model.resultAtIndex(index).page() >= self._from_page:
                    self._show(index)
                    return
        elif self._pending and (0 <= self._current + self._pending < found
                                or self._settled or found >= self.count):
            by, self._pending = self._pending, 0
            self._show((self._current + by) % found)
            return
        self.changed.emit()

    def _show(self, index: int) -> None:
        self._current = index
        self._view.setCurrentSearchResultIndex(index)
        link = self._model.resultAtIndex(index)
        self._view.pageNavigator().jump(link.page(), link.location(), 0)
        self.changed.emit()
