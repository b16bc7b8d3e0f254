"""The presenter view: presenting on a projector beside the laptop, the laptop's screen shows
the trainer what the class sees, what comes next and the time, with buttons that do what the
remote's keys do, and those keys work there too. Each test runs the real app in a process of its
own whose offscreen platform has the screens given (Qt's offscreen plugin takes them from a
file), and prints what it saw."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

from tests.ui import test_quiz_screen
from tests.ui.test_present_on_a_projector import LAPTOP, PROJECTOR, REPO, rect
from tests.ui.test_quiz_screen import PACK

# The demo course, installed once and copied for each test: the quiz tests' fixtures.
demo_data = test_quiz_screen.demo_data
app_dir = test_quiz_screen.app_dir
demo_dir = test_quiz_screen.demo_dir

PREAMBLE = """
import json, sys, traceback
from pathlib import Path
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.launch import LaunchOptions

app = QApplication(sys.argv[:1])
data, demo, shots = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
controller = AppController(LaunchOptions(data_dir=data, lang="en", demo_dir=demo, learner="Ana"))
PACK = sys.argv[4]
seen = {}

def wait_for(condition, what):
    for _turn in range(250):  # up to 5 s, the loop running meanwhile
        if condition():
            return
        QTest.qWait(20)
    raise AssertionError("waited in vain for " + what)

def view():
    found = controller.window.findChild(QWidget, "presenter-view")
    return found if found is not None and found.isVisible() else None

def place(widget):
    return {"screen": widget.screen().name(), "geometry": list(widget.geometry().getRect()),
            "full_screen": widget.isFullScreen()}

def texts():
    shown = view()
    names = ("now_context", "now_title", "now_place", "next_title", "next_place", "elapsed",
             "clock", "blank_notice")
    return {name: getattr(shown, name).text() if getattr(shown, name).isVisible() else None
            for name in names}

def opened():
    item = controller.window.opened_item
    return item.item.id if item is not None else None

def blanked():
    return controller.window.findChild(QWidget, "presenting-blank").isVisible()

def present():
    controller.window.present_action.trigger()
    QTest.qWait(100)

def shot(name):
    if shots:
        view().grab().save(str(Path(shots) / (name + ".png")))

def main():
    window = controller.window
    laptop = next(s for s in app.screens() if s.name() == "LAPTOP")
    window.windowHandle().setScreen(laptop)
    window.setGeometry(laptop.availableGeometry().adjusted(30, 40, -60, -50))
    QTest.qWait(100)
    try:
        scenario(window)
    except Exception:
        seen["error"] = traceback.format_exc()
    print("SEEN " + json.dumps(seen))
    controller.shutdown()
    app.quit()

controller.ready.connect(lambda: QTimer.singleShot(0, main))
"""

RUN = """
controller.start()
app.exec()
"""


def run(tmp_path: Path, app_dir: Path, demo_dir: Path, scenario: str,
        screens: tuple[dict[str, object], ...] = (LAPTOP, PROJECTOR),
        shots: str = "", env: dict[str, str] | None = None) -> dict:
    """Run ``scenario`` (the body of ``def scenario(window):``) in the app with ``screens``;
    what it put in ``seen``."""
    layout = tmp_path / "screens.json"
    layout.write_text(json.dumps({"screens": list(screens)}), "utf-8")
    body = "def scenario(window):\n" + "".join(
        f"    {line}\n" for line in scenario.strip("\n").splitlines())
    done = subprocess.run(
        [sys.executable, "-c", PREAMBLE + body + RUN, str(app_dir), str(demo_dir), shots,
         PACK],
        capture_output=True, text=True, timeout=120, cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {}),
             "QT_QPA_PLATFORM": f"offscreen:configfile={layout}"},
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("SEEN ")]
    assert done.returncode == 0 and lines, done.stderr
    seen: dict = json.loads(lines[0].removeprefix("SEEN "))
    assert "error" not in seen, seen["error"]
    return seen


def test_the_presenter_view_fills_the_laptop_screen_with_what_the_class_sees_and_the_time(
        tmp_path: Path, app_dir: Path, demo_dir: Path) -> None:
    seen = run(tmp_path, app_dir, demo_dir, """
window.open_item(PACK, "m1-l1-text")
present()
wait_for(lambda: view() is not None, "the presenter view")
seen["window"] = place(window)
seen["view"] = place(view())
seen["texts"] = texts()
seen["focus_in_window"] = QApplication.focusWidget().window() is window
seen["buttons"] = [b.accessibleName() for b in (view().previous_button, view().next_button,
                                                 view().blank_button, view().end_button)]
first = view().elapsed.text()
wait_for(lambda: view().elapsed.text() != first, "the time to move on")
seen["elapsed"] = [first, view().elapsed.text()]
""")
    assert seen["window"]["screen"] == "PROJECTOR" and seen["window"]["full_screen"]
    assert seen["view"] == {"screen": "LAPTOP", "geometry": rect(LAPTOP), "full_screen": True}
    assert seen["focus_in_window"]  # shown without taking the presented window's keyboard
    texts = seen["texts"]
    assert texts["now_context"] == "Building a cluster strategy"  # the lesson
    assert texts["now_title"] == "Course text: building a cluster strategy"
    assert texts["now_place"] == "Item 2 of 4"
    assert texts["next_title"] == "Cluster strategy at a glance"
    assert texts["next_place"] == "Item 3 of 4"
    assert texts["blank_notice"] is None and texts["clock"]
    assert seen["elapsed"] == ["00:00", "00:01"]
    assert seen["buttons"] == ["Previous screenful, item or lesson",
                               "Next screenful, item or lesson", "Blank the screen",
                               "End the presentation"]


def test_what_comes_next_across_lessons_on_a_lesson_page_and_at_the_end_of_the_course(
        tmp_path: Path, app_dir: Path, demo_dir: Path) -> None:
    seen = run(tmp_path, app_dir, demo_dir, """
window.open_item(PACK, "m1-l1-quiz")
present()
seen["last_of_lesson"] = texts()
window.open_item(PACK, "m4-case")
seen["last_of_course"] = texts()
window.item_page.back_button.click()
seen["lesson_page"] = texts()
window.lesson_page.previous_button.click()
seen["lesson_before"] = texts()
""")
    assert seen["last_of_lesson"]["next_title"] == "Video: who decides what in a cluster"
    assert seen["last_of_lesson"]["next_place"] == (
        "The first item of the next lesson, Governance and the cluster board")
    assert seen["last_of_course"]["now_place"] == "Item 5 of 5"
    assert seen["last_of_course"]["next_title"] == "The end of the course"
    assert seen["last_of_course"]["next_place"] is None
    lesson = seen["lesson_page"]
    assert lesson["now_context"] == "Cluster excellence, quality indicators and benchmarking"
    assert lesson["now_title"] == "KPIs and benchmarking" and lesson["now_place"] == "Lesson 8 of 8"
    assert lesson["next_title"] == "The end of the course"
    assert seen["lesson_before"]["now_title"] == "Cluster management excellence labels"
    assert seen["lesson_before"]["next_title"] == "KPIs and benchmarking"
    assert seen["lesson_before"]["next_place"] == "Lesson 8 of 8"


def test_while_a_quiz_is_taken_the_next_line_says_page_down_waits_for_its_end(
        tmp_path: Path, app_dir: Path, demo_dir: Path) -> None:
    seen = run(tmp_path, app_dir, demo_dir, """
from tests.quiz_keys import answer
window.open_item(PACK, "m1-l1-quiz")
present()
quiz = window.item_page.quiz_view
wait_for(lambda: view() is not None and quiz.currentWidget() is quiz.overview, "the overview")
seen["overview"] = texts()["next_title"]
quiz.overview.start_button.click()
wait_for(lambda: quiz.answering, "the first question")
seen["answering"] = texts()["next_title"]
stored = []
quiz.answer_confirmed.connect(lambda *_args: stored.append(True))
for number in range(1, 7):
    answer(quiz)
    wait_for(lambda: len(stored) == number, "the answer stored")
    quiz.question_page.next_button.click()
wait_for(lambda: quiz.currentWidget() is quiz.results, "the results")
seen["results"] = texts()["next_title"]
""")
    following = "Video: who decides what in a cluster"
    assert seen["overview"] == following
    assert seen["answering"] == "Nothing until the quiz attempt is finished"
    assert seen["results"] == following


STEPS = """
window.open_item(PACK, "m1-l1-text")
present()
window.item_page.zoom_by(10)  # a projector's large text: more than a screenful
bar = window.item_page.document_view.verticalScrollBar()
wait_for(lambda: bar.maximum() > bar.pageStep(), "a long text")
shown = view()
shown.activateWindow()  # the trainer clicked it, or it has the focus anyway
wait_for(shown.isActiveWindow, "the presenter view's focus")
def forward():
    FORWARD
def back():
    BACK
def blank():
    BLANK
values = [bar.value()]
while opened() == "m1-l1-text" and len(values) < 50:
    forward()
    values.append(bar.value())
seen["values"] = values
seen["maximum"] = bar.maximum()
seen["after"] = opened()
seen["texts"] = texts()
back()
seen["back"] = [opened(), bar.value() == bar.maximum()]
blank()
seen["blanked"] = [blanked(), texts()["blank_notice"], shown.blank_button.text()]
forward()  # brings the picture back, only that
seen["forward_when_blanked"] = [blanked(), opened(), bar.value() == bar.maximum(),
                                texts()["blank_notice"], shown.blank_button.text()]
seen["still_active"] = shown.isActiveWindow()
"""


def steps(forward: str, back: str, blank: str) -> str:
    return (STEPS.replace("FORWARD", forward).replace("BACK", back)
            .replace("BLANK", blank))


def assert_stepped_like_the_remote(seen: dict) -> None:
    values = seen["values"]
    assert seen["after"] == "m1-l1-factsheet"  # once the whole text was on the screen
    assert len(values) >= 3 and values == sorted(values) and values[-2] == seen["maximum"]
    assert seen["texts"]["now_title"] == "Cluster strategy at a glance"
    assert seen["texts"]["now_place"] == "Item 3 of 4"
    assert seen["texts"]["next_title"] == "Quiz: cluster strategy"
    assert seen["back"] == ["m1-l1-text", True]  # back to the text's last screenful
    assert seen["blanked"] == [True, "The class sees a black screen. Any key or button shows "
                                     "the picture again.", "Show the screen"]
    assert seen["forward_when_blanked"] == [False, "m1-l1-text", True, None, "Blank the screen"]
    assert seen["still_active"]


def test_the_presenter_views_buttons_step_and_blank_as_the_remote_does(
        tmp_path: Path, app_dir: Path, demo_dir: Path) -> None:
    seen = run(tmp_path, app_dir, demo_dir, steps(
        "QTest.mouseClick(shown.next_button, Qt.MouseButton.LeftButton)",
        "QTest.mouseClick(shown.previous_button, Qt.MouseButton.LeftButton)",
        "QTest.mouseClick(shown.blank_button, Qt.MouseButton.LeftButton)",
    ) + """
QTest.mouseClick(shown.blank_button, Qt.MouseButton.LeftButton)
QTest.mouseClick(shown.blank_button, Qt.MouseButton.LeftButton)
seen["shown_again"] = [blanked(), shown.blank_button.text()]
QTest.mouseClick(shown.end_button, Qt.MouseButton.LeftButton)
QTest.qWait(100)
seen["ended"] = [window.present_action.isChecked(), view() is None, place(window),
                 window.isActiveWindow()]
""")
    assert_stepped_like_the_remote(seen)
    assert seen["shown_again"] == [False, "Blank the screen"]
    checked, gone, window, active = seen["ended"]
    assert not checked and gone and active  # the keyboard is back in the window
    assert window["screen"] == "LAPTOP" and not window["full_screen"]


def test_the_remotes_keys_work_in_the_presenter_view(tmp_path: Path, app_dir: Path,
                                                     demo_dir: Path) -> None:
    seen = run(tmp_path, app_dir, demo_dir, steps(
        "QTest.keyClick(shown.next_button, Qt.Key.Key_PageDown)",
        "QTest.keyClick(shown.next_button, Qt.Key.Key_PageUp)",
        "QTest.keyClick(shown.next_button, Qt.Key.Key_B)",
    ) + """
QTest.keyClick(shown.end_button, Qt.Key.Key_Period)
seen["period"] = blanked()
QTest.mouseClick(window.findChild(QWidget, "presenting-blank"), Qt.MouseButton.LeftButton)
seen["clicked_on_the_projector"] = [blanked(), texts()["blank_notice"]]
QTest.keyClick(shown.next_button, Qt.Key.Key_Escape)
QTest.qWait(100)
seen["esc"] = [window.present_action.isChecked(), view() is None, place(window)]
present()
wait_for(lambda: view() is not None, "the presenter view again")
view().activateWindow()
wait_for(view().isActiveWindow, "the presenter view's focus")
QTest.keyClick(view().next_button, Qt.Key.Key_F5)
QTest.qWait(100)
seen["f5"] = [window.present_action.isChecked(), view() is None, place(window)]
""")
    assert_stepped_like_the_remote(seen)
    assert seen["period"] and seen["clicked_on_the_projector"] == [False, None]
    for key in ("esc", "f5"):
        checked, gone, window = seen[key]
        assert not checked and gone, key
        assert window["screen"] == "LAPTOP" and not window["full_screen"], key


def test_the_presenter_view_closes_when_the_presentation_ends_from_the_window(
        tmp_path: Path, app_dir: Path, demo_dir: Path) -> None:
    seen = run(tmp_path, app_dir, demo_dir, """
window.open_item(PACK, "m1-l1-text")
present()
seen["presenting"] = view() is not None
QTest.keyClick(window.item_page.document_view, Qt.Key.Key_B)
seen["blanked_from_the_window"] = [texts()["blank_notice"] is not None,
                                   view().blank_button.text()]
QTest.keyClick(window.item_page.document_view, Qt.Key.Key_Escape)
QTest.qWait(100)
seen["after_esc"] = [view() is None, window.findChild(QWidget, "presenter-view") is None]
present()
seen["again"] = view() is not None
window.present_action.trigger()  # View → Present, or F5, in the window
QTest.qWait(100)
seen["after_menu"] = view() is None
""")
    assert seen["presenting"] and seen["again"]
    assert seen["blanked_from_the_window"] == [True, "Show the screen"]
    assert seen["after_esc"] == [True, True]  # closed, and gone
    assert seen["after_menu"]


def test_a_learners_field_keeps_its_page_keys_with_the_presenter_view_shown(
        tmp_path: Path, app_dir: Path, demo_dir: Path) -> None:
    seen = run(tmp_path, app_dir, demo_dir, """
view_ = window.item_page.case_study_view
window.open_item(PACK, "m4-case")
wait_for(lambda: bool(view_.answers), "the case study's answers")
present()
seen["presenting"] = view() is not None
view().activateWindow()  # the trainer clicked it: its focus is a button
wait_for(view().isActiveWindow, "the presenter view's focus")
answer = view_.answers[0]
answer.setFocus()
answer.setPlainText("\\n".join(f"line {n}" for n in range(40)))
answer.moveCursor(answer.textCursor().MoveOperation.Start)
QTest.keyClick(answer, Qt.Key.Key_PageDown)
seen["field"] = [opened(), answer.textCursor().blockNumber() > 0]
""")
    assert seen["presenting"]
    assert seen["field"] == ["m4-case", True]


def test_the_presenter_view_appears_only_when_the_presentation_goes_to_another_screen(
        tmp_path: Path, app_dir: Path, demo_dir: Path) -> None:
    scenario = """
window.open_item(PACK, "m1-l1-text")
present()
seen["presenting"] = [window.present_action.isChecked(), window.screen().name()]
seen["windows"] = sorted(w.objectName() for w in QApplication.topLevelWidgets()
                         if w.isVisible())
"""
    one = run(tmp_path, app_dir, demo_dir, scenario, screens=(LAPTOP,))
    assert one["presenting"] == [True, "LAPTOP"]
    assert len(one["windows"]) == 1  # the presented window alone: nothing changes
    two = run(tmp_path, app_dir, demo_dir, scenario)
    assert two["presenting"] == [True, "PROJECTOR"]
    assert len(two["windows"]) == 2 and "presenter-view" in two["windows"]


def test_the_presenter_view_fits_a_scaled_up_laptop_screen_whatever_the_titles(
        tmp_path: Path, app_dir: Path, demo_dir: Path) -> None:
    seen = run(tmp_path, app_dir, demo_dir, """
from c4s_desktop.ui.style import apply_style
apply_style(app, "light")  # the app's style sheet, as the app starts with
window.open_item(PACK, "m3-l1-video")
present()
shown = view()
seen["roomy"] = shown.text_share
QTest.keyClick(window.item_page.document_view, Qt.Key.Key_B)
window.item_page.title.setText("A title as long as three lines of a language with long words "
                               "would make it on a small screen, " * 2)
shown.refresh()
seen["long"] = shown.text_share
seen["screen"] = list(shown.rect().getRect())
widgets = [w for w in shown.findChildren(QWidget) if w.isVisible()]
seen["boxes"] = {w.objectName() + ":" + (w.text()[:20] if hasattr(w, "text") else ""):
                 list(w.geometry().getRect()) for w in widgets}
# Each as large as its text needs: a label as high as its lines, a button as wide as its words.
def squeezed():
    return [w.text() for w in widgets if w.height() < max(
        w.heightForWidth(w.width()), w.minimumSizeHint().height()) or w.width() < min(
        w.minimumSizeHint().width(), shown.width())]
seen["squeezed"] = squeezed()
apply_style(app, "dark")  # the app's style sheet again, which polishes every widget anew
QTest.qWait(100)
seen["squeezed_dark"] = squeezed()
seen["dark"] = shown.text_share
""", env={"QT_SCALE_FACTOR": "1.5"})
    assert seen["screen"] == [0, 0, 911, 512]  # 1366x768 at 150 %
    assert seen["long"] < seen["roomy"]  # smaller text, so that everything fits
    assert seen["squeezed"] == [] and seen["squeezed_dark"] == []
    assert seen["dark"] == seen["long"]
    boxes = sorted(seen["boxes"].values(), key=lambda box: (box[1], box[0]))
    for x, y, width, height in boxes:
        assert x >= 0 and y >= 0 and x + width <= 911 and y + height <= 512  # nothing cut
    for (x, y, width, height), (x2, y2, _w, _h) in pairwise(boxes):
        assert y2 >= y + height or x2 >= x + width, seen["boxes"]  # nothing overlaps
