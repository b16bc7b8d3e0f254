"""The sync engine against a generic xAPI LRS (no C4S extensions): push, split, pull."""

from __future__ import annotations

import json
import os
import queue
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from c4s_desktop.core.errors import CancelledError, SyncError
from c4s_desktop.core.progress.log import item_state, record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.credentials import credentials_path, load_credentials
from c4s_desktop.core.sync.engine import SyncEngine
from c4s_desktop.core.sync.enroll import connect_lrs
from c4s_desktop.core.sync.learners import adopt_learner
from c4s_desktop.core.sync.outbox import list_rejects, waiting_count
from c4s_desktop.core.sync.status import sync_status
from tests.sync.conftest import PACK, add_statements, completions, fast_config, learner_id
from tests.sync.minilrs import running_lrs

USERS = {"device": "s3cret"}


def connect(store: Store, endpoint: str, password: str = "s3cret") -> None:
    connect_lrs(store, store.data_dir.root, endpoint, "device", password)


def test_credentials_file_is_owner_only(device: Store) -> None:
    with running_lrs(USERS) as (endpoint, _lrs):
        connect(device, endpoint)
    path = credentials_path(device.data_dir.root)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.stat().st_uid == os.getuid()
    creds = load_credentials(device.data_dir.root)
    assert creds is not None and creds.secret == "s3cret" and creds.kind == "lrs"


def test_pushes_everything_in_batches(device: Store) -> None:
    sent = add_statements(device, 1234)
    with running_lrs(USERS) as (endpoint, lrs):
        connect(device, endpoint)
        report = SyncEngine(device, config=fast_config(pull=False)).run_once()
        assert report.sent == 1234 and report.waiting == 0
        assert lrs.posts == 3
        assert set(lrs.statements) == {s["id"] for s in sent}
        held = lrs.statements[sent[0]["id"]]
        assert {k: held[k] for k in sent[0]} == sent[0]
    status = sync_status(device, device.data_dir.root)
    assert status.waiting == 0 and status.last_success and status.last_error is None


def test_a_refused_statement_is_set_aside_and_the_rest_delivered(device: Store) -> None:
    good = add_statements(device, 40)
    bad = completions(learner_id(device), 1, "broken")[0]
    bad["verb"]["id"] = "not-an-iri"
    record(device, [bad])
    good += add_statements(device, 25, prefix="more")
    with running_lrs(USERS) as (endpoint, lrs):
        connect(device, endpoint)
        report = SyncEngine(device, config=fast_config(pull=False)).run_once()
        assert set(lrs.statements) == {s["id"] for s in good}
    assert report.sent == 65 and report.set_aside == 1 and report.waiting == 0
    [reject] = list_rejects(device)
    assert reject.statement_id == bad["id"] and reject.status == 400
    assert "verb.id" in reject.reason
    status = sync_status(device, device.data_dir.root)
    assert status.set_aside == 1 and status.waiting == 0
    held = device.db.execute("SELECT body FROM statements WHERE id = ?", [bad["id"]]).fetchone()
    assert json.loads(held[0]) == bad


def test_413_shrinks_the_batches(device: Store) -> None:
    sent = add_statements(device, 300)
    one = len(json.dumps(sent[0]))
    with running_lrs(USERS, max_body=one * 40) as (endpoint, lrs):
        connect(device, endpoint)
        report = SyncEngine(device, config=fast_config(pull=False)).run_once()
        assert set(lrs.statements) == {s["id"] for s in sent}
    assert report.sent == 300 and report.set_aside == 0


def test_pull_brings_back_a_learners_record_without_touching_local_ones(
        tmp_path: Path, device: Store) -> None:
    ana = learner_id(device)
    old_laptop = add_statements(device, 30)
    with running_lrs(USERS) as (endpoint, lrs):
        connect(device, endpoint)
        SyncEngine(device, config=fast_config()).run_once()
        new = Store.open(tmp_path / "new-laptop")
        try:
            adopt_learner(new, ana, "Ana")
            mine = completions(ana, 1, "written-here")[0]
            record(new, [mine])
            # Someone else's copy of a statement with the same id must not replace ours.
            clash = dict(mine, result={"success": False})
            lrs.store([clash])
            connect(new, endpoint)
            report = SyncEngine(new, config=fast_config(pull_page=7)).run_once()
            assert report.pulled == 30
            assert item_state(new, ana, PACK, "item0").done
            assert item_state(new, ana, PACK, "item29").done
            row = new.db.execute("SELECT body, origin FROM statements WHERE id = ?",
                                 [mine["id"]]).fetchone()
            assert json.loads(row[0]) == mine and row[1] == "local"
            assert [r.statement_id for r in list_rejects(new)] == [mine["id"]]
            origins = dict(new.db.execute(
                "SELECT origin, count(*) FROM statements GROUP BY origin").fetchall())
            assert origins == {"server": 30, "local": 1}
            again = SyncEngine(new, config=fast_config()).run_once()
            assert again.pulled == 0
        finally:
            new.close()
    assert {s["id"] for s in old_laptop} <= set(lrs.statements)


@contextmanager
def listener() -> Iterator[tuple[str, list[dict[str, str]]]]:
    """Another web server on 127.0.0.1: its URL, and the headers of each request it got."""
    seen: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(dict(self.headers.items()))
            self.send_response(404)
            self.end_headers()

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_a_link_to_another_server_is_refused_and_gets_no_credentials(
        tmp_path: Path, device: Store) -> None:
    ana = learner_id(device)
    add_statements(device, 30)
    with running_lrs(USERS) as (endpoint, lrs), listener() as (elsewhere, seen):
        connect(device, endpoint)
        SyncEngine(device, config=fast_config()).run_once()
        lrs.more_origin = elsewhere  # the next page is "over there"
        new = Store.open(tmp_path / "new-laptop")
        try:
            adopt_learner(new, ana, "Ana")
            connect(new, endpoint)
            with pytest.raises(SyncError) as caught:
                SyncEngine(new, config=fast_config(pull_page=7)).run_once()
            assert caught.value.code == "sync.bad_reply"
            pulled = new.db.execute("SELECT count(*) FROM statements").fetchone()[0]
        finally:
            new.close()
    assert seen == []  # not even asked, so no credentials went there
    assert pulled == 7  # the first page, from the configured server, is kept


def test_wrong_password_is_reported_and_nothing_changes(device: Store) -> None:
    add_statements(device, 5)
    with running_lrs(USERS) as (endpoint, _lrs):
        with pytest.raises(SyncError) as caught:
            connect(device, endpoint, password="wrong")
        assert caught.value.code == "sync.unauthorized"
        connect(device, endpoint)
        _lrs.users = {"device": "rotated"}
        with pytest.raises(SyncError) as caught:
            SyncEngine(device, config=fast_config()).run_once()
    assert caught.value.code == "sync.unauthorized"
    status = sync_status(device, device.data_dir.root)
    assert status.waiting == 5 and status.last_error_code == "sync.unauthorized"
    assert status.last_success is None and "credentials" in (status.last_error or "")


def test_unreachable_server_keeps_the_outbox(device: Store) -> None:
    add_statements(device, 5)
    with running_lrs(USERS) as (endpoint, _lrs):
        connect(device, endpoint)
    with pytest.raises(SyncError) as caught:
        SyncEngine(device, config=fast_config(attempts=3)).run_once()
    assert caught.value.code == "sync.unreachable"
    assert waiting_count(device) == 5


def test_not_set_up(device: Store) -> None:
    with pytest.raises(SyncError) as caught:
        SyncEngine(device).run_once()
    assert caught.value.code == "sync.not_set_up"
    assert not sync_status(device, device.data_dir.root).configured


def test_cancel_stops_before_sending(device: Store) -> None:
    add_statements(device, 5)
    cancel = threading.Event()
    cancel.set()
    with running_lrs(USERS) as (endpoint, lrs):
        connect(device, endpoint)
        with pytest.raises(CancelledError):
            SyncEngine(device, config=fast_config()).run_once(cancel)
        assert lrs.posts == 0
    assert waiting_count(device) == 5


class WriterThread:
    """A stand-in for the app's store worker: one thread owns the store and runs steps."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.jobs: queue.Queue[tuple[Any, queue.Queue[Any]] | None] = queue.Queue()
        self.steps = 0
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while (job := self.jobs.get()) is not None:
            step, reply = job
            try:
                reply.put((True, step(self.store)))
            except BaseException as exc:
                reply.put((False, exc))

    def __call__(self, step: Any) -> Any:
        assert threading.current_thread() is not self.thread
        reply: queue.Queue[Any] = queue.Queue()
        self.jobs.put((step, reply))
        ok, value = reply.get()
        self.steps += 1
        if not ok:
            raise value
        return value

    def stop(self) -> None:
        self.jobs.put(None)
        self.thread.join()


def test_engine_can_leave_every_store_step_to_a_writer_thread(device: Store) -> None:
    sent = add_statements(device, 700)
    writer = WriterThread(device)
    try:
        with running_lrs(USERS) as (endpoint, lrs):
            connect(device, endpoint)
            engine = SyncEngine(None, device.data_dir.root, config=fast_config(),
                                store_call=writer)
            report = engine.run_once()
            assert set(lrs.statements) == {s["id"] for s in sent}
    finally:
        writer.stop()
    assert report.sent == 700 and report.waiting == 0
    assert writer.steps >= 4
    assert sync_status(device, device.data_dir.root).last_success
