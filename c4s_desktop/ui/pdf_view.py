"""Fact sheets (PDF) in Qt's PDF view, with page navigation, zoom, a saved copy and printing,
and their text for learners who read it rather than look at the pages.

Imported only when a fact sheet is first opened, so QtPdf costs nothing at start-up; Qt's
printing module loads only when the learner prints.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QPainter, QResizeEvent
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.packs.export import save_copy
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta, set_meta
from c4s_desktop.ui.errors import show_error
from c4s_desktop.ui.pdf_page_finder import PdfPageFinder
from c4s_desktop.ui.pdf_text_view import PdfTextView, read_page_texts
from c4s_desktop.ui.pool_job import PoolJob
from c4s_desktop.ui.text_finder import TextFinder

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

TEXT_MODE_KEY = "factsheet_view"
"""Meta key: ``text`` when fact sheets open as text (the learner's last choice), else pages."""
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 6.0
STATUS_MS = 8000


def saved_text_mode(store: Store) -> bool:
    """Whether fact sheets open as text on this computer; a store job."""
    return get_meta(store, TEXT_MODE_KEY) == "text"


def save_text_mode(store: Store, on: bool) -> None:
    """Open fact sheets as text (``on``) or as pages from now on; a store job."""
    set_meta(store, TEXT_MODE_KEY, "text" if on else "pages")


class _BarButton(QToolButton):
    """A button of the bar whose tooltip shows its accessible name.

    Not through the tooltip property: Qt hands a widget's tooltip to screen readers as its
    description when it has none, so a reader said each button's name twice.
    """

    def event(self, event: QEvent) -> bool:
        """Show the name as the tooltip; everything else as any tool button."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            QToolTip.showText(event.globalPos(), self.accessibleName(), self)
            return True
        return super().event(event)


class _CopyJob(QObject):
    """Copies a file in a thread of its own; :attr:`finished` arrives in the UI thread."""

    finished = Signal(object, object)
    """(the target path, None when saved or the exception that stopped it)."""

    def start(self, source: Path, target: Path) -> None:
        def copy() -> None:
            try:
                save_copy(source, target)
            except Exception as exc:  # reported to the learner in the UI thread
                self.finished.emit(target, exc)
            else:
                self.finished.emit(target, None)

        threading.Thread(target=copy, name="c4s-save-copy", daemon=True).start()


class PdfViewer(QWidget):
    """A PDF with a bar: previous/next page, page number, its text, zoom out/in and fit width.

    "Read as text" shows the pages' text instead of their pictures (a screen reader reads
    nothing of a picture); the choice holds for the fact sheets opened after it. The text is
    read on a thread, page after page, when first asked for.
    """

    page_rendered = Signal(int)
    """A page's image is ready (the view paints it next); used to wait before a screenshot.

    QPdfView renders in threads and has no signal of its own for this, so the viewer listens
    to the view's ``QPdfPageRenderer`` child.
    """

    copy_finished = Signal(object, object)
    """(the target path, None when the copy is saved, else the error shown to the learner)."""

    text_shown = Signal()
    """The text view shows the open sheet's pages, or the sentence saying why it cannot."""

    text_mode_chosen = Signal(bool)
    """The learner turned Read as text on (True) or off."""

    text_mode_changed = Signal()
    """The text or the pictures are shown now, by the learner's choice or the saved one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._name = ""
        self._copy_job = _CopyJob(self)
        self._copy_job.finished.connect(self._copied)
        self.save_dialog: QFileDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setAccessibleName(self.tr("Fact sheet pages"))
        self.view.setAccessibleDescription(
            self.tr("Pictures of the pages. To hear their text, choose Read as text."))
        self._page_finder: PdfPageFinder | None = None
        self._text_finder: TextFinder | None = None
        self.text_view = PdfTextView()
        self.text_view.page_changed.connect(self._show_page_number)
        self._texts: tuple[str, ...] | None = None
        """The open sheet's text, page by page, once read."""
        self._text_job: PoolJob | None = None
        self._loads = 0
        """Sheets loaded so far: a text read for an earlier one is dropped."""
        self._text_mode = False
        self._text_page = 0
        """The page to show once the text is read."""
        self.text_shown_now = False
        """Whether the text view shows the open sheet's text (or why it cannot) yet."""
        self.rendered_pages: set[int] = set()
        renderer = self.view.findChild(QPdfPageRenderer)
        if renderer is not None:
            renderer.pageRendered.connect(self._rendered)
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._pages_moved)

        self.previous_button = self._button(
            self.tr("Previous page"), lambda: self.go_to_page(self.current_page - 1),
            arrow=Qt.ArrowType.LeftArrow,
        )
        self.next_button = self._button(
            self.tr("Next page"), lambda: self.go_to_page(self.current_page + 1),
            arrow=Qt.ArrowType.RightArrow,
        )
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_total = QLabel()
        self.zoom_out_button = self._button(self.tr("Zoom out"), lambda: self.zoom_by(-1),
                                            label="\u2212")
        self.zoom_in_button = self._button(self.tr("Zoom in"), lambda: self.zoom_by(1), label="+")
        self.fit_button = self._button(self.tr("Fit width"), self.fit_width)
        self.text_button = self._button(self.tr("Read as text"))
        self.text_button.setCheckable(True)
        # Toggled, not clicked: a screen reader's "toggle" action checks it without a click.
        self.text_button.toggled.connect(self._text_toggled)
        self.save_button = self._button(self.tr("Save a copy…"), self.ask_where_to_save)
        self.print_button = self._button(self.tr("Print…"), self.ask_to_print)

        # One bar; in a narrow window (150 % on a small screen) the zoom and file actions go to
        # a second row rather than take the library's room.
        self._navigation = (self.previous_button, self.page_box, self.page_total,
                            self.next_button, self.text_button)
        self._actions = (self.zoom_out_button, self.zoom_in_button, self.fit_button,
                         self.save_button, self.print_button)
        self._bar = QHBoxLayout()
        self._bar.setContentsMargins(0, 0, 0, 0)
        for widget in self._navigation:
            self._bar.addWidget(widget)
        self._bar.addStretch(1)
        self._second_row = QHBoxLayout()
        self._second_row.setContentsMargins(0, 0, 0, 0)
        self._second_row.addStretch(1)
        self._two_rows = False
        self._place_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._bar)
        layout.addLayout(self._second_row)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.text_view)
        layout.addWidget(self.pages, 1)
        self.setFocusProxy(self.view)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the bar gets on two rows."""
        hint = super().minimumSizeHint()
        hint.setWidth(max(self._row_width(self._navigation), self._row_width(self._actions)))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Put the actions on a second row when one row does not fit, and back."""
        super().resizeEvent(event)
        two_rows = self.width() < (self._row_width(self._navigation)
                                   + self._row_width(self._actions))
        if two_rows != self._two_rows:
            self._two_rows = two_rows
            self._place_actions()

    def _row_width(self, widgets: tuple[QWidget, ...]) -> int:
        spacing = max(0, self._bar.spacing())
        return sum(widget.sizeHint().width() + spacing for widget in widgets)

    def _place_actions(self) -> None:
        source, target = ((self._bar, self._second_row) if self._two_rows
                          else (self._second_row, self._bar))
        for widget in self._actions:
            source.removeWidget(widget)
            target.addWidget(widget)

    def _button(
        self,
        name: str,
        action: Callable[[], object] | None = None,
        *,
        label: str | None = None,
        arrow: Qt.ArrowType | None = None,
    ) -> QToolButton:
        button = _BarButton()
        button.setText(label or name)
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        if arrow is not None:
            button.setArrowType(arrow)
        if action is not None:
            button.clicked.connect(action)
        return button

    # --- Loading ---------------------------------------------------------------------------

    def load(self, path: Path, name: str = "") -> bool:
        """Open the PDF at ``path``; False when it is missing or damaged.

        ``name`` is the file name a saved copy is offered under.
        """
        self._path, self._name = path, name or "factsheet.pdf"
        self.rendered_pages.clear()
        self._loads += 1
        self._texts = None
        self._stop_reading()
        error = self.document.load(str(path))
        ok = error == QPdfDocument.Error.None_ and self.document.pageCount() > 0
        count = self.document.pageCount() if ok else 0
        self.page_box.blockSignals(True)
        self.page_box.setRange(1 if count else 0, max(count, 0))
        self.page_box.setValue(1 if count else 0)
        self.page_box.blockSignals(False)
        self.page_total.setText(self.tr("of {n}").format(n=count))
        self.fit_width()
        if self.text_mode:
            self._show_text(0)
        self._update_buttons()
        return ok

    @property
    def page_finder(self) -> PdfPageFinder:
        """Finds words on the pages (the pictures), made on first use."""
        if self._page_finder is None:
            self._page_finder = PdfPageFinder(self.view, self.document)
        return self._page_finder

    @property
    def text_finder(self) -> TextFinder:
        """Finds words in the pages' text, made on first use; while the text is read it finds
        nothing and says it is still searching."""
        if self._text_finder is None:
            self._text_finder = TextFinder(self.text_view, lambda: self._text_job is not None)
        return self._text_finder

    @property
    def page_count(self) -> int:
        """The number of pages of the open PDF (0 when none is open)."""
        return self.document.pageCount()

    @property
    def current_page(self) -> int:
        """The page shown at the top of the view, from 0."""
        if self.text_mode and self.text_view.page_count:
            return self.text_view.current_page
        return self.view.pageNavigator().currentPage()

    # --- The text --------------------------------------------------------------------------

    @property
    def text_mode(self) -> bool:
        """Whether the pages' text is shown instead of their pictures."""
        return self._text_mode

    def set_text_mode(self, on: bool) -> None:
        """Show the pages' text (read first when needed) or their pictures, at the same page."""
        page = self.current_page
        self._text_mode = on
        self.text_button.blockSignals(True)  # only the learner's own toggling is a choice
        self.text_button.setChecked(on)
        self.text_button.blockSignals(False)
        if on:
            self._show_text(page)
        else:
            self._stop_reading()
            self.pages.setCurrentWidget(self.view)
            self.setFocusProxy(self.view)
            if self.page_count:
                self.go_to_page(page)
        self._update_buttons()
        self.text_mode_changed.emit()

    def _text_toggled(self, on: bool) -> None:
        self.set_text_mode(on)
        self.text_mode_chosen.emit(on)

    def _show_text(self, page: int) -> None:
        self.text_shown_now = False
        self._text_page = page
        focused = self.view.hasFocus()
        self.pages.setCurrentWidget(self.text_view)
        self.setFocusProxy(self.text_view)
        if focused:
            self.text_view.setFocus()
        if self.page_count == 0:
            self.text_view.show_message(self.tr("This fact sheet cannot be opened."))
            self._text_done()
        elif self._texts is not None:
            self._fill_text(page)
        elif self._text_job is None and self._path is not None:
            self.text_view.show_message(self.tr("Reading the text of the fact sheet…"))
            loads, path = self._loads, self._path
            self._text_job = PoolJob(
                lambda job: read_page_texts(path, job.report, job.cancel),
                on_done=lambda texts: self._text_read(loads, texts),
                on_error=lambda exc: self._text_failed(loads, exc),
                on_progress=self._reading,
                parent=self, thread_name="c4s-pdf-text",
            ).start()

    def _reading(self, done: int, total: int) -> None:
        if self._text_job is not None and done < total:
            self.text_view.show_message(
                self.tr("Reading the text of the fact sheet: page {done} of {total}…")
                .format(done=done + 1, total=total))

    def _text_read(self, loads: int, texts: tuple[str, ...] | None) -> None:
        if loads != self._loads:
            return  # another sheet since
        self._text_job = None
        if texts is None:
            self._text_failed(loads, None)
            return
        self._texts = texts
        if self.text_mode:
            self._fill_text(self._text_page)

    def _text_failed(self, loads: int, exc: BaseException | None) -> None:
        if loads != self._loads or isinstance(exc, CancelledError):
            return
        self._text_job = None
        self.text_view.show_message(
            self.tr("The text of this fact sheet cannot be read. Its pages can still be "
                    "shown: turn Read as text off."))
        self._text_done()

    def _fill_text(self, page: int) -> None:
        texts = self._texts or ()
        if any(text.strip() for text in texts):
            self.text_view.show_pages(texts)
            self.text_view.go_to_page(page)
        else:
            self.text_view.show_message(
                self.tr("This fact sheet has no text to read: its pages are pictures only."))
        self._update_buttons()
        self._text_done()

    def _text_done(self) -> None:
        self.text_shown_now = True
        self.text_shown.emit()

    def _stop_reading(self) -> None:
        if self._text_job is not None:
            self._text_job.cancel.set()
            self._text_job = None

    # --- Navigation and zoom ---------------------------------------------------------------

    def go_to_page(self, page: int) -> None:
        """Scroll to ``page`` (from 0), kept within the document."""
        if self.page_count == 0:
            return
        page = max(0, min(self.page_count - 1, page))
        self.view.pageNavigator().jump(page, QPointF(), 0)
        if self.text_mode:
            self._text_page = page
            self.text_view.go_to_page(page)
        self._show_page_number(page)

    def zoom_by(self, steps: int) -> None:
        """Zoom in (positive ``steps``) or out by steps of 25 %; the text by points."""
        if self.text_mode:
            self.text_view.zoom_by(steps)
            return
        factor = max(MIN_ZOOM, min(MAX_ZOOM, self.view.zoomFactor() * ZOOM_STEP**steps))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    def fit_width(self) -> None:
        """Make the pages as wide as the view."""
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def reset_zoom(self) -> None:
        """The normal size: pages as wide as the view, the text at its normal size."""
        self.text_view.reset_zoom()
        self.fit_width()

    def _rendered(self, page: int, *_details: object) -> None:
        self.rendered_pages.add(page)
        self.page_rendered.emit(page)

    def _pages_moved(self, page: int) -> None:
        if not self.text_mode:  # else the pictures are hidden: the text's page is the one shown
            self._show_page_number(page)

    def _show_page_number(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = self.page_count
        self.previous_button.setEnabled(count > 0 and self.current_page > 0)
        self.next_button.setEnabled(count > 0 and self.current_page < count - 1)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button,
                       self.save_button, self.print_button, self.text_button):
            button.setEnabled(count > 0)
        self.fit_button.setEnabled(count > 0 and not self.text_mode)

    # --- A copy and a print ----------------------------------------------------------------

    def ask_where_to_save(self) -> QFileDialog:
        """Ask where to save a copy of the fact sheet (window-modal), then save it there."""
        dialog = self.save_dialog = QFileDialog(self, self.tr("Save a copy of the fact sheet"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self._name)
        dialog.fileSelected.connect(lambda chosen: self.save_copy_as(Path(chosen)))
        dialog.open()
        return dialog

    def save_copy_as(self, target: Path) -> None:
        """Copy the fact sheet to ``target`` in a background thread (see :attr:`copy_finished`)."""
        if self._path is None:
            return
        self.save_button.setEnabled(False)
        self._copy_job.start(self._path, target)

    def _copied(self, target: Path, exc: BaseException | None) -> None:
        self.save_button.setEnabled(self.page_count > 0)
        if exc is not None:
            show_error(self, exc)
        else:
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(
                    self.tr("Saved a copy as {path}").format(path=str(target)), STATUS_MS)
        self.copy_finished.emit(target, exc)

    def ask_to_print(self) -> QPrintDialog:
        """Show the print dialog (window-modal); print the chosen pages when accepted."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._name)
        dialog = self.print_dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the fact sheet"))
        dialog.setMinMax(1, max(1, self.page_count))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        dialog.accepted.connect(lambda: self.print_to(printer))
        QDialog.open(dialog)  # the plain window-modal open, not QPrintDialog's overload
        return dialog

    def print_to(self, printer: QPrinter) -> int:
        """Print the pages ``printer`` asks for (all by default); return how many were printed.

        Each page is rendered at the printer's resolution and fitted to its page, centred.
        """
        count = self.page_count
        first = max(1, printer.fromPage() or 1)
        last = min(count, printer.toPage() or count)
        painter = QPainter()
        if count == 0 or first > last or not painter.begin(printer):
            return 0
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        area.moveTo(0, 0)
        printed = 0
        for page in range(first - 1, last):
            if printed:
                printer.newPage()
            points = self.document.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            size = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            image = self.document.render(page, size)
            left = (area.width() - size.width()) // 2
            painter.drawImage(QRect(left, 0, size.width(), size.height()), image)
            printed += 1
        painter.end()
        return printed
