"""At 150 % scaling on a 1366x768 screen: what Qt makes of a desktop whose text is set to
150 % (Xft.dpi 144 scales the whole interface), a screen of 910x512 logical pixels. The main
window must fit it, open no larger than the screen, and keep the library's names readable."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMainWindow,
    QToolTip,
    QTreeView,
)

from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.cut_names import is_cut
from c4s_desktop.ui.layouts import FRAME_ROOM, fits_area, within_area
from c4s_desktop.ui.library_model import Column
from c4s_desktop.ui.main_window import DEFAULT_SIZE, LIBRARY_WIDTH, MainWindow
from c4s_desktop.ui.progress_screen import ProgressScreen
from c4s_desktop.ui.translations import install_translators
from tests import packkit
from tests.ui.conftest import PACK_ID, Launch, write_course_source
from tests.ui.test_case_study import demo_dir  # noqa: F401  (the course with a case study)

SCALE = 1.5
PANEL = 40  # what a desktop panel takes from the screen's height, in device pixels
SCREEN = QSize(round(1366 / SCALE), round((768 - PANEL) / SCALE))
SMALL_SCREEN = QSize(1024, 768 - PANEL)
"""A 1024x768 screen at 100 %."""
TITLE_MIN = 150
"""Room the library's title column keeps: a course or module name stays readable."""
LONG_MODULE = "International collaboration and partnerships between clusters"
CUT_WORD = "Clusterentwicklungs" * 6
"""A word wider than the names' column on either screen: the one name that stays cut."""
LONG_LESSONS = [f"Lesson {n}: supporting the digital transformation of small enterprises"
                for n in range(1, 12)] + [f"Lesson 12: {CUT_WORD}"]
"""More than a small screen shows at once."""


LONG_ITEM = ("Video: what the conseil d'administration of a cluster decides for its small and "
             "medium-sized enterprises")
"""An item's name with a long word of a course's language (16 characters)."""


@pytest.fixture
def long_names_dir(tmp_path: Path, key: Ed25519PrivateKey, qapp: QApplication) -> Path:
    """The UI tests' course with names as long as a real course's: a long module name, long
    lesson names (one with a word wider than any column) and a long item name."""
    src = write_course_source(tmp_path / "course-src")
    manifest = json.loads((src / "manifest.json").read_text("utf-8"))
    module = manifest["modules"][0]
    module["title"] = {"en": LONG_MODULE}
    first = module["lessons"][0]
    for n in range(len(module["lessons"]) + 1, len(LONG_LESSONS) + 1):
        # More lessons, made of the first one's files.
        lesson = copy.deepcopy(first)
        lesson["id"] = f"l{n}"
        for item in lesson["items"]:
            item["id"] = item["id"].replace(first["id"], lesson["id"], 1)
        module["lessons"].append(lesson)
    for lesson, title in zip(module["lessons"], LONG_LESSONS, strict=True):
        lesson["title"] = {"en": title}
    first["items"][0]["title"] = {"en": LONG_ITEM}
    (src / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    out = tmp_path / "demo"
    out.mkdir()
    packkit.build(src, out / f"{PACK_ID}.c4spack", key)
    return out


def text_is_cut(widget: QLabel | QAbstractButton) -> bool:
    """Whether ``widget`` is narrower than its text (a word-wrapped label takes more lines)."""
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            return False
        lines = widget.text().splitlines() or [""]
        return max(widget.fontMetrics().horizontalAdvance(line) for line in lines) > widget.width()
    return widget.sizeHint().width() > widget.width()


@pytest.fixture(params=["en", "fr", "es", "hu"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each interface language (longer words need more room)."""
    install_translators(qapp, request.param)
    yield str(request.param)
    install_translators(qapp, "en")


def window_of(controller: AppController) -> MainWindow:
    assert controller.window is not None
    return controller.window


def shown_at(qtbot, controller: AppController, size: QSize) -> MainWindow:  # type: ignore[no-untyped-def]
    """The controller's window, at ``size``, shown."""
    window = window_of(controller)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    return window


def minimum(window: QMainWindow) -> QSize:
    return window.minimumSizeHint().expandedTo(window.minimumSize())



@pytest.mark.parametrize(("available", "opens"), [
    (QSize(1366, 728), "maximized"),  # 1366x768 with a panel: 700 + a title bar is too tall
    (SCREEN, "maximized"),
    (QSize(1920, 1040), "at its size"),
    (QSize(1366, 768), "at its size"),  # no panel: room for the frame
])
def test_a_window_keeps_room_for_its_frame(qapp: QApplication, available: QSize,
                                           opens: str) -> None:
    """A window's frame (title bar, borders) is known only once it is shown: the sizes leave
    room for one, and the main window opens maximized where its usual size would not fit."""
    fitted = within_area(DEFAULT_SIZE, available)
    assert fitted.width() + FRAME_ROOM.width() <= available.width()
    assert fitted.height() + FRAME_ROOM.height() <= available.height()
    assert FRAME_ROOM.height() >= 40  # a title bar, even scaled down to logical pixels
    assert ("at its size" if fits_area(DEFAULT_SIZE, available) else "maximized") == opens
    assert (fitted == DEFAULT_SIZE) == (opens == "at its size")


@pytest.mark.parametrize("item_id", [None, "l1-text", "l1-sheet", "l1-video", "l1-quiz",
                                     "l3-case"])
def test_every_page_fits_a_scaled_small_screen(qtbot, launch: Launch, lang: str,
                                               item_id: str | None) -> None:
    window = window_of(launch(learner="Ana", lang=lang))
    if item_id is not None:
        assert window.open_item(PACK_ID, item_id)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    need = minimum(window)
    assert need.width() <= SCREEN.width() and need.height() <= SCREEN.height()
    assert window.size() == SCREEN
    assert window.tree.header().sectionSize(Column.TITLE) >= TITLE_MIN


def test_the_player_drops_its_words_when_narrow_and_gets_them_back(qtbot, launch: Launch,
                                                                    lang: str) -> None:
    window = window_of(launch(learner="Ana", lang=lang))
    assert window.open_item(PACK_ID, "l1-video")
    controls = window.item_page.video_view.controls
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: controls.play_button.text() == "")
    assert controls.full_screen_button.text() == ""
    assert controls.play_button.accessibleName() and controls.full_screen_button.toolTip()
    qtbot.waitUntil(lambda: controls.width() >= controls.minimumSizeHint().width())
    window.resize(1366, 728)
    qtbot.waitUntil(lambda: controls.play_button.text() != "")
    assert controls.full_screen_button.text() != ""
    assert all(label.isVisible() for label in controls.findChildren(QLabel)
               if label.buddy() is not None)
    qtbot.waitUntil(lambda: controls.width() >= controls.sizeHint().width())


class TestProgressScreen:
    """The progress screen at 150 % on 1366x768 and at 100 % on 1024x768, with names as long
    as a real course's: the course card fits the page, long names take more lines, and a name
    still cut (one word wider than its column) can be read whole with the mouse or the
    keyboard."""

    @pytest.fixture
    def demo_dir(self, long_names_dir: Path) -> Path:
        return long_names_dir

    @staticmethod
    def show_progress(qtbot, controller: AppController, size: QSize) -> ProgressScreen:
        window = shown_at(qtbot, controller, size)
        flow = controller.progress_screen
        with qtbot.waitSignal(flow.report_shown, timeout=10_000):
            flow.open()
        screen = flow.screen
        # The cards show and their layouts settle in posted events: until then a card can be
        # narrower than it can be.
        qtbot.waitUntil(lambda: all(card.isVisible()
                                    and card.width() >= card.minimumSizeHint().width()
                                    for card in screen.cards))
        assert window.size() == size
        return screen

    @pytest.mark.parametrize("size", [SCREEN, SMALL_SCREEN], ids=["150%", "1024"])
    def test_the_course_card_fits_the_page(self, qtbot, launch: Launch, lang: str,
                                           size: QSize) -> None:
        screen = self.show_progress(qtbot, launch(learner="Ana", lang=lang), size)
        page = screen.scroll_area.viewport()
        assert not screen.scroll_area.horizontalScrollBar().isVisible()
        card = screen.cards[0]
        texts = [widget for widget in screen.findChildren(QLabel)
                 + screen.findChildren(QAbstractButton) if widget.isVisible()]
        assert card.go_button in texts
        for widget in texts:
            assert not text_is_cut(widget), widget.text()
            if card.isAncestorOf(widget):
                left = widget.mapTo(page, QPoint(0, 0)).x()
                assert left >= 0 and left + widget.width() <= page.width(), widget.text()
        tree = card.tree
        header = tree.header()
        sections = [header.sectionSize(column) for column in range(header.count())]
        assert all(size >= header.sectionSizeHint(column) for column, size in enumerate(sections))
        assert sum(sections) <= tree.viewport().width()
        assert not tree.horizontalScrollBar().isVisible()
        assert sections[0] >= TITLE_MIN
        rows = tree.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
        assert len(rows) == 1 + len(LONG_LESSONS)
        assert all(row.toolTip(0) == row.text(0) for row in rows)
        assert [row.text(0) for row in rows if tree.name_is_cut(row)] == [LONG_LESSONS[-1]]
        for row in rows:  # every row shows whole: the tree is as tall as its rows
            assert tree.viewport().rect().contains(tree.visualItemRect(row)), row.text(0)
        if size == SCREEN:
            line = tree.fontMetrics().lineSpacing()
            assert all(tree.visualItemRect(row).height() >= 2 * line for row in rows[:-1])

    def test_the_names_wrap_again_when_the_window_widens(self, qtbot, launch: Launch) -> None:
        controller = launch(learner="Ana")
        tree = self.show_progress(qtbot, controller, SCREEN).cards[0].tree
        narrow = tree.height()
        window_of(controller).resize(1366, 728)
        qtbot.waitUntil(lambda: tree.height() < narrow)
        rows = tree.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
        for row in rows:
            assert tree.viewport().rect().contains(tree.visualItemRect(row)), row.text(0)

    def test_a_cut_name_shows_whole_on_the_keyboard(self, qtbot, launch: Launch) -> None:
        controller = launch(learner="Ana")
        screen = self.show_progress(qtbot, controller, SCREEN)
        window = window_of(controller)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
        card = screen.cards[0]
        tree = card.tree
        qtbot.waitUntil(card.go_button.hasFocus)
        qtbot.keyClick(card.go_button, Qt.Key.Key_Tab)
        assert tree.hasFocus() and tree.currentItem() is tree.topLevelItem(0)
        assert not tree.name_is_cut(tree.topLevelItem(0))
        page = screen.scroll_area.viewport()
        for title in LONG_LESSONS:
            qtbot.keyClick(tree, Qt.Key.Key_Down)
            row = tree.currentItem()
            assert row is not None and row.text(0) == title
            shown_whole = QToolTip.isVisible() and QToolTip.text() == title
            assert shown_whole == (CUT_WORD in title)
            shown = tree.visualItemRect(row).translated(tree.viewport().mapTo(page, QPoint(0, 0)))
            assert page.rect().contains(shown)  # the page scrolled down to the row if need be
        assert screen.scroll_area.verticalScrollBar().value() > 0


class TestLibraryNames:
    """The library's tree and the lesson page on a scaled small screen and on 1024x768, with
    names as long as a real course's: a long name takes more lines, only a word wider than its
    column is cut, and the rows wrap again when the library is made wider."""

    @pytest.fixture
    def demo_dir(self, long_names_dir: Path) -> Path:
        return long_names_dir

    @staticmethod
    def show_library(qtbot, controller: AppController, size: QSize) -> MainWindow:
        window = shown_at(qtbot, controller, size)
        window.tree.expand(window.model.find(PACK_ID, "m1"))  # its twelve lessons
        QApplication.processEvents()
        return window

    @staticmethod
    def rows(view: QTreeView) -> list[QModelIndex]:
        """The title cells of every row ``view`` shows (expanded or at the top)."""
        shown, index = [], view.model().index(0, 0)
        while index.isValid():
            shown.append(index)
            index = view.indexBelow(index)
        return shown

    @pytest.mark.parametrize("size", [SCREEN, SMALL_SCREEN], ids=["150%", "1024"])
    def test_long_names_wrap_in_the_tree_and_the_lesson(self, qtbot, launch: Launch, lang: str,
                                                        size: QSize) -> None:
        window = self.show_library(qtbot, launch(learner="Ana", lang=lang), size)
        tree = window.tree
        rows = self.rows(tree)
        names = [row.data() for row in rows]
        assert names[1:3] == [LONG_MODULE, LONG_LESSONS[0]]
        assert names[-1] == LONG_LESSONS[-1]
        # A name's tooltip shows it whole (the pack's adds its languages on a second line).
        assert all(row.data(Qt.ItemDataRole.ToolTipRole).split("\n")[0] == row.data()
                   for row in rows)
        assert [row.data() for row in rows if is_cut(tree, row)] == [LONG_LESSONS[-1]]
        line = tree.fontMetrics().lineSpacing()
        module = tree.visualRect(rows[1])
        assert module.height() >= 2 * line
        # A short name keeps one line: the pack's, above the line of its languages.
        assert 2 * line <= tree.visualRect(rows[0]).height() < 3 * line
        # The next row starts below the whole name.
        assert tree.visualRect(rows[2]).top() >= module.bottom()
        assert not tree.horizontalScrollBar().isVisible()

        items = window.lesson_page.items
        shown = self.rows(items)
        assert shown[0].data() == LONG_ITEM
        assert not any(is_cut(items, row) for row in shown)
        if size == SCREEN:
            assert items.visualRect(shown[0]).height() >= 2 * items.fontMetrics().lineSpacing()
        assert not items.horizontalScrollBar().isVisible()

    def test_a_long_word_stays_whole_in_the_narrowest_library(self, qtbot, launch: Launch,
                                                              lang: str) -> None:
        """At an item's depth, the deepest rows, with the library as narrow as it goes and the
        headings of the longest language, a 16-letter word still fits its line."""
        window = self.show_library(qtbot, launch(learner="Ana", lang=lang), SCREEN)
        tree = window.tree
        assert window.open_item(PACK_ID, "l1-video")
        window.splitter.setSizes([0, SCREEN.width()])  # the library at its minimum width
        qtbot.waitUntil(lambda: tree.width() == tree.minimumWidth())
        item = window.model.find(PACK_ID, "l1-video")
        assert item.data() == LONG_ITEM and tree.visualRect(item).isValid()
        assert not is_cut(tree, item)

    def test_the_current_row_stays_whole_in_view_as_the_names_rewrap(self, qtbot,
                                                                     launch: Launch) -> None:
        """The library made narrower (or the window, or the text larger) re-wraps the names
        above the current row: the row stays whole in view, as when an item opened at start is
        scrolled to before the window takes its size."""
        window = self.show_library(qtbot, launch(learner="Ana"), SCREEN)
        tree = window.tree
        assert window.open_item(PACK_ID, "l12-quiz")  # the last row: scrolled to the bottom
        item = window.model.find(PACK_ID, "l12-quiz")
        qtbot.waitUntil(lambda: tree.viewport().rect().contains(tree.visualRect(item)))
        window.splitter.setSizes([tree.minimumWidth(), SCREEN.width()])
        qtbot.waitUntil(lambda: tree.width() == tree.minimumWidth())
        qtbot.waitUntil(lambda: tree.viewport().rect().contains(tree.visualRect(item)))

    def test_the_names_wrap_again_when_the_library_widens(self, qtbot, launch: Launch) -> None:
        window = self.show_library(qtbot, launch(learner="Ana"), SCREEN)
        tree = window.tree
        module = window.model.find(PACK_ID, "m1")
        window.splitter.setSizes([tree.minimumWidth(), SCREEN.width()])  # the narrowest
        qtbot.waitUntil(lambda: tree.width() == tree.minimumWidth())
        narrow = tree.visualRect(module).height()
        assert narrow >= 3 * tree.fontMetrics().lineSpacing()
        window.splitter.setSizes([SCREEN.width(), 0])  # as wide as the page lets it be
        qtbot.waitUntil(lambda: tree.visualRect(module).height() < narrow)
        assert not is_cut(tree, module)


def test_the_fact_sheet_bar_takes_a_second_row_when_narrow(qtbot, launch: Launch,
                                                           lang: str) -> None:
    window = window_of(launch(learner="Ana", lang=lang))
    assert window.open_item(PACK_ID, "l1-sheet")
    viewer = window.item_page.pdf_viewer

    def second_row() -> bool:
        return viewer.fit_button.geometry().top() >= viewer.next_button.geometry().bottom()

    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert window.tree.width() >= LIBRARY_WIDTH  # the library is not squeezed for the bar
    assert viewer.print_button.geometry().right() <= viewer.width()
    window.resize(minimum(window).width(), SCREEN.height())
    qtbot.waitUntil(second_row)
    assert viewer.print_button.geometry().right() <= viewer.width()
    window.resize(1366, 728)
    qtbot.waitUntil(lambda: not second_row())
