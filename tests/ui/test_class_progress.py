"""View → Class progress…: a trainer sees every learner's real progress (read only, sortable by
value, names shown literally, whole on the keyboard) and saves it as a translated spreadsheet
in the language's convention; a report that takes a while shows its progress and may be
cancelled; a learner who is not the trainer is refused (told who is), and a computer's only
learner claims the role with a PIN."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QToolTip

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.learners import Learner, create_learner, find_learner, sign_in
from c4s_desktop.core.learners.trainers import set_trainer
from c4s_desktop.core.progress.percent import whole_percent
from c4s_desktop.core.progress.report import build_report
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui import class_progress_flow
from c4s_desktop.ui.class_progress_dialog import ClassProgressDialog, Column
from c4s_desktop.ui.class_progress_flow import ClassProgressFlow, csv_separators
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.errors import error_text
from c4s_desktop.ui.formatting import format_duration, format_percent
from c4s_desktop.ui.progress_card import completion_date
from c4s_desktop.ui.translations import install_translators
from tests.ui.conftest import Launch
from tests.ui.test_learners_progress import add_learners
from tests.ui.test_text_size import SCREEN, cut_short, large_text  # noqa: F401  (a fixture)
from tests.ui.test_translations import qm_dir, ui_language  # noqa: F401  (fixtures)
from tests.unit.test_progress_report import learn_everything

T = TypeVar("T")
TRAINER_PIN = "9999"
HTML_NAME = "<b>Bo</b>"
LONG_NAME = "Annabelle-Marguerite de la Fontaine-Dubois-Martínez Kovács"  # 58 of 60
ONE_WORD = "Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewis"  # 60, no break


def on_worker(qtbot, controller: AppController, job: Callable[[Store], T]) -> T:
    """Run ``job(store)`` as a store-worker job (the app holds the store) and return its result."""
    results: list[Any] = []
    controller.worker.run(lambda store, _task: job(store), on_done=results.append,
                          on_error=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    if isinstance(results[0], BaseException):
        raise results[0]
    return results[0]


def plain(html: str) -> str:
    """A tooltip's rich text as the words it shows."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def other_dialogs(qapp: QApplication, flow: ClassProgressFlow) -> list[QDialog]:
    """Every dialog on screen but the flow's own (an error box, a refusal...)."""
    return [widget for widget in qapp.topLevelWidgets()
            if isinstance(widget, QDialog) and widget.isVisible()
            and widget is not flow.progress_dialog]


def statement_count(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM statements").fetchone()[0])


def a_class(qtbot, controller: AppController) -> dict[str, Learner]:
    """Ana learned everything, Bo (whose name looks like markup) all but the last quiz, Cy
    nothing; the signed-in learner becomes the trainer."""
    window, learner = controller.window, controller.session.learner
    assert window is not None and learner is not None
    manifest = window.packs[0].manifest

    def job(store: Store) -> dict[str, Learner]:
        learners = {name: create_learner(store, name) for name in ("Ana", HTML_NAME, "Cy")}
        learn_everything(store, learners["Ana"], manifest)
        learn_everything(store, learners[HTML_NAME], manifest, skip={"l2-quiz"})
        learners["trainer"] = set_trainer(store, learner.id, True, pin=TRAINER_PIN)
        return learners

    return on_worker(qtbot, controller, job)


def flow_of(controller: AppController) -> ClassProgressFlow:
    return controller.class_progress()


def open_class_progress(qtbot, controller: AppController) -> ClassProgressDialog:
    window = controller.window
    assert window is not None
    flow = flow_of(controller)
    with qtbot.waitSignal(flow.shown, timeout=20_000):
        window.class_progress_action.trigger()
    assert flow.dialog is not None and flow.dialog.isVisible()
    return flow.dialog


def table_rows(dialog: ClassProgressDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(row, column).data() for column in Column]
            for row in range(model.rowCount())]


def test_a_trainer_sees_every_learners_progress_and_records_nothing(qtbot,
                                                                    launch: Launch) -> None:
    controller = launch(learner="Tess")
    learners = a_class(qtbot, controller)
    window = controller.window
    assert window is not None and window.class_progress_action.isEnabled()
    manifest = window.packs[0].manifest

    def facts(store: Store) -> tuple[int, dict[str, tuple[float, str]]]:
        figures = {}
        for name in ("Ana", HTML_NAME):
            course = build_report(store, learners[name], [manifest]).courses[0]
            newest = store.conn.execute("SELECT max(timestamp) FROM statements "
                                        "WHERE learner_id = ?", [learners[name].id]).fetchone()
            figures[name] = (course.time_spent_s, str(newest[0]))
        return statement_count(store), figures

    before, figures = on_worker(qtbot, controller, facts)
    dialog = open_class_progress(qtbot, controller)
    assert controller.session.learner is not None and controller.session.learner.trainer
    assert dialog.course.currentText() == "Test pack"
    assert not dialog.empty.isVisibleTo(dialog) and dialog.hint.isVisibleTo(dialog)
    ana_time, ana_last = figures["Ana"]
    bo_time, bo_last = figures[HTML_NAME]
    assert table_rows(dialog) == [  # by name ("<" before letters); the trainer is not there
        [HTML_NAME, "88%", "7 / 8", "1 / 2", "100%", format_duration(bo_time),
         completion_date(bo_last)],
        ["Ana", "100%", "8 / 8", "2 / 2", "100%", format_duration(ana_time),
         completion_date(ana_last)],
        ["Cy", "0%", "0 / 8", "0 / 2", "—", format_duration(0), "Never"],
    ]
    # The name that looks like markup shows as typed, in its cell and in its tooltip.
    assert plain(dialog.model.index(0, Column.LEARNER).data(Qt.ItemDataRole.ToolTipRole)) \
        == HTML_NAME

    dialog.course.setCurrentIndex(0)  # the chooser and the table, read again: still nothing
    dialog.close()
    assert on_worker(qtbot, controller, statement_count) == before


def test_sorting_by_done_sorts_by_the_number(qtbot, launch: Launch) -> None:
    controller = launch(learner="Tess")
    a_class(qtbot, controller)
    dialog = open_class_progress(qtbot, controller)
    header = dialog.table.header()
    # As text, "88%" comes after "100%": by value it comes before.
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(Column.DONE) + 5,
                                header.height() // 2))
    assert header.sortIndicatorSection() == Column.DONE
    done = [row[Column.DONE] for row in table_rows(dialog)]
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert done == (["0%", "88%", "100%"] if ascending else ["100%", "88%", "0%"])
    assert dialog.sort_by.currentText() == "Done"

    # On the keyboard: "Sort by" then a column; figures come from the most down.
    dialog.sort_by.setFocus()
    qtbot.keyClick(dialog.sort_by, Qt.Key.Key_Home)
    assert [row[Column.LEARNER] for row in table_rows(dialog)] == [HTML_NAME, "Ana", "Cy"]
    qtbot.keyClick(dialog.sort_by, Qt.Key.Key_End)
    assert dialog.sort_by.currentText() == "Last active"
    assert [row[Column.LAST_ACTIVE] for row in table_rows(dialog)][-1] == "Never"
    dialog.close()


def test_a_learner_who_is_not_the_trainer_is_told_who_is(qtbot, launch: Launch) -> None:
    controller = launch(learner="Ana")

    def trainers(store: Store) -> None:
        for name in ("Tess", "bea"):
            set_trainer(store, create_learner(store, name).id, True, pin=TRAINER_PIN)

    on_worker(qtbot, controller, trainers)
    window, flow = controller.window, flow_of(controller)
    assert window is not None
    with qtbot.waitSignal(flow.refused, timeout=20_000):
        window.class_progress_action.trigger()
    assert flow.refusal is not None
    assert flow.refusal.text() == error_text(InputError("trainer.only", names="bea, Tess"))
    assert "bea, Tess" in flow.refusal.text()
    assert flow.dialog is None and flow.claim_dialog is None
    flow.refusal.close()
    ana = on_worker(qtbot, controller, lambda store: find_learner(store, "Ana"))
    assert not ana.trainer


def test_on_a_shared_computer_nobody_claims_the_role(qtbot, launch: Launch) -> None:
    """With no trainer yet but other learners, the role is not offered: the owner gives it."""
    controller = launch(learner="Ana")
    on_worker(qtbot, controller, lambda store: create_learner(store, "Bo"))
    window, flow = controller.window, flow_of(controller)
    assert window is not None
    with qtbot.waitSignal(flow.refused, timeout=20_000):
        window.class_progress_action.trigger()
    assert flow.claim_dialog is None and flow.dialog is None
    assert flow.refusal is not None and flow.refusal.isVisible()
    assert flow.refusal.text() == error_text(InputError("trainer.not_alone", name="Ana"))
    assert "c4s learners trainer" in flow.refusal.text()
    flow.refusal.close()
    ana = on_worker(qtbot, controller, lambda store: find_learner(store, "Ana"))
    assert not ana.trainer


def test_the_first_trainer_chooses_a_pin_twice(qtbot, launch: Launch) -> None:
    controller = launch(learner="Ana")
    window, flow = controller.window, flow_of(controller)
    assert window is not None
    window.class_progress_action.trigger()
    qtbot.waitUntil(lambda: flow.claim_dialog is not None, timeout=20_000)
    claim = flow.claim_dialog
    assert claim is not None and claim.pin_again is not None
    assert claim.pin.accessibleName() == "New PIN"
    for pin, again, problem in (
        ("2468", "1357", "The two PINs are not the same; type the PIN again in both fields."),
        ("12", "12", "A PIN is 4 to 8 digits."),
    ):
        claim.pin.setText(pin)
        claim.pin_again.setText(again)
        qtbot.mouseClick(claim.claim_button, Qt.MouseButton.LeftButton)
        assert claim.error.text() == problem and claim.isVisible()
    assert not on_worker(qtbot, controller, lambda store: find_learner(store, "Ana")).trainer

    claim.pin.setText("2468")
    claim.pin_again.setText("2468")
    with qtbot.waitSignal(flow.shown, timeout=20_000):
        qtbot.mouseClick(claim.claim_button, Qt.MouseButton.LeftButton)
    assert flow.claim_dialog is None
    session_learner = controller.session.learner
    assert session_learner is not None and session_learner.trainer and session_learner.has_pin
    ana = on_worker(qtbot, controller, lambda store: sign_in(store, session_learner.id, "2468"))
    assert ana.trainer
    dialog = flow.dialog
    assert dialog is not None
    assert dialog.empty.isVisibleTo(dialog) and not dialog.table.isVisibleTo(dialog)
    assert "File → Load progress…" in dialog.empty.text()
    assert not dialog.save_button.isEnabled()
    # No room kept for the hidden table: the dialog is as tall as its sentence and buttons.
    qtbot.waitExposed(dialog)
    assert dialog.height() <= dialog.heightForWidth(dialog.width())
    dialog.close()


def test_a_learner_with_a_pin_proves_it_and_may_try_again(qtbot, launch: Launch,
                                                          app_dir: Path) -> None:
    add_learners(app_dir, "Ana", pin="2468")
    controller = launch(ask_learner=True)
    assert controller.progress is not None
    sign_in_dialog = controller.progress.dialog
    assert sign_in_dialog is not None
    qtbot.keyClick(sign_in_dialog.learner_list, Qt.Key.Key_Return)
    sign_in_dialog.pin_field.setText("2468")
    with qtbot.waitSignal(controller.session.learner_changed, timeout=20_000):
        sign_in_dialog.pin_button.click()
    window, flow = controller.window, flow_of(controller)
    assert window is not None
    window.class_progress_action.trigger()
    qtbot.waitUntil(lambda: flow.claim_dialog is not None, timeout=20_000)
    claim = flow.claim_dialog
    assert claim is not None and claim.pin_again is None
    assert claim.pin.accessibleName() == "Your PIN"
    claim.pin.setText("1111")
    qtbot.mouseClick(claim.claim_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: claim.error.text() != "", timeout=20_000)
    assert claim.error.text() == "That PIN is not right for Ana; try again."
    assert claim.isVisible() and claim.pin.text() == "" and claim.claim_button.isEnabled()
    claim.pin.setText("2468")
    with qtbot.waitSignal(flow.shown, timeout=20_000):
        qtbot.mouseClick(claim.claim_button, Qt.MouseButton.LeftButton)
    assert on_worker(qtbot, controller, lambda store: find_learner(store, "Ana")).trainer
    assert flow.dialog is not None
    flow.dialog.close()


class HeldWorker:
    """The store worker held still, as a slow report would hold it: ``before`` queues a job
    ahead of the flow's, which so waits its turn; ``during`` pauses the flow's own job at its
    first reading of the learners (a SQLite trace callback), so it is running."""

    def __init__(self, qtbot, controller: AppController, when: str) -> None:
        self.release = threading.Event()
        self._qtbot, self.controller, self._when = qtbot, controller, when
        if when == "before":
            controller.worker.run(lambda _store, _task: self.release.wait(30))
        else:
            paused: list[str] = []

            def pause(sql: str) -> None:
                if not paused and "FROM learners" in sql:
                    paused.append(sql)
                    self.release.wait(30)

            on_worker(qtbot, controller, lambda store: store.conn.set_trace_callback(pause))

    def let_go(self) -> None:
        """Let the worker run on, and wait until every job has answered."""
        self.release.set()
        if self._when == "during":
            on_worker(self._qtbot, self.controller,
                      lambda store: store.conn.set_trace_callback(None))
        self._qtbot.waitUntil(lambda: not self.controller.worker.busy, timeout=20_000)


@pytest.fixture(params=["before", "during"])
def held(request: pytest.FixtureRequest, qtbot, launch: Launch) -> Iterator[HeldWorker]:
    """A trainer's app (a class of three) whose store worker is held (see HeldWorker)."""
    controller = launch(learner="Tess")
    a_class(qtbot, controller)
    holder = HeldWorker(qtbot, controller, request.param)
    yield holder
    holder.release.set()


def wait_for_progress(qtbot, flow: ClassProgressFlow) -> None:
    """The progress dialog of a load that takes a while: it comes after half a second (Qt's
    own default would be 4 s)."""
    qtbot.waitUntil(lambda: flow.progress_dialog is not None and flow.progress_dialog.isVisible(),
                    timeout=3_000)


def test_a_cancelled_load_leaves_everything_as_it_was(qtbot, qapp: QApplication,
                                                      held: HeldWorker) -> None:
    controller = held.controller
    window, flow = controller.window, flow_of(controller)
    assert window is not None
    shown: list[bool] = []
    flow.shown.connect(lambda: shown.append(True))
    window.class_progress_action.trigger()
    wait_for_progress(qtbot, flow)
    progress = flow.progress_dialog
    assert progress is not None
    assert progress.labelText() == "Loading class progress…"
    assert progress.windowModality() == Qt.WindowModality.WindowModal
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    held.let_go()
    qapp.processEvents()
    assert flow.progress_dialog is None  # and the one shown is gone
    assert flow.dialog is None and shown == []
    assert other_dialogs(qapp, flow) == []  # no error box either
    # Nothing is left over: the next choice loads and shows the class.
    dialog = open_class_progress(qtbot, controller)
    assert [row[Column.LEARNER] for row in table_rows(dialog)] == [HTML_NAME, "Ana", "Cy"]
    dialog.close()


def test_a_second_choice_while_loading_starts_no_second_load(qtbot, held: HeldWorker) -> None:
    controller = held.controller
    window, flow = controller.window, flow_of(controller)
    assert window is not None
    shown: list[ClassProgressDialog | None] = []
    flow.shown.connect(lambda: shown.append(flow.dialog))
    window.class_progress_action.trigger()
    wait_for_progress(qtbot, flow)
    progress = flow.progress_dialog
    window.class_progress_action.trigger()
    assert flow.progress_dialog is progress and progress is not None and progress.isVisible()
    held.let_go()
    assert len(shown) == 1 and shown[0] is flow.dialog and flow.dialog is not None
    assert flow.progress_dialog is None
    flow.dialog.close()


def test_a_long_name_wraps_and_a_cut_one_shows_whole_on_the_keyboard(qtbot,
                                                                     launch: Launch) -> None:
    controller = launch(learner="Tess")
    a_class(qtbot, controller)
    on_worker(qtbot, controller, lambda store: create_learner(store, LONG_NAME))
    on_worker(qtbot, controller, lambda store: create_learner(store, ONE_WORD))
    dialog = open_class_progress(qtbot, controller)
    table = dialog.table
    names = [row[Column.LEARNER] for row in table_rows(dialog)]
    assert names == [HTML_NAME, "Ana", LONG_NAME, "Cy", ONE_WORD]
    qtbot.waitExposed(dialog)
    # The long name takes more lines, whole; only a word wider than the column is cut.
    assert table.sizeHintForRow(2) > table.sizeHintForRow(1)
    assert not table.name_is_cut(1) and not table.name_is_cut(2)
    assert table.name_is_cut(4)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=5_000)
    assert table.currentIndex().row() == 0
    for _row in range(3):  # to "Ana", the long name and "Cy", all whole
        qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=5_000)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 4
    qtbot.waitUntil(lambda: QToolTip.isVisible() and plain(QToolTip.text()) == ONE_WORD,
                    timeout=5_000)
    # A screen reader hears it whole, however the column cuts it.
    cell = dialog.model.index(4, Column.LEARNER)
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == ONE_WORD
    table.clearFocus()
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=5_000)
    dialog.close()


@pytest.mark.parametrize(("value", "shown"), [
    (0.625, "63%"), (0.125, "13%"), (0.145, "15%"), (0.996, "99%"), (1.0, "100%"), (0.0, "0%")])
def test_percentages_round_as_the_spreadsheet_and_c4s_do(qapp: QApplication, value: float,
                                                          shown: str) -> None:
    """One rounding everywhere (half up, 100 % only when done): the dialog, My progress and
    the library agree with the spreadsheet and ``c4s progress``."""
    assert format_percent(value) == shown == f"{whole_percent(value)}%"


@pytest.mark.parametrize(("lang", "separators"), [
    ("en", (",", ".")), ("fr", (";", ",")), ("es", (";", ",")), ("hu", (";", ","))])
def test_the_spreadsheet_separates_as_the_language_writes_numbers(
        lang: str, separators: tuple[str, str]) -> None:
    assert csv_separators(lang) == separators


@pytest.mark.usefixtures("ui_language")  # the .ts files compiled
def test_the_spreadsheet_has_the_headers_of_the_interface_language(
        qtbot, launch: Launch, qapp: QApplication, tmp_path: Path) -> None:
    install_translators(qapp, "fr")
    controller = launch(learner="Tess", lang="fr")
    learners = a_class(qtbot, controller)
    window = controller.window
    assert window is not None
    manifest = window.packs[0].manifest
    bo_time = on_worker(qtbot, controller, lambda store: build_report(
        store, learners[HTML_NAME], [manifest]).courses[0].time_spent_s)
    dialog = open_class_progress(qtbot, controller)
    flow = flow_of(controller)
    dialog.save_button.click()
    chooser = flow.file_dialog
    assert chooser is not None and chooser.isVisible()
    assert Path(chooser.selectedFiles()[0]).name == f"class-progress-{date.today()}.csv"
    target = tmp_path / "classe.csv"
    chooser.selectFile(str(target))
    with qtbot.waitSignal(flow.csv_saved, timeout=20_000):
        chooser.accept()
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))  # as a French spreadsheet reads it
    assert rows[0][:4] == ["Apprenant", "Cours", "Identifiant du cours", "Terminé (%)"]
    assert [row[0] for row in rows[1:]] == [HTML_NAME, "Ana", "Cy"]
    assert rows[1][3] == "88"
    minutes = f"{bo_time / 60:.1f}".replace(".", ",")  # 1,5 in French
    assert "," in minutes and rows[1][9] == minutes
    assert dialog.status.text().startswith("3 ")  # the rows saved, said in French
    assert str(target) in dialog.status.text()
    dialog.close()


@pytest.mark.usefixtures("ui_language")  # the .ts files compiled
def test_the_rows_saved_are_counted_as_the_language_groups_digits(
        qtbot, launch: Launch, qapp: QApplication, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    install_translators(qapp, "fr")
    # A school's worth of rows: what is said is the count the writing returns.
    monkeypatch.setattr(class_progress_flow, "write_class_csv", lambda *_a, **_k: 12_400)
    controller = launch(learner="Tess", lang="fr")
    a_class(qtbot, controller)
    dialog = open_class_progress(qtbot, controller)
    flow = flow_of(controller)
    dialog.save_button.click()
    chooser = flow.file_dialog
    assert chooser is not None
    chooser.selectFile(str(tmp_path / "classe.csv"))
    with qtbot.waitSignal(flow.csv_saved, timeout=20_000):
        chooser.accept()
    assert dialog.status.text().startswith("12\u202f400 ")  # as French groups digits
    dialog.close()


@pytest.mark.usefixtures("ui_language", "large_text")
@pytest.mark.parametrize("lang", ["en", "fr", "es", "hu"])
def test_the_dialog_fits_a_small_screen_at_150_percent(qtbot, launch: Launch, qapp: QApplication,
                                                       lang: str) -> None:
    install_translators(qapp, lang)
    controller = launch(learner="Tess", lang=lang)
    a_class(qtbot, controller)
    window = controller.window
    assert window is not None
    window.resize(SCREEN)
    dialog = open_class_progress(qtbot, controller)
    qtbot.waitExposed(dialog)
    assert dialog.width() <= SCREEN.width() and dialog.height() <= SCREEN.height()
    assert cut_short(dialog) == []
    header = dialog.table.header()
    for column in list(Column)[1:]:  # every figure and heading whole; names may wrap
        assert header.sectionSize(column) >= dialog.table.sizeHintForColumn(column)
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
    assert dialog.table.horizontalScrollBar().maximum() == 0
    dialog.close()
