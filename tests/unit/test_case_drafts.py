"""Case-study drafts: saves while writing replace one another, and become statements when
the learner is done, or at the next start after a power cut (audit M1)."""

from __future__ import annotations

from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress.case_drafts import RECORD_EVERY_S, save_answers
from c4s_desktop.core.progress.case_study import answer_statement, latest_answers
from c4s_desktop.core.progress.drafts import record_left_drafts
from c4s_desktop.core.progress.log import item_state, record
from c4s_desktop.core.progress.timeline import ACTIVITY_CAP_S
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import VERBS
from tests.unit.conftest import ref
from tests.unit.test_case_study_answers import ANA, BEN, PACK, manifest  # noqa: F401


def _responses(store: Store) -> list[str]:
    """The responses recorded as statements, in stored order."""
    return [row[0] for row in store.db.execute(
        "SELECT json_extract(body, '$.result.response') FROM statements WHERE verb = ? "
        "ORDER BY rowid", [VERBS["responded"]]).fetchall()]


def _drafts(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM drafts").fetchone()[0])


def test_saves_while_writing_replace_one_another_until_the_learner_is_done(
        store: Store, manifest: Manifest) -> None:  # noqa: F811
    case = ref(manifest, "case")
    first = answer_statement(ANA, case, 0, "Members")
    assert save_answers(store, ANA, manifest, "case", [first], []) is not None
    text = "Members"
    for word in range(40):  # forty saves of a growing answer
        text += f" word{word}"
        kept = save_answers(store, ANA, manifest, "case", [],
                            [answer_statement(ANA, case, 0, text)])
        assert kept is None  # only a draft: no state changed
    assert _responses(store) == ["Members"] and _drafts(store) == 1
    assert latest_answers(store, ANA, PACK, case.item).current == {0: text}

    states = save_answers(store, ANA, manifest, "case", [], [], finish=True)
    assert states is not None and states["case"].started
    assert _responses(store) == ["Members", text] and _drafts(store) == 0
    assert latest_answers(store, ANA, PACK, case.item).current == {0: text}
    # Finishing again, with nothing kept, records nothing.
    assert save_answers(store, ANA, manifest, "case", [], [], finish=True) is None


def test_an_answer_recorded_replaces_the_draft_of_its_prompt_only(
        store: Store, manifest: Manifest) -> None:  # noqa: F811
    case = ref(manifest, "case")
    save_answers(store, ANA, manifest, "case", [], [answer_statement(ANA, case, 0, "draft 0"),
                                                   answer_statement(ANA, case, 1, "draft 1")])
    save_answers(store, BEN, manifest, "case", [], [answer_statement(BEN, case, 0, "Ben's")])
    save_answers(store, ANA, manifest, "case", [answer_statement(ANA, case, 0, "final 0")], [])
    assert latest_answers(store, ANA, PACK, case.item).current == {0: "final 0", 1: "draft 1"}
    save_answers(store, ANA, manifest, "case", [], [], finish=True)
    assert sorted(_responses(store)) == ["draft 1", "final 0"]
    assert latest_answers(store, BEN, PACK, case.item).current == {0: "Ben's"}
    assert _drafts(store) == 1  # Ben's, until he is done


def test_finishing_with_a_newer_answer_records_it_and_not_its_stale_draft(
        store: Store, manifest: Manifest) -> None:  # noqa: F811
    case = ref(manifest, "case")
    save_answers(store, ANA, manifest, "case", [], [answer_statement(ANA, case, 0, "stale"),
                                                   answer_statement(ANA, case, 1, "kept")])
    save_answers(store, ANA, manifest, "case", [answer_statement(ANA, case, 0, "newer")], [],
                 finish=True)
    assert sorted(_responses(store)) == ["kept", "newer"] and _drafts(store) == 0
    assert latest_answers(store, ANA, PACK, case.item).current == {0: "newer", 1: "kept"}


def test_a_draft_is_newest_unless_another_device_answered_later(
        store: Store, manifest: Manifest) -> None:  # noqa: F811
    case = ref(manifest, "case")

    def elsewhere(text: str, time: str) -> None:
        statement = answer_statement(ANA, case, 0, text)
        statement["timestamp"] = time
        record(store, [statement], origin="server")

    draft = answer_statement(ANA, case, 0, "typed here")
    draft["timestamp"] = "2026-11-20T10:00:00.000Z"
    save_answers(store, ANA, manifest, "case", [], [draft])
    elsewhere("from the tablet, before", "2026-11-19T10:00:00.000Z")
    assert latest_answers(store, ANA, PACK, case.item).current == {0: "typed here"}
    elsewhere("from the tablet, after", "2026-11-21T10:00:00.000Z")
    assert latest_answers(store, ANA, PACK, case.item).current == {0: "from the tablet, after"}


def test_drafts_a_power_cut_left_are_recorded_as_they_were(
        store: Store, manifest: Manifest) -> None:  # noqa: F811
    case = ref(manifest, "case")
    drafts = [answer_statement(ANA, case, 1, "Ana's draft"),
              answer_statement(BEN, case, 0, "Ben's draft")]
    save_answers(store, ANA, manifest, "case", [], drafts[:1])
    save_answers(store, BEN, manifest, "case", [], drafts[1:])
    assert not item_state(store, ANA, PACK, "case").started

    assert record_left_drafts(store) == 2
    assert _drafts(store) == 0
    stored = {row[0] for row in store.db.execute("SELECT id FROM statements").fetchall()}
    assert {draft["id"] for draft in drafts} <= stored  # the very statements, same ids
    assert item_state(store, ANA, PACK, "case").started
    assert record_left_drafts(store) == 0


def test_writing_is_recorded_often_enough_for_its_time_to_count() -> None:
    # Time after a statement counts up to the cap: a draft recorded later would lose time.
    assert RECORD_EVERY_S < ACTIVITY_CAP_S
