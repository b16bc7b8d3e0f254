"""Learners on a shared computer: signing in, switching, and the progress each one sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QToolBar

from c4s_desktop.core.learners import create_learner, find_learner, list_learners
from c4s_desktop.core.learners.trainers import set_trainer
from c4s_desktop.core.progress.log import item_state
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.learner_dialog import LearnerDialog
from c4s_desktop.ui.library_model import Column
from c4s_desktop.ui.main_window import MainWindow
from c4s_desktop.ui.progress_session import ProgressSession
from tests import packkit
from tests.ui.conftest import PACK_ID, Launch, write_course_source
from tests.ui.test_screenshot import run_app

LONG_TEXT = "# A long text\n\n" + "\n\n".join(f"Paragraph {n}. " + "Words " * 40
                                              for n in range(60))


@pytest.fixture
def demo_dir(tmp_path: Path, key: Ed25519PrivateKey, qapp: object) -> Path:
    """The UI tests' course, with a lesson-2 text long enough to need scrolling."""
    src = write_course_source(tmp_path / "course-src")
    (src / "l2" / "text.en.md").write_text(LONG_TEXT, "utf-8")
    out = tmp_path / "demo"
    out.mkdir()
    packkit.build(src, out / f"{PACK_ID}.c4spack", key)
    return out


def add_learners(app_dir: Path, *names: str, pin: str | None = None) -> None:
    with Store.open(app_dir) as store:
        for name in names:
            create_learner(store, name, pin)


def parts(controller: AppController) -> tuple[MainWindow, ProgressSession]:
    assert controller.window is not None and controller.progress is not None
    return controller.window, controller.progress


def done_column(window: MainWindow, node_id: str | None) -> str:
    index = window.model.find(PACK_ID, node_id)
    return str(index.siblingAtColumn(Column.COMPLETION).data())


def lesson_states(window: MainWindow) -> list[str]:
    items = window.lesson_page.items
    rows = [items.topLevelItem(row) for row in range(items.topLevelItemCount())]
    return [row.text(3) for row in rows if row is not None]


def open_and_wait(qtbot, window: MainWindow, progress: ProgressSession, item_id: str) -> None:
    with qtbot.waitSignal(progress.recorded, timeout=10_000):
        assert window.open_item(PACK_ID, item_id)


def dialog_of(progress: ProgressSession) -> LearnerDialog:
    assert progress.dialog is not None and progress.dialog.isVisible()
    return progress.dialog


def test_a_new_learner_with_a_pin_and_the_pin_rules(qtbot, launch: Launch, app_dir: Path) -> None:
    controller = launch(ask_learner=True)
    _window, progress = parts(controller)
    dialog = dialog_of(progress)
    assert dialog.pages.currentIndex() == 2  # nobody yet: straight to "New learner"
    assert not dialog.back_button.isVisible()
    assert dialog.new_pin.echoMode() == dialog.new_pin.EchoMode.Password
    assert dialog.new_pin.accessibleName() == "PIN (optional)"
    dialog.name_field.setText("Ana")
    for pin, again, problem in (("12", "12", "A PIN is 4 to 8 digits."),
                                ("12ab", "12ab", "A PIN is 4 to 8 digits."),
                                ("1234", "1235", "The two PINs are not the same")):
        dialog.new_pin.setText(pin)
        dialog.new_pin_again.setText(again)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.new_error.text().startswith(problem)
        assert controller.session.learner is None
    dialog.new_pin.setText("2468")
    dialog.new_pin_again.setText("2468")
    with qtbot.waitSignal(progress.progress_loaded, timeout=10_000):
        qtbot.keyClick(dialog.new_pin_again, Qt.Key.Key_Return)
    learner = controller.session.learner
    assert learner is not None and learner.name == "Ana" and learner.has_pin
    assert not dialog.isVisible()
    assert progress.switcher.text() == "Ana"


def test_a_wrong_pin_keeps_the_dialog_open(qtbot, launch: Launch, app_dir: Path) -> None:
    add_learners(app_dir, "Ana", pin="2468")
    controller = launch(ask_learner=True)
    _window, progress = parts(controller)
    dialog = dialog_of(progress)
    assert dialog.pages.currentIndex() == 0
    assert dialog.learner_list.item(0).text() == "Ana (PIN)"
    qtbot.keyClick(dialog.learner_list, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 1
    # The dialog becomes the active window once the display says so, which can come after
    # the app is ready; the PIN field then has the keyboard.
    qtbot.waitUntil(dialog.pin_field.hasFocus, timeout=5_000)
    qtbot.keyClicks(dialog.pin_field, "1111")
    qtbot.keyClick(dialog.pin_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pin_error.text() != "", timeout=10_000)
    assert dialog.pin_error.text() == "That PIN is not right for Ana; try again."
    assert dialog.isVisible() and dialog.pin_field.text() == ""
    assert controller.session.learner is None
    qtbot.keyClicks(dialog.pin_field, "2468")
    with qtbot.waitSignal(controller.session.learner_changed, timeout=10_000):
        qtbot.keyClick(dialog.pin_field, Qt.Key.Key_Return)
    assert controller.session.learner is not None and controller.session.learner.name == "Ana"


def test_wrong_pins_in_a_row_make_even_the_right_one_wait(qtbot, launch: Launch,
                                                          app_dir: Path) -> None:
    add_learners(app_dir, "Ana", pin="2468")
    controller = launch(ask_learner=True)
    dialog = dialog_of(parts(controller)[1])
    qtbot.keyClick(dialog.learner_list, Qt.Key.Key_Return)

    def sign_in_with(pin: str) -> str:
        dialog.pin_field.setText(pin)
        dialog.pin_button.click()
        qtbot.waitUntil(lambda: dialog.pin_error.text() != "", timeout=10_000)
        return dialog.pin_error.text()

    for _ in range(5):
        assert sign_in_with("1111") == "That PIN is not right for Ana; try again."
    assert sign_in_with("2468") == ("Too many wrong PINs for Ana in a row; wait 30 seconds, "
                                    "then try again.")
    assert dialog.isVisible() and dialog.pin_field.text() == ""
    assert controller.session.learner is None
    assert dialog.pin_button.isEnabled(), "asking again says how long is left"


def test_arrows_and_enter_choose_and_escape_quits(qtbot, launch: Launch, app_dir: Path) -> None:
    add_learners(app_dir, "Ana", "Ben")
    controller = launch(ask_learner=True)
    _window, progress = parts(controller)
    dialog = dialog_of(progress)
    assert dialog.learner_list.accessibleName() == "Learners on this computer"
    qtbot.keyClick(dialog.learner_list, Qt.Key.Key_Down)
    with qtbot.waitSignal(controller.session.learner_changed, timeout=10_000):
        qtbot.keyClick(dialog.learner_list, Qt.Key.Key_Return)
    assert controller.session.learner is not None and controller.session.learner.name == "Ben"
    controller.shutdown()
    assert controller.window is not None
    controller.window.close()

    second = launch(ask_learner=True)
    dialog = dialog_of(parts(second)[1])
    assert dialog.learner_list.item(0).text() == "Ben"  # most recent first
    with qtbot.waitSignal(second.finished, timeout=5_000) as quit_signal:
        qtbot.keyClick(dialog.learner_list, Qt.Key.Key_Escape)
    assert quit_signal.args == [0]


def shown_back_button(dialog: LearnerDialog) -> QPushButton:
    """The Back button of the dialog's page on screen."""
    page = dialog.pages.currentWidget()
    backs = [button for button in page.findChildren(QPushButton)
             if button.text() == "Back" and button.isVisible()]
    assert len(backs) == 1, [button.text() for button in page.findChildren(QPushButton)]
    return backs[0]


def test_both_back_buttons_say_they_go_back_to_the_list(qtbot, launch: Launch,
                                                        app_dir: Path) -> None:
    """A reader says a button's name: "Back" alone would not say where to."""
    add_learners(app_dir, "Ana", pin="2468")
    controller = launch(ask_learner=True)
    dialog = dialog_of(parts(controller)[1])
    qtbot.keyClick(dialog.learner_list, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 1  # the PIN page
    for page in (1, 2):  # the PIN, then a new learner's
        back = shown_back_button(dialog)
        assert back.accessibleName() == "Back to the list of learners"
        qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
        assert dialog.pages.currentIndex() == 0, page
        if page == 1:
            qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
            assert dialog.pages.currentIndex() == 2


def test_a_class_finds_a_name_by_typing_part_of_it(qtbot, launch: Launch,
                                                   app_dir: Path) -> None:
    """30 learners on one computer: the list shows ten, and typing (accents and case aside)
    narrows it; the arrows still move through it and Enter signs in."""
    add_learners(app_dir, *(f"Learner {n:02}" for n in range(28)), "Zsófia Kovács",
                 "Zsolt Nagy")
    controller = launch(ask_learner=True)
    dialog = dialog_of(parts(controller)[1])
    listed = dialog.learner_list
    assert listed.height() >= 10 * listed.sizeHintForRow(0)
    qtbot.waitUntil(dialog.find_field.hasFocus, timeout=5_000)
    qtbot.keyClicks(dialog.find_field, "ZSO")
    shown = [listed.item(i).text() for i in range(listed.count()) if not listed.item(i).isHidden()]
    assert sorted(shown) == ["Zsolt Nagy", "Zsófia Kovács"]
    dialog.find_field.clear()
    qtbot.keyClicks(dialog.find_field, "xyz")
    assert dialog.no_match.isVisible() and not dialog.choose_button.isEnabled()
    dialog.find_field.clear()
    qtbot.keyClicks(dialog.find_field, "kovacs")
    assert dialog.choose_button.isEnabled() and not dialog.no_match.isVisible()
    assert listed.currentItem().text() == "Zsófia Kovács"
    dialog.find_field.clear()
    qtbot.keyClicks(dialog.find_field, "zs")
    seen = {listed.currentItem().text()}
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):  # typed in the field, they move the list
        qtbot.keyClick(dialog.find_field, key)
        seen.add(listed.currentItem().text())
    assert seen == {"Zsolt Nagy", "Zsófia Kovács"}  # the rows hidden are passed over
    chosen = listed.currentItem().text()
    with qtbot.waitSignal(controller.session.learner_changed, timeout=10_000):
        qtbot.keyClick(dialog.find_field, Qt.Key.Key_Return)
    assert controller.session.learner is not None
    assert controller.session.learner.name == chosen


def test_a_fact_sheet_opened_is_done_and_others_see_nothing(qtbot, launch: Launch) -> None:
    window, progress = parts(launch(learner="Ana"))
    assert done_column(window, None) == "0%"
    open_and_wait(qtbot, window, progress, "l1-sheet")
    assert done_column(window, "l1-sheet") == "100%"
    assert done_column(window, "l1") == "25%"
    assert done_column(window, None) == "13%"  # 1 of 8 items (12.5 %, half up)
    window.back_to_lesson()
    assert lesson_states(window) == ["New", "New", "Done", "New"]

    menu = progress.switcher.menu()
    new_learner = next(a for a in menu.actions() if a.text() == "New learner…")
    new_learner.trigger()
    dialog = dialog_of(progress)
    dialog.name_field.setText("Ben")
    with qtbot.waitSignal(progress.progress_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert progress.switcher.text() == "Ben"
    assert done_column(window, None) == "0%"
    assert done_column(window, "l1-sheet") == "0%"
    assert lesson_states(window) == ["New", "New", "New", "New"]


def test_a_text_is_done_once_read_to_the_end(qtbot, launch: Launch, app_dir: Path) -> None:
    controller = launch(learner="Ana")
    window, progress = parts(controller)
    open_and_wait(qtbot, window, progress, "l2-text")
    bar = window.item_page.document_view.verticalScrollBar()
    assert bar.maximum() > 0
    assert progress.view.state(PACK_ID, "l2-text") == "started"
    assert done_column(window, "l2-text") == "0%"
    with qtbot.waitSignal(progress.recorded, timeout=10_000):
        bar.setValue(bar.maximum())
    assert progress.view.state(PACK_ID, "l2-text") == "done"
    assert done_column(window, "l2") == "25%"
    bar.setValue(0)
    open_and_wait(qtbot, window, progress, "l1-text")  # short: no scrolling needed
    qtbot.waitUntil(lambda: progress.view.state(PACK_ID, "l1-text") == "done", timeout=10_000)
    controller.shutdown()
    with Store.open(app_dir) as store:
        ana = find_learner(store, "Ana")
        assert item_state(store, ana.id, PACK_ID, "l2-text").done


def test_a_text_missing_from_the_library_is_not_done_by_its_note(
        qtbot, launch: Launch, app_dir: Path) -> None:
    controller = launch(learner="Ana")  # installs the course
    window, progress = parts(controller)
    texts = [blob for blob in (app_dir / "store").rglob("*")
             if blob.is_file() and b"Text with a figure." in blob.read_bytes()]
    assert len(texts) == 1
    texts[0].unlink()  # lesson 1's text, gone from the library
    open_and_wait(qtbot, window, progress, "l1-text")
    assert "missing from the library" in window.item_page.document_view.toPlainText()
    open_and_wait(qtbot, window, progress, "l1-sheet")  # whatever reading queued is stored
    assert progress.view.state(PACK_ID, "l1-text") == "started"
    assert done_column(window, "l1-text") == "0%"


def test_continue_reopens_the_last_item_after_a_restart(qtbot, launch: Launch) -> None:
    first = launch(learner="Ana")
    window, progress = parts(first)
    assert progress.continue_action.isEnabled()
    progress.continue_action.trigger()  # nothing opened yet: the first item not done
    assert window.opened_item is not None and window.opened_item.item.id == "l1-video"
    open_and_wait(qtbot, window, progress, "l2-quiz")
    first.shutdown()
    window.close()

    window, progress = parts(launch(learner="Ana"))
    assert window.opened_item is None
    file_actions = [action.text() for action in window.file_menu.actions()]
    assert file_actions[0] == "&Continue where I left off"
    progress.continue_action.trigger()
    assert window.opened_item is not None and window.opened_item.item.id == "l2-quiz"


def test_switching_learner_takes_two_clicks(qtbot, launch: Launch, app_dir: Path) -> None:
    add_learners(app_dir, "Ben")
    controller = launch(learner="Ana")
    _window, progress = parts(controller)
    switcher = progress.switcher
    assert switcher.text() == "Ana"

    def pick_ben() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        ben = next(a for a in menu.actions() if a.text() == "Ben")
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(ben).center())

    QTimer.singleShot(0, pick_ben)
    with qtbot.waitSignal(progress.progress_loaded, timeout=10_000):
        qtbot.mouseClick(switcher, Qt.MouseButton.LeftButton)  # click 1 opens, click 2 picks
    assert controller.session.learner is not None and controller.session.learner.name == "Ben"
    assert switcher.text() == "Ben"
    assert [a.text() for a in switcher.menu().actions() if a.text()] == ["Ana", "New learner…"]


def test_a_learner_whose_pin_was_set_meanwhile_is_asked_for_it(qtbot, launch: Launch,
                                                               app_dir: Path) -> None:
    add_learners(app_dir, "Ben")
    controller = launch(learner="Ana")
    _window, progress = parts(controller)
    ben = next(a for a in progress.switcher.menu().actions() if a.text() == "Ben")
    done: list[object] = []
    controller.worker.run(  # as `c4s learners trainer Ben` does while the window is open
        lambda store, _task: set_trainer(store, find_learner(store, "Ben").id, True, "2468"),
        on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    ben.trigger()  # the switcher's list still says Ben has no PIN
    qtbot.waitUntil(lambda: progress.dialog is not None and progress.dialog.isVisible(),
                    timeout=10_000)
    dialog = dialog_of(progress)
    assert dialog.pin_field.isVisible() and "Ben" in dialog.pin_prompt.text()
    dialog.pin_field.setText("2468")
    with qtbot.waitSignal(progress.progress_loaded, timeout=10_000):
        dialog.pin_button.click()
    assert controller.session.learner is not None and controller.session.learner.name == "Ben"


def test_learner_option_in_a_screenshot_run(app_dir: Path, demo_dir: Path,
                                            tmp_path: Path) -> None:
    common = ["--data-dir", str(app_dir), "--demo-packs", str(demo_dir), "--lang", "en"]
    done = run_app(*common, "--screenshot", str(tmp_path / "nobody.png"))
    assert done.returncode == 0, done.stderr
    with Store.open(app_dir) as store:
        assert list_learners(store) == []  # no dialog, nobody added
    done = run_app(*common, "--learner", "Ana", "--open", f"{PACK_ID}/l1-sheet",
                   "--screenshot", str(tmp_path / "ana.png"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "ana.png").is_file()
    with Store.open(app_dir) as store:
        ana = find_learner(store, "Ana")
        assert not ana.has_pin
        assert item_state(store, ana.id, PACK_ID, "l1-sheet").done


def test_tab_reaches_the_toolbar_buttons(qtbot, launch: Launch, app_dir: Path) -> None:
    add_learners(app_dir, "Ana")
    controller = launch(learner="Ana")
    window, progress = parts(controller)
    qtbot.waitUntil(lambda: controller.session.learner is not None, timeout=10_000)
    toolbar = progress.switcher.parentWidget()
    assert isinstance(toolbar, QToolBar)
    wanted = {toolbar.widgetForAction(progress.continue_action): "Continue",
              toolbar.widgetForAction(window.progress_action): "My progress",
              progress.switcher: "the learner switcher"}
    window.tree.setFocus()
    reached = set()
    for _step in range(60):  # Tab, as often as it takes to go round the window
        window.focusNextChild()
        reached.add(window.focusWidget())
    missing = [name for widget, name in wanted.items() if widget not in reached]
    assert not missing, f"Tab never reaches {missing}"


def _verbs(app_dir: Path, name: str, item_id: str) -> list[str]:
    with Store.open(app_dir) as store:
        learner = find_learner(store, name)
        assert learner is not None
        rows = store.conn.execute(
            "SELECT verb FROM statements WHERE learner_id = ? AND item_id = ? "
            "ORDER BY timestamp, id", [learner.id, item_id]).fetchall()
    return [verb.rsplit("/", 1)[-1] for (verb,) in rows]


def test_closing_the_window_or_switching_learner_ends_the_items_time(
        qtbot, launch: Launch, app_dir: Path) -> None:
    add_learners(app_dir, "Ben")
    controller = launch(learner="Ana")
    window, progress = parts(controller)
    open_and_wait(qtbot, window, progress, "l1-text")
    ben = next(learner for learner in progress._learners if learner.name == "Ben")
    with qtbot.waitSignal(progress.progress_loaded, timeout=10_000):
        progress.switcher.learner_picked.emit(ben)
    open_and_wait(qtbot, window, progress, "l2-text")
    window.close()  # queues Ben's "exited" before the worker stops
    controller.shutdown()
    assert _verbs(app_dir, "Ana", "l1-text")[-1] == "exited"
    # Reopened for Ben at sign-in; his next item ends its time, as any next statement does.
    assert _verbs(app_dir, "Ben", "l1-text") == ["launched"]
    assert _verbs(app_dir, "Ben", "l2-text") == ["launched", "exited"]
