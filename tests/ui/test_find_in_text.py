"""Finding words in the text an item shows: the find bar (F3), and a search hit that opens a
text or a fact sheet with its words found, in a running app."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPdfWriter

from c4s_desktop.core.search.text_matches import fold
from c4s_desktop.ui.main_window import MainWindow
from c4s_desktop.ui.pdf_view import PdfViewer
from c4s_desktop.ui.search_ui import SearchUi
from c4s_desktop.ui.text_finder import TextFinder
from tests import packkit
from tests.ui.conftest import PACK_ID, Announced, Launch, write_course_source, write_pdf

TEXT = """# Gestión of a cluster

The cluster **GESTION** team meets monthly.

Members share the gestion of services; nothing else is said here.
"""
OTHER_TEXT = "# Lesson 2\n\nA second gestion.\n"


@pytest.fixture
def demo_dir(tmp_path: Path, key: Ed25519PrivateKey, qapp: object) -> Path:
    """The UI tests' course, with lesson 1's text saying "gestion" three ways and lesson 2's
    once."""
    src = write_course_source(tmp_path / "course-src")
    (src / "l1" / "text.en.md").write_text(TEXT, "utf-8")
    (src / "l2" / "text.en.md").write_text(OTHER_TEXT, "utf-8")
    out = tmp_path / "demo"
    out.mkdir()
    packkit.build(src, out / f"{PACK_ID}.c4spack", key)
    return out


def opened(launch: Launch, item_id: str) -> MainWindow:
    window = launch().window
    assert window is not None and window.open_item(PACK_ID, item_id)
    return window


def selected(window: MainWindow) -> str:
    """The text the current place selects, in the text shown."""
    page = window.item_page
    view = page.pdf_viewer.text_view if page.showing_pdf else page.document_view
    return view.textCursor().selectedText()


def test_f3_finds_words_without_their_accents_or_case(qtbot, launch: Launch) -> None:
    window = opened(launch, "l1-text")
    page = window.item_page
    find_next, find_previous = window.find_actions
    assert find_next.isEnabled() and find_previous.isEnabled()
    assert QKeySequence("F3") in find_next.shortcuts()
    find_next.trigger()
    bar = page.find_bar
    assert bar.isVisible() and window.focusWidget() is bar.field
    assert bar.field.accessibleName() == "Find in this text"
    assert [b.accessibleName() for b in (bar.previous_button, bar.next_button,
                                         bar.close_button)] == [
        "Previous place found", "Next place found", "Close the find bar"]
    qtbot.keyClicks(bar.field, "gestion")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)  # Enter finds at once, the typing pause aside
    finder = bar.finder
    assert finder is not None and finder.count == 3
    assert bar.found.text() == "1 of 3" and selected(window) == "Gestión"
    assert len(page.document_view.extraSelections()) == 3
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.found.text() == "2 of 3" and selected(window) == "GESTION"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.found.text() == "3 of 3", "before the first comes the last"
    find_next.trigger()
    assert bar.found.text() == "1 of 3"
    bar.field.clear()
    qtbot.keyClicks(bar.field, "gestion of services")  # words across spaces and a semicolon
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert finder.count == 1 and selected(window) == "gestion of services"
    bar.field.clear()
    qtbot.keyClicks(bar.field, "roadmap")
    qtbot.waitUntil(lambda: bar.found.text() == "Not found")  # found as typing pauses
    assert page.document_view.extraSelections() == []
    assert not bar.next_button.isEnabled()


def test_esc_closes_the_bar_then_goes_back_to_the_lesson(qtbot, launch: Launch) -> None:
    window = opened(launch, "l1-text")
    page = window.item_page
    page.find_step(1)
    qtbot.keyClicks(page.find_bar.field, "cluster")
    qtbot.keyClick(page.find_bar.field, Qt.Key.Key_Return)
    assert page.document_view.extraSelections()
    qtbot.keyClick(page.find_bar.field, Qt.Key.Key_Escape)
    assert not page.find_bar.isVisible()
    assert page.document_view.extraSelections() == []
    assert window.focusWidget() is page.document_view
    assert window.opened_item is not None, "the first Esc only closed the bar"
    page.find_step(1)  # F3 again: the bar comes back with its words, found again
    assert page.find_bar.field.text() == "cluster" and page.find_bar.finder.count == 2  # type: ignore[union-attr]
    page.document_view.setFocus()
    qtbot.keyClick(page.document_view, Qt.Key.Key_Escape)
    assert not page.find_bar.isVisible() and window.opened_item is not None
    qtbot.keyClick(page.document_view, Qt.Key.Key_Escape)
    assert window.opened_item is None and window.pages.currentWidget() is window.lesson_page


def test_the_bar_goes_on_to_the_next_text_and_away_for_a_video(qtbot, launch: Launch) -> None:
    window = opened(launch, "l1-text")
    page = window.item_page
    page.find_bar.look_for("gestion")
    assert page.find_bar.finder.count == 3  # type: ignore[union-attr]
    assert window.open_item(PACK_ID, "l2-text")
    qtbot.waitUntil(lambda: page.find_bar.found.text() == "1 of 1")
    assert selected(window) == "gestion"
    assert window.open_item(PACK_ID, "l2-video")
    assert not page.find_bar.isVisible()
    assert not any(action.isEnabled() for action in window.find_actions)
    page.find_step(1)  # F3 with no text shown does nothing
    assert not page.find_bar.isVisible()
    window.back_to_lesson()
    assert not any(action.isEnabled() for action in window.find_actions)


def searched(qtbot, launch: Launch, words: str) -> tuple[MainWindow, SearchUi]:
    """The app started, ``words`` typed in its search box and their results shown."""
    controller = launch()
    window = controller.window
    assert window is not None
    ui = controller.search
    with qtbot.waitSignal(ui.runner.results_ready, timeout=10_000):
        qtbot.keyClicks(ui.box, words)
    return window, ui


def test_a_text_hit_opens_the_text_with_the_words_found(qtbot, launch: Launch) -> None:
    window, ui = searched(qtbot, launch, "services gestion")
    hit = next(hit for hit in ui.page.hits if hit.item_id == "l1-text")
    assert ui.open_hit(hit)
    page = window.item_page
    bar = page.find_bar
    assert bar.isVisible() and bar.field.text() == "services gestion"
    # Not side by side in the text, so each word is found: three "gestion"s and "services".
    assert bar.finder is not None and bar.finder.count == 4
    assert bar.found.text() == "1 of 4" and selected(window) == "Gestión"
    assert window.focusWidget() is page.document_view, "the keyboard stays in the text"
    # A hit in a title opens its item without finding anything.
    with qtbot.waitSignal(ui.runner.results_ready, timeout=10_000):
        ui.box.set_query("quiz")
    hit = next(hit for hit in ui.page.hits if hit.kind == "title")
    assert ui.open_hit(hit)
    assert not page.find_bar.isVisible() or not page.findable


def test_a_fact_sheet_hit_read_as_text_finds_the_words_on_its_page(qtbot, launch: Launch,
                                                                  announced: Announced) -> None:
    window, ui = searched(qtbot, launch, "fact sheet")
    hit = next(hit for hit in ui.page.hits if hit.kind == "factsheet")
    viewer = window.item_page.pdf_viewer
    assert window.open_item(PACK_ID, "l1-sheet")
    with qtbot.waitSignal(viewer.text_shown, timeout=10_000):
        viewer.set_text_mode(True)
    window.back_to_lesson()
    assert ui.open_hit(dataclasses.replace(hit, page=1))
    bar = window.item_page.find_bar
    qtbot.waitUntil(lambda: bar.found.text() == "2 of 2", timeout=10_000)
    assert viewer.current_page == 1 and fold(selected(window)) == "fact sheet"
    # While the sheet's text is read again, the bar says it is searching, not "Not found".
    said = [text for text, _assertive in announced]
    assert said[-2:] == ["Searching…", "2 of 2"] and "Not found" not in said
    assert window.find_actions[0].isEnabled()
    # On the pages, QtPdf's search marks the same places, the current one on page 2.
    viewer.set_text_mode(False)
    finder = bar.finder
    assert finder is viewer.page_finder and bar.isVisible()
    # The place stays: the pages show page 2, the text's page.
    qtbot.waitUntil(lambda: bar.found.text() == "2 of 2")
    assert viewer.view.currentSearchResultIndex() == 1
    qtbot.waitUntil(lambda: viewer.current_page == 1)
    window.find_actions[0].trigger()  # round the end
    assert bar.found.text() == "1 of 2" and viewer.view.currentSearchResultIndex() == 0
    qtbot.waitUntil(lambda: viewer.current_page == 0)
    window.back_to_lesson()
    assert not window.find_actions[0].isEnabled()
    # A hit opens the pages at its page, the words found there.
    viewer.go_to_page(0)
    assert ui.open_hit(dataclasses.replace(hit, page=1))
    qtbot.waitUntil(lambda: bar.found.text() == "2 of 2")
    assert bar.field.text() == "Fact sheet"  # as the sheet writes them
    qtbot.waitUntil(lambda: viewer.current_page == 1)


def test_a_long_text_highlights_only_the_places_around_the_current_one(qtbot,
                                                                      launch: Launch) -> None:
    window = opened(launch, "l1-text")
    view = window.item_page.document_view
    view.setPlainText("gestion " * 2000)
    finder = view.findChild(TextFinder) or TextFinder(view)
    assert finder.find("gestion") == 2000
    assert len(view.extraSelections()) < 2000
    finder.step(-1)
    assert finder.current == 1999
    highlights = view.extraSelections()
    assert highlights[-1].cursor.selectionEnd() == len("gestion " * 2000) - 1


def test_on_a_sheets_pages_words_typed_without_accents_find_them_as_written(qtbot,
                                                                          tmp_path: Path) -> None:
    path = tmp_path / "accents.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawText(QPointF(200, 400), "La gestión de clústeres")
    writer.newPage()
    painter.drawText(QPointF(200, 400), "Gestión estratégica y GESTION")
    painter.end()
    viewer = PdfViewer()
    qtbot.addWidget(viewer)
    viewer.resize(600, 500)
    viewer.show()
    assert viewer.load(path)
    finder = viewer.page_finder
    # QtPdf alone finds only "GESTION"; the sheet writes "gestión" twice, which is marked.
    model = viewer.view.searchModel()

    def finds(query: str, near: int, written: str, count: int, current: int) -> None:
        finder.find(query, near=near)
        qtbot.waitUntil(lambda: model.searchString() == written, timeout=10_000)
        qtbot.waitUntil(lambda: (finder.count, finder.current) == (count, current),
                        timeout=10_000)
        assert finder.query == query

    finds("gestion", 1, "gestión", 2, 1)
    qtbot.waitUntil(lambda: viewer.current_page == 1)
    finds("CLUSTERES", 0, "clústeres", 1, 0)
    # A phrase is asked for as a page writes it together, though another has a word apart.
    finds("estrategica y gestion", 0, "estratégica y GESTION", 1, 0)


def test_on_a_sheets_pages_closing_forgets_and_f3_finds_again(qtbot, launch: Launch) -> None:
    window = opened(launch, "l1-sheet")
    page = window.item_page
    viewer = page.pdf_viewer
    page.find_step(1)
    bar = page.find_bar
    qtbot.keyClicks(bar.field, "sheet ")  # a space after: Enter still steps
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.found.text() == "1 of 2", timeout=10_000)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.found.text() == "2 of 2")  # once QtPdf has searched page 2
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    # Closed: nothing marked, nothing looked for, nothing to come back with another sheet.
    assert not bar.isVisible() and bar.finder is not None and bar.finder.query == ""
    assert viewer.view.searchModel().searchString() == "" and bar.found.text() == ""
    page.find_step(1)  # F3: the bar again, its words found again
    assert bar.isVisible() and bar.field.text() == "sheet "
    qtbot.waitUntil(lambda: bar.found.text().endswith("of 2"), timeout=10_000)


def test_in_a_text_not_found_leaves_nothing_selected(qtbot, launch: Launch) -> None:
    window = opened(launch, "l1-text")
    page = window.item_page
    page.find_bar.look_for("gestion", 0)
    assert fold(selected(window)) == "gestion"
    page.find_bar.look_for("gestionzz", 0)
    assert page.find_bar.found.text() == "Not found" and selected(window) == ""


def test_esc_in_the_find_bar_of_a_presentation_closes_the_bar_first(qtbot,
                                                                   launch: Launch) -> None:
    window = opened(launch, "l1-text")
    window.activateWindow()
    window.present_action.trigger()
    assert window.present_action.isChecked()
    window.find_actions[0].trigger()
    bar = window.item_page.find_bar
    qtbot.keyClicks(bar.field, "gestion")
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.present_action.isChecked()
    qtbot.keyClick(window.item_page.document_view, Qt.Key.Key_Escape)
    assert not window.present_action.isChecked()


def test_on_a_long_sheets_pages_the_place_to_come_is_shown_and_steps_wait(qtbot,
                                                                          tmp_path: Path) -> None:
    viewer = PdfViewer()
    qtbot.addWidget(viewer)
    viewer.resize(600, 500)
    viewer.show()
    assert viewer.load(write_pdf(tmp_path / "long.pdf", 100))
    finder = viewer.page_finder
    model = viewer.view.searchModel()
    heard: list[tuple[int, int, bool, int]] = []
    finder.changed.connect(lambda: heard.append(
        (finder.count, finder.current, finder.searching, viewer.current_page)))
    finder.find("fact sheet", near=90)
    assert finder.searching and finder.count == 0  # no count before the text is gone through
    finder.step(1)  # Next while searching: the place after the first from page 91
    # Once the text is gone through, the count is whole and page 91, the first place's, is
    # shown, its places marked, while QtPdf searches the 90 pages before it to number them.
    qtbot.waitUntil(lambda: finder.count == 100, timeout=10_000)
    assert next(state for state in heard if state[0] == 100) == (100, -1, True, 90)
    qtbot.waitUntil(lambda: finder.current >= 0, timeout=10_000)
    assert model.resultAtIndex(finder.current).page() == 91 and not finder.searching  # page 92
    # QtPdf is asked for every page in turn, not left to take one each 100 ms (10 s here).
    qtbot.waitUntil(lambda: model.count() == 100)
    assert model.resultAtIndex(finder.current).page() == 91  # still the same place
    finder.step(-1)
    assert viewer.view.currentSearchResultIndex() == finder.current == 90
    qtbot.waitUntil(lambda: viewer.current_page == 90)
