"""At 150 % scaling on a 1366x768 screen: what Qt makes of a desktop whose text is set to
150 % (Xft.dpi 144 scales the whole interface), a screen of 910x512 logical pixels. The main
window must fit it, open no larger than the screen, and keep the library's names readable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTreeWidget

from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.library_model import Column
from c4s_desktop.ui.main_window import LIBRARY_WIDTH, MainWindow
from c4s_desktop.ui.translations import install_translators
from tests.ui.conftest import PACK_ID, Launch
from tests.ui.test_case_study import demo_dir  # noqa: F401  (the course with a case study)

SCALE = 1.5
PANEL = 40  # what a desktop panel takes from the screen's height, in device pixels
SCREEN = QSize(round(1366 / SCALE), round((768 - PANEL) / SCALE))
TITLE_MIN = 150
"""Room the library's title column keeps: a course or module name stays readable."""


@pytest.fixture(params=["en", "fr", "es", "hu"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each interface language (longer words need more room)."""
    install_translators(qapp, request.param)
    yield str(request.param)
    install_translators(qapp, "en")


def window_of(controller: AppController) -> MainWindow:
    assert controller.window is not None
    return controller.window


def minimum(window: QMainWindow) -> QSize:
    return window.minimumSizeHint().expandedTo(window.minimumSize())


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


def test_the_progress_screen_keeps_the_names(qtbot, launch: Launch, lang: str) -> None:
    controller = launch(learner="Ana", lang=lang)
    window = window_of(controller)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    flow = controller.progress_screen
    with qtbot.waitSignal(flow.report_shown, timeout=10_000):
        flow.open()
    QApplication.processEvents()
    tree = flow.screen.cards[0].findChild(QTreeWidget, "progress-tree")
    assert tree is not None and tree.isVisible()
    assert tree.header().sectionSize(0) >= TITLE_MIN


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
