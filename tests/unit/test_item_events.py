"""Statements about opening and finishing items, and the lesson/module/course ones they imply."""

from __future__ import annotations

from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress.item_events import (
    completed,
    launched,
    record_item_events,
)
from c4s_desktop.core.progress.log import item_states, rebuild
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import activity_iri
from c4s_desktop.core.xapi.vocabulary import ACTIVITY_TYPES, EXT_PACK_VERSION, VERBS
from tests.unit.conftest import ref

PACK = "org.example.test"


def verbs_and_objects(store: Store) -> list[tuple[str, str]]:
    rows = store.db.execute("SELECT verb, activity FROM statements ORDER BY activity, verb")
    return [(verb.rsplit("/", 1)[-1], activity) for verb, activity in rows.fetchall()]


def test_launched_names_the_item_its_lesson_and_the_course(manifest: Manifest) -> None:
    statement = launched("learner-1", ref(manifest, "l2-sheet"), language="fr")
    assert statement["verb"]["id"] == VERBS["launched"]
    assert statement["object"]["id"] == activity_iri(PACK, "l2-sheet")
    assert statement["object"]["definition"]["type"] == ACTIVITY_TYPES["factsheet"]
    assert statement["object"]["definition"]["name"] == {"en": "Sheet"}
    context = statement["context"]
    assert [p["id"] for p in context["contextActivities"]["parent"]] == [
        activity_iri(PACK, "l2"), activity_iri(PACK)]
    assert context["language"] == "fr"
    assert context["extensions"][EXT_PACK_VERSION] == 1
    assert statement["actor"]["account"]["name"] == "learner-1"


def test_completed_documents_use_the_file_type(manifest: Manifest) -> None:
    statement = completed("learner-1", ref(manifest, "l1-text"))
    assert statement["verb"]["id"] == VERBS["completed"]
    assert statement["object"]["definition"]["type"] == ACTIVITY_TYPES["document"]


def test_recording_marks_items_and_completes_the_lesson_once(store: Store,
                                                             manifest: Manifest) -> None:
    ana = create_learner(store, "Ana").id
    for item_id in ("l1-video", "l1-text", "l1-quiz"):
        states = record_item_events(store, ana, manifest, [completed(ana, ref(manifest, item_id))])
    assert not any(verb == "completed" and act == activity_iri(PACK, "l1")
                   for verb, act in verbs_and_objects(store))
    sheet = ref(manifest, "l1-sheet")
    states = record_item_events(store, ana, manifest,
                                [launched(ana, sheet), completed(ana, sheet)])
    assert states["l1-sheet"].done
    assert set(states) == {"l1-video", "l1-text", "l1-quiz", "l1-sheet"}
    assert ("completed", activity_iri(PACK, "l1")) in verbs_and_objects(store)
    assert ("completed", activity_iri(PACK, "m1")) not in verbs_and_objects(store)
    record_item_events(store, ana, manifest, [launched(ana, sheet), completed(ana, sheet)])
    lesson_done = [v for v in verbs_and_objects(store)
                   if v == ("completed", activity_iri(PACK, "l1"))]
    assert len(lesson_done) == 1


def test_finishing_the_last_item_completes_module_and_course(store: Store,
                                                             manifest: Manifest) -> None:
    ana = create_learner(store, "Ana").id
    items = [item for _m, _l, item in manifest.iter_items()]
    record_item_events(store, ana, manifest,
                       [completed(ana, ref(manifest, item.id)) for item in items[:-1]])
    record_item_events(store, ana, manifest, [completed(ana, ref(manifest, items[-1].id))])
    found = verbs_and_objects(store)
    for node in ("l1", "l2", "m1"):
        assert found.count(("completed", activity_iri(PACK, node))) == 1
    assert found.count(("completed", activity_iri(PACK))) == 1
    course = store.db.execute("SELECT body FROM statements WHERE activity = ?",
                              [activity_iri(PACK)]).fetchone()[0]
    assert ACTIVITY_TYPES["course"] in course
    assert rebuild(store) > 0  # the log alone still rebuilds
    assert all(item_states(store, ana, PACK)[item.id].done for item in items)
