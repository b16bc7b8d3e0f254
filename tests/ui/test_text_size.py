"""Text at 150 %: on a 1366x768 screen with the app's font half as large again, the main
screens cut no label or button short. Saves a screenshot of each screen to look at."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QTreeView,
    QWidget,
)

from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.settings_dialog import SettingsDialog
from c4s_desktop.ui.style import apply_style
from c4s_desktop.ui.translations import install_translators
from tests.ui.conftest import PACK_ID, Launch, drop_theme_keepers
from tests.ui.test_case_study import demo_dir  # noqa: F401  (the course with a case study)

SCALE = 1.5
SCREEN = QSize(1366, 768)
TASKBAR = 40  # what a desktop panel typically takes from the screen's height
SHOTS = os.environ.get("C4S_TEXT_SIZE_SHOTS")  # a folder: save each screen there to look at


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[QApplication]:
    """The app styled as ``c4s-desktop`` styles it, with its font at 150 %; as before after."""
    font, style, palette = qapp.font(), qapp.style().name(), qapp.palette()
    apply_style(qapp, "light")
    big = qapp.font()
    big.setPointSizeF(font.pointSizeF() * SCALE)
    qapp.setFont(big)
    yield qapp
    drop_theme_keepers(qapp)
    qapp.setStyleSheet("")
    qapp.setPalette(palette)
    qapp.setStyle(style)
    qapp.setFont(font)


def cut_short(root: QWidget) -> list[str]:
    """Labels and buttons of ``root`` (shown ones) too small for their text."""
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text() or label.pixmap().width() > 0:
            continue
        rect = label.contentsRect()
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                problems.append(f"label {label.text()[:40]!r}: {needed} px tall needed, "
                                f"{label.height()} given")
        elif label.sizeHint().width() > rect.width() + 2 + label.margin() * 2 + 2 * label.indent():
            problems.append(f"label {label.text()[:40]!r}: {label.sizeHint().width()} px wide "
                            f"needed, {rect.width()} given")
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or not button.text():
            continue
        hint = button.sizeHint()
        if hint.width() > button.width() + 1 or hint.height() > button.height() + 1:
            problems.append(f"button {button.text()!r}: {hint.width()}x{hint.height()} needed, "
                            f"{button.width()}x{button.height()} given")
    return problems


def on_screen(qtbot, window: QMainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    """Lay the window out at the screen's size, then save its picture when asked to."""
    window.resize(SCREEN.width(), SCREEN.height() - TASKBAR)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(SHOTS) / f"{name}.png"))


def parts(controller: AppController) -> QMainWindow:
    assert controller.window is not None
    return controller.window


def test_the_window_fits_the_screen(qtbot, launch: Launch, large_text: QApplication) -> None:
    window = parts(launch(learner="Ana"))
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert minimum.width() <= SCREEN.width() and minimum.height() <= SCREEN.height() - TASKBAR


@pytest.fixture(params=["en", "fr", "es", "hu"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each interface language (longer words need more room)."""
    install_translators(qapp, request.param)
    yield str(request.param)
    install_translators(qapp, "en")


@pytest.mark.parametrize("item_id", [None, "l1-text", "l1-sheet", "l1-video", "l3-case"])
def test_no_text_is_cut_at_150_percent(qtbot, launch: Launch, large_text: QApplication,
                                       lang: str, item_id: str | None) -> None:
    window = parts(launch(learner="Ana", lang=lang))
    if item_id is not None:
        assert window.open_item(PACK_ID, item_id)
    on_screen(qtbot, window, f"{item_id or 'lesson'}-{lang}")
    page = window.pages.currentWidget()
    assert cut_short(page) == []
    toolbars = [bar for bar in window.findChildren(QWidget, "learning-toolbar")]
    for bar in toolbars:
        assert cut_short(bar) == []


def test_settings_fits_at_150_percent(qtbot, launch: Launch, large_text: QApplication,
                                     lang: str) -> None:
    window = parts(launch(lang=lang))
    dialog = SettingsDialog(lang, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= SCREEN.width() and dialog.height() <= SCREEN.height()
    assert cut_short(dialog) == []


def test_titles_and_lists_grow_with_the_text(qtbot, launch: Launch,
                                             large_text: QApplication) -> None:
    window = parts(launch(learner="Ana"))
    on_screen(qtbot, window, "sizes")
    text = large_text.font().pointSizeF()  # the text size in use, set after the theme

    def points(name: str, kind: type[QWidget] = QLabel) -> float:
        found = window.findChild(kind, name)
        assert found is not None, name
        return found.font().pointSizeF()

    # the library and the lesson's items a little larger than the text, as at 100 %
    assert points("library", QTreeView) == pytest.approx(text * 1.15, abs=0.01)
    assert points("lesson-items", QTreeView) == pytest.approx(text * 1.15, abs=0.01)
    assert points("lesson-title") > points("lesson-items", QTreeView)
    assert window.open_item(PACK_ID, "l1-text")
    button = window.item_page.back_button.font().pointSizeF()  # beside the title
    assert points("item-title") >= 1.4 * button >= 1.4 * text


def test_the_check_finds_a_cut_button_and_label(qtbot, large_text: QApplication) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    button, label = QPushButton("A rather long button text", host), QLabel("Long label", host)
    button.setGeometry(0, 0, 60, 30)
    label.setGeometry(0, 40, 30, 20)
    host.show()
    assert len(cut_short(host)) == 2
