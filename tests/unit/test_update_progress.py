"""A course update changes content under a learner's progress: a case study's prompts, a video's
file, a quiz's pass mark. Progress is judged against the course as installed now, and every
screen (tree, report, class report) judges it the same way. Real packs, real installs."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import get_installed
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress.case_study import CaseAnswers, answer_statement, latest_answers
from c4s_desktop.core.progress.class_report import class_report
from c4s_desktop.core.progress.completion_date import item_done_moments
from c4s_desktop.core.progress.derive import ItemState
from c4s_desktop.core.progress.item_events import record_item_events
from c4s_desktop.core.progress.log import item_states, rebuild, record
from c4s_desktop.core.progress.report import build_report
from c4s_desktop.core.progress.resume import load_position, save_position
from c4s_desktop.core.progress.summary import completion, item_done, next_item
from c4s_desktop.core.progress.video_events import watched_statement
from c4s_desktop.core.quiz.attempts import (
    QuizTaker,
    answer_question,
    finish_attempt,
    start_attempt,
)
from c4s_desktop.core.quiz.schema import parse_quiz
from c4s_desktop.core.search.query import search
from c4s_desktop.core.store.database import Store
from tests import packkit
from tests.unit.conftest import ref

PACK = "org.example.test"
Edit = Callable[[dict[str, Any]], None]


class Course:
    """The test pack's source, installed once and then updated by editing its manifest."""

    def __init__(self, store: Store, tmp_path: Path, key: Ed25519PrivateKey,
                 first: Edit) -> None:
        self.store, self.tmp_path, self.key = store, tmp_path, key
        self.source = packkit.source_manifest()
        self.source["modules"][0]["lessons"][0]["items"].append(
            {"id": "case", "type": "case_study", "title": {"en": "Case"}, "file": "l1/case.md",
             "questions": [{"en": "A?"}, {"en": "B?"}, {"en": "C?"}]})
        first(self.source)
        self.src = packkit.write_source(tmp_path / "src", self.source)
        (self.src / "l1" / "case.md").write_text("# Case\n", "utf-8")
        self.manifest = self._install()

    def update(self, edit: Edit) -> Manifest:
        """Install the next version, ``edit`` made to its manifest (files kept unless the
        edit's caller rewrites them in ``self.src``)."""
        self.source["version"] += 1
        edit(self.source)
        (self.src / "manifest.json").write_text(json.dumps(self.source), "utf-8")
        self.manifest = self._install()
        return self.manifest

    def item(self, item_id: str) -> dict[str, Any]:
        """The source manifest's item ``item_id``, to edit before :meth:`update`."""
        return item_of(self.source, item_id)

    def _install(self) -> Manifest:
        out = self.tmp_path / f"v{self.source['version']}"
        install_pack(self.store, packkit.build(self.src, out, self.key, folder=True))
        return get_installed(self.store, PACK).manifest()


def item_of(source: dict[str, Any], item_id: str) -> dict[str, Any]:
    return next(i for i in source["modules"][0]["lessons"][0]["items"] if i["id"] == item_id)


def unchanged(_source: dict[str, Any]) -> None:
    """No edit."""


@pytest.fixture
def course(store: Store, tmp_path: Path, key: Ed25519PrivateKey) -> Course:
    return Course(store, tmp_path, key, unchanged)


def states(store: Store, learner: str) -> dict[str, ItemState]:
    return item_states(store, learner, PACK)


# --- M3: a case study's prompts change ---------------------------------------------------


def answer(store: Store, course: Course, learner: str, index: int, text: str) -> None:
    record_item_events(store, learner, course.manifest,
                       [answer_statement(learner, ref(course.manifest, "case"), index, text)])


def test_answers_follow_their_prompt_when_an_update_drops_one(store: Store,
                                                             course: Course) -> None:
    ana = create_learner(store, "Ana").id
    answer(store, course, ana, 0, "to A")
    answer(store, course, ana, 1, "to B")
    manifest = course.update(lambda m: course.item("case").update(
        questions=[{"en": "B?"}, {"en": "C?"}]))
    case = ref(manifest, "case").item

    assert latest_answers(store, ana, PACK, case) == CaseAnswers({0: "to B"}, {})
    # Two prompts now, two answers saved: but only B's is to a current prompt.
    assert not item_done(case, states(store, ana)["case"])
    assert completion(manifest, states(store, ana))["case"] == 0.0

    answer(store, course, ana, 1, "to C")
    assert latest_answers(store, ana, PACK, case) == CaseAnswers({0: "to B", 1: "to C"}, {})
    assert completion(manifest, states(store, ana))["case"] == 1.0
    rebuild(store)  # the statements alone say the same
    assert completion(manifest, states(store, ana))["case"] == 1.0


def test_an_answer_to_a_reworded_prompt_is_shown_apart_and_does_not_count(
        store: Store, course: Course) -> None:
    ana = create_learner(store, "Ana").id
    for index, text in enumerate(("to A", "to B", "to C")):
        answer(store, course, ana, index, text)
    assert completion(course.manifest, states(store, ana))["case"] == 1.0
    manifest = course.update(lambda m: course.item("case").update(
        questions=[{"en": "A, in your words?"}, {"en": "B?"}, {"en": "C?"}]))

    answers = latest_answers(store, ana, PACK, ref(manifest, "case").item)
    assert answers == CaseAnswers({1: "to B", 2: "to C"}, {0: "to A"})
    assert completion(manifest, states(store, ana))["case"] == 0.0
    assert next_item(manifest, states(store, ana)) == "l1-video"


def test_a_translation_added_by_an_update_keeps_the_answers(store: Store,
                                                           course: Course) -> None:
    ana = create_learner(store, "Ana").id
    for index, text in enumerate(("to A", "to B", "to C")):
        answer(store, course, ana, index, text)
    manifest = course.update(lambda m: course.item("case").update(
        questions=[{"en": "A?", "fr": "A ?"}, {"en": "B?", "fr": "B ?"}, {"en": "C?"}]))

    answers = latest_answers(store, ana, PACK, ref(manifest, "case").item)
    assert answers.current == {0: "to A", 1: "to B", 2: "to C"}
    assert completion(manifest, states(store, ana))["case"] == 1.0


def test_answers_saved_without_their_prompt_keep_their_place_while_the_count_holds(
        store: Store, course: Course) -> None:
    ana = create_learner(store, "Ana").id
    statements = [answer_statement(ana, ref(course.manifest, "case"), i, f"answer {i}")
                  for i in range(3)]
    for statement in statements:  # as another LRS may send them: no prompt texts
        del statement["object"]["definition"]["name"]
    record(store, statements, origin="server")
    case = ref(course.manifest, "case").item
    assert latest_answers(store, ana, PACK, case).current == {0: "answer 0", 1: "answer 1",
                                                              2: "answer 2"}
    assert completion(course.manifest, states(store, ana))["case"] == 1.0

    manifest = course.update(lambda m: course.item("case").update(
        questions=[{"en": "B?"}, {"en": "C?"}]))
    assert latest_answers(store, ana, PACK, ref(manifest, "case").item) == CaseAnswers()
    assert completion(manifest, states(store, ana))["case"] == 0.0


def test_a_state_stored_before_prompt_texts_and_video_files_were_kept_reads_back() -> None:
    detail = json.dumps({"watched": [[0, 10]], "length": 12.5, "prompts": [0, 1, 2],
                         "prompt_count": 3, "best_score": None, "attempts": []})
    state = ItemState.from_row(1, 1, detail)
    assert state.prompts == frozenset({0, 1, 2}) and state.prompt_count == 3
    assert state.answered == frozenset() and state.files == {}
    assert ItemState.from_row(1, 1, state.to_json()) == state


# --- L3: a video's file is replaced ------------------------------------------------------


def watch(store: Store, manifest: Manifest, learner: str, start: float, end: float,
          *, named: bool = True) -> None:
    item = ref(manifest, "l1-video").item
    sha = manifest.files["l1/video.mp4"].sha256 if named else None
    assert item.duration_s is not None
    record_item_events(store, learner, manifest, [watched_statement(
        learner, PACK, item.id, start, end, item.duration_s, "en", "l1", file_sha256=sha)])


def replace_video(course: Course, duration: float) -> Manifest:
    (course.src / "l1" / "video.mp4").write_bytes(b"another film" * 2000)
    return course.update(lambda m: course.item("l1-video").update(duration_s=duration))


@pytest.mark.parametrize("named", [True, False], ids=["file named", "made before"])
def test_a_replaced_video_counts_only_what_was_watched_of_its_new_file(
        store: Store, course: Course, named: bool) -> None:
    ana = create_learner(store, "Ana").id
    watch(store, course.manifest, ana, 0, 7.5, named=named)  # 60 % of 12.5 s
    assert completion(course.manifest, states(store, ana))["l1-video"] == pytest.approx(0.6)
    manifest = replace_video(course, 5.0)

    assert completion(manifest, states(store, ana))["l1-video"] == 0.0
    watch(store, manifest, ana, 0, 2.5)
    assert completion(manifest, states(store, ana))["l1-video"] == pytest.approx(0.5)
    watch(store, manifest, ana, 2.5, 4.6)
    assert completion(manifest, states(store, ana))["l1-video"] == 1.0


def test_a_video_done_before_its_file_was_replaced_stays_done(store: Store,
                                                              course: Course) -> None:
    ana = create_learner(store, "Ana").id
    watch(store, course.manifest, ana, 0, 12)
    manifest = replace_video(course, 5.0)
    assert completion(manifest, states(store, ana))["l1-video"] == 1.0


def test_a_resume_point_past_the_new_end_is_dropped(store: Store, course: Course) -> None:
    ana = create_learner(store, "Ana").id
    save_position(store, ana, PACK, "l1-video", 10.0)
    assert load_position(store, ana, PACK, "l1-video", 12.5) == 10.0
    manifest = replace_video(course, 5.0)
    assert load_position(store, ana, PACK, "l1-video",
                         ref(manifest, "l1-video").item.duration_s) is None


def test_new_subtitles_alone_keep_what_was_watched_and_are_searched(store: Store,
                                                                   course: Course) -> None:
    ana = create_learner(store, "Ana").id
    watch(store, course.manifest, ana, 0, 7.5)
    save_position(store, ana, PACK, "l1-video", 7.5)
    assert [h.item_id for h in search(store, "Hello", "en")] == ["l1-video"]
    (course.src / "l1" / "video.en.vtt").write_text(
        "WEBVTT\n\n00:00.000 --> 00:02.000\nWelcome to the cluster\n", "utf-8")
    (course.src / "l1" / "video.fr.vtt").write_text(
        "WEBVTT\n\n00:00.000 --> 00:02.000\nBienvenue dans le pôle\n", "utf-8")
    manifest = course.update(lambda m: course.item("l1-video")["subtitles"].update(
        fr="l1/video.fr.vtt"))

    assert completion(manifest, states(store, ana))["l1-video"] == pytest.approx(0.6)
    assert load_position(store, ana, PACK, "l1-video", 12.5) == 7.5
    assert search(store, "Hello", "en") == []
    assert [(h.item_id, h.start_s) for h in search(store, "pole", "fr")] == [("l1-video", 0.0)]


# --- M2: a quiz's pass mark is lowered ---------------------------------------------------


def fail_at_half(store: Store, manifest: Manifest, learner: str) -> None:
    """One finished attempt: q1 right, q2 wrong (50 %)."""
    quiz = parse_quiz(json.dumps(packkit.QUIZ).encode(), "l1/quiz.json")
    taker = QuizTaker(learner, ref(manifest, "l1-quiz"), quiz, "en")
    record_, _states = start_attempt(store, taker)
    assert record_.current is not None
    registration, number = record_.current.registration, record_.current.number
    answer_question(store, taker, registration, number, "q1", "b")
    answer_question(store, taker, registration, number, "q2", False)
    assert finish_attempt(store, taker, registration).attempt.passed is False


def test_a_lowered_pass_mark_passes_the_quiz_for_the_learner_and_the_trainer_alike(
        store: Store, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    course = Course(store, tmp_path, key,
                    lambda source: item_of(source, "l1-quiz").update(pass_score=0.75))
    manifest = course.manifest
    ana = create_learner(store, "Ana")
    fail_at_half(store, manifest, ana.id)
    assert completion(manifest, states(store, ana.id))["l1-quiz"] == 0.0

    manifest = course.update(lambda m: course.item("l1-quiz").update(pass_score=0.5))
    figures = completion(manifest, states(store, ana.id))
    assert figures["l1-quiz"] == 1.0 and figures["l1"] == 1 / 5
    report = build_report(store, ana, [manifest]).courses[0]
    assert report.modules[0].lessons[0].done == 1
    row = class_report(store, [manifest]).for_course(PACK)[0]
    assert (row.items_done, row.quizzes_passed) == (1, 1)


def test_a_quiz_passed_by_a_lowered_pass_mark_is_done_from_its_attempt_for_the_dates(
        store: Store, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    """Completion dates judge items as the screens do: the quiz counts from the attempt
    whose score the new pass mark reaches, not never (it has no ``passed`` statement)."""
    course = Course(store, tmp_path, key,
                    lambda source: item_of(source, "l1-quiz").update(pass_score=0.75))
    ana = create_learner(store, "Ana")
    fail_at_half(store, course.manifest, ana.id)
    assert "l1-quiz" not in item_done_moments(store, ana.id, course.manifest)
    manifest = course.update(lambda m: course.item("l1-quiz").update(pass_score=0.5))
    ended = store.conn.execute(
        "SELECT timestamp FROM statements WHERE learner_id = ? AND verb LIKE '%failed'",
        [ana.id]).fetchone()[0]
    assert item_done_moments(store, ana.id, manifest)["l1-quiz"] == ended
