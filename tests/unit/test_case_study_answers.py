"""Case-study answers: one ``responded`` statement per save, the latest per prompt read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import list_installed
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress.case_study import answer_statement, latest_answers, prompt_iri
from c4s_desktop.core.progress.item_events import record_item_events
from c4s_desktop.core.progress.log import rebuild, record
from c4s_desktop.core.progress.prompts import prompt_key
from c4s_desktop.core.progress.summary import item_done
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import activity_iri
from c4s_desktop.core.xapi.vocabulary import ACTIVITY_TYPES, EXT_PROMPTS, VERBS
from tests import packkit
from tests.unit.conftest import ref

PACK = "org.example.test"
ANA, BEN = "learner-ana", "learner-ben"


@pytest.fixture
def manifest(store: Store, tmp_path: Path, key: Ed25519PrivateKey) -> Manifest:
    """The test pack with a second lesson holding only a two-prompt case study."""
    source = packkit.source_manifest()
    source["modules"][0]["lessons"].append({
        "id": "l2", "title": {"en": "Lesson 2"},
        "items": [{"id": "case", "type": "case_study", "title": {"en": "Case"},
                   "file": "l2/case.md", "questions": [{"en": "Why?"}, {"en": "How?"}]}],
    })
    src = packkit.write_source(tmp_path / "src", source)
    (src / "l2").mkdir()
    (src / "l2" / "case.md").write_text("# Case\n", "utf-8")
    install_pack(store, packkit.build(src, tmp_path / "pack", key, folder=True))
    return list_installed(store)[0].manifest()


def test_an_answer_is_a_responded_statement_about_the_prompt(manifest: Manifest) -> None:
    statement = answer_statement(ANA, ref(manifest, "case"), 1, "By asking members", "fr")
    assert statement["verb"]["id"] == VERBS["responded"]
    assert statement["object"]["id"] == prompt_iri(PACK, "case", 1)
    assert statement["object"]["id"].endswith("/case/prompt/1")
    assert statement["object"]["definition"] == {"type": ACTIVITY_TYPES["prompt"],
                                                 "name": {"en": "How?"}}
    assert statement["result"] == {"response": "By asking members"}
    assert statement["context"]["extensions"][EXT_PROMPTS] == 2
    assert [p["id"] for p in statement["context"]["contextActivities"]["parent"]] == [
        activity_iri(PACK, "case"), activity_iri(PACK, "l2"), activity_iri(PACK)]


def test_latest_answer_per_prompt_and_learner(store: Store, manifest: Manifest) -> None:
    case = ref(manifest, "case")

    def at(learner: str, index: int, text: str, time: str) -> dict:  # type: ignore[type-arg]
        statement = answer_statement(learner, case, index, text)
        statement["timestamp"] = f"2026-11-23T10:00:{time}.000Z"
        return statement

    assert latest_answers(store, ANA, PACK, case.item).current == {}
    # out of order, as sync delivers another device's: the statement's own time decides
    record(store, [at(ANA, 0, "final", "30"), at(ANA, 0, "draft", "10"),
                   at(ANA, 1, "kept", "20"), at(BEN, 0, "Ben's", "40")], origin="server")
    assert latest_answers(store, ANA, PACK, case.item).current == {0: "final", 1: "kept"}
    assert latest_answers(store, BEN, PACK, case.item).current == {0: "Ben's"}
    record(store, [at(ANA, 1, "", "50")])  # the learner cleared the box
    assert latest_answers(store, ANA, PACK, case.item).current == {0: "final", 1: ""}


def test_this_computers_answers_follow_the_order_they_were_saved_in_whatever_its_clock(
        store: Store, manifest: Manifest) -> None:
    case = ref(manifest, "case")

    def at(index: int, text: str, moment: str) -> dict:  # type: ignore[type-arg]
        statement = answer_statement(ANA, case, index, text)
        statement["timestamp"] = moment
        return statement

    # Saved today, then replaced with the clock set back to 2020 by a flat battery.
    record(store, [at(0, "first, today", "2026-11-23T10:00:00.000Z")])
    record(store, [at(0, "second, clock in 2020", "2020-01-01T00:05:00.000Z")])
    # Saved with the clock a year ahead, then replaced once it was put right.
    record(store, [at(1, "first, clock ahead", "2027-11-23T10:00:00.000Z")])
    record(store, [at(1, "second, today", "2026-11-23T10:05:00.000Z")])
    assert latest_answers(store, ANA, PACK, case.item).current == {0: "second, clock in 2020",
                                                         1: "second, today"}
    # Another device's answer takes over when it is later than this computer's newest.
    record(store, [at(0, "from the tablet", "2026-11-24T08:00:00.000Z")], origin="server")
    record(store, [at(1, "older, from the tablet", "2026-11-22T08:00:00.000Z")],
           origin="server")
    assert latest_answers(store, ANA, PACK, case.item).current == {0: "from the tablet",
                                                         1: "second, today"}


def test_answers_fold_into_done_and_complete_the_lesson(store: Store, manifest: Manifest,
                                                         ) -> None:
    case = ref(manifest, "case")
    states = record_item_events(store, ANA, manifest, [answer_statement(ANA, case, 0, "A")])
    assert states["case"].started and not item_done(case.item, states["case"])
    states = record_item_events(store, ANA, manifest, [answer_statement(ANA, case, 1, "B")])
    assert item_done(case.item, states["case"])
    assert states["case"].answered == {prompt_key({"en": "Why?"}), prompt_key({"en": "How?"})}
    lesson_done = store.db.execute(
        "SELECT count(*) FROM statements WHERE verb = ? AND activity = ?",
        [VERBS["completed"], activity_iri(PACK, "l2")]).fetchone()[0]
    assert lesson_done == 1
    assert rebuild(store) >= 1
