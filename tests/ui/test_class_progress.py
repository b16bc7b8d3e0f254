"""View → Class progress…: a trainer sees every learner's real progress (read only, sortable by
value, names shown literally) and saves it as a translated spreadsheet; a learner who is not
the trainer is refused, and the first trainer claims the role with a PIN."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from c4s_desktop.core.learners import Learner, create_learner, find_learner, sign_in
from c4s_desktop.core.learners.trainers import set_trainer
from c4s_desktop.core.progress.report import build_report
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.class_progress_dialog import ClassProgressDialog, Column
from c4s_desktop.ui.class_progress_flow import ClassProgressFlow
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.formatting import format_duration
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


def on_worker(qtbot, controller: AppController, job: Callable[[Store], T]) -> T:
    """Run ``job(store)`` as a store-worker job (the app holds the store) and return its result."""
    results: list[Any] = []
    controller.worker.run(lambda store, _task: job(store), on_done=results.append,
                          on_error=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    if isinstance(results[0], BaseException):
        raise results[0]
    return results[0]


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
    tooltip = QTextDocument()
    tooltip.setHtml(dialog.model.index(0, Column.LEARNER).data(Qt.ItemDataRole.ToolTipRole))
    assert tooltip.toPlainText() == HTML_NAME

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


def test_a_learner_who_is_not_the_trainer_is_refused(qtbot, launch: Launch) -> None:
    controller = launch(learner="Ana")

    def trainer(store: Store) -> Learner:
        return set_trainer(store, create_learner(store, "Tess").id, True, pin=TRAINER_PIN)

    on_worker(qtbot, controller, trainer)
    window, flow = controller.window, flow_of(controller)
    assert window is not None
    with qtbot.waitSignal(flow.refused, timeout=20_000):
        window.class_progress_action.trigger()
    assert flow.refusal is not None
    assert flow.refusal.text() == "Only a trainer can see class progress; sign in as a trainer."
    assert flow.dialog is None and flow.claim_dialog is None
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


@pytest.mark.usefixtures("ui_language")  # the .ts files compiled
def test_the_spreadsheet_has_the_headers_of_the_interface_language(
        qtbot, launch: Launch, qapp: QApplication, tmp_path: Path) -> None:
    install_translators(qapp, "fr")
    controller = launch(learner="Tess", lang="fr")
    a_class(qtbot, controller)
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
        rows = list(csv.reader(file))
    assert rows[0][:4] == ["Apprenant", "Cours", "Identifiant du cours", "Terminé (%)"]
    assert [row[0] for row in rows[1:]] == [HTML_NAME, "Ana", "Cy"]
    assert dialog.status.text().startswith("3 ")  # the rows saved, said in French
    assert str(target) in dialog.status.text()
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
    for column in list(Column)[1:]:  # every figure and heading whole; names may elide
        assert header.sectionSize(column) >= dialog.table.sizeHintForColumn(column)
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
    assert dialog.table.horizontalScrollBar().maximum() == 0
    dialog.close()
