"""The class progress a trainer sees, from real statements recorded in a real store."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.learners import Learner, create_learner
from c4s_desktop.core.learners.trainers import set_trainer
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import list_installed
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress.class_report import ClassRow, class_report
from c4s_desktop.core.progress.item_events import completed, launched, record_item_events
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.progress.report import ReportCache, build_report
from c4s_desktop.core.progress.video_events import watched_statement
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import activity_iri, make_statement
from tests.unit.conftest import ref
from tests.unit.test_progress_report import (
    PACK,
    VIDEO_LENGTH,
    at,
    finished_at,
    learn_everything,
    quiz_end,
)

DEMO = "eu.cluster4smart.essentials"
DEMO_PACK = Path(__file__).resolve().parents[2] / "packs" / "demo" / f"{DEMO}.c4spack"
ANA_SPENT_S = 100 + 60 + 12 + 100 + 60 + 30
"""Ana's time in :func:`ana_session`, by the rule of core/progress/timeline.py."""
ANA_LAST = "2026-11-20T09:12:10.000Z"
"""Her last statement: 730 s after 09:00."""


def ana_session(store: Store, ana: Learner, manifest: Manifest) -> None:
    """Lesson 1 mostly done (text read, video watched, quiz passed at the second attempt; the
    sheet not opened), the lesson 2 quiz failed: nothing completes a lesson."""
    def send(*statements: dict[str, object]) -> None:
        record_item_events(store, ana.id, manifest, list(statements))

    quiz1, quiz2 = activity_iri(PACK, "l1-quiz"), activity_iri(PACK, "l2-quiz")
    send(at(launched(ana.id, ref(manifest, "l1-text")), 0),
         at(completed(ana.id, ref(manifest, "l1-text")), 100))           # 100 s reading
    send(at(launched(ana.id, ref(manifest, "l1-video")), 160))           # 60 s after that
    send(at(watched_statement(ana.id, PACK, "l1-video", 0, 12, VIDEO_LENGTH, "en"),
            200))                                                        # 12 s: 96 %, done
    send(at(make_statement(ana.id, "attempted", quiz1, "quiz", registration="a1"), 300),
         at(quiz_end(ana.id, "l1-quiz", 0.25, False, "a1"), 400))        # 100 s
    send(at(make_statement(ana.id, "attempted", quiz1, "quiz", registration="a2"), 500),
         at(quiz_end(ana.id, "l1-quiz", 1.0, True, "a2"), 560))          # 60 s
    send(at(make_statement(ana.id, "attempted", quiz2, "quiz", registration="b1"), 700),
         at(quiz_end(ana.id, "l2-quiz", 0.4, False, "b1"), 730))         # 30 s


def test_figures_of_a_learner_with_known_activity_and_one_without(
        store: Store, manifest: Manifest) -> None:
    ana, ben = create_learner(store, "Ana"), create_learner(store, "ben")
    ana_session(store, ana, manifest)
    report = class_report(store)
    assert [(c.pack_id, c.title["fr"], c.default_language) for c in report.courses] == [
        (PACK, "Paquet de test", "en")]
    assert report.rows == report.for_course(PACK) and report.for_course("other.pack") == ()
    row = report.rows[0]
    assert row.mean_score == pytest.approx(0.7)  # (1.0 + 0.4) / 2
    assert row.time_spent_s == pytest.approx(ANA_SPENT_S)
    assert (replace(row, mean_score=0.7, time_spent_s=ANA_SPENT_S), *report.rows[1:]) == (
        ClassRow(ana.id, "Ana", PACK, completion=3 / 8, items_done=3, items_total=8,
                 quizzes_passed=1, quizzes_total=2, mean_score=0.7,
                 time_spent_s=ANA_SPENT_S, last_active=ANA_LAST, completed_at=None),
        ClassRow(ben.id, "ben", PACK, completion=0.0, items_done=0, items_total=8,
                 quizzes_passed=0, quizzes_total=2, mean_score=None, time_spent_s=0.0,
                 last_active=None, completed_at=None),
    )


def test_trainers_are_left_out_and_every_course_has_every_learner(
        store: Store, manifest: Manifest) -> None:
    install_pack(store, DEMO_PACK)
    zoe = create_learner(store, "Zoë")
    create_learner(store, "ana")
    boss = create_learner(store, "Boss")
    learn_everything(store, boss, manifest)
    set_trainer(store, boss.id, True, "2468")
    learn_everything(store, zoe, manifest)
    report = class_report(store)
    assert [c.pack_id for c in report.courses] == [DEMO, PACK]  # library order
    assert [(r.pack_id, r.learner_name) for r in report.rows] == [
        (DEMO, "ana"), (DEMO, "Zoë"), (PACK, "ana"), (PACK, "Zoë")]
    demo_zoe, test_zoe = report.rows[1], report.rows[3]
    assert demo_zoe.completion == 0 and demo_zoe.last_active is None
    assert demo_zoe.items_total > 8 and demo_zoe.quizzes_total > 0
    assert test_zoe.completion == 1.0 and test_zoe.quizzes_passed == 2
    assert test_zoe.completed_at == finished_at(store, zoe.id, "l2-quiz")  # the last item done
    # Only the courses asked for.
    only = class_report(store, [manifest])
    assert [c.pack_id for c in only.courses] == [PACK] and only.rows == report.rows[2:]


def test_a_quiz_is_passed_by_its_verb_or_by_reaching_the_pass_score(
        store: Store, manifest: Manifest) -> None:
    ana = create_learner(store, "Ana")
    quiz = activity_iri(PACK, "l2-quiz")
    record(store, [
        # A pass score lowered by a course update (to 0.5): this attempt now reaches it.
        at(quiz_end(ana.id, "l1-quiz", 0.5, False, "old"), 0),
        # Another LRS recorded a pass without a score.
        at(make_statement(ana.id, "passed", quiz, "quiz", registration="x"), 60),
    ])
    row = class_report(store).rows[0]
    assert (row.quizzes_passed, row.quizzes_total) == (2, 2)
    assert row.mean_score == 0.5  # the quiz without a score is not in the mean


def test_last_active_is_the_newest_by_time_whatever_the_time_zone(
        store: Store, manifest: Manifest) -> None:
    ana = create_learner(store, "Ana")
    text = ref(manifest, "l1-text")
    later_in_utc = at(launched(ana.id, text), 1800)           # 09:30 UTC
    earlier = launched(ana.id, text)
    earlier["timestamp"] = "2026-11-20T11:00:00.000+02:00"    # 09:00 UTC, but sorts last
    record(store, [later_in_utc, earlier])
    assert class_report(store).rows[0].last_active == "2026-11-20T09:30:00.000Z"


def test_a_few_queries_per_learner(store: Store, manifest: Manifest) -> None:
    def queries() -> int:
        seen: list[str] = []
        store.conn.set_trace_callback(seen.append)
        try:
            class_report(store, [manifest])
        finally:
            store.conn.set_trace_callback(None)
        return len(seen)

    for n in range(3):
        learn_everything(store, create_learner(store, f"L{n}"), manifest)
    three = queries()
    for n in range(3, 6):
        learn_everything(store, create_learner(store, f"L{n}"), manifest)
    # Per new learner: item states, the kept time line (none yet), the statements, the last
    # of them, the kind of the item no installed course has (learn_everything's case study),
    # last activity, quiz attempts, the course completed, and keeping the time line. The
    # three learners already there cost one query more (their kept time line's count) and
    # three less (no new statement to find the last of, item to ask about or line to keep).
    assert queries() - three <= 3 * 9


def test_a_store_with_no_courses_or_no_learners(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        assert class_report(store).courses == () and class_report(store).rows == ()
        create_learner(store, "Ana")
        assert class_report(store).rows == ()


def test_an_untouched_course_is_worked_out_once_for_the_class_and_matches_a_learners_own(
        store: Store, manifest: Manifest) -> None:
    install_pack(store, DEMO_PACK)
    ana, ben = create_learner(store, "Ana"), create_learner(store, "Ben")
    ana_session(store, ana, manifest)
    manifests = [pack.manifest() for pack in list_installed(store)]
    shared = ReportCache(manifests)
    ana_report = build_report(store, ana, manifests, shared)
    ben_report = build_report(store, ben, manifests, shared)
    # Ana touched the test pack only: her demo course is the one Ben has, made once.
    assert {c.pack_id for c in ana_report.courses} == {PACK, DEMO}
    ana_demo = next(c for c in ana_report.courses if c.pack_id == DEMO)
    assert next(c for c in ben_report.courses if c.pack_id == DEMO) is ana_demo
    assert ana_report == build_report(store, ana, manifests)
    assert ben_report == build_report(store, ben, manifests)


def test_progress_is_told_by_learner_and_a_cancel_stops_between_learners(
        store: Store, manifest: Manifest) -> None:
    for name in ("Ana", "Ben", "Cleo"):
        create_learner(store, name)
    boss = create_learner(store, "Boss")
    set_trainer(store, boss.id, True, "2468")  # not in the report, so not counted
    heard: list[tuple[int, int]] = []
    report = class_report(store, progress=lambda done, total: heard.append((done, total)))
    assert heard == [(0, 3), (1, 3), (2, 3), (3, 3)] and len(report.rows) == 3

    heard.clear()
    with pytest.raises(CancelledError) as info:
        class_report(store, progress=lambda done, total: heard.append((done, total)),
                     cancelled=lambda: len(heard) == 2)
    assert info.value.code == "op.cancelled"
    assert heard == [(0, 3), (1, 3)]  # the second learner was never worked out
