"""A fact sheet's text, page after page, for learners who read with a screen reader, with
large letters, or on a screen too small for the pages.

The text is read with QtPdf, the library that draws the pages (about 20 times faster than the
search index's pypdf, and it keeps a table's row on one line), and laid out as plain paragraphs
under a heading for each page: nothing of the file is interpreted as markup.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QPoint, QSizeF, Qt, Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget

from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.search.extract import clean
from c4s_desktop.ui.document_view import DocumentView

HEADING_LEVEL = 2
HEADING_SIZE = 1
"""A page heading's size step above the text (HTML's ``<h3>``), so it follows the zoom."""
WRAPPED_SHARE = 0.6
"""A line at least this share of its page's longest line filled the PDF's column."""
MIN_WRAPPED_CHARS = 50
"""A page whose longest line is shorter holds lists or figures, whose lines stay apart."""
SENTENCE_ENDS = (".", "!", "?", ":", ";")


def read_page_texts(path: Path, report: Callable[[int, int], None],
                    stop: threading.Event) -> tuple[str, ...] | None:
    """Each page's text of the PDF at ``path``; None when it cannot be read.

    For a background thread: the document is one of its own, not the one the view draws
    (QtPdf guards its library with a lock of its own, as it does for the view's rendering
    threads). ``report(done, total)`` follows each page; raises :class:`CancelledError` once
    ``stop`` is set.
    """
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            return None
        total = document.pageCount()
        texts: list[str] = []
        for page in range(total):
            if stop.is_set():
                raise CancelledError("op.cancelled")
            texts.append(clean(document.getAllText(page).text()))
            report(page + 1, total)
        return tuple(texts)
    finally:
        document.close()


def paragraphs(text: str) -> list[str]:
    """A page's text as paragraphs: its lines, joined again where the PDF wrapped them.

    A PDF keeps no paragraphs, only lines; shown as they are, a column's wrapped lines wrap
    again in a narrower window, ragged, and a screen reader pauses at each. A line goes on
    with the next when it filled the column, does not end a sentence, and the next line
    starts in lower case (a table's next row, a heading, a list item do not).
    """
    lines = [line.strip() for line in text.splitlines()]
    longest = max(map(len, lines), default=0)
    wrap_at = WRAPPED_SHARE * longest if longest >= MIN_WRAPPED_CHARS else float("inf")
    found: list[str] = []
    current = ""
    for index, line in enumerate(lines):
        if not line:
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        current += ("" if not current or current.endswith("-") else " ") + line
        wrapped = (len(line) >= wrap_at and not line.endswith(SENTENCE_ENDS)
                   and following[:1].islower())
        if not wrapped:
            found.append(current)
            current = ""
    return found


class PdfTextView(DocumentView):
    """The text of a PDF's pages under a "Page N" heading each; zoomed as a course text is."""

    page_changed = Signal(int)
    """The page (from 0) being read changed: the caret's, or the top one when the learner
    scrolls the caret out of sight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._page_starts: list[int] = []
        """Each page heading's position in the document."""
        self._shown_page = -1
        # A caret the arrow keys move, line by line: how a screen reader reads along.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAccessibleName(self.tr("Fact sheet text"))
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.cursorPositionChanged.connect(self._caret_moved)

    @property
    def page_count(self) -> int:
        """The number of pages shown (0 while a message is shown)."""
        return len(self._page_starts)

    @property
    def current_page(self) -> int:
        """The page (from 0) being read; -1 while a message is shown."""
        return self._shown_page

    def show_message(self, text: str) -> None:
        """Show one sentence instead of pages (reading, nothing to read, a damaged file)."""
        self._page_starts = []
        self._shown_page = -1
        self.setPlainText(text)

    def show_pages(self, texts: Sequence[str]) -> None:
        """Show each page's text under its heading, from the top."""
        self._page_starts = []
        document = self.document()
        document.clear()
        cursor = QTextCursor(document)
        heading_block = QTextBlockFormat()
        heading_block.setHeadingLevel(HEADING_LEVEL)
        heading_block.setTopMargin(self.fontMetrics().height())
        heading_block.setBottomMargin(self.fontMetrics().height() / 2)
        heading_chars = QTextCharFormat()
        heading_chars.setFontWeight(QFont.Weight.Bold)
        heading_chars.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZE)
        body_block = QTextBlockFormat()
        body_block.setBottomMargin(self.fontMetrics().height() / 2)
        body_chars = QTextCharFormat()
        starts: list[int] = []
        # With no page size the layout ignores the edits; given back, it lays the whole text
        # out afresh in steps between events, not at once (0.3 s for 300 pages).
        page_size = document.pageSize()
        document.setPageSize(QSizeF(0, 0))
        cursor.beginEditBlock()
        for number, text in enumerate(texts, start=1):
            if number > 1:
                cursor.insertBlock()
            starts.append(cursor.position())
            cursor.setBlockFormat(heading_block)
            cursor.insertText(self.tr("Page {n} of {total}").format(n=number, total=len(texts)),
                              heading_chars)
            for paragraph in paragraphs(text) or [self.tr("This page has no text.")]:
                cursor.insertBlock(body_block, body_chars)
                cursor.insertText(paragraph)
        cursor.endEditBlock()
        # The caret the edits pushed to the end, moved back while nothing is laid out: moved
        # later, the text it left would be laid out to be repainted, every page of it.
        self.setTextCursor(QTextCursor(document))
        document.setPageSize(page_size)
        self._page_starts = starts
        self._shown_page = -1
        self.go_to_page(0)

    # --- Pages -----------------------------------------------------------------------------

    def go_to_page(self, page: int) -> None:
        """Put ``page``'s heading (from 0) at the top, with the caret on it."""
        if not self._page_starts:
            return
        page = max(0, min(len(self._page_starts) - 1, page))
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._page_starts[page])
        self.setTextCursor(cursor)
        # Lays the text out down to this page only, not the whole sheet.
        top = self.document().documentLayout().blockBoundingRect(cursor.block()).top()
        self.verticalScrollBar().setValue(round(top))
        self._announce(page)

    def _page_at(self, position: int) -> int:
        return max(0, bisect.bisect_right(self._page_starts, position) - 1)

    def _caret_moved(self) -> None:
        if self._page_starts:
            self._announce(self._page_at(self.textCursor().position()))

    def _scrolled(self, _value: int) -> None:
        if not self._page_starts or self.viewport().rect().intersects(self.cursorRect()):
            return
        self._announce(self._page_at(self.cursorForPosition(QPoint(0, 0)).position()))

    def _announce(self, page: int) -> None:
        if page != self._shown_page:
            self._shown_page = page
            self.page_changed.emit(page)
