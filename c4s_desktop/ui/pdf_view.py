"""Fact sheets (PDF) in Qt's PDF view, with page navigation and zoom.

Imported only when a fact sheet is first opened, so QtPdf costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 6.0


class PdfViewer(QWidget):
    """A PDF with a bar: previous/next page, page number, zoom out/in and fit width."""

    page_rendered = Signal(int)
    """A page's image is ready (the view paints it next); used to wait before a screenshot.

    QPdfView renders in threads and has no signal of its own for this, so the viewer listens
    to the view's ``QPdfPageRenderer`` child.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setAccessibleName(self.tr("Fact sheet pages"))
        self.rendered_pages: set[int] = set()
        renderer = self.view.findChild(QPdfPageRenderer)
        if renderer is not None:
            renderer.pageRendered.connect(self._rendered)
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._show_page_number)

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

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, self.page_box, self.page_total, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

    def _button(
        self,
        name: str,
        action: Callable[[], None],
        *,
        label: str | None = None,
        arrow: Qt.ArrowType | None = None,
    ) -> QToolButton:
        button = QToolButton()
        button.setText(label or name)
        button.setToolTip(name)
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        if arrow is not None:
            button.setArrowType(arrow)
        button.clicked.connect(action)
        return button

    # --- Loading ---------------------------------------------------------------------------

    def load(self, path: Path) -> bool:
        """Open the PDF at ``path``; False when it is missing or damaged."""
        self.rendered_pages.clear()
        error = self.document.load(str(path))
        ok = error == QPdfDocument.Error.None_ and self.document.pageCount() > 0
        count = self.document.pageCount() if ok else 0
        self.page_box.blockSignals(True)
        self.page_box.setRange(1 if count else 0, max(count, 0))
        self.page_box.setValue(1 if count else 0)
        self.page_box.blockSignals(False)
        self.page_total.setText(self.tr("of {n}").format(n=count))
        self.fit_width()
        self._update_buttons()
        return ok

    @property
    def page_count(self) -> int:
        """The number of pages of the open PDF (0 when none is open)."""
        return self.document.pageCount()

    @property
    def current_page(self) -> int:
        """The page shown at the top of the view, from 0."""
        return self.view.pageNavigator().currentPage()

    # --- Navigation and zoom ---------------------------------------------------------------

    def go_to_page(self, page: int) -> None:
        """Scroll to ``page`` (from 0), kept within the document."""
        if self.page_count == 0:
            return
        page = max(0, min(self.page_count - 1, page))
        self.view.pageNavigator().jump(page, QPointF(), 0)
        self._show_page_number(page)

    def zoom_by(self, steps: int) -> None:
        """Zoom in (positive ``steps``) or out by steps of 25 %."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, self.view.zoomFactor() * ZOOM_STEP**steps))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    def fit_width(self) -> None:
        """Make the pages as wide as the view."""
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def reset_zoom(self) -> None:
        """The same as :meth:`fit_width`: the normal size of a fact sheet."""
        self.fit_width()

    def _rendered(self, page: int, *_details: object) -> None:
        self.rendered_pages.add(page)
        self.page_rendered.emit(page)

    def _show_page_number(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = self.page_count
        self.previous_button.setEnabled(count > 0 and self.current_page > 0)
        self.next_button.setEnabled(count > 0 and self.current_page < count - 1)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(count > 0)
