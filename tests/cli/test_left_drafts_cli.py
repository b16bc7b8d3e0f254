"""What a cut run of the app left (an answer being typed, a video span being watched, a
session never ended) is recorded by ``c4s`` before it saves, sends or counts progress, not
only at the app's next start: a computer rarely synced must not carry its learners' last
actions on a USB stick only after someone opens the app again.

The leftovers are made as the app makes them, through the core calls its views use, then
the "power goes": the store is let go without the app's close (no ``exited``, drafts kept,
no clean-close mark)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from c4s_desktop.cli import main
from c4s_desktop.core.exchange.bundle_file import read_bundle
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress import drafts
from c4s_desktop.core.progress.case_drafts import save_answers
from c4s_desktop.core.progress.case_study import answer_statement
from c4s_desktop.core.progress.item_events import launched, record_item_events
from c4s_desktop.core.progress.resume import save_position
from c4s_desktop.core.progress.video_events import watched_statement
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.enroll import enroll_device
from c4s_desktop.core.xapi.vocabulary import VERBS
from tests.sync.realserver import ServerProcess
from tests.unit.conftest import ref
from tests.unit.test_case_study_answers import manifest  # noqa: F401  (a pack with a case study)

SETTLED = ("recorded 2 unfinished answer(s) or video span(s) and ended 1 session(s) that the "
           "app's last run left open when it was cut short (a power cut or a killed run)\n")


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--data-dir", str(data)])
    out, err = capsys.readouterr()
    return code, out, err


def cut_short(store: Store, manifest: Manifest) -> dict[str, Any]:  # noqa: F811
    """Ana watches a video span and types a case-study answer; the power goes. Returns the
    two drafts the app kept (statements nowhere yet) and the answer it recorded."""
    ana = create_learner(store, "Ana")
    video = ref(manifest, "l1-video")
    record_item_events(store, ana.id, manifest, [launched(ana.id, video)])
    span = watched_statement(ana.id, manifest.id, "l1-video", 0.0, 7.5, 10.0, "en",
                             lesson_id="l1")
    with store.transaction() as db:  # what the video view's save of its place does
        save_position(store, ana.id, manifest.id, "l1-video", 7.5)
        drafts.keep(db, ana.id, manifest.id, "l1-video", span)
    case = ref(manifest, "case")
    record_item_events(store, ana.id, manifest, [launched(ana.id, case)])
    first = answer_statement(ana.id, case, 0, "Members")
    save_answers(store, ana.id, manifest, "case", [first], [])  # a first answer: recorded
    typing = answer_statement(ana.id, case, 0, "Members first, then the region")
    save_answers(store, ana.id, manifest, "case", [], [typing])  # still typing: a draft
    root = store.data_dir.root
    store.close()
    (root / "c4s.closed").unlink()  # the power went: no clean close either
    return {"drafts": [span["id"], typing["id"]], "recorded": first["id"]}


def stored_drafts(data: Path) -> int:
    with Store.open(data, write=False) as store:
        return int(store.conn.execute("SELECT count(*) FROM drafts").fetchone()[0])


def test_progress_save_holds_what_a_cut_run_left(
        store: Store, manifest: Manifest, tmp_path: Path,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    data = store.data_dir.root
    left = cut_short(store, manifest)
    stick = tmp_path / "stick.c4sprogress"

    code, out, err = run(capsys, data, "progress", "save", "--to", str(stick))
    assert code == 0, err
    carried = list(read_bundle(stick).statements)
    ids = {statement["id"] for statement in carried}
    assert {*left["drafts"], left["recorded"]} <= ids  # the very statements, same ids
    answers = [s["result"]["response"] for s in carried if s["verb"]["id"] == VERBS["responded"]]
    assert answers == ["Members", "Members first, then the region"]
    [end] = [s for s in carried if s["verb"]["id"] == VERBS["exited"]]
    assert end["object"]["id"].endswith("/case")  # the session cut in the case study ends
    assert stored_drafts(data) == 0
    assert err == SETTLED  # said once, on stderr; stdout is the command's own line
    assert out.startswith("saved the progress of 1 learner(s), ") and out.count("\n") == 1

    code, _, err = run(capsys, data, "progress", "save", "--to", str(stick))
    assert code == 0 and err == ""  # nothing recorded twice, nothing said
    assert {s["id"] for s in read_bundle(stick).statements} == ids


def test_progress_show_counts_them_and_keeps_its_json_clean(
        store: Store, manifest: Manifest, capsys: pytest.CaptureFixture[str],  # noqa: F811
) -> None:
    data = store.data_dir.root
    cut_short(store, manifest)
    code, out, err = run(capsys, data, "progress", "show", "--learner", "Ana", "--json")
    assert code == 0, err
    # launched twice, the answer recorded, the span and the answer kept as drafts, exited
    assert json.loads(out)["statements"] == 6
    assert err == SETTLED


def test_beside_the_running_app_nothing_is_recorded_and_the_file_says_what_it_lacks(
        store: Store, manifest: Manifest, tmp_path: Path,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    data = store.data_dir.root
    left = cut_short(store, manifest)
    stick = tmp_path / "stick.c4sprogress"
    with Store.open(data):  # the app, started again, holds the folder: the drafts are its own
        code, _, err = run(capsys, data, "progress", "save", "--to", str(stick))
        assert code == 0, err
        assert stored_drafts(data) == 2  # not recorded: the app records them
        assert err == ("warning: 2 answer(s) or video span(s) still open in the app running "
                       "on this data folder are not in this file; the app records them when "
                       "the learner moves on\n")
    ids = {statement["id"] for statement in read_bundle(stick).statements}
    assert left["recorded"] in ids and not ids & set(left["drafts"])


def test_sync_run_sends_what_a_cut_run_left(
        store: Store, manifest: Manifest, tmp_path: Path,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    data = store.data_dir.root
    with ServerProcess(tmp_path / "server") as server:
        enroll_device(store, data, server.url, server.enroll_code("laptop"))
        left = cut_short(store, manifest)
        code, out, err = run(capsys, data, "sync", "run")
        assert code == 0, err
        assert {*left["drafts"], left["recorded"]} <= set(server.statement_ids())
        assert err == SETTLED and out.startswith("sent 6,")
    assert stored_drafts(data) == 0
