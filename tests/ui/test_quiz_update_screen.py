"""The quiz screen after a pack update changed the quiz under the learner's attempts: resuming
asks again only what changed, a finished attempt's review says which answers were to an
earlier version, and a lowered attempt limit is worded as such."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.packs.blobstore import BlobStore
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import get_installed
from c4s_desktop.core.packs.pack_files import PackFiles
from c4s_desktop.core.quiz.attempts import (
    answer_question,
    finish_attempt,
    open_quiz,
    start_attempt,
)
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.quiz.quiz_view import QuizView
from tests import packkit
from tests.jsonedit import drop
from tests.quiz_keys import answer
from tests.ui.conftest import PACK_ID, Launch
from tests.unit.conftest import ref

QUIZ_ITEM = "l1-quiz"
QUIZ: dict[str, Any] = {
    "shuffle": False,
    "questions": [
        {"id": "q1", "type": "single", "prompt": {"en": "Pick b"}, "answer": "b",
         "choices": [{"id": k, "text": {"en": k.upper()}} for k in "abc"]},
        {"id": "q2", "type": "true_false", "prompt": {"en": "True?"}, "answer": True},
        {"id": "q3", "type": "true_false", "prompt": {"en": "False?"}, "answer": False},
    ],
}
CHANGED = "This question changed after you answered it"
Edit = Callable[[dict[str, Any]], None]
DROP_C = drop("questions", 0, "choices", 2)
"""The update of most tests here: question q1 loses choice c."""


def add_hungarian(quiz: dict[str, Any]) -> None:
    """The update that only translates: every prompt and choice gets a Hungarian text."""
    for question in quiz["questions"]:
        for text in [question["prompt"], *(c["text"] for c in question.get("choices", ()))]:
            text["hu"] = "HU " + text["en"]


def install(store: Store, tmp_path: Path, key: Ed25519PrivateKey, version: int,
            max_attempts: int, update: Edit = DROP_C) -> None:
    """Version 1 has ``QUIZ``; later ones have it changed by ``update``."""
    manifest = packkit.source_manifest(version=version)
    item = manifest["modules"][0]["lessons"][0]["items"][3]
    item.update(max_attempts=max_attempts, feedback="end")
    quiz = copy.deepcopy(QUIZ)
    if version > 1:
        update(quiz)
    src = packkit.write_source(tmp_path / f"src{version}", manifest)
    (src / "l1" / "quiz.json").write_text(json.dumps(quiz), "utf-8")
    install_pack(store, packkit.build(src, tmp_path / f"pack{version}", key, folder=True))


def take_in_v1(store: Store, attempts: int, finish: bool) -> None:
    """Ana's ``attempts`` at version 1's quiz, each choosing c and answering q2."""
    installed = get_installed(store, PACK_ID)
    assert installed is not None
    manifest = installed.manifest()
    files = PackFiles(manifest, BlobStore(store.data_dir))
    taker, _record = open_quiz(store, files, create_learner(store, "Ana").id,
                               ref(manifest, QUIZ_ITEM), "en")
    for _ in range(attempts):
        attempt = start_attempt(store, taker)[0].current
        assert attempt is not None
        answer_question(store, taker, attempt.registration, attempt.number, "q1", "c")
        answer_question(store, taker, attempt.registration, attempt.number, "q2", True)
        if finish:
            finish_attempt(store, taker, attempt.registration)


def updated(app_dir: Path, tmp_path: Path, key: Ed25519PrivateKey, attempts: int,
            finish: bool, limits: tuple[int, int], update: Edit = DROP_C) -> None:
    """Ana's attempts in version 1 (max_attempts ``limits[0]``), then version 2 installed."""
    with Store.open(app_dir) as store:
        install(store, tmp_path, key, 1, limits[0])
        take_in_v1(store, attempts, finish)
        install(store, tmp_path, key, 2, limits[1], update)


def open_quiz_view(qtbot, launch: Launch) -> QuizView:
    controller = launch(learner="Ana")
    window = controller.window
    assert window is not None
    window.show()
    window.activateWindow()
    assert window.open_item(PACK_ID, QUIZ_ITEM)
    view = window.item_page.quiz_view
    qtbot.waitUntil(lambda: view.currentWidget() is view.overview)
    return view


def test_resuming_asks_again_only_the_changed_question_and_the_last_attempt_ends(
        qtbot, launch: Launch, app_dir: Path, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    updated(app_dir, tmp_path, key, attempts=1, finish=False, limits=(1, 1))
    view = open_quiz_view(qtbot, launch)
    overview = view.overview
    assert overview.resume_button.text() == "Resume attempt 1 (1 of 3 answered)"
    overview.resume_button.click()
    qtbot.waitUntil(lambda: view.currentWidget() is view.question_page)
    page = view.question_page
    assert page.progress.text() == "Question 1 of 3"
    assert page.notice.isVisible() and page.notice.text().startswith(CHANGED)
    with qtbot.waitSignal(view.answer_confirmed, timeout=10_000):
        answer(view, right=True)
    # q2's answer still fits: the next question is q3, without the notice.
    qtbot.waitUntil(lambda: page.progress.text() == "Question 3 of 3")
    assert not page.notice.isVisible()
    with qtbot.waitSignal(view.results_shown, timeout=10_000):
        answer(view, right=True)
    assert view.results.verdict.text() == "Passed"
    assert "3 of 3 points" in view.results.score.text()


def test_resuming_after_an_update_that_only_adds_a_language_keeps_every_answer(
        qtbot, launch: Launch, app_dir: Path, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    updated(app_dir, tmp_path, key, attempts=1, finish=False, limits=(1, 1),
            update=add_hungarian)
    view = open_quiz_view(qtbot, launch)
    assert view.overview.resume_button.text() == "Resume attempt 1 (2 of 3 answered)"
    view.overview.resume_button.click()
    qtbot.waitUntil(lambda: view.currentWidget() is view.question_page)
    page = view.question_page
    assert page.progress.text() == "Question 3 of 3" and not page.notice.isVisible()
    with qtbot.waitSignal(view.results_shown, timeout=10_000):
        answer(view, right=True)
    # q1's c (wrong) and q2 (right) count as answered in version 1.
    assert "2 of 3 points" in view.results.score.text()


def test_a_lowered_limit_and_the_review_of_an_answer_to_an_earlier_version(
        qtbot, launch: Launch, app_dir: Path, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    updated(app_dir, tmp_path, key, attempts=3, finish=True, limits=(3, 2))
    view = open_quiz_view(qtbot, launch)
    overview = view.overview
    facts = overview.facts.text()
    assert "used (the limit is now 2)" in facts and "3 attempt" in facts
    assert "of 2" not in facts
    assert not overview.start_button.isVisible()
    assert "You have used all your attempts." in overview.standing.text()

    overview.history.setFocus()
    QTest.keyClick(overview.history, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentWidget() is view.results)
    review = view.results.review.toPlainText()
    assert "Question 1\nPick b\nYour answer: given to an earlier version of this question" \
        in review
    assert "Question 2 (Right)" in review and review.count("(Not right)") == 1
