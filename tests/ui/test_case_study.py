"""Case studies: the text beside the prompts, answers saved as the learner types and restored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from c4s_desktop.core.learners import create_learner, find_learner
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import get_installed
from c4s_desktop.core.packs.manifest import Item
from c4s_desktop.core.progress.case_study import answer_statement, latest_answers
from c4s_desktop.core.progress.item_events import ItemRef, record_item_events
from c4s_desktop.core.progress.log import item_state
from c4s_desktop.core.progress.summary import item_done
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import VERBS
from c4s_desktop.ui import case_study_view
from c4s_desktop.ui.case_study_view import CaseStudyView
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.library_model import Column
from c4s_desktop.ui.style import apply_style, palette_for
from tests import packkit
from tests.ui.conftest import PACK_ID, Launch, write_course_source
from tests.ui.test_theme import themed  # noqa: F401  (the app's styling)

CASE_ID = "l3-case"
CASE_TEXT = "# Valnord\n\nA cluster of 40 firms wants the **Gold** label.\n"
PROMPTS = ["Which areas first?", "Which indicators?", "How to keep the SMEs?"]
LONG_PROMPT = ("Which three areas of improvement would you take on first, on the way from the "
               "Silver label to the Gold one, and why those before the others? ") * 3


@pytest.fixture
def demo_dir(tmp_path: Path, key: Ed25519PrivateKey, qapp: object) -> Path:
    """The UI tests' course with a third lesson holding only a case study."""
    src = write_course_source(tmp_path / "course-src")
    manifest = json.loads((src / "manifest.json").read_text("utf-8"))
    manifest["modules"][0]["lessons"].append({
        "id": "l3", "title": {"en": "Lesson 3"},
        "items": [{"id": CASE_ID, "type": "case_study", "title": {"en": "Case study"},
                   "file": "l3/case.en.md", "questions": [{"en": p} for p in PROMPTS]}],
    })
    (src / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    (src / "l3").mkdir()
    (src / "l3" / "case.en.md").write_text(CASE_TEXT, "utf-8")
    out = tmp_path / "demo"
    out.mkdir()
    packkit.build(src, out / f"{PACK_ID}.c4spack", key)
    return out


def open_case(qtbot, controller: AppController) -> CaseStudyView:
    window = controller.window
    assert window is not None
    view = window.item_page.case_study_view
    with qtbot.waitSignal(view.answers_loaded, timeout=10_000):
        assert window.open_item(PACK_ID, CASE_ID)
    assert window.item_page.stack.currentWidget() is view
    return view


def done_column(controller: AppController, node_id: str) -> str:
    assert controller.window is not None
    row = controller.window.model.find(PACK_ID, node_id)
    return str(row.siblingAtColumn(Column.COMPLETION).data())


def test_the_text_is_beside_the_prompts(qtbot, launch: Launch) -> None:
    view = open_case(qtbot, launch(learner="Ana"))
    assert "Gold" in view.text.toPlainText()
    assert view.text.isReadOnly()
    labels = [label.text() for label in view.findChildren(QLabel, "case-study-prompt")]
    assert labels == [f"{n}. {p}" for n, p in enumerate(PROMPTS, start=1)]
    assert [box.accessibleName() for box in view.answers] == [
        f"Your answer to question {n}" for n in (1, 2, 3)]
    assert [box.accessibleDescription() for box in view.answers] == PROMPTS  # read with it
    assert view.text.geometry().right() < view.answers[0].mapTo(view, view.answers[0].rect()
                                                                 .topLeft()).x()


def test_the_prompts_scroll_area_has_a_name(qtbot, launch: Launch) -> None:
    """A Tab stop between the text and the first answer: a reader says what it holds."""
    view = open_case(qtbot, launch(learner="Ana"))
    prompts = view.findChild(QScrollArea)
    assert prompts is not None and prompts.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert prompts.accessibleName() == "Your reflections" == view.heading.text()


def text_share(view: CaseStudyView) -> float:
    text, prompts = view.splitter.sizes()
    return text / (text + prompts)


def test_opened_at_start_the_text_gets_its_share(qtbot, launch: Launch, demo_dir: Path,
                                                key: Ed25519PrivateKey) -> None:
    # Long prompts ask for a wide column: at start (``--open``), before any resize, they took
    # most of the width from the text.
    src = demo_dir.parent / "course-src"
    manifest = json.loads((src / "manifest.json").read_text("utf-8"))
    manifest["modules"][0]["lessons"][-1]["items"][0]["questions"] = [{"en": LONG_PROMPT}] * 3
    (src / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    packkit.build(src, demo_dir / f"{PACK_ID}.c4spack", key)
    controller = launch(learner="Ana", open_target=(PACK_ID, CASE_ID))
    window = controller.window
    assert window is not None
    view = window.item_page.case_study_view
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert window.item_page.stack.currentWidget() is view
    assert text_share(view) == pytest.approx(0.55, abs=0.02)
    window.resize(1000, 700)  # a smaller window: still the same shares
    QApplication.processEvents()
    assert text_share(view) == pytest.approx(0.55, abs=0.02)
    view.splitter.moveSplitter(100, 1)  # the learner's own choice stays
    window.resize(1200, 700)
    QApplication.processEvents()
    assert text_share(view) < 0.45


def test_the_prompts_show_where_the_focus_is(qtbot, launch: Launch,
                                             themed: QApplication) -> None:  # noqa: F811
    view = open_case(qtbot, launch(learner="Ana"))
    apply_style(themed, "light")  # after the start, which applies the saved choice
    window = view.window()
    window.show()
    window.activateWindow()
    prompts = view.findChild(QScrollArea)
    assert prompts is not None
    prompts.setFocus()  # a Tab stop, between the text and the first answer
    qtbot.waitUntil(prompts.hasFocus, timeout=5_000)
    image = prompts.grab().toImage()
    highlight = palette_for("light").color(QPalette.ColorRole.Highlight).rgb()
    assert image.pixel(0, image.height() // 2) == highlight


def test_answers_are_saved_as_typed_and_complete_the_lesson(qtbot, launch: Launch,
                                                            app_dir: Path) -> None:
    controller = launch(learner="Ana")
    view = open_case(qtbot, controller)
    with qtbot.waitSignal(view.saved, timeout=10_000):  # after the pause in typing
        qtbot.keyClicks(view.answers[0], "Member services")
    assert view.status.text() == "Saved"
    assert controller.progress is not None
    assert controller.progress.view.state(PACK_ID, CASE_ID) == "started"
    assert done_column(controller, "l3") == "0%"

    view.answers[1].setPlainText("Members, exports, projects")
    view.answers[2].setPlainText("Small-firm working group")
    assert view.status.text() == "Editing…" and view.has_unsaved
    with qtbot.waitSignal(controller.progress.recorded, timeout=10_000):
        controller.window.back_to_lesson()  # leaving saves at once  # type: ignore[union-attr]
    assert controller.progress.view.state(PACK_ID, CASE_ID) == "done"
    assert done_column(controller, "l3") == "100%"

    controller.shutdown()
    with Store.open(app_dir) as store:
        ana = find_learner(store, "Ana")
        assert ana is not None
        case = case_item(store)
        assert item_done(case, item_state(store, ana.id, PACK_ID, CASE_ID))
        assert latest_answers(store, ana.id, PACK_ID, case).current == {
            0: "Member services", 1: "Members, exports, projects",
            2: "Small-firm working group"}


def test_steady_typing_with_no_pause_is_saved_all_the_same(
        qtbot, launch: Launch, app_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Shorter waits than the app's, the same rule: the pause never comes, the deadline does.
    monkeypatch.setattr(case_study_view, "SAVE_DELAY_MS", 400)
    monkeypatch.setattr(case_study_view, "SAVE_AT_LEAST_MS", 1000)
    controller = launch(learner="Ana")
    view = open_case(qtbot, controller)
    typed = "Member services and more"
    # Each stored save, with what the box held when it was stored ("saved" would only come
    # once nothing is left to save, which a key every 100 ms may never allow).
    stored: list[str] = []
    view.recorded.connect(lambda *_: stored.append(view.answers[0].toPlainText()))
    for letter in typed:  # a key every 100 ms: never a 400 ms pause
        qtbot.keyClicks(view.answers[0], letter)
        qtbot.wait(100)
    assert stored and len(stored[0]) < len(typed)  # stored while typing
    with qtbot.waitSignal(view.saved, timeout=10_000):
        pass  # the pause after the last key saves the rest
    with Store.open(app_dir, write=False) as store:
        ana = find_learner(store, "Ana")
        assert ana is not None
        assert latest_answers(store, ana.id, PACK_ID, case_item(store)).current[0] == typed


def _responses(app_dir: Path) -> list[str]:
    """The answers recorded as statements so far, in stored order."""
    with Store.open(app_dir, write=False) as store:
        return [row[0] for row in store.db.execute(
            "SELECT json_extract(body, '$.result.response') FROM statements WHERE verb = ? "
            "ORDER BY rowid", [VERBS["responded"]]).fetchall()]


def test_writing_records_answers_not_every_save(
        qtbot, launch: Launch, app_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(case_study_view, "SAVE_DELAY_MS", 200)
    controller = launch(learner="Ana")
    view = open_case(qtbot, controller)
    for word in ("Member", "services", "and", "exports"):  # four pauses, four saves
        with qtbot.waitSignal(view.saved, timeout=10_000):
            qtbot.keyClicks(view.answers[0], word + " ")
    # The first answer at once (it may finish the case study); the rest kept as a draft.
    assert _responses(app_dir) == ["Member "]

    monkeypatch.setattr(case_study_view, "RECORD_EVERY_S", 0.0)  # minutes of writing later
    with qtbot.waitSignal(view.recorded, timeout=10_000):
        qtbot.keyClicks(view.answers[0], "first")
    assert _responses(app_dir) == ["Member ", "Member services and exports first"]

    monkeypatch.setattr(case_study_view, "RECORD_EVERY_S", 3600.0)
    with qtbot.waitSignal(view.saved, timeout=10_000):
        qtbot.keyClicks(view.answers[0], "!")
    assert len(_responses(app_dir)) == 2
    assert view.status.text() == "Saved"
    with qtbot.waitSignal(view.recorded, timeout=10_000):
        controller.window.back_to_lesson()  # type: ignore[union-attr]
    assert _responses(app_dir)[2:] == ["Member services and exports first!"]


def test_esc_in_an_answer_stays_and_from_the_text_goes_back_to_the_lesson(
        qtbot, launch: Launch) -> None:
    controller = launch(learner="Ana")
    view = open_case(qtbot, controller)
    window = controller.window
    assert window is not None
    view.answers[0].setFocus()
    qtbot.keyClicks(view.answers[0], "Member services")
    qtbot.keyClick(view.answers[0], Qt.Key.Key_Escape)  # typing: Esc is the field's
    assert window.pages.currentWidget() is window.item_page
    assert view.answers[0].toPlainText() == "Member services"
    view.text.setFocus()
    qtbot.keyClick(view.text, Qt.Key.Key_Escape)  # reading: back to the lesson
    assert window.pages.currentWidget() is window.lesson_page


def test_answers_come_back_after_a_restart(qtbot, launch: Launch) -> None:
    first = launch(learner="Ana")
    view = open_case(qtbot, first)
    view.answers[0].setPlainText("First thought")
    view.answers[0].setPlainText("Second thought")
    assert first.window is not None
    first.window.close()  # closing the app saves what is typed
    first.shutdown()

    view = open_case(qtbot, launch(learner="Ana"))
    assert [box.toPlainText() for box in view.answers] == ["Second thought", "", ""]
    assert view.status.text() == ""


def test_another_learner_sees_only_their_own_answers(qtbot, launch: Launch) -> None:
    controller = launch(learner="Ana")
    view = open_case(qtbot, controller)
    with qtbot.waitSignal(view.saved, timeout=10_000):
        view.answers[0].setPlainText("Ana's answer")
    session = controller.session
    with qtbot.waitSignal(view.answers_loaded, timeout=10_000):
        controller.worker.run(
            lambda store, _task: create_learner(store, "Ben", None), on_done=session.set_learner)
    assert [box.toPlainText() for box in view.answers] == ["", "", ""]


def case_item(store: Store) -> Item:
    """The case study as installed now."""
    manifest = get_installed(store, PACK_ID).manifest()
    return next(item for _m, _l, item in manifest.iter_items() if item.id == CASE_ID)


def test_after_an_update_answers_stay_with_their_prompts(qtbot, launch: Launch, app_dir: Path,
                                                         tmp_path: Path,
                                                         key: Ed25519PrivateKey) -> None:
    launch(learner="Ana").shutdown()  # the course is installed at the first start
    with Store.open(app_dir) as store:
        ana = find_learner(store, "Ana")
        assert ana is not None
        manifest = get_installed(store, PACK_ID).manifest()
        case = next(ItemRef(manifest, lesson, item) for _m, lesson, item
                    in manifest.iter_items() if item.id == CASE_ID)
        record_item_events(store, ana.id, manifest, [
            answer_statement(ana.id, case, index, text) for index, text
            in enumerate(("Member services", "Members, exports", "Working group"))])
        # Version 2 rewords the first prompt and swaps the other two.
        src = tmp_path / "course-src"
        source = json.loads((src / "manifest.json").read_text("utf-8"))
        source["version"] += 1
        source["modules"][0]["lessons"][-1]["items"][0]["questions"] = [
            {"en": "Which areas come first?"}, {"en": PROMPTS[2]}, {"en": PROMPTS[1]}]
        (src / "manifest.json").write_text(json.dumps(source), "utf-8")
        install_pack(store, packkit.build(src, tmp_path / "v2", key, folder=True))

    controller = launch(learner="Ana")
    view = open_case(qtbot, controller)
    assert [box.toPlainText() for box in view.answers] == ["", "Working group",
                                                          "Members, exports"]
    assert [label.isVisibleTo(view) for label in view.earlier] == [True, False, False]
    assert view.earlier[0].text() == (
        "Your answer to an earlier version of this question: Member services")
    assert controller.progress is not None
    assert controller.progress.view.state(PACK_ID, CASE_ID) == "started"
    assert done_column(controller, CASE_ID) == "0%"

    progress = controller.progress
    view.answers[0].setPlainText("Services first")
    view.save_now()
    qtbot.waitUntil(lambda: progress.view.state(PACK_ID, CASE_ID) == "done", timeout=10_000)
    assert done_column(controller, "l3") == "100%"
