"""A course update lowers a quiz's pass mark under a learner's best score: the quiz page, the
tree and the lesson page all read it as passed, as the trainer's class progress does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.learners import find_learner
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import get_installed
from c4s_desktop.core.progress.item_events import ItemRef
from c4s_desktop.core.quiz.attempts import (
    QuizTaker,
    answer_question,
    finish_attempt,
    start_attempt,
)
from c4s_desktop.core.quiz.schema import parse_quiz
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.library_model import Column
from tests import packkit
from tests.ui.conftest import PACK_ID, Launch, write_course_source

QUIZ_ID = "l1-quiz"


def set_pass_score(src: Path, score: float) -> None:
    manifest = json.loads((src / "manifest.json").read_text("utf-8"))
    manifest["version"] += 1
    manifest["modules"][0]["lessons"][0]["items"][3]["pass_score"] = score
    (src / "manifest.json").write_text(json.dumps(manifest), "utf-8")


@pytest.fixture
def demo_dir(tmp_path: Path, key: Ed25519PrivateKey, qapp: object) -> Path:
    """The UI tests' course, its first quiz passed at 75 %."""
    src = write_course_source(tmp_path / "course-src")
    set_pass_score(src, 0.75)
    out = tmp_path / "demo"
    out.mkdir()
    packkit.build(src, out / f"{PACK_ID}.c4spack", key)
    return out


def fail_at_half(store: Store, learner_id: str) -> None:
    """One finished attempt: q1 right, q2 wrong (50 %, not passed at 75 %)."""
    manifest = get_installed(store, PACK_ID).manifest()
    ref = next(ItemRef(manifest, lesson, item) for _m, lesson, item in manifest.iter_items()
               if item.id == QUIZ_ID)
    taker = QuizTaker(learner_id, ref, parse_quiz(json.dumps(packkit.QUIZ).encode(), "q"), "en")
    record, _states = start_attempt(store, taker)
    assert record.current is not None
    registration, number = record.current.registration, record.current.number
    answer_question(store, taker, registration, number, "q1", "b")
    answer_question(store, taker, registration, number, "q2", False)
    assert finish_attempt(store, taker, registration).attempt.passed is False


def test_a_best_score_that_reaches_the_lowered_pass_mark_reads_passed(
        qtbot, launch: Launch, app_dir: Path, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    launch(learner="Ana").shutdown()  # the course is installed at the first start
    with Store.open(app_dir) as store:
        ana = find_learner(store, "Ana")
        assert ana is not None
        fail_at_half(store, ana.id)
        src = tmp_path / "course-src"
        set_pass_score(src, 0.5)
        install_pack(store, packkit.build(src, tmp_path / "v2", key, folder=True))

    controller = launch(learner="Ana")
    window = controller.window
    assert window is not None and controller.progress is not None
    assert controller.progress.view.state(PACK_ID, QUIZ_ID) == "done"
    tree = window.model.find(PACK_ID, QUIZ_ID).siblingAtColumn(Column.COMPLETION).data()
    assert tree == "100%"
    assert window.open_item(PACK_ID, QUIZ_ID)
    view = window.item_page.quiz_view
    qtbot.waitUntil(lambda: view.currentWidget() is view.overview)
    assert "pass mark 50%" in view.overview.facts.text()
    assert view.overview.standing.text().startswith("You passed this quiz. Your best score: 50%.")
    # The attempt itself was not passed when it was made, and stays so.
    assert view.overview.history.topLevelItem(0).text(3) == "Not passed"
