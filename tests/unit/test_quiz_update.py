"""An unfinished quiz attempt across a pack update that changes the quiz under it: answers that
no longer answer the installed question count as not given, and the attempt can always end."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.packs.blobstore import BlobStore
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import get_installed
from c4s_desktop.core.packs.pack_files import PackFiles
from c4s_desktop.core.quiz.attempts import (
    QuizTaker,
    answer_question,
    finish_attempt,
    open_quiz,
    start_attempt,
)
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import EXT_QUESTION_VERSION, VERBS
from tests import packkit
from tests.jsonedit import drop, put
from tests.unit.conftest import ref

PACK = "org.example.test"
QUIZ_ITEM = "l1-quiz"
QUIZ: dict[str, Any] = {
    "shuffle": False,
    "questions": [
        {"id": "q1", "type": "single", "prompt": {"en": "Pick b"}, "answer": "b",
         "choices": [{"id": k, "text": {"en": k.upper()}} for k in "abc"]},
        {"id": "q2", "type": "true_false", "prompt": {"en": "True?"}, "answer": True},
        {"id": "q3", "type": "ordering", "prompt": {"en": "Order"},
         "items": [{"en": f"I{i}"} for i in range(3)]},
    ],
}
Edit = Callable[[dict[str, Any]], None]


def install(store: Store, tmp_path: Path, key: Ed25519PrivateKey, version: int,
            quiz: dict[str, Any], languages: tuple[str, ...] = ()) -> None:
    """Build and install ``version`` of the test pack with ``quiz`` and max_attempts 1; the
    pack's ``languages`` when given (else the kit's)."""
    manifest = packkit.source_manifest(version=version)
    if languages:
        manifest["languages"] = list(languages)
    put("modules", 0, "lessons", 0, "items", 3, "max_attempts", value=1)(manifest)
    src = packkit.write_source(tmp_path / f"src{version}", manifest)
    (src / "l1" / "quiz.json").write_text(json.dumps(quiz), "utf-8")
    install_pack(store, packkit.build(src, tmp_path / f"pack{version}", key, folder=True))


def taker(store: Store, learner_id: str, language: str = "en") -> QuizTaker:
    """The learner, reading ``language``, taking the installed version of the quiz."""
    installed = get_installed(store, PACK)
    assert installed is not None
    manifest = installed.manifest()
    files = PackFiles(manifest, BlobStore(store.data_dir))
    return open_quiz(store, files, learner_id, ref(manifest, QUIZ_ITEM), language)[0]


def edited(*edits: Edit) -> dict[str, Any]:
    quiz = copy.deepcopy(QUIZ)
    for edit in edits:
        edit(quiz)
    return quiz


def started_in_v1(store: Store, tmp_path: Path, key: Ed25519PrivateKey,
                  answers: dict[str, object], quiz: dict[str, Any] | None = None,
                  language: str = "en") -> tuple[str, str]:
    """Ana's attempt in version 1 (``quiz``, else ``QUIZ``), answered while reading
    ``language`` with ``answers`` and left unfinished: (learner, attempt)."""
    install(store, tmp_path, key, 1, QUIZ if quiz is None else quiz)
    learner_id = create_learner(store, "Ana").id
    t = taker(store, learner_id, language)
    attempt = start_attempt(store, t)[0].current
    assert attempt is not None
    for question_id, response in answers.items():
        answer_question(store, t, attempt.registration, 1, question_id, response)
    return learner_id, attempt.registration


V1_ANSWERS: dict[str, object] = {"q1": "c", "q2": True, "q3": [2, 0, 1]}

CHANGES: dict[str, tuple[Edit, str, object]] = {
    # what the update changes: (the edit, the question it changes, a right answer to it now)
    "the chosen choice removed": (drop("questions", 0, "choices", 2), "q1", "b"),
    "true/false made single choice": (
        put("questions", 1, value={"id": "q2", "type": "single", "prompt": {"en": "True?"},
                                   "answer": "x",
                                   "choices": [{"id": k, "text": {"en": k}} for k in "xy"]}),
        "q2", "x"),
    "an ordering item added": (put("questions", 2, "items",
                                   value=[{"en": f"I{i}"} for i in range(4)]), "q3",
                               [0, 1, 2, 3]),
    "the chosen choice's text edited": (put("questions", 0, "choices", 2, "text",
                                            value={"en": "Something else"}), "q1", "b"),
    "the prompt edited": (put("questions", 1, "prompt", value={"en": "False?"}), "q2", True),
    "an item's text edited": (put("questions", 2, "items", 0, "en", value="E0"), "q3",
                              [0, 1, 2]),
}


@pytest.mark.parametrize("change", CHANGES)
def test_an_answer_to_a_changed_question_counts_as_not_given(
        store: Store, tmp_path: Path, key: Ed25519PrivateKey, change: str) -> None:
    learner_id, registration = started_in_v1(store, tmp_path, key, V1_ANSWERS)
    edit, changed, right = CHANGES[change]
    install(store, tmp_path, key, 2, edited(edit))
    t = taker(store, learner_id)
    attempt = t.record_of(store).current
    assert attempt is not None and attempt.registration == registration
    assert set(attempt.answers) == set(V1_ANSWERS) - {changed}
    assert attempt.outdated == {changed}

    # The question takes a new answer (not "already answered"), and the attempt ends.
    assert answer_question(store, t, registration, 1, changed, right).correct
    finished = finish_attempt(store, t, registration)
    assert finished.attempt.answers[changed] == right and not finished.attempt.outdated
    rows = store.db.execute("SELECT COUNT(*) FROM statements WHERE verb = ?",
                            [VERBS["answered"]]).fetchone()
    assert rows[0] == len(V1_ANSWERS) + 1  # the first answer's statement is kept


def test_the_last_allowed_attempt_ends_and_can_pass_after_the_update(
        store: Store, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    # The audit's lockout: max_attempts 1, the attempt's chosen choice removed. Finishing it
    # at once scores the changed question 0 instead of failing for good.
    learner_id, registration = started_in_v1(store, tmp_path, key, {"q1": "c", "q2": True})
    install(store, tmp_path, key, 2, edited(drop("questions", 0, "choices", 2)))
    t = taker(store, learner_id)
    finished = finish_attempt(store, t, registration)
    assert finished.attempt.score == 1.0 and finished.attempt.max_score == 3.0
    assert not finished.attempt.passed
    with pytest.raises(InputError) as closed:
        answer_question(store, t, registration, 1, "q1", "b")
    assert closed.value.code == "quiz.attempt_closed"


def test_an_answer_whose_question_kept_its_meaning_still_counts(
        store: Store, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    # A new answer key, points or explanation: the response still answers the question and
    # is scored by the new key.
    learner_id, registration = started_in_v1(store, tmp_path, key, V1_ANSWERS)
    install(store, tmp_path, key, 2, edited(put("questions", 0, "answer", value="c"),
                                            put("questions", 1, "points", value=3),
                                            put("questions", 2, "explanation",
                                                value={"en": "Why"})))
    t = taker(store, learner_id)
    attempt = t.record_of(store).current
    assert attempt is not None and attempt.answers == V1_ANSWERS and not attempt.outdated
    with pytest.raises(InputError) as twice:
        answer_question(store, t, registration, 1, "q1", "b")
    assert twice.value.code == "quiz.already_answered"
    finished = finish_attempt(store, t, registration)
    assert finished.attempt.score == 4.0 and finished.attempt.max_score == 5.0


@pytest.mark.parametrize(("edit", "kept"), [
    (put("questions", 1, "prompt", value={"en": "False?"}), {"q1", "q3"}),
    (put("questions", 0, "answer", value="c"), {"q1", "q2", "q3"}),
])
def test_answers_recorded_before_question_versions_compare_the_prompt(
        store: Store, tmp_path: Path, key: Ed25519PrivateKey, edit: Edit,
        kept: set[str]) -> None:
    # Statements of earlier app versions carry no question version: their stored prompt and
    # interaction type are compared instead.
    learner_id, _registration = started_in_v1(store, tmp_path, key, V1_ANSWERS)
    removed = store.db.execute(
        "UPDATE statements SET body = json_remove(body, ?) WHERE verb = ?",
        [f'$.context.extensions."{EXT_QUESTION_VERSION}"', VERBS["answered"]]).rowcount
    assert removed == len(V1_ANSWERS)
    install(store, tmp_path, key, 2, edited(edit))
    attempt = taker(store, learner_id).record_of(store).current
    assert attempt is not None and set(attempt.answers) == kept
