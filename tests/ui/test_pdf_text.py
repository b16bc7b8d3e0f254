"""A fact sheet read as text: its pages' text under a heading each, for screen readers and
large letters, the bar following it, and the choice kept for the next sheets and starts."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface

from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta
from c4s_desktop.ui.pdf_text_view import PdfTextView, paragraphs, read_page_texts
from c4s_desktop.ui.pdf_view import TEXT_MODE_KEY, PdfViewer
from tests.ui.conftest import PACK_ID, PDF_PAGES, Launch, write_pdf


def _open_sheet(launch: Launch) -> tuple[PdfViewer, object]:
    controller = launch()
    window = controller.window
    assert window is not None
    assert window.open_item(PACK_ID, "l1-sheet")
    return window.item_page.pdf_viewer, controller


def _read_as_text(qtbot, viewer: PdfViewer) -> None:
    with qtbot.waitSignal(viewer.text_shown, timeout=10_000):
        qtbot.mouseClick(viewer.text_button, Qt.MouseButton.LeftButton)


def test_read_as_text_shows_each_pages_text_under_its_heading(qtbot, launch: Launch) -> None:
    viewer, _controller = _open_sheet(launch)
    assert not viewer.text_mode and viewer.pages.currentWidget() is viewer.view
    _read_as_text(qtbot, viewer)
    assert viewer.text_mode and viewer.text_button.isChecked()
    assert viewer.pages.currentWidget() is viewer.text_view
    text = viewer.text_view.toPlainText()
    for page in range(1, PDF_PAGES + 1):
        assert f"Page {page} of {PDF_PAGES}" in text
        assert f"Fact sheet page {page}" in text
    assert text.index("Page 2 of") > text.index("Fact sheet page 1")
    # A screen reader gets the text itself, not a picture.
    said = QAccessible.queryAccessibleInterface(viewer.text_view)
    assert said is not None and said.textInterface() is not None
    assert "Fact sheet page 2" in said.textInterface().text(0, len(text))
    assert said.text(QAccessible.Text.Name) == "Fact sheet text"
    # Turned off, the pictures are back; here by a screen reader's toggle action, which
    # checks the button without clicking it.
    toggle = QAccessible.queryAccessibleInterface(viewer.text_button)
    assert toggle is not None and toggle.actionInterface() is not None
    toggle.actionInterface().doAction(QAccessibleActionInterface.toggleAction())
    assert not viewer.text_mode and viewer.pages.currentWidget() is viewer.view
    assert not viewer.text_button.isChecked()


def test_the_page_bar_and_zoom_follow_the_text(qtbot, launch: Launch) -> None:
    viewer, _controller = _open_sheet(launch)
    _read_as_text(qtbot, viewer)
    assert viewer.page_box.value() == 1 and not viewer.previous_button.isEnabled()
    assert not viewer.fit_button.isEnabled()  # the text fits the width already
    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
    assert viewer.current_page == 1 and viewer.page_box.value() == 2
    assert not viewer.next_button.isEnabled() and viewer.previous_button.isEnabled()
    caret = viewer.text_view.textCursor()
    assert caret.block().text() == f"Page 2 of {PDF_PAGES}"  # where a screen reader goes on
    # The caret moved back to the first page moves the bar with it.
    caret.setPosition(0)
    viewer.text_view.setTextCursor(caret)
    assert viewer.page_box.value() == 1
    before = viewer.text_view.font().pointSizeF()
    viewer.zoom_by(2)
    assert viewer.text_view.font().pointSizeF() == before + 2
    viewer.reset_zoom()
    assert viewer.text_view.font().pointSizeF() == before
    # Back to the pictures at the page being read.
    viewer.go_to_page(1)
    qtbot.mouseClick(viewer.text_button, Qt.MouseButton.LeftButton)
    assert viewer.fit_button.isEnabled()
    qtbot.waitUntil(lambda: viewer.current_page == 1)
    assert viewer.page_box.value() == 2


def test_the_choice_holds_for_the_next_start(qtbot, launch: Launch, app_dir: Path) -> None:
    viewer, controller = _open_sheet(launch)
    _read_as_text(qtbot, viewer)
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=10_000)
    controller.shutdown()
    with Store.open(app_dir) as store:
        assert get_meta(store, TEXT_MODE_KEY) == "text"
    again, _controller = _open_sheet(launch)
    qtbot.waitUntil(lambda: again.text_shown_now, timeout=10_000)
    assert again.text_mode and again.pages.currentWidget() is again.text_view
    assert "Fact sheet page 1" in again.text_view.toPlainText()


def test_a_sheet_without_text_says_so(qtbot, launch: Launch, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QPainter, QPdfWriter

    pictures = tmp_path / "pictures.pdf"
    writer = QPdfWriter(str(pictures))
    painter = QPainter(writer)
    painter.fillRect(0, 0, 2000, 2000, QColor("#0d47a1"))
    painter.end()
    viewer, _controller = _open_sheet(launch)
    _read_as_text(qtbot, viewer)
    with qtbot.waitSignal(viewer.text_shown, timeout=10_000):
        assert viewer.load(pictures)
    assert viewer.text_view.page_count == 0
    assert "no text to read" in viewer.text_view.toPlainText()


def test_wrapped_lines_join_into_paragraphs_and_short_lines_stay_apart() -> None:
    long_line = "A cluster strategy is a shared decision about priorities. It links the needs to"
    page = "\n".join([
        "Key figures",
        "3-5",
        long_line,
        "a small number of objectives.",
        "",
        "Checklist",
        "An analysis of the ecosystem, its members, value chains and competitors, a vision, a",
        "plan.",
        "A decision-",
        "making board",
    ])
    assert paragraphs(page) == [
        "Key figures",
        "3-5",
        long_line + " a small number of objectives.",
        "Checklist",
        "An analysis of the ecosystem, its members, value chains and competitors, a vision, a "
        "plan.",
        "A decision-",
        "making board",
    ]
    # A table's next row starts with a figure: the long row before it stays whole.
    row = "15-30 structured member interviews give a solid picture of needs (typical)"
    assert paragraphs(f"{row}\n3-5 years usual horizon\n{long_line}") == [
        row, "3-5 years usual horizon", long_line]
    # A page of short lines only (a list) keeps every line.
    assert paragraphs("one item\nanother item\n\nlast") == ["one item", "another item", "last"]
    assert paragraphs("") == []


def test_the_text_is_read_page_by_page_and_stops_when_asked(tmp_path: Path, qapp) -> None:
    sheet = write_pdf(tmp_path / "sheet.pdf", 3)
    reported: list[tuple[int, int]] = []
    texts = read_page_texts(sheet, lambda done, total: reported.append((done, total)),
                            threading.Event())
    assert texts == ("Fact sheet page 1", "Fact sheet page 2", "Fact sheet page 3")
    assert reported == [(1, 3), (2, 3), (3, 3)]
    stop = threading.Event()
    stop.set()
    with pytest.raises(CancelledError):
        read_page_texts(sheet, lambda _done, _total: None, stop)
    (tmp_path / "not.pdf").write_bytes(b"%PDF-1.4 broken")
    assert read_page_texts(tmp_path / "not.pdf", lambda _d, _t: None, threading.Event()) is None


def test_scrolling_the_caret_out_of_sight_follows_the_page_at_the_top(qtbot) -> None:
    view = PdfTextView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    view.show_pages([f"Text of page {n}.\n\nMore of page {n}." for n in range(1, 31)])
    assert view.current_page == 0
    view.go_to_page(20)
    assert view.current_page == 20
    assert view.textCursor().block().text() == "Page 21 of 30"
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())  # the wheel: the caret stays on page 21, out of sight
    # The last pages share the screen: the one at its top counts.
    at_top = view.cursorForPosition(QPoint(0, 0)).block().text()  # "Page 27 of 30", "Text of..."
    number = re.search(r"[Pp]age (\d+)", at_top)
    assert number is not None and view.current_page == int(number[1]) - 1 > 20
    bar.setValue(0)
    assert view.current_page == 0


def _long_sheet(qtbot) -> PdfTextView:
    view = PdfTextView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.show_pages(["A line of a long fact sheet, long enough to wrap. " * 40] * 300)
    return view


def _laid_out(view: PdfTextView) -> bool:
    return view.document().lastBlock().layout().lineCount() > 0


def test_a_long_sheets_text_is_laid_out_between_events_not_at_once(qtbot) -> None:
    view = _long_sheet(qtbot)
    # Shown at once, from the top; the last page is laid out later, between events: all 300
    # at once held the window still for a third of a second.
    assert view.current_page == 0 and view.textCursor().position() == 0
    assert not view.textCursor().hasSelection()
    assert not _laid_out(view)
    qtbot.waitUntil(lambda: _laid_out(view), timeout=10_000)
    view.go_to_page(299)
    assert view.textCursor().block().text() == "Page 300 of 300"
    assert view.verticalScrollBar().value() > 0


def test_resizing_a_long_text_does_not_lay_it_all_out_at_once(qtbot) -> None:
    view = _long_sheet(qtbot)
    qtbot.waitUntil(lambda: _laid_out(view), timeout=10_000)
    view.resize(500, 400)
    assert not _laid_out(view)
    qtbot.waitUntil(lambda: _laid_out(view), timeout=10_000)
    assert not view.horizontalScrollBar().isVisible()
