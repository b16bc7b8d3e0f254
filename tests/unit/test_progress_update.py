"""A learner's progress across a course update: completion dates, the completions an update
causes, and time spent on items the update removed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.certificates.issue import issue_certificate
from c4s_desktop.core.learners import Learner, create_learner
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import get_installed
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress.class_report import class_report
from c4s_desktop.core.progress.item_events import (
    completed,
    exited,
    launched,
    record_item_events,
)
from c4s_desktop.core.progress.late_completions import record_late_completions
from c4s_desktop.core.progress.log import item_states, record
from c4s_desktop.core.progress.report import CourseProgress, build_report
from c4s_desktop.core.progress.video_events import watched_statement
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import activity_iri, make_statement
from c4s_desktop.core.xapi.vocabulary import VERBS
from tests import packkit
from tests.jsonedit import drop
from tests.unit.conftest import ref
from tests.unit.test_progress_report import PACK, VIDEO_LENGTH, at, finished_at, learn_everything

DAY = 86_400.0
L2_SHEET = ("modules", 0, "lessons", 1, "items", 2)
"""Where lesson 2's fact sheet sits in packkit's manifest."""
L1_VIDEO = ("modules", 0, "lessons", 0, "items", 0)


def install_version(store: Store, tmp_path: Path, key: Ed25519PrivateKey, version: int,
                    *edits: Callable[[dict[str, Any]], None], lessons: int = 2) -> Manifest:
    """Build version ``version`` of the test pack (packkit's, with ``edits``), install it
    over the one installed, and return its manifest."""
    source = packkit.source_manifest(version=version, lessons=lessons)
    for edit in edits:
        edit(source)
    src = packkit.write_source(tmp_path / f"v{version}-src", source, lessons=lessons)
    install_pack(store, packkit.build(src, tmp_path / f"v{version}", key, folder=True))
    return get_installed(store, PACK).manifest()


def course(store: Store, learner: Learner, manifest: Manifest) -> CourseProgress:
    return build_report(store, learner, [manifest]).courses[0]


def test_a_course_an_update_completes_keeps_one_date_however_late_it_is_asked(
        store: Store, manifest: Manifest, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    ben = create_learner(store, "Ben")
    learn_everything(store, ben, manifest, skip={"l2-sheet"})
    assert not course(store, ben, manifest).complete
    v2 = install_version(store, tmp_path, key, 2, drop(*L2_SHEET))
    done = course(store, ben, v2)
    # Lesson 2's quiz, the last item v2 requires, was done last (learn_everything's order).
    assert done.complete and done.completed_at == finished_at(store, ben.id, "l2-quiz")
    # Reading again, 20 and 40 days later, moves nothing: not the report, not the class
    # report (nor its CSV, which prints its rows), not a certificate.
    for days in (20, 40):
        text = ref(v2, "l1-text")
        record_item_events(store, ben.id, v2, [at(launched(ben.id, text), days * DAY),
                                               at(exited(ben.id, text), days * DAY + 60)])
        assert course(store, ben, v2).completed_at == done.completed_at
        assert class_report(store).rows[0].completed_at == done.completed_at
        assert issue_certificate(store, ben, PACK, "en").facts.completed_on == (
            done.completed_at[:10])


def test_a_course_completed_again_after_added_items_dates_from_the_last_one(
        store: Store, manifest: Manifest, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    ana = create_learner(store, "Ana")
    learn_everything(store, ana, manifest)
    first = course(store, ana, manifest).completed_at
    assert first is not None
    v2 = install_version(store, tmp_path, key, 2, lessons=3)  # adds lesson 3
    assert course(store, ana, v2).completed_at is None
    for item_id in ("l3-video", "l3-text", "l3-sheet", "l3-quiz"):
        record_item_events(store, ana.id, v2, [at(completed(ana.id, ref(v2, item_id)), 10 * DAY)])
    again = course(store, ana, v2)
    assert again.complete and again.completed_at == finished_at(store, ana.id, "l3-quiz")
    assert again.completed_at > first
    assert issue_certificate(store, ana, PACK, "en").facts.completed_on == (
        again.completed_at[:10])


def completed_statements(store: Store, learner: Learner) -> dict[str | None, str]:
    """Timestamps of the learner's lesson, module and course ``completed`` statements, by
    the id their statement carries (None for the course)."""
    rows = store.db.execute(
        "SELECT item_id, timestamp FROM statements WHERE learner_id = ? AND verb = ? AND "
        "(item_id IS NULL OR item_id IN ('l1', 'l2', 'm1'))",
        [learner.id, VERBS["completed"]]).fetchall()
    return dict(rows)


def test_the_completions_an_update_caused_are_recorded_once_at_their_moment(
        store: Store, manifest: Manifest, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    ben = create_learner(store, "Ben")
    learn_everything(store, ben, manifest, skip={"l2-sheet"})
    before = completed_statements(store, ben)
    assert list(before) == ["l1"]  # lesson 1, when its last item was done
    v2 = install_version(store, tmp_path, key, 2, drop(*L2_SHEET))
    states = {PACK: item_states(store, ben.id, PACK)}
    assert record_late_completions(store, ben.id, [v2], states, "en") == 3
    moment = course(store, ben, v2).completed_at
    assert completed_statements(store, ben) == {**before, "l2": moment, "m1": moment,
                                                None: moment}
    course_statement = store.db.execute(
        "SELECT json_extract(body, '$.context.language'), sent_at FROM statements "
        "WHERE learner_id = ? AND item_id IS NULL", [ben.id]).fetchone()
    assert course_statement == ("en", None)  # waiting in the outbox for the server
    assert record_late_completions(store, ben.id, [v2], states, "en") == 0
    assert course(store, ben, v2).completed_at == moment


def test_time_spent_on_items_an_update_removed_stays_in_their_course(
        store: Store, manifest: Manifest, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    cy = create_learner(store, "Cy")
    text, sheet = ref(manifest, "l1-text"), ref(manifest, "l2-sheet")
    video = ref(manifest, "l1-video")
    record(store, [
        at(launched(cy.id, text), 0),                      # 60 s reading
        at(launched(cy.id, sheet), 60),                    # 300 s on the sheet, then closed
        at(completed(cy.id, sheet), 60),
        at(exited(cy.id, sheet), 360),
        at(launched(cy.id, video), DAY),                   # next day: 10 s of video
        at(watched_statement(cy.id, PACK, "l1-video", 0, 10, VIDEO_LENGTH, "en", "l1"),
           DAY + 15),
        at(launched(cy.id, ref(manifest, "l2-text")), DAY + 20),  # 120 s, then closed
        at(exited(cy.id, ref(manifest, "l2-text")), DAY + 140),
        # A lesson no version has any more, completed: not an item, so no time of its own.
        at(make_statement(cy.id, "completed", activity_iri(PACK, "gone-lesson"), "lesson"),
           DAY + 140),
        at(launched(cy.id, text), DAY + 400),              # 30 s, then closed
        at(exited(cy.id, text), DAY + 430),
    ])
    spent = 60 + 300 + 10 + 120 + 30
    assert course(store, cy, manifest).time_spent_s == pytest.approx(spent)
    v2 = install_version(store, tmp_path, key, 2, drop(*L2_SHEET), drop(*L1_VIDEO))
    assert course(store, cy, v2).time_spent_s == pytest.approx(spent)
