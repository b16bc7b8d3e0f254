"""An unfinished quiz attempt across a pack update that touches the quiz's languages: an answer
stays valid while the texts the learner read (in the language the question was shown in) are
unchanged, and counts as not given once they change."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.quiz.attempts import answer_question, finish_attempt, resume_attempt
from c4s_desktop.core.quiz.model import Question
from c4s_desktop.core.quiz.question_version import (
    all_languages_version,
    question_version,
    same_version,
)
from c4s_desktop.core.quiz.schema import parse_quiz
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import EXT_QUESTION_VERSION, VERBS
from tests.jsonedit import drop, put
from tests.unit.test_quiz_update import (
    QUIZ,
    V1_ANSWERS,
    Edit,
    edited,
    install,
    started_in_v1,
    taker,
)


def translated(lang: str) -> Edit:
    """An edit that gives every text of every question a ``lang`` text."""
    def texts(question: dict[str, Any]) -> list[dict[str, str]]:
        found = [question["prompt"], *(c["text"] for c in question.get("choices", ()))]
        found += [text for pair in question.get("pairs", ()) for text in pair.values()]
        return found + list(question.get("items", ()))

    def mutate(quiz: dict[str, Any]) -> None:
        for question in quiz["questions"]:
            for text in texts(question):
                text[lang] = f"{lang.upper()} {text['en']}"

    return mutate


def edits(*steps: Edit) -> Edit:
    """One edit made of ``steps``, in order."""
    def mutate(quiz: dict[str, Any]) -> None:
        for step in steps:
            step(quiz)

    return mutate


def changed(quiz: dict[str, Any], edit: Edit) -> dict[str, Any]:
    """A copy of ``quiz`` with ``edit`` made."""
    copied = copy.deepcopy(quiz)
    edit(copied)
    return copied


BILINGUAL = edited(translated("fr"))
"""Version 1 of the quiz with every text in English and French."""


def answered_versions(store: Store) -> list[str]:
    rows = store.db.execute(
        "SELECT json_extract(body, ?) FROM statements WHERE verb = ?",
        [f'$.context.extensions."{EXT_QUESTION_VERSION}"', VERBS["answered"]]).fetchall()
    return [row[0] for row in rows]


@pytest.mark.parametrize(("quiz", "language", "shown"), [
    (QUIZ, "en", "en"), (BILINGUAL, "fr", "fr"),
    (QUIZ, "fr", "en"),  # no French text: shown in the pack's default language
    (BILINGUAL, "fr-CA", "fr"),  # the same primary language serves, as on screen
])
def test_an_answer_records_the_language_its_question_was_shown_in(
        store: Store, tmp_path: Path, key: Ed25519PrivateKey, quiz: dict[str, Any],
        language: str, shown: str) -> None:
    started_in_v1(store, tmp_path, key, V1_ANSWERS, quiz, language)
    versions = answered_versions(store)
    assert len(versions) == len(V1_ANSWERS)
    assert all(re.fullmatch(f"{shown}:[0-9a-f]{{16}}", version) for version in versions)


@pytest.mark.parametrize("lang", ["fr", "hu"])
def test_a_translation_added_to_every_question_keeps_the_answers(
        store: Store, tmp_path: Path, key: Ed25519PrivateKey, lang: str) -> None:
    learner_id, registration = started_in_v1(store, tmp_path, key, V1_ANSWERS)
    languages = tuple(dict.fromkeys(("en", "fr", lang)))  # the pack now lists ``lang``
    install(store, tmp_path, key, 2, edited(translated(lang)), languages)
    t = taker(store, learner_id)
    attempt = resume_attempt(store, t, registration).current
    assert attempt is not None and attempt.registration == registration
    assert attempt.answers == V1_ANSWERS and not attempt.outdated
    with pytest.raises(InputError) as twice:
        answer_question(store, t, registration, 1, "q2", True)
    assert twice.value.code == "quiz.already_answered"
    finished = finish_attempt(store, t, registration)
    assert finished.attempt.answers == V1_ANSWERS
    assert finished.attempt.score == 1.0 and finished.attempt.max_score == 3.0  # q2 right


def test_an_answer_in_a_fallback_language_is_kept_when_its_translation_arrives(
        store: Store, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    # Ana reads French; version 1 has English only, so she read and answered in English.
    # Version 2 adds French: the English she read is unchanged, so her answers stand (she now
    # sees the questions, and reviews them, in French).
    learner_id, registration = started_in_v1(store, tmp_path, key, V1_ANSWERS, language="fr")
    install(store, tmp_path, key, 2, edited(translated("fr")))
    t = taker(store, learner_id, "fr")
    attempt = resume_attempt(store, t, registration).current
    assert attempt is not None and attempt.answers == V1_ANSWERS and not attempt.outdated
    finished = finish_attempt(store, t, registration)
    assert finished.attempt.score == 1.0 and finished.attempt.max_score == 3.0


# (version 1, the learner's language, the update, the questions it changes for them)
UPDATES: dict[str, tuple[dict[str, Any], str, Edit, set[str]]] = {
    "French added and the English prompt edited": (
        QUIZ, "en", edits(translated("fr"), put("questions", 1, "prompt", "en", value="False?")),
        {"q2"}),
    "the French prompt edited, answered in French": (
        BILINGUAL, "fr", put("questions", 1, "prompt", "fr", value="Faux ?"), {"q2"}),
    "the French prompt edited, answered in English": (
        BILINGUAL, "en", put("questions", 1, "prompt", "fr", value="Faux ?"), set()),
    "the English texts edited, answered in French": (
        BILINGUAL, "fr", edits(put("questions", 1, "prompt", "en", value="False?"),
                               put("questions", 2, "items", 0, "en", value="E0")), set()),
    "French taken out of a question answered in French": (
        BILINGUAL, "fr", drop("questions", 1, "prompt", "fr"), {"q2"}),
    "a French item edited, answered in French": (
        BILINGUAL, "fr", put("questions", 2, "items", 1, "fr", value="Autre"), {"q3"}),
    "the choices reordered, answered in French": (
        BILINGUAL, "fr", lambda q: q["questions"][0]["choices"].reverse(), {"q1"}),
    # A choice without French was read in English by a French reader: it counts in full.
    "a choice read by fallback edited": (
        edited(translated("fr"), drop("questions", 0, "choices", 0, "text", "fr")), "fr",
        put("questions", 0, "choices", 0, "text", "en", value="Z"), {"q1"}),
}


@pytest.mark.parametrize("update", UPDATES)
def test_only_a_change_to_what_the_learner_read_asks_again(
        store: Store, tmp_path: Path, key: Ed25519PrivateKey, update: str) -> None:
    quiz, language, edit, outdated = UPDATES[update]
    learner_id, registration = started_in_v1(store, tmp_path, key, V1_ANSWERS, quiz, language)
    install(store, tmp_path, key, 2, changed(quiz, edit))
    attempt = taker(store, learner_id, language).record_of(store).current
    assert attempt is not None and attempt.registration == registration
    assert set(attempt.answers) == set(V1_ANSWERS) - outdated
    assert attempt.outdated == outdated


@pytest.mark.parametrize(("edit", "kept"), [
    (edits(), {"q1", "q2", "q3"}),
    (put("questions", 1, "prompt", "en", value="False?"), {"q1", "q3"}),
    # The old form covers every language: a translation added still changes it.
    (translated("fr"), set()),
])
def test_answers_recorded_with_all_language_versions_keep_their_meaning(
        store: Store, tmp_path: Path, key: Ed25519PrivateKey, edit: Edit,
        kept: set[str]) -> None:
    learner_id, _registration = started_in_v1(store, tmp_path, key, V1_ANSWERS)
    questions = parse_quiz(json.dumps(QUIZ).encode(), "quiz.json").questions
    for question in questions:
        store.db.execute(
            "UPDATE statements SET body = json_set(body, ?, ?) WHERE verb = ? "
            "AND json_extract(body, '$.object.id') LIKE ?",
            [f'$.context.extensions."{EXT_QUESTION_VERSION}"', all_languages_version(question),
             VERBS["answered"], f"%/{question.id}"])
    assert sorted(answered_versions(store)) == sorted(
        all_languages_version(question) for question in questions)
    install(store, tmp_path, key, 2, edited(edit))
    attempt = taker(store, learner_id).record_of(store).current
    assert attempt is not None and set(attempt.answers) == kept
    assert attempt.outdated == {"q1", "q2", "q3"} - kept


def test_the_all_language_version_is_what_earlier_versions_recorded() -> None:
    # Pinned from the app before versions named their language: changing how this is
    # computed would change the meaning of answers already recorded.
    questions = parse_quiz(json.dumps(QUIZ).encode(), "quiz.json").questions
    assert [all_languages_version(q) for q in questions] == [
        "fc648ef69bbee243", "e5f0a682b8121cfe", "bb04187ebefb9489"]


MATCHING: dict[str, Any] = {"shuffle": False, "questions": [
    {"id": "m", "type": "matching", "prompt": {"en": "Match"},
     "pairs": [{"left": {"en": "A"}, "right": {"en": "1"}},
               {"left": {"en": "B"}, "right": {"en": "2"}}]}]}


@pytest.mark.parametrize(("edit", "same"), [
    (translated("hu"), True),
    (put("questions", 0, "pairs", 1, "right", "en", value="3"), False),
    (put("questions", 0, "pairs", 0, "left", "fr", value="X"), True),
    (lambda q: q["questions"][0]["pairs"].reverse(), False),
    (lambda q: q["questions"][0]["pairs"].append({"left": {"en": "C"}, "right": {"en": "3"}}),
     False),
])
def test_a_matching_question_version_follows_its_pairs_in_the_language_read(
        edit: Edit, same: bool) -> None:
    def question(quiz: dict[str, Any]) -> Question:
        return parse_quiz(json.dumps(quiz).encode(), "quiz.json").questions[0]

    recorded = question_version(question(MATCHING), "en")
    assert same_version(question(changed(MATCHING, edit)), recorded) is same
