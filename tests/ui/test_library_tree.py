"""The library tree: a valid Qt model that makes its rows only when a view expands them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from c4s_desktop.ui.library_model import Column, LibraryModel, Role
from c4s_desktop.ui.style import apply_style, palette_for
from tests.ui.conftest import PACK_ID, Launch
from tests.ui.test_theme import contrast, themed  # noqa: F401  (the app's look, then Qt's)


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
    assert model.index(0, Column.COMPLETION).data() == "50%"
    assert model.index(0, Column.COMPLETION, pack).data() == "25%"


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


def test_the_done_column_holds_its_widest_text(qtbot, launch: Launch) -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    window = launch().window
    assert window is not None
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
        assert _fits(window.tree, Column.COMPLETION, ["100%", "Done"])
    finally:
        app.setFont(normal)



def _near(colour: QColor, wanted: QColor, tolerance: int = 24) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3],
                                                        strict=True))


def _count_near(image: QImage, wanted: QColor) -> int:
    return sum(_near(image.pixelColor(x, y), wanted)
               for x in range(image.width()) for y in range(image.height()))


def test_a_course_shows_its_languages_under_its_title(qtbot, launch: Launch) -> None:
    """Issue 3 §1: the languages each pack offers, by name, as a line of the pack's row under
    its title (no column of their own); screen readers get them as the row's description, the
    mouse in its tooltip."""
    window = launch().window
    assert window is not None
    model, tree = window.model, window.tree
    headers = [model.headerData(column, Qt.Orientation.Horizontal)
               for column in range(model.columnCount())]
    assert headers == ["Course", "Done"]
    pack = model.index(0, Column.TITLE)
    module = model.index(0, Column.TITLE, pack)
    assert pack.data() == "Test pack"
    assert pack.data(Role.NOTE) == "English, Français"
    assert module.data(Role.NOTE) is None
    said = "Languages: English, Français"
    assert pack.data(Qt.ItemDataRole.ToolTipRole) == f"Test pack\n{said}"
    # What the tree tells a screen reader: its headings and cells, the pack's with the languages.
    reader = QAccessible.queryAccessibleInterface(tree)
    assert reader is not None
    told = [(cell.text(QAccessible.Text.Name), cell.text(QAccessible.Text.Description))
            for cell in (reader.child(n) for n in range(reader.childCount()))]
    del reader  # no Python wrapper outlives the cells Qt owns
    assert told[:2] == [("Course", ""), ("Done", "")]
    assert ("Test pack", said) in told
    assert [name for name, description in told if description] == ["Test pack"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_languages_line_is_painted_in_the_secondary_colour(
        qtbot, launch: Launch, themed: QApplication, scheme: str) -> None:  # noqa: F811
    window = launch().window
    assert window is not None
    apply_style(themed, scheme)
    window.show()
    qtbot.waitExposed(window)
    tree = window.tree
    pack = window.model.index(0, Column.TITLE)
    module = window.model.index(0, Column.TITLE, pack)
    # The pack's row: its title's one line and the languages' line; a module's: one line.
    line = tree.fontMetrics().lineSpacing()
    row = tree.visualRect(pack)
    assert 2 * line <= row.height() < 3 * line
    assert tree.visualRect(module).height() < 2 * line
    # The title in the text colour above, the languages in the secondary one below, where the
    # title starts (past the row's icon). Smoothed edges take colours between a text's and the
    # base's: the title has some of the secondary colour, the languages none of the text's.
    assert not tree.selectionModel().isSelected(pack)
    palette = palette_for(scheme)
    text = palette.color(QPalette.ColorRole.Text)
    secondary = palette.color(QPalette.ColorRole.PlaceholderText)
    assert contrast(secondary, palette.color(QPalette.ColorRole.Base)) >= 4.5
    start = row.left() + tree.iconSize().width() + 4
    shot = tree.viewport().grab().toImage()
    title = shot.copy(start, row.top(), row.width() // 2, row.height() // 2)
    languages = shot.copy(start, row.center().y() + 1, row.width() // 2, row.height() // 2)
    assert _count_near(title, text) > 20
    assert _count_near(languages, secondary) > 20 and _count_near(languages, text) < 5


def test_the_names_get_the_library_s_width_but_the_done_column(qtbot, launch: Launch) -> None:
    window = launch().window
    assert window is not None
    window.show()
    qtbot.waitExposed(window)
    tree = window.tree
    header = tree.header()
    assert header.count() == 2
    assert (header.sectionSize(Column.TITLE) + header.sectionSize(Column.COMPLETION)
            == tree.viewport().width())
