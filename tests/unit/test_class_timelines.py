"""The class report with its learners' time lines kept from one report to the next
(core/progress/timeline_cache.py), on real stores: always the report made the old way (each
learner's own report, last activity from one grouped query over every statement), whatever
came since the last one, and carrying each kept fold on instead of folding everything again."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.learners import Learner, create_learner, list_learners
from c4s_desktop.core.learners.trainers import set_trainer
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import list_installed
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.packs.signing import public_key_b64
from c4s_desktop.core.packs.trust import add_trusted
from c4s_desktop.core.progress import timeline_cache
from c4s_desktop.core.progress.class_report import ClassRow, class_report, quiz_passed
from c4s_desktop.core.progress.item_events import launched
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.progress.report import build_report
from c4s_desktop.core.progress.timeline import ItemKey, Timeline
from c4s_desktop.core.store import migrations
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import Statement, activity_iri, make_statement
from c4s_desktop.core.xapi.validate import VOIDED_VERB
from tests.unit.conftest import ref
from tests.unit.test_class_report import DEMO_PACK, ana_session
from tests.unit.test_progress_report import PACK, at, learn_everything

OLD_LAST_ACTIVE_SQL = """
SELECT learner_id, pack_id,
       coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', max(julianday(timestamp))), max(timestamp))
FROM statements GROUP BY learner_id, pack_id
"""
"""The class report's last activity before time lines were kept: one query over every
statement of every learner."""

UNREADABLE = "20261120T093000Z"
"""ISO 8601 (its basic format) that SQLite cannot read."""


def the_old_way(store: Store, manifests: list[Manifest]) -> tuple[ClassRow, ...]:
    """The class report as it was made before time lines were kept."""
    last = {(str(learner), str(pack)): str(newest)
            for learner, pack, newest in store.conn.execute(OLD_LAST_ACTIVE_SQL).fetchall()}
    learners = sorted((x for x in list_learners(store) if not x.trainer),
                      key=lambda x: (x.name.casefold(), x.id))
    courses = {learner.id: {c.pack_id: c for c in build_report(store, learner, manifests).courses}
               for learner in learners}
    rows = []
    for manifest in manifests:
        for learner in learners:
            course = courses[learner.id][manifest.id]
            lessons = [lesson for module in course.modules for lesson in module.lessons]
            bests = [quiz.best for quiz in course.quizzes if quiz.best is not None]
            rows.append(ClassRow(
                learner.id, learner.name, manifest.id, course.completion,
                sum(lesson.done for lesson in lessons), sum(lesson.total for lesson in lessons),
                sum(1 for quiz in course.quizzes if quiz_passed(quiz)), len(course.quizzes),
                sum(bests) / len(bests) if bests else None, course.time_spent_s,
                last.get((learner.id, manifest.id)), course.completed_at))
    return tuple(rows)


def installed(store: Store) -> list[Manifest]:
    return [pack.manifest() for pack in list_installed(store)]


def kept(store: Store) -> dict[str, int]:
    """Learner id -> statements folded, of the kept time lines."""
    return {str(learner): int(folded) for learner, folded in store.conn.execute(
        "SELECT learner_id, folded FROM timelines").fetchall()}


def tables(store: Store) -> set[str]:
    return {str(name) for (name,) in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}


def statements_of(store: Store, learner: Learner) -> int:
    return int(store.conn.execute("SELECT count(*) FROM statements WHERE learner_id = ?",
                                  [learner.id]).fetchone()[0])


def dated(statement: Statement, timestamp: str) -> Statement:
    statement["timestamp"] = timestamp
    return statement


def a_class(store: Store, manifest: Manifest) -> dict[str, Learner]:
    """Learners with the edge cases of a class: one with known activity, one with none, a
    trainer (left out), one with everything done plus statements about an item and a course
    no longer installed and a voiding statement, one whose newest statement is written in
    another time zone (it sorts first as text), one whose only time SQLite cannot read."""
    people = {name: create_learner(store, name)
              for name in ("Ana", "ben", "Boss", "Cleo", "Dan", "Eve")}
    ana_session(store, people["Ana"], manifest)
    learn_everything(store, people["Boss"], manifest)
    set_trainer(store, people["Boss"].id, True, "2468")
    cleo = people["Cleo"].id
    learn_everything(store, people["Cleo"], manifest)  # its case study is no installed item
    gone = at(make_statement(cleo, "launched", activity_iri("org.example.gone", "x"),
                             "document"), 5000)
    voiding = at(make_statement(cleo, "launched", activity_iri(PACK, "l1-text"), "document"),
                 5010)
    voiding["verb"] = {"id": VOIDED_VERB, "display": {"en-US": "voided"}}
    voiding["object"] = {"objectType": "StatementRef", "id": gone["id"]}
    record(store, [gone, voiding])
    text = ref(manifest, "l1-text")
    record(store, [at(launched(people["Dan"].id, text), 1800),
                   dated(launched(people["Dan"].id, text), "2026-11-20T11:00:00.000+02:00")])
    record(store, [dated(launched(people["Eve"].id, text), UNREADABLE)])
    return people


def test_the_report_is_the_old_one_first_and_after_statements_came_in_any_order(
        store: Store, manifest: Manifest) -> None:
    people = a_class(store, manifest)
    first = class_report(store)
    assert first.rows == the_old_way(store, installed(store))
    rows = {row.learner_name: row for row in first.rows}
    assert set(rows) == {"Ana", "ben", "Cleo", "Dan", "Eve"}  # not the trainer
    assert rows["ben"].last_active is None and rows["ben"].time_spent_s == 0
    assert rows["Dan"].last_active == "2026-11-20T09:30:00.000Z"  # by time, not by text
    assert rows["Eve"].last_active == UNREADABLE
    assert rows["Cleo"].completion == 1.0 and rows["Cleo"].completed_at is not None
    # Everyone with a statement has a time line kept, of all their statements.
    assert kept(store) == {people[name].id: statements_of(store, people[name])
                           for name in ("Ana", "Cleo", "Dan", "Eve")}

    # Since: Ana went on (later statements), a progress file brought Cleo one dated before
    # her others, ben started, and a course was installed (so every time line is folded
    # again under its item kinds); then nothing new.
    text = ref(manifest, "l1-text")
    record(store, [at(launched(people["Ana"].id, text), 4000)])
    record(store, [at(launched(people["Cleo"].id, text), -60)], origin="usb")
    record(store, [dated(launched(people["ben"].id, text), UNREADABLE)])
    assert class_report(store).rows == the_old_way(store, installed(store))
    install_pack(store, DEMO_PACK)
    again = class_report(store)
    assert again.rows == the_old_way(store, installed(store))
    assert class_report(store) == again
    assert kept(store)[people["Ana"].id] == statements_of(store, people["Ana"])


def test_a_kept_time_line_is_carried_on_and_folded_again_only_when_it_no_longer_holds(
        store: Store, manifest: Manifest, monkeypatch: pytest.MonkeyPatch) -> None:
    ana, ben = create_learner(store, "Ana"), create_learner(store, "Ben")
    ana_session(store, ana, manifest)
    learn_everything(store, ben, manifest)
    class_report(store)
    started: dict[str, int] = {}  # learner id -> statements folded before a report's fold
    real_fold = timeline_cache.fold_timeline

    def fold(store: Store, learner_id: str, item_types: Mapping[ItemKey, str],
             timeline: Timeline | None = None) -> Timeline:
        started[learner_id] = 0 if timeline is None else timeline.folded
        return real_fold(store, learner_id, item_types, timeline)

    monkeypatch.setattr(timeline_cache, "fold_timeline", fold)
    text = ref(manifest, "l1-text")
    before = {learner.id: statements_of(store, learner) for learner in (ana, ben)}
    record(store, [at(launched(ana.id, text), 4000)])  # after her others
    record(store, [at(launched(ben.id, text), -60)], origin="usb")  # before his others
    report = class_report(store)
    assert started == {ana.id: before[ana.id], ben.id: 0}
    assert report.rows == the_old_way(store, [manifest])

    started.clear()
    class_report(store)
    assert started == {ana.id: before[ana.id] + 1, ben.id: before[ben.id] + 1}


def test_a_damaged_kept_time_line_is_folded_again(
        store: Store, manifest: Manifest, caplog: pytest.LogCaptureFixture) -> None:
    ana = create_learner(store, "Ana")
    ana_session(store, ana, manifest)
    class_report(store)
    with store.transaction() as db:
        db.execute("UPDATE timelines SET state = '{\"spent\": ['")
    with caplog.at_level(logging.WARNING, logger="c4s.progress"):
        assert class_report(store).rows == the_old_way(store, [manifest])
    assert "could not be read" in caplog.text
    assert kept(store) == {ana.id: statements_of(store, ana)}


def test_a_store_open_for_reading_uses_the_kept_time_lines_and_keeps_none(
        store: Store, manifest: Manifest, data_dir: Path) -> None:
    ana, ben = create_learner(store, "Ana"), create_learner(store, "Ben")
    ana_session(store, ana, manifest)
    class_report(store)
    learn_everything(store, ben, manifest)
    expected = the_old_way(store, [manifest])
    with Store.open(data_dir, write=False) as reader:
        assert class_report(reader).rows == expected
    assert set(kept(store)) == {ana.id}


def test_a_cancelled_report_keeps_the_time_lines_it_folded(
        store: Store, manifest: Manifest) -> None:
    ana, ben = create_learner(store, "Ana"), create_learner(store, "Ben")
    ana_session(store, ana, manifest)
    learn_everything(store, ben, manifest)
    heard: list[int] = []
    with pytest.raises(CancelledError):
        class_report(store, progress=lambda done, _total: heard.append(done),
                     cancelled=lambda: len(heard) == 2)
    assert kept(store) == {ana.id: statements_of(store, ana)}


def test_a_database_of_schema_11_upgrades_and_reports_the_class_as_before(
        data_dir: Path, folder_pack: Path, key: Ed25519PrivateKey,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as schema11:
        schema11.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:11])
        with Store.open(data_dir) as store:
            add_trusted(store, public_key_b64(key), "test")
            install_pack(store, folder_pack)
            manifest = installed(store)[0]
            ana, ben = create_learner(store, "Ana"), create_learner(store, "Ben")
            ana_session(store, ana, manifest)
            learn_everything(store, ben, manifest)
            before = the_old_way(store, [manifest])
            assert "timelines" not in tables(store)
    with Store.open(data_dir) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert "timelines" in tables(store) and kept(store) == {}
        assert class_report(store).rows == before
        assert kept(store) == {ana.id: statements_of(store, ana),
                               ben.id: statements_of(store, ben)}
    assert any("before-schema12" in p.name for p in (data_dir / "backups").iterdir())


def test_a_kept_time_line_holds_for_the_kinds_of_items_it_was_folded_with() -> None:
    video, text = {("p", "a"): "video"}, {("p", "a"): "document"}
    assert timeline_cache.basis(text) == timeline_cache.basis({("p", "a"): "quiz"})
    assert timeline_cache.basis(video) != timeline_cache.basis(text)
    assert timeline_cache.basis({**text, ("p", "l1"): "lesson"}) != timeline_cache.basis(text)
