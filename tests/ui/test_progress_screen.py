"""The progress screen: opened from the menu or the keyboard, refreshed when shown, and the
certificate of a completed course saved as a PDF that checks and renders."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QLabel

from c4s_desktop.core.certificates.pdf_reader import verify_pdf
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.progress_screen_flow import ProgressScreenFlow
from c4s_desktop.ui.score_chart import ScoreChart
from c4s_desktop.ui.style import apply_style, palette_for
from tests.ui.conftest import PACK_ID, Launch
from tests.ui.test_search_ui import type_and_wait
from tests.ui.test_theme import contrast, themed  # noqa: F401  (the app's styling)
from tests.unit.test_progress_report import learn_everything


def record_in_app(qtbot, controller: AppController, skip: set[str]) -> None:
    """Record a realistic session for the signed-in learner through the app's store worker."""
    learner = controller.session.learner
    window = controller.window
    assert learner is not None and window is not None
    manifest = window.packs[0].manifest
    done: list[bool] = []

    def job(store: Store, _task: object) -> None:
        learn_everything(store, learner, manifest, skip=skip)

    controller.worker.run(job, on_done=lambda _r: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)


def show(qtbot, flow: ProgressScreenFlow) -> None:
    with qtbot.waitSignal(flow.report_shown, timeout=10_000):
        flow.open()


def test_the_screen_shows_completion_scores_and_what_is_next(qtbot, launch: Launch) -> None:
    controller = launch(learner="Ana")
    window, flow = controller.window, controller.progress_screen
    assert window is not None
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    with qtbot.waitSignal(flow.report_shown, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_P,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert flow.showing
    card = flow.screen.cards[0]
    assert flow.screen.heading.text() == "Progress of Ana"
    assert card.bar.text() == "0%" and not card.charts
    assert card.next_label.text() == "Next: Video (in Lesson 1)"

    record_in_app(qtbot, controller, skip={"l2-quiz"})
    window.back_to_lesson()
    window.progress_action.trigger()  # shown again: loaded again
    qtbot.waitUntil(lambda: flow.screen.report is not None, timeout=10_000)
    card = flow.screen.cards[0]
    assert card.bar.text() == "88%"
    assert flow.screen.summary.text().startswith("Time spent learning: ")
    assert flow.screen.summary.text().endswith("Courses completed: 0 of 1")
    top = card.tree.topLevelItem(0)
    assert top is not None
    assert [top.text(c) for c in range(4)] == ["Module 1", "7/8", "88%", "100%"]
    lesson2 = top.child(1)
    assert [lesson2.text(c) for c in range(3)] == ["Lesson 2", "3/4", "75%"]
    assert len(card.charts) == 1
    assert card.charts[0].accessibleDescription() == (
        "Scores over attempts: 25% (not passed), 100% (passed)")
    assert card.go_button.isVisibleTo(card) and not card.certificate_button.isVisibleTo(card)
    summaries = [label.text() for label in card.findChildren(QLabel)]
    assert "best 100%, 2 attempts" in summaries

    picture = window.grab().toImage()
    assert picture.size() == QSize(1366, 768)
    assert card.geometry().width() <= flow.screen.width()
    assert card.go_button.mapTo(window, card.go_button.rect().bottomRight()).x() <= 1366

    qtbot.mouseClick(card.go_button, Qt.MouseButton.LeftButton)
    assert not flow.showing
    assert window.opened_item is not None and window.opened_item.item.id == "l2-quiz"
    show(qtbot, flow)
    window.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(flow.screen, Qt.Key.Key_Escape)
    assert not flow.showing and window.opened_item is not None


def test_the_scrolling_cards_have_a_name(qtbot, launch: Launch) -> None:
    """The cards' scroll area is a Tab stop: a reader says what it holds, not "scroll pane"."""
    controller = launch(learner="Ana")
    flow = controller.progress_screen
    show(qtbot, flow)
    area = flow.screen.scroll_area
    assert area.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert area.accessibleName() == "Progress by course"


def test_back_says_where_it_goes(qtbot, launch: Launch) -> None:
    """The button shows "Back", all a reader would say: its name says where to (where the
    learner was: an item, a lesson)."""
    controller = launch(learner="Ana")
    window, flow = controller.window, controller.progress_screen
    assert window is not None
    assert window.open_item(PACK_ID, "l1-text")
    show(qtbot, flow)
    back = flow.screen.back_button
    assert back.text() == "&Back"
    assert back.accessibleName() == "Back to Text"  # the item's title
    back.click()
    assert window.opened_item is not None and window.opened_item.item.id == "l1-text"
    window.back_to_lesson()
    show(qtbot, flow)
    assert back.accessibleName() == "Back to Lesson 1"
    back.click()
    assert window.pages.currentWidget() is window.lesson_page
    type_and_wait(qtbot, controller.search, "figure")
    show(qtbot, flow)
    assert back.accessibleName() == "Back to the search results"
    back.click()
    assert window.pages.currentWidget() is controller.search.page


def test_a_completed_course_offers_a_certificate_that_checks(qtbot, launch: Launch,
                                                             tmp_path: Path) -> None:
    controller = launch(learner="Ana")
    window, flow = controller.window, controller.progress_screen
    assert window is not None
    record_in_app(qtbot, controller, skip=set())
    show(qtbot, flow)
    card = flow.screen.cards[0]
    assert card.bar.text() == "100%" and card.next_label.text().startswith("Completed on ")
    assert card.certificate_button.isVisibleTo(card) and not card.go_button.isVisibleTo(card)

    card.certificate_button.click()
    dialog = flow.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.selectedFiles()[0].endswith("Certificate - Test pack - Ana.pdf")
    dialog.close()
    target = tmp_path / "ana.pdf"
    with qtbot.waitSignal(flow.certificate_saved, timeout=10_000):
        flow.save_certificate(PACK_ID, str(target))
    assert window.statusBar().currentMessage() == f"Certificate saved: {target}"

    verified = verify_pdf(target)
    assert (verified.facts.learner, verified.facts.course) == ("Ana", "Test pack")
    assert [(m.title, m.score) for m in verified.facts.modules] == [("Module 1", 100)]

    document = QPdfDocument()
    assert document.load(str(target)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    size = document.pagePointSize(0)
    assert size.width() > size.height()  # landscape
    page = QImage(842, 595, QImage.Format.Format_RGB32)
    page.fill(QColor("white"))  # the rendered page is transparent where nothing is drawn
    painter = QPainter(page)
    painter.drawImage(0, 0, document.render(0, QSize(842, 595)))
    painter.end()
    page.save(str(tmp_path / "certificate.png"))
    dark = sum(1 for y in range(0, 595, 3) for x in range(0, 842, 3)
               if QColor(page.pixel(x, y)).lightness() < 100)
    assert 500 < dark < 20_000  # text, frame and QR code drawn; not a blank or black page
    document.close()


def test_a_chart_shows_the_latest_attempts_as_dots(qtbot) -> None:
    chart = ScoreChart()
    qtbot.addWidget(chart)
    chart.set_attempts([(0.5, False)] * 24 + [(None, False), (1.0, True)], 0.7)
    assert chart.accessibleDescription().startswith(
        "Scores of the last 20 of 25 attempts: 50% (not passed), ")
    assert chart.accessibleDescription().endswith(", 100% (passed)")
    chart.resize(240, chart.height())
    picture = chart.grab().toImage()
    colors = {QColor(picture.pixel(x, y)).name() for x in range(picture.width())
              for y in range(picture.height())}
    passed, failed, _line = chart.colours()
    assert passed.name() in colors and failed.name() in colors


@pytest.mark.usefixtures("themed")
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_chart_reads_on_either_theme(qtbot, qapp: QApplication, scheme: str) -> None:
    """The pass line, the dots and the score line stand out (3:1) from the page they are
    drawn on, light or dark (on the dark theme the failed dots and the score line read 2.8:1)."""
    apply_style(qapp, scheme)
    chart = ScoreChart()
    qtbot.addWidget(chart)
    page = palette_for(scheme)
    for colour in chart.colours():
        for back in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert contrast(colour, page.color(back)) >= 3, (scheme, colour.name(), back)
