"""File → Save my progress to a drive… and File → Load progress…, in the real window."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from c4s_desktop.core.errors import CancelledError, InputError
from c4s_desktop.core.exchange.bundle_file import STATEMENTS
from c4s_desktop.core.exchange.merge import MergeReport
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.error_dialog import ErrorDialog
from c4s_desktop.ui.progress_exchange import ProgressExchange
from tests.sync.conftest import completions
from tests.ui.conftest import Launch
from tests.ui.test_learners_progress import add_learners, open_and_wait, parts

WAIT_MS = 15_000


def signed_in(qtbot, launch: Launch, name: str, **options: object) -> AppController:
    controller = launch(learner=name, **options)
    qtbot.waitUntil(lambda: controller.session.learner is not None, timeout=WAIT_MS)
    return controller


def statements_in(root: Path) -> dict[str, str]:
    with Store.open(root, write=False) as store:
        return dict(store.db.execute("SELECT id, origin FROM statements").fetchall())


def save(qtbot, exchange: ProgressExchange, target: Path) -> Path:
    with qtbot.waitSignal(exchange.finished, timeout=WAIT_MS) as done:
        exchange.save_to(target)
    saved = done.args[0]
    assert isinstance(saved, Path), saved
    return saved


def load(qtbot, exchange: ProgressExchange, path: Path) -> object:
    with qtbot.waitSignal(exchange.finished, timeout=WAIT_MS) as done:
        exchange.load_from(path)
    return done.args[0]


def click_cancel(dialog: QProgressDialog) -> None:
    [cancel] = dialog.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()


def said_cancelled(controller: AppController, result: object, message: str) -> None:
    """The work ended as cancelled, said in the status bar only."""
    assert isinstance(result, CancelledError)
    assert controller.window is not None
    assert controller.window.statusBar().currentMessage() == message
    assert not [d for d in controller.window.findChildren(ErrorDialog) if d.isVisible()]


def test_progress_saved_on_one_computer_loads_on_another(qtbot, launch: Launch, app_dir: Path,
                                                         tmp_path: Path) -> None:
    add_learners(app_dir, "Anna", "Béla")
    first = signed_in(qtbot, launch, "Anna")
    window, progress = parts(first)
    assert window.save_progress_action.isEnabled() and window.load_progress_action.isEnabled()
    open_and_wait(qtbot, window, progress, "l1-text")
    exchange = first.progress_exchange()
    dialog = exchange.ask_where_to_save()
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert Path(dialog.selectedFiles()[0]).name.startswith("c4s-progress-Anna-")
    dialog.reject()
    stick = tmp_path / "stick"
    stick.mkdir()
    saved = save(qtbot, exchange, stick / "anna")
    assert saved == stick / "anna.c4sprogress" and saved.is_file()
    assert not list(stick.glob(".*.part"))
    box = exchange.result_box
    assert box is not None and box.isVisible() and "anna.c4sprogress" in box.text()
    assert "File → Load progress…" in box.informativeText()
    box.close()
    annas = statements_in(app_dir)
    assert annas  # opening the text recorded something
    with zipfile.ZipFile(saved) as archive:  # Anna's own record only, not Béla's
        assert archive.read(STATEMENTS).count(b"\n") == len(annas)

    # Another computer, where someone else is called Anna too.
    other_root = tmp_path / "other-data"
    with Store.open(other_root) as store:
        create_learner(store, "Anna")
    second = signed_in(qtbot, launch, "Anna", data_dir=other_root)
    other = second.progress_exchange()
    report = load(qtbot, other, saved)
    assert isinstance(report, MergeReport)
    assert report.learners_added == 1 and report.statements_new == len(annas)
    assert report.renamed == (("Anna", "Anna (2)"),)
    box = other.result_box
    assert box is not None and box.text() == "The progress is loaded."
    assert f"{len(annas)} new record" in box.informativeText()
    assert "“Anna” is called “Anna (2)” here" in box.informativeText()
    assert other.progress_dialog is None
    box.close()
    assert statements_in(other_root) == {i: "usb" for i in annas}
    # The learner who arrived can be chosen at once from the switcher.
    _window, second_progress = parts(second)
    menu = second_progress.switcher.menu()
    qtbot.waitUntil(lambda: "Anna (2)" in [a.text() for a in menu.actions()], timeout=WAIT_MS)
    again = load(qtbot, other, saved)
    assert isinstance(again, MergeReport) and again.statements_new == 0
    assert other.result_box is not None
    assert other.result_box.text() == "Everything in this file was already on this computer."


def test_a_damaged_file_says_so_and_adds_nothing(qtbot, launch: Launch, app_dir: Path,
                                                 tmp_path: Path) -> None:
    add_learners(app_dir, "Anna")
    controller = signed_in(qtbot, launch, "Anna")
    window, progress = parts(controller)
    open_and_wait(qtbot, window, progress, "l1-text")
    exchange = controller.progress_exchange()
    saved = save(qtbot, exchange, tmp_path / "anna.c4sprogress")
    data = saved.read_bytes()
    saved.write_bytes(data[: len(data) // 2])  # the stick was pulled while copying
    before = statements_in(app_dir)
    failed = load(qtbot, exchange, saved)
    assert isinstance(failed, InputError) and failed.code == "exchange.damaged"
    dialogs = [d for d in window.findChildren(ErrorDialog) if d.isVisible()]
    assert len(dialogs) == 1, "the learner is not told"
    text = dialogs[0].message.text()
    assert text == (f"The progress file {saved} is damaged, so nothing was loaded from it; "
                    "save it again on the computer it came from.")
    assert exchange.progress_dialog is None
    assert statements_in(app_dir) == before
    dialogs[0].close()


def test_cancel_leaves_everything_as_it_was(qtbot, launch: Launch, app_dir: Path,
                                            tmp_path: Path) -> None:
    source = tmp_path / "class-data"
    with Store.open(source) as store:
        learner = create_learner(store, "Csaba")
        from c4s_desktop.core.progress.log import record

        record(store, completions(learner.id, 1200))
    from c4s_desktop.cli import main

    stick = tmp_path / "class.c4sprogress"
    assert main(["--data-dir", str(source), "progress", "save", "--to", str(stick)]) == 0
    add_learners(app_dir, "Anna")
    controller = signed_in(qtbot, launch, "Anna")
    exchange = controller.progress_exchange()
    before = statements_in(app_dir)
    gate = threading.Event()
    with qtbot.waitSignal(exchange.finished, timeout=WAIT_MS) as done:
        exchange.load_from(stick)
        # A busy worker, queued behind the look-up for trainers (none here): the merge waits.
        controller.worker.run(lambda _store, _task: gate.wait(WAIT_MS / 1000))
        qtbot.waitUntil(lambda: exchange._task is not None, timeout=WAIT_MS)  # file checked
        dialog = exchange.progress_dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible, timeout=3_000)  # after half a second, not Qt's 4 s
        click_cancel(dialog)
        gate.set()
    said_cancelled(controller, done.args[0], "Loading was cancelled; nothing was added.")
    assert statements_in(app_dir) == before


def test_a_save_that_takes_a_while_shows_progress_and_cancel_leaves_no_file(
        qtbot, launch: Launch, app_dir: Path, tmp_path: Path) -> None:
    add_learners(app_dir, "Anna")
    controller = signed_in(qtbot, launch, "Anna")
    exchange = controller.progress_exchange()
    stick = tmp_path / "stick"
    stick.mkdir()
    gate = threading.Event()
    # A busy worker: the save waits behind it for what was recorded before it.
    controller.worker.run(lambda _store, _task: gate.wait(WAIT_MS / 1000))
    with qtbot.waitSignal(exchange.finished, timeout=WAIT_MS) as done:
        exchange.save_to(stick / "anna")
        dialog = exchange.progress_dialog
        assert dialog is not None and not dialog.isVisible()
        qtbot.waitUntil(dialog.isVisible, timeout=3_000)  # after a second
        assert dialog.windowTitle() == "Save my progress"
        assert dialog.labelText() == "Saving your progress…"
        click_cancel(dialog)
        gate.set()
    said_cancelled(controller, done.args[0], "Saving was cancelled; no file was saved.")
    assert exchange.progress_dialog is None
    assert list(stick.iterdir()) == []
    # Saved again, it is written, and the dialog that never showed is gone.
    saved = save(qtbot, exchange, stick / "anna")
    assert saved.is_file() and exchange.progress_dialog is None
    assert exchange.result_box is not None
    exchange.result_box.close()
