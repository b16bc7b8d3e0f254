"""The library tree: a valid Qt model that makes its rows only when a view expands them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from c4s_desktop.ui.library_model import Column, LibraryModel, Role
from tests.ui.conftest import PACK_ID, Launch


def test_rows_are_made_when_the_view_expands(launch: Launch) -> None:
    window = launch().window
    assert window is not None
    model, tree = window.model, window.tree
    pack = model.index(0, 0)
    module = model.index(0, 0, pack)
    lesson_2 = model.index(1, 0, module)
    assert lesson_2.data() == "Lesson 2"
    assert model.canFetchMore(lesson_2)
    assert model.rowCount(lesson_2) == 0
    assert model.hasChildren(lesson_2)
    tree.expand(lesson_2)
    assert not model.canFetchMore(lesson_2)
    titles = [model.index(row, 0, lesson_2).data() for row in range(model.rowCount(lesson_2))]
    assert titles == ["Video", "Text", "Sheet", "Quiz"]
    video = model.index(0, 0, lesson_2)
    assert video.data(Role.KIND) == "item"
    assert video.data(Role.NODE_ID) == "l2-video"
    assert video.data(Role.PACK_ID) == PACK_ID
    assert not model.hasChildren(video)


def test_the_model_passes_qt_model_checks(launch: Launch, qtmodeltester) -> None:
    window = launch().window
    assert window is not None
    model = LibraryModel("fr")
    model.set_packs(window.model.node_ref(window.model.index(0, 0))[1:2])  # type: ignore[index]
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Paquet de test"


def test_completion_comes_from_the_callable(launch: Launch) -> None:
    window = launch().window
    assert window is not None
    model = window.model
    model.set_completion(lambda pack_id, node_id: 0.5 if node_id is None else 0.25)
    pack = model.index(0, 0)
    assert model.index(0, 2).data() == "50%"
    assert model.index(0, 2, pack).data() == "25%"


def test_selecting_a_lesson_shows_its_items_and_keyboard_opens_one(qtbot, launch: Launch) -> None:
    window = launch().window
    assert window is not None
    index = window.model.find(PACK_ID, "l2")
    window.tree.setCurrentIndex(index)
    page = window.lesson_page
    assert window.pages.currentWidget() is page
    assert page.title.text() == "Lesson 2"
    rows = [page.items.topLevelItem(i) for i in range(page.items.topLevelItemCount())]
    assert [(r.text(0), r.text(2), r.text(3)) for r in rows] == [
        ("Video", "13 s", "New"), ("Text", "", "New"), ("Sheet", "", "New"), ("Quiz", "", "New"),
    ]
    assert page.previous_button.isEnabled() and not page.next_button.isEnabled()
    page.items.setCurrentItem(rows[3])
    page.items.setFocus()
    qtbot.keyClick(page.items, Qt.Key.Key_Return)
    assert window.opened_item is not None and window.opened_item.item.id == "l2-quiz"
    assert window.item_page.stack.currentWidget() is window.item_page.quiz_view
    qtbot.mouseClick(window.item_page.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is page
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.title.text() == "Lesson 1"


def test_next_goes_on_into_the_next_lesson_and_previous_comes_back(
        qtbot, launch: Launch) -> None:
    window = launch().window
    assert window is not None
    assert window.open_item(PACK_ID, "l1-quiz")  # the last item of lesson 1
    page = window.item_page
    assert page.previous_button.isEnabled() and page.next_button.isEnabled()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert window.opened_item is not None and window.opened_item.item.id == "l2-video"
    assert window.lesson_page.title.text() == "Lesson 2"
    assert window.tree.currentIndex() == window.model.find(PACK_ID, "l2-video")
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert window.opened_item is not None and window.opened_item.item.id == "l1-quiz"
    assert window.open_item(PACK_ID, "l2-quiz")  # the course's last item
    assert not page.next_button.isEnabled()
    assert window.open_item(PACK_ID, "l1-video")  # and its first
    assert not page.previous_button.isEnabled()


def _fits(tree: object, column: int, texts: list[str]) -> bool:
    from PySide6.QtWidgets import QTreeView

    assert isinstance(tree, QTreeView)
    metrics = tree.fontMetrics()
    width = tree.header().sectionSize(column)
    return all(metrics.horizontalAdvance(text) < width for text in texts)


def test_the_languages_and_done_columns_hold_their_widest_text(qtbot, launch: Launch) -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    window = launch().window
    assert window is not None
    languages = [", ".join(pack.languages) for pack in window.packs]
    assert _fits(window.tree, Column.LANGUAGES, languages)
    assert _fits(window.tree, Column.COMPLETION, ["100%", "Done"])
    before = window.tree.header().sectionSize(Column.COMPLETION)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = QFont(app.font())
    larger = QFont(normal)
    larger.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(larger)  # as a larger system font does: the columns are fitted again
    try:
        qtbot.waitUntil(lambda: window.tree.header().sectionSize(Column.COMPLETION) > before)
        assert _fits(window.tree, Column.LANGUAGES, languages)
        assert _fits(window.tree, Column.COMPLETION, ["100%", "Done"])
    finally:
        app.setFont(normal)
