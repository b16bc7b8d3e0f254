"""Help → Keyboard shortcuts (F1) on the real window with the demo course: the list reads the
window's actions as they are, fits a small screen whole, and every key it states for the pages
(``handled_keys.py``) does what its line says when pressed in a real window."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QStyle, QWidget

from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.handled_keys import KeyRow, KeySection, handled_keys
from c4s_desktop.ui.main_window import MainWindow
from c4s_desktop.ui.player.video_view import VideoView
from c4s_desktop.ui.quiz.question_inputs import ButtonsInput, OrderingInput
from c4s_desktop.ui.shortcuts_dialog import ShortcutsDialog
from tests.quiz_keys import answer, focused
from tests.ui.conftest import Launch
from tests.ui.test_main_window_present import PROJECTOR, shown
from tests.ui.test_quiz_screen import (  # noqa: F401  (the demo course, installed)
    PACK,
    app_dir,
    demo_data,
    demo_dir,
    open_quiz,
    start,
)

NATIVE = QKeySequence.SequenceFormat.NativeText
VIDEO = "m1-l1-video"
WAIT_MS = 20_000
Check = Callable[[KeyRow], None]


def section(title: str) -> KeySection:
    """The stated keys of the group called ``title``."""
    return next(group for group in handled_keys() if group.title == title)


def press(widget: QWidget | None, key: QKeySequence | Qt.Key) -> None:
    """Press ``key`` in ``widget`` (the one with the focus, usually), as the keyboard would."""
    assert widget is not None
    if isinstance(key, Qt.Key):
        QTest.keyClick(widget, key)
        return
    combination = key[0]
    QTest.keyClick(widget, combination.key(), combination.keyboardModifiers())


def press_in_focus(key: QKeySequence | Qt.Key) -> None:
    press(QApplication.focusWidget(), key)


def run_checks(rows: tuple[KeyRow, ...], checks: dict[str, Check]) -> None:
    """Run the check of every stated line: one a line lacks (a key added to the list) fails."""
    assert sorted(checks) == sorted(row.what for row in rows)
    for row in rows:
        checks[row.what](row)


def open_list(qtbot, window: MainWindow) -> ShortcutsDialog:
    """Press F1 in the window and return the list it opens."""
    window.activateWindow()  # again after a dialog: Xvfb has no window manager to do it
    qtbot.waitUntil(lambda: window.isActiveWindow() and QApplication.focusWidget() is not None)
    press_in_focus(Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ShortcutsDialog)
    qtbot.waitUntil(dialog.table.hasFocus)  # active: the arrows move through it at once
    return dialog


def listed(dialog: ShortcutsDialog) -> dict[str, dict[str, str]]:
    """The list as shown: each group's title, with its lines' texts and keys."""
    table = dialog.table
    groups: dict[str, dict[str, str]] = {}
    lines: dict[str, str] = {}
    for row in range(table.rowCount()):
        what, keys = table.item(row, 0), table.item(row, 1)
        assert what is not None
        if table.columnSpan(row, 0) == 2:
            lines = groups[what.text()] = {}
        else:
            assert keys is not None
            lines[what.text()] = keys.text()
    return groups


# --- The list ----------------------------------------------------------------------------------

def test_f1_lists_the_windows_shortcuts_as_its_actions_hold_them(qtbot, launch: Launch) -> None:
    window = shown(qtbot, launch(learner="Ana"))
    view_menu = window.menuBar().actions()[1].menu()
    assert isinstance(view_menu, QMenu)
    added = view_menu.addAction("&Rewind && replay")  # an action added after start
    added.setShortcuts([QKeySequence("F12"), QKeySequence("Ctrl+Shift+R")])
    uses_f1 = [action for action in window.findChildren(QAction)
               if QKeySequence("F1") in action.shortcuts()]
    assert uses_f1 == [window.shortcuts_action]

    dialog = open_list(qtbot, window)
    groups = listed(dialog)
    assert list(groups) == ["Window and menus", *(group.title for group in handled_keys())]
    menus = groups["Window and menus"]
    actions = [action for entry in window.menuBar().actions() if entry.menu() is not None
               for action in entry.menu().actions()] + window.actions()
    expected = {re.sub(r"&(.)", r"\1", action.text()):
                ", ".join(key.toString(NATIVE) for key in action.shortcuts())
                for action in actions if action.shortcuts()}
    assert {text: menus[text] for text in expected} == expected
    assert menus["Show the library"] == "F9, Ctrl+L"  # every shortcut of an action
    assert menus["Rewind & replay"] == "F12, Ctrl+Shift+R"
    assert menus["Continue where I left off"] == "Ctrl+Shift+C"  # the session's, in File
    assert menus["Find in the courses"] == "Ctrl+F"  # the window's own, in no menu
    assert menus["Keyboard shortcuts"] == "F1"
    assert menus["Open the View menu"] == "Alt+V"
    assert groups["Quiz"]["Choose the answer with that number"] == "1 to 9"
    assert groups["Presenting"]["Black the screen out (any key brings it back)"] == "B, ."

    table = dialog.table
    assert table.currentRow() == 0
    assert table.accessibleName() == "Keyboard shortcuts"
    press_in_focus(Qt.Key.Key_Down)
    assert table.currentRow() == 1
    press_in_focus(Qt.Key.Key_Tab)  # out of the table, to Close
    close = QApplication.focusWidget()
    assert isinstance(close, QPushButton) and close.text() == "Close"
    press_in_focus(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    view_menu.removeAction(added)  # the list is made again from the actions at each opening
    dialog = open_list(qtbot, window)
    assert "Rewind & replay" not in listed(dialog)["Window and menus"]
    (close,) = dialog.findChildren(QPushButton)
    QTest.keyClick(close, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


@pytest.mark.parametrize("width", [300, 600])
def test_every_line_shows_whole_on_a_narrow_dialog(qtbot, launch: Launch, width: int) -> None:
    window = shown(qtbot, launch())
    dialog = open_list(qtbot, window)
    dialog.resize(width, 400)  # 1366x768 at 150 % leaves 910x485, less what else is open
    qtbot.waitUntil(lambda: dialog.width() == width)
    QApplication.processEvents()
    table = dialog.table
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                            table) + 1)
    keys = table.columnWidth(1)
    assert table.horizontalScrollBar().maximum() == 0  # the two columns fit side by side
    for row in range(table.rowCount()):
        what, key = table.item(row, 0), table.item(row, 1)
        assert what is not None
        font = table.font()
        font.setBold(what.font().bold())  # a group's title
        span = table.columnWidth(0) + (keys if table.columnSpan(row, 0) == 2 else 0)
        needed = QFontMetrics(font).boundingRect(QRect(0, 0, span - margin, 10_000),
                                                 Qt.TextFlag.TextWordWrap, what.text())
        assert needed.height() <= table.rowHeight(row), what.text()  # every line shown
        if key is not None:
            assert table.fontMetrics().horizontalAdvance(key.text()) + margin <= keys, key.text()


# --- The keys the pages handle --------------------------------------------------------------

def test_the_listed_navigation_keys_do_what_they_say(qtbot, launch: Launch) -> None:
    controller = launch(learner="Ana")
    window = shown(qtbot, controller)
    search = controller.search
    progress_flow = controller.progress_screen
    assert progress_flow is not None

    def parts(row: KeyRow) -> None:
        forward, backward = row.keys
        window.tree.setFocus()
        press_in_focus(forward)
        assert not window.tree.hasFocus()
        press_in_focus(backward)
        assert window.tree.hasFocus()

    def button(row: KeyRow) -> None:
        (key,) = row.keys
        lesson = window.lesson
        window.lesson_page.next_button.setFocus()
        press_in_focus(key)
        assert window.lesson != lesson
        window.lesson_page.previous_button.setFocus()
        press_in_focus(key)
        assert window.lesson == lesson

    def open_selected(row: KeyRow) -> None:
        (key,) = row.keys
        index = window.model.find(PACK, "m1-l1-text")
        window.tree.setCurrentIndex(index)
        window.tree.setFocus()
        press_in_focus(key)
        assert window.opened_item is not None and window.opened_item.item.id == "m1-l1-text"
        window.back_to_lesson()
        items = window.lesson_page.items
        items.setCurrentItem(items.topLevelItem(0))
        items.setFocus()
        press_in_focus(key)
        assert window.opened_item is not None
        window.back_to_lesson()

    def search_now(row: KeyRow) -> None:
        for key in row.keys:
            search.box.setFocus()
            search.box.clear()
            with qtbot.waitSignal(search.runner.results_ready, timeout=10_000):
                QTest.keyClicks(search.box, "cluster")
            press_in_focus(key)
            assert window.pages.currentWidget() is search.page
            assert search.page.list.hasFocus()

    def clear_box(row: KeyRow) -> None:
        (key,) = row.keys
        search.box.setFocus()
        search.box.setText("cluster")
        press_in_focus(key)
        assert search.box.text() == ""

    def back_to_box(row: KeyRow) -> None:
        (key,) = row.keys
        search.box.setFocus()
        with qtbot.waitSignal(search.runner.results_ready, timeout=10_000):
            QTest.keyClicks(search.box, "cluster")
        search.page.list.setFocus()
        press_in_focus(key)
        assert search.box.hasFocus()

    def leave_progress(row: KeyRow) -> None:
        (key,) = row.keys
        window.show_lesson(PACK, "m1-l1")
        window.progress_action.trigger()
        assert progress_flow.showing
        press_in_focus(key)
        assert not progress_flow.showing and window.pages.currentWidget() is window.lesson_page

    def back_from_item(row: KeyRow) -> None:
        for key in row.keys:
            window.open_item(PACK, "m1-l1-text")
            window.item_page.document_view.setFocus()
            press_in_focus(key)
            qtbot.waitUntil(lambda: window.pages.currentWidget() is window.lesson_page)

    run_checks(section("Library and navigation").rows, {
        "Go to the next or the previous part of the window": parts,
        "Press the button that has the focus": button,
        "Open the selected lesson or item (in the library or a lesson's list)": open_selected,
        "In the search box: search now and go to the results": search_now,
        "In the search box: clear it": clear_box,
        "In the search results: back to the search box": back_to_box,
        "In My progress: back to where you were": leave_progress,
        "On an item: back to its lesson": back_from_item,
    })


def open_video(qtbot, launch: Launch) -> tuple[AppController, VideoView]:
    """The demo course's first video on Qt's engine, played a moment and paused."""
    controller = launch(video_backend="qt", learner=None, open_target=(PACK, VIDEO))
    window = shown(qtbot, controller)
    view = window.item_page.video_view
    view.play()
    qtbot.waitUntil(lambda: view.engine.duration > 50 and view.engine.position > 0.3,
                    timeout=WAIT_MS)
    view.toggle_play()
    qtbot.waitUntil(lambda: not view.engine.playing, timeout=WAIT_MS)
    view.setFocus()
    return controller, view


def test_the_listed_video_keys_do_what_they_say(qtbot, launch: Launch) -> None:
    _controller, view = open_video(qtbot, launch)
    engine = view.engine

    def at(seconds: float) -> Callable[[], bool]:
        return lambda: abs(engine.position - seconds) < 0.6

    def play_pause(row: KeyRow) -> None:
        for key in row.keys:
            press(view, key)
            qtbot.waitUntil(lambda: engine.playing, timeout=WAIT_MS)
            press(view, key)
            qtbot.waitUntil(lambda: not engine.playing, timeout=WAIT_MS)

    def step(row: KeyRow) -> None:
        said = re.fullmatch(r"(Back|Forward) (\d+) seconds", row.what)
        assert said is not None
        seconds = int(said[2]) * (-1 if said[1] == "Back" else 1)
        (key,) = row.keys
        view.seek(40.0 if seconds < 0 else 10.0)
        qtbot.waitUntil(at(40.0 if seconds < 0 else 10.0), timeout=WAIT_MS)
        start_at = engine.position
        press(view, key)
        qtbot.waitUntil(at(start_at + seconds), timeout=WAIT_MS)

    def to_start(row: KeyRow) -> None:
        view.seek(20.0)
        qtbot.waitUntil(at(20.0), timeout=WAIT_MS)
        press(view, row.keys[0])
        qtbot.waitUntil(at(0.0), timeout=WAIT_MS)

    def to_end(row: KeyRow) -> None:
        press(view, row.keys[0])
        qtbot.waitUntil(lambda: engine.position > engine.duration - 1.0, timeout=WAIT_MS)

    def sound(row: KeyRow) -> None:
        mute = view.controls.mute_button
        for key in row.keys:
            press(view, key)
            assert mute.isChecked()
            press(view, key)
            assert not mute.isChecked()

    def full_screen(row: KeyRow) -> None:
        for key in row.keys:
            press(view, key)
            assert view.full_screen.active
            press(view, key)
            assert not view.full_screen.active

    def leave_full_screen(row: KeyRow) -> None:
        view.toggle_full_screen()
        assert view.full_screen.active
        press(view, row.keys[0])
        assert not view.full_screen.active

    rows = section("Video (when the player has the focus)").rows
    steps = {row.what: step for row in rows if re.match(r"(Back|Forward) \d+ seconds", row.what)}
    assert len(steps) == 4
    run_checks(rows, {
        "Play or pause": play_pause,
        **steps,
        "Go to the start": to_start,
        "Go to the end": to_end,
        "Sound off or on": sound,
        "Full screen on or off": full_screen,
        "Leave full screen": leave_full_screen,
    })


def test_the_listed_quiz_keys_do_what_they_say(qtbot, launch: Launch) -> None:
    _controller, view = open_quiz(qtbot, launch, "m1-l1-quiz")
    start(qtbot, view)
    page = view.question_page
    checked: set[str] = set()

    def numbers(row: KeyRow) -> None:
        widget = page.input
        first, last = row.keys
        assert row.through and first[0].key() == Qt.Key.Key_1 and last[0].key() == Qt.Key.Key_9
        if not isinstance(widget, ButtonsInput) or not widget.group.exclusive():
            return
        buttons = widget.group.buttons()
        assert len(buttons) >= 2
        for number in range(len(buttons), 0, -1):  # each key chooses the choice it numbers
            press(focused(view), Qt.Key(Qt.Key.Key_0.value + number))
            assert widget.group.checkedId() == number - 1
        checked.add(row.what)

    def move(row: KeyRow) -> None:
        widget = page.input
        if not isinstance(widget, OrderingInput):
            return
        down, up = (row.keys if row.keys[1][0].key() == Qt.Key.Key_Up else row.keys[::-1])
        listing = widget.list
        listing.setFocus()
        listing.setCurrentRow(0)
        before = listing.values()
        press(listing, down)
        assert listing.values() == [before[1], before[0], *before[2:]]
        assert listing.currentRow() == 1
        press(listing, up)
        assert listing.values() == before
        checked.add(row.what)

    def confirm(row: KeyRow) -> None:
        (key,) = row.keys
        number = page.progress.text()
        answer(view, confirm=False)
        with qtbot.waitSignal(view.answer_confirmed, timeout=10_000):
            press(focused(view), key)
        assert page.feedback.isVisible()
        press(focused(view), key)
        qtbot.waitUntil(lambda: view.currentWidget() is not page
                        or page.progress.text() != number)
        checked.add(row.what)

    rows = section("Quiz").rows
    checks: dict[str, Check] = {
        "Choose the answer with that number": numbers,
        "Move the selected item up or down (ordering questions)": move,
        "Confirm the answer, then go to the next question": confirm,  # last: it moves on
    }
    assert sorted(checks) == sorted(row.what for row in rows)
    while view.currentWidget() is page:
        for what, check in checks.items():
            check(next(row for row in rows if row.what == what))
    assert checked == set(checks)  # a choice and an ordering question were among them


def test_the_listed_presenting_keys_do_what_they_say(qtbot, launch: Launch) -> None:
    controller = launch()
    assert controller.window is not None
    controller.window.resize(*PROJECTOR)
    window = shown(qtbot, controller)
    window.show_lesson(PACK, "m1-l1")
    window.present_action.trigger()
    blank = window.findChild(QWidget, "presenting-blank")
    assert blank is not None

    def step(lesson: str) -> Check:
        def check(row: KeyRow) -> None:
            (key,) = row.keys
            press_in_focus(key)
            assert window.lesson is not None and window.lesson[1] == lesson
        return check

    def black_out(row: KeyRow) -> None:
        for key in row.keys:
            press_in_focus(key)
            assert blank.isVisible()
            press_in_focus(Qt.Key.Key_X)  # any key
            assert not blank.isVisible() and window.present_action.isChecked()

    def end(row: KeyRow) -> None:
        press_in_focus(row.keys[0])
        assert not window.present_action.isChecked()

    run_checks(section("Presenting").rows, {
        "The next screenful, or the next item or lesson": step("m1-l2"),
        "The previous screenful, or the previous item or lesson": step("m1-l1"),
        "Black the screen out (any key brings it back)": black_out,
        "End the presentation": end,
    })
