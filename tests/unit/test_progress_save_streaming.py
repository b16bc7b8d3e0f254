"""Saving a class's progress file: counted before anything is read, then streamed from the
store, in the format older versions of the app read.

Real stores on disk; the caps are lowered with ``monkeypatch`` (they are constants), and
SQLite's own authorizer, on the store's real connection, proves which columns a save reads.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import pytest

from c4s_desktop.core.errors import CancelledError, InputError
from c4s_desktop.core.exchange import bundle_file
from c4s_desktop.core.exchange.bundle_file import (
    AT_SERVER,
    CANCEL_EVERY,
    HEADER,
    STATEMENTS,
    read_bundle,
    write_bundle,
)
from c4s_desktop.core.exchange.content import collect
from c4s_desktop.core.learners import create_learner, find_learner
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.outbox import mark_sent
from c4s_desktop.core.xapi.statements import activity_iri, make_statement

PACK = "org.example.test"
MEGABYTES = bundle_file.MAX_MEMBER_BYTES // 1_000_000


def read(learner_id: str, count: int, title: str = "Lecture", *,
         timestamp: str | None = None) -> list[dict[str, Any]]:
    """``count`` documents read, each with ``title`` as its name (its length sets the size)."""
    return [make_statement(learner_id, "completed", activity_iri(PACK, f"doc{n}"), "document",
                           name={"hu": f"{title} {n}"}, timestamp=timestamp)
            for n in range(count)]


def bodies(store: Store) -> list[bytes]:
    """Every statement as the store holds it, learner by learner, each in time order."""
    return [str(body).encode() for (body,) in store.conn.execute(
        "SELECT s.body FROM statements s JOIN learners l ON l.id = s.learner_id "
        "ORDER BY l.created_at, l.id, s.timestamp, s.id")]


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """A drive holding yesterday's file of the name the saves below use."""
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "class.c4sprogress").write_bytes(b"the file saved yesterday")
    return folder


@pytest.fixture
def class_store(store: Store) -> Store:
    """Anna's 1,500 statements (half sent), Béla's 800 pulled from the server (one from long
    ago, so time order is not the order recorded) and Csaba, with none yet."""
    anna = create_learner(store, "Anna")
    bela = create_learner(store, "Béla")
    create_learner(store, "Csaba")
    annas = read(anna.id, 1500, "Olvasmány: «ősszel»")
    record(store, annas)
    mark_sent(store, [s["id"] for s in annas[::2]])
    record(store, read(bela.id, 799), origin="server")
    record(store, read(bela.id, 1, timestamp="2020-01-02T03:04:05.678Z"), origin="server")
    return store


def test_a_class_past_the_cap_is_refused_before_a_statement_is_read(
        class_store: Store, stick: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_file, "MAX_STATEMENTS", 2000)
    before = files(stick)

    def no_bodies(action: int, table: str | None, column: str | None, *_: object) -> int:
        if action == sqlite3.SQLITE_READ and (table, column) == ("statements", "body"):
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    class_store.conn.set_authorizer(no_bodies)
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as raised:
            write_bundle(collect(class_store), stick / "class.c4sprogress")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        class_store.conn.set_authorizer(None)
    assert raised.value.code == "exchange.save_too_big"
    assert raised.value.params["detail"] == "2300 statements, more than 2000"
    assert raised.value.message == (
        f"This progress (2,300 records) is more than one progress file can hold (at most 2,000 "
        f"records and {MEGABYTES} MB), so no file was saved; save fewer learners in each file.")
    assert peak < 256 << 10, f"{peak} bytes"
    assert files(stick) == before  # no new file, no hidden part, yesterday's file whole
    # What the sentence asks for works: fewer learners in each file.
    anna = find_learner(class_store, "Anna").id
    assert write_bundle(collect(class_store, [anna]), stick / "anna.c4sprogress") == 1500


def test_a_saved_class_reads_back_as_recorded_in_the_format_older_apps_read(
        class_store: Store, stick: Path) -> None:
    path = stick / "class.c4sprogress"
    recorded = bodies(class_store)
    at_server = {str(i) for (i,) in class_store.conn.execute(
        "SELECT id FROM statements WHERE sent_at IS NOT NULL OR origin = 'server'")}
    assert len(recorded) == 2300 and len(at_server) == 1550

    assert write_bundle(collect(class_store, server="https://lrs.example.org/xapi/"),
                        path) == 2300

    with zipfile.ZipFile(path) as archive:
        # The members, in the order and with the bytes the app always wrote: the stored JSON
        # is the one line the store's own dump of each statement gives.
        assert archive.namelist() == [HEADER, STATEMENTS, AT_SERVER]
        members = {name: archive.read(name) for name in archive.namelist()}
    assert members[STATEMENTS] == b"".join(
        json.dumps(json.loads(b), ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
        for b in recorded)
    assert members[STATEMENTS].splitlines() == recorded
    assert members[AT_SERVER] == "".join(f"{i}\n" for i in sorted(at_server)).encode()
    header = json.loads(members[HEADER])
    assert header["format"] == "c4s-progress" and header["version"] == 1
    assert header["members"] == {
        name: {"sha256": hashlib.sha256(members[name]).hexdigest(), "count": count}
        for name, count in ((STATEMENTS, 2300), (AT_SERVER, 1550))}
    assert sorted(x["name"] for x in header["learners"]) == ["Anna", "Béla", "Csaba"]

    bundle = read_bundle(path)
    assert [b["id"] for b in bundle.statements] == [json.loads(b)["id"] for b in recorded]
    assert list(bundle.statements) == [json.loads(b) for b in recorded]
    assert bundle.at_server == at_server
    assert bundle.server == "https://lrs.example.org/xapi/"


def test_saving_a_class_holds_a_block_in_memory_not_the_class(store: Store,
                                                               tmp_path: Path) -> None:
    for name in ("Anna", "Béla", "Csaba", "Dóra"):
        record(store, read(create_learner(store, name).id, 1500, "Tananyag " * 300))
    size = sum(len(b) + 1 for b in bodies(store))
    assert size > 16 << 20
    tracemalloc.start()
    try:
        write_bundle(collect(store), tmp_path / "class.c4sprogress")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # Held at once: a block of statements, a fetch of rows and the packer's buffers, not
    # the class (whose statements as a list of dicts took several times ``size``).
    assert peak < size / 4, f"{peak} bytes for {size} bytes of statements"


@pytest.mark.parametrize(("asked", "files_then"), [(2, 0), (4, 1)])
def test_a_cancelled_save_leaves_no_file(class_store: Store, stick: Path, asked: int,
                                         files_then: int) -> None:
    """Cancel is asked at the start and about every 1,000 statements of the two readings of
    2,300: the second time while hashing, the fourth while writing."""
    before = files(stick)
    seen: list[tuple[int, int]] = []
    hidden: list[int] = []

    def cancelled() -> bool:
        hidden.append(len([p for p in stick.iterdir() if p.name.endswith(".part")]))
        return len(hidden) == asked

    with pytest.raises(CancelledError):
        write_bundle(collect(class_store), stick / "class.c4sprogress",
                     progress=lambda done, total: seen.append((done, total)),
                     cancelled=cancelled)
    assert hidden[-1] == files_then  # the part being written, when it was
    assert files(stick) == before
    # Uncancelled, progress runs through both readings to the end.
    seen.clear()
    write_bundle(collect(class_store), stick / "class.c4sprogress",
                 progress=lambda done, total: seen.append((done, total)))
    done = [d for d, total in seen if total == 4600]
    assert len(done) == len(seen) and done[0] == 0 and done[-1] == 4600
    assert all(0 < b - a <= 2 * CANCEL_EVERY for a, b in itertools.pairwise(done))


def test_what_is_recorded_during_a_save_waits_for_the_next_file(
        class_store: Store, stick: Path) -> None:
    """``c4s progress save`` reads beside the running app, which may record meanwhile: the
    file holds the progress as it was when the save began, whole and matching its header."""
    path = stick / "class.c4sprogress"
    anna = find_learner(class_store, "Anna")
    before = {json.loads(b)["id"] for b in bodies(class_store)}
    late: list[str] = []

    def record_meanwhile(done: int, _total: int) -> None:
        if 0 < done < 2300 and not late:  # while hashing: the app records and sends more
            statements = read(anna.id, 50, "Késő")
            record(class_store, statements)
            mark_sent(class_store, [s["id"] for s in statements])
            late.extend(s["id"] for s in statements)

    with Store.open(class_store.data_dir.root, write=False) as reader:
        assert write_bundle(collect(reader), path, progress=record_meanwhile) == 2300
    assert late
    bundle = read_bundle(path)  # whole: every member matches its header
    assert {s["id"] for s in bundle.statements} == before
    assert write_bundle(collect(class_store), path) == 2350

