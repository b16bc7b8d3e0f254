"""Progress carried by USB: saved on one computer's store, merged into another's by union."""

from __future__ import annotations

import errno
import hashlib
import json
import struct
import tracemalloc
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from c4s_desktop.core.errors import CancelledError, InputError, SpaceError, VersionError
from c4s_desktop.core.exchange.bundle_file import (
    AT_SERVER,
    CANCEL_EVERY,
    HEADER,
    MAX_LINE_BYTES,
    MAX_RATIO,
    MAX_STATEMENTS,
    STATEMENTS,
    read_bundle,
    write_bundle,
)
from c4s_desktop.core.exchange.content import collect
from c4s_desktop.core.exchange.merge import merge
from c4s_desktop.core.learners import create_learner, find_learner, sign_in
from c4s_desktop.core.learners.trainers import set_trainer
from c4s_desktop.core.messages import render
from c4s_desktop.core.progress.intervals import format_segments
from c4s_desktop.core.progress.log import item_state, record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.outbox import mark_sent, next_batch, waiting_count
from c4s_desktop.core.xapi.statements import activity_iri, make_statement
from c4s_desktop.core.xapi.vocabulary import EXT_LENGTH, EXT_SEGMENT

PACK = "org.example.test"
SERVER = "https://sync.example.org/xapi/"


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Store]:
    """A second computer's store."""
    s = Store.open(tmp_path / "other")
    yield s
    s.close()


def watched(learner_id: str, start: float, end: float, video: str = "video1") -> dict[str, Any]:
    return make_statement(
        learner_id, "experienced", activity_iri(PACK, video), "video",
        result={"extensions": {EXT_SEGMENT: format_segments([(start, end)])}},
        extensions={EXT_LENGTH: 100.0})


def statement_ids(store: Store) -> set[str]:
    return {r[0] for r in store.db.execute("SELECT id FROM statements")}


def carry(source: Store, target: Store, path: Path, *, server: str = "",
          target_server: str = "", learners: list[str] | None = None) -> Any:
    write_bundle(collect(source, learners, server=server, device="laptop-3"), path)
    return merge(target, read_bundle(path), target_server)


def test_a_learner_and_their_progress_arrive_whole(store: Store, other: Store,
                                                   tmp_path: Path) -> None:
    anna = create_learner(store, "Anna", pin="4321")
    record(store, [watched(anna.id, 0, 60), watched(anna.id, 50, 95)])
    report = carry(store, other, tmp_path / "anna.c4sprogress")
    assert (report.learners_added, report.learners_known) == (1, 0)
    assert (report.statements_new, report.statements_known) == (2, 0)
    arrived = find_learner(other, anna.id)
    assert arrived.name == "Anna" and arrived.has_pin
    sign_in(other, anna.id, "4321")  # the same PIN opens it
    with pytest.raises(InputError):
        sign_in(other, anna.id, "0000")
    assert item_state(other, anna.id, PACK, "video1") == item_state(store, anna.id, PACK, "video1")
    assert item_state(other, anna.id, PACK, "video1").done
    assert statement_ids(other) == statement_ids(store)
    origins = {r[0] for r in other.db.execute("SELECT origin FROM statements")}
    assert origins == {"usb"}
    # Loaded statements wait in the outbox: a computer that syncs relays them.
    assert waiting_count(other) == 2
    assert {p.id for p in next_batch(other, 10, 1_000_000)} == statement_ids(store)


def test_loading_the_same_file_twice_changes_nothing(store: Store, other: Store,
                                                     tmp_path: Path) -> None:
    anna = create_learner(store, "Anna")
    record(store, [watched(anna.id, 0, 30)])
    path = tmp_path / "p.c4sprogress"
    carry(store, other, path)
    rows = list(other.db.execute("SELECT * FROM statements ORDER BY id"))
    again = merge(other, read_bundle(path))
    assert (again.learners_added, again.learners_known) == (0, 1)
    assert (again.statements_new, again.statements_known) == (0, 1)
    assert list(other.db.execute("SELECT * FROM statements ORDER BY id")) == rows


def test_two_computers_end_with_the_union_both_ways(store: Store, other: Store,
                                                    tmp_path: Path) -> None:
    anna = create_learner(store, "Anna")
    record(store, [watched(anna.id, 0, 40)])
    carry(store, other, tmp_path / "a.c4sprogress")
    # Anna goes on on each computer, then the sticks go back and forth.
    record(store, [watched(anna.id, 40, 60)])
    record(other, [watched(anna.id, 60, 95), watched(anna.id, 0, 10, video="video2")])
    back = carry(other, store, tmp_path / "b.c4sprogress")
    forth = carry(store, other, tmp_path / "c.c4sprogress")
    assert (back.statements_new, forth.statements_new) == (2, 1)
    assert statement_ids(store) == statement_ids(other) and len(statement_ids(store)) == 4
    for video in ("video1", "video2"):
        assert item_state(store, anna.id, PACK, video) == item_state(other, anna.id, PACK, video)
    assert item_state(other, anna.id, PACK, "video1").done  # 0-95 s of 100, from both


def test_a_taken_name_gets_a_number_and_a_learner_here_keeps_theirs(
        store: Store, other: Store, tmp_path: Path) -> None:
    anna = create_learner(store, "Anna")
    create_learner(store, "Béla")
    create_learner(other, "ANNA", pin="1111")
    record(store, [watched(anna.id, 0, 10)])
    report = carry(store, other, tmp_path / "p.c4sprogress")
    assert report.renamed == (("Anna", "Anna (2)"),)
    assert find_learner(other, anna.id).name == "Anna (2)"
    assert find_learner(other, "ANNA").has_pin  # the learner who was here is untouched
    # Only the chosen learners travel.
    only = collect(store, [anna.id])
    assert [x.name for x in only.learners] == ["Anna"]


def test_names_that_only_look_different_are_the_same_name_here(
        store: Store, other: Store, tmp_path: Path) -> None:
    zoe = create_learner(store, "Zoë")
    create_learner(other, "ZOË")
    path = tmp_path / "p.c4sprogress"
    write_bundle(collect(store), path)

    def decomposed(members: dict[str, bytes]) -> None:  # o + combining diaeresis
        header = json.loads(members[HEADER])
        header["learners"][0]["name"] = unicodedata.normalize("NFD", "Zoë")
        members[HEADER] = json.dumps(header).encode()

    report = merge(other, read_bundle(rewrite(path, decomposed)))
    assert report.renamed == (("Zoë", "Zoë (2)"),)
    assert find_learner(other, zoe.id).name == "Zoë (2)"


def test_what_the_same_server_holds_is_not_sent_again(store: Store, other: Store,
                                                      tmp_path: Path) -> None:
    anna = create_learner(store, "Anna")
    record(store, [watched(anna.id, 0, 10), watched(anna.id, 10, 20)])
    held = sorted(statement_ids(store))[0]
    mark_sent(store, [held])
    path = tmp_path / "p.c4sprogress"
    write_bundle(collect(store, server=SERVER), path)
    assert read_bundle(path).at_server == {held}
    merge(other, read_bundle(path), SERVER)
    assert {p.id for p in next_batch(other, 10, 1_000_000)} == statement_ids(store) - {held}


def test_for_another_server_everything_waits(store: Store, other: Store,
                                             tmp_path: Path) -> None:
    anna = create_learner(store, "Anna")
    record(store, [watched(anna.id, 0, 10)])
    mark_sent(store, list(statement_ids(store)))
    carry(store, other, tmp_path / "p.c4sprogress", server=SERVER,
          target_server="https://elsewhere.example.org/xapi/")
    assert waiting_count(other) == 1


def test_no_learner_means_no_file(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError) as raised:
        collect(store)
    assert raised.value.code == "exchange.nothing"


# --- damaged, foreign and hostile files: a plain sentence, nothing loaded -------------------

@pytest.fixture
def saved(store: Store, tmp_path: Path) -> Path:
    anna = create_learner(store, "Anna")
    record(store, [watched(anna.id, 0, 30), watched(anna.id, 30, 60)])
    path = tmp_path / "saved.c4sprogress"
    write_bundle(collect(store), path)
    return path


def rewrite(path: Path, change: Any, *, fix_checksums: bool = True) -> Path:
    """A copy of the file at ``path`` with its members passed through ``change``."""
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    change(members)
    if fix_checksums and HEADER in members:
        header = json.loads(members[HEADER])
        for name in (STATEMENTS, AT_SERVER):
            if name in members and name in header.get("members", {}):
                header["members"][name]["sha256"] = hashlib.sha256(members[name]).hexdigest()
        members[HEADER] = json.dumps(header).encode()
    out = path.with_name("changed.c4sprogress")
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out


def edit_header(key: str, value: object) -> Any:
    def change(members: dict[str, bytes]) -> None:
        header = json.loads(members[HEADER])
        header[key] = value
        members[HEADER] = json.dumps(header).encode()
    return change


def edit_statement(change_one: Any) -> Any:
    def change(members: dict[str, bytes]) -> None:
        lines = members[STATEMENTS].splitlines()
        statement = json.loads(lines[0])
        change_one(statement)
        lines[0] = json.dumps(statement).encode()
        members[STATEMENTS] = b"\n".join(lines) + b"\n"
    return change


def load_fails(path: Path, code: str, other: Store) -> InputError | VersionError:
    before = (statement_ids(other), list(other.db.execute("SELECT id FROM learners")))
    with pytest.raises((InputError, VersionError)) as raised:
        merge(other, read_bundle(path))
    assert raised.value.code == code, raised.value.message
    assert (statement_ids(other), list(other.db.execute("SELECT id FROM learners"))) == before
    message = render(raised.value.code, raised.value.params)
    assert str(path) in message and "\n" not in message
    return raised.value


@pytest.mark.parametrize("name", ["\u200b", "Anna\u202e", "a\x00b"])
def test_a_learner_name_with_hidden_characters_loads_nothing(saved: Path, other: Store,
                                                             name: str) -> None:
    def hidden(members: dict[str, bytes]) -> None:
        header = json.loads(members[HEADER])
        header["learners"][0]["name"] = name
        members[HEADER] = json.dumps(header).encode()

    load_fails(rewrite(saved, hidden), "exchange.bad_record", other)


def test_a_cut_short_file_is_damaged(saved: Path, other: Store) -> None:
    data = saved.read_bytes()
    saved.write_bytes(data[:len(data) // 2])
    assert "damaged" in load_fails(saved, "exchange.damaged", other).message


def test_a_changed_byte_is_caught(saved: Path, other: Store) -> None:
    def flip(members: dict[str, bytes]) -> None:
        members[STATEMENTS] = members[STATEMENTS].replace(b'"experienced"', b'"experiencex"', 1)
    changed = rewrite(saved, flip, fix_checksums=False)
    failed = load_fails(changed, "exchange.damaged", other)
    assert failed.params["detail"] == "statements.jsonl does not match its checksum"


@pytest.mark.parametrize(("name", "change", "code"), [
    ("not a zip", None, "exchange.not_a_file"),
    ("no header", lambda m: m.pop(HEADER), "exchange.not_a_file"),
    ("another format", edit_header("format", "c4s-pack"), "exchange.not_a_file"),
    ("a newer version", edit_header("version", 2), "exchange.too_new"),
    ("no version", edit_header("version", "1"), "exchange.damaged"),
    ("statements missing", lambda m: m.pop(STATEMENTS), "exchange.damaged"),
    ("a line dropped", lambda m: m.update({STATEMENTS: m[STATEMENTS].split(b"\n", 1)[1]}),
     "exchange.damaged"),
    ("no learner", edit_header("learners", []), "exchange.bad_record"),
    ("a learner with no id", edit_header("learners", [{"name": "X"}]), "exchange.bad_record"),
    ("an invalid statement", edit_statement(lambda s: s.pop("verb")), "exchange.bad_record"),
    ("a statement not from a course",
     edit_statement(lambda s: s["object"].update(id="https://example.org/x")),
     "exchange.bad_record"),
    ("a statement about someone unnamed",
     edit_statement(lambda s: s["actor"]["account"].update(
         name="11111111-2222-4333-8444-555555555555")), "exchange.bad_record"),
    ("a line that is not JSON", lambda m: m.update({STATEMENTS: b"{nope\n" + m[STATEMENTS]}),
     "exchange.bad_record"),
    ("sent marks for unknown statements",
     lambda m: m.update({AT_SERVER: b"11111111-2222-4333-8444-555555555555\n"}),
     "exchange.bad_record"),
])
def test_a_file_that_is_not_right_loads_nothing(saved: Path, other: Store, name: str,
                                                change: Any, code: str) -> None:
    if change is None:
        path = saved.with_name("notes.txt")
        path.write_text("my notes")
    else:
        path = rewrite(saved, change)
    load_fails(path, code, other)


def with_lines(path: Path, lines: Iterable[bytes], count: int, *, level: int = 6) -> Path:
    """A copy of the file at ``path`` whose statements are ``lines`` (``count`` of them, each
    with its newline), written as they come so that a large member need not fit in memory."""
    with zipfile.ZipFile(path) as archive:
        header = json.loads(archive.read(HEADER))
        at_server = archive.read(AT_SERVER)
    out = path.with_name("lines.c4sprogress")
    digest = hashlib.sha256()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        with archive.open(STATEMENTS, "w", force_zip64=True) as member:
            for block in lines:
                digest.update(block)
                member.write(block)
        archive.writestr(AT_SERVER, at_server)
        header["members"][STATEMENTS] = {"sha256": digest.hexdigest(), "count": count}
        archive.writestr(HEADER, json.dumps(header))
    return out


def saved_lines(path: Path) -> list[bytes]:
    """The statement lines of the file at ``path``, each with its newline."""
    with zipfile.ZipFile(path) as archive:
        return archive.read(STATEMENTS).splitlines(keepends=True)


def test_a_bomb_of_identical_lines_is_refused_at_once(saved: Path, other: Store) -> None:
    # The audit's bomb: one valid statement repeated, a small file that unpacked to 2 GB of
    # dicts. Refused before any line is kept, so loading it takes almost no memory.
    line = saved_lines(saved)[0]
    count = 100_000
    bomb = with_lines(saved, (line * 1000 for _ in range(count // 1000)), count)
    assert bomb.stat().st_size < len(line) * count / 100
    tracemalloc.start()
    try:
        failed = load_fails(bomb, "exchange.damaged", other)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 << 20, f"{peak} bytes"
    assert render(failed.code, failed.params) == (
        f"The progress file {bomb} is damaged, so nothing was loaded from it; save it again "
        "on the computer it came from.")


def test_a_statement_twice_is_refused(saved: Path, other: Store) -> None:
    lines = saved_lines(saved)
    twice = with_lines(saved, [*lines, lines[0]], len(lines) + 1)
    failed = load_fails(twice, "exchange.damaged", other)
    assert failed.params["detail"] == f"statement {len(lines) + 1} repeats the id of an earlier one"


def test_a_file_over_the_statement_cap_is_refused(saved: Path, other: Store) -> None:
    # Distinct, valid, short statements, one more than the cap and in less than the member
    # size cap: only the statement cap refuses them.
    full = json.loads(saved_lines(saved)[0])
    short = {"id": "ID", "actor": full["actor"], "verb": {"id": full["verb"]["id"]},
             "object": {"id": full["object"]["id"]}, "timestamp": full["timestamp"]}
    head, tail = (json.dumps(short, separators=(",", ":")) + "\n").encode().split(b"ID")
    count = MAX_STATEMENTS + 1
    blocks = (b"".join(head + b"%08x-0000-4000-8000-000000000000" % n + tail
                       for n in range(start, min(start + 10_000, count)))
              for start in range(0, count, 10_000))
    over = with_lines(saved, blocks, count, level=1)
    failed = load_fails(over, "exchange.too_big", other)
    assert failed.params["detail"] == f"it says it holds more than {MAX_STATEMENTS} statements"


@pytest.mark.parametrize("claim", [False, True])
def test_a_member_that_unpacks_to_far_more_than_it_takes_is_refused(
        saved: Path, other: Store, claim: bool) -> None:
    lines = saved_lines(saved)
    padded = lines[0].rstrip(b"\n") + b" " * (MAX_LINE_BYTES // 2) + b"\n"
    bomb = with_lines(saved, [padded, *lines[1:]], len(lines))
    if claim:  # the central directory says it is packed in far more than the file holds
        data = bytearray(bomb.read_bytes())
        # The central directory's first entry (statements.jsonl, written first) and its
        # packed size field.
        central = struct.unpack_from("<I", data, data.rfind(b"PK\x05\x06") + 16)[0]
        assert data[central:central + 4] == b"PK\x01\x02"
        struct.pack_into("<I", data, central + 20, 10 * len(data))
        bomb.write_bytes(bytes(data))
        with zipfile.ZipFile(bomb) as archive:
            info = archive.getinfo(STATEMENTS)
            assert info.file_size < MAX_RATIO * info.compress_size
            assert archive.read(STATEMENTS).startswith(padded)  # zipfile reads it all the same
    failed = load_fails(bomb, "exchange.damaged", other)
    assert failed.params["detail"] == (
        f"statements.jsonl unpacks to more than {MAX_RATIO} times its size")


def test_a_line_longer_than_any_statement_is_refused(saved: Path, other: Store) -> None:
    lines = saved_lines(saved)
    statement = json.loads(lines[0])
    # Random hex packs to half its size: only the line cap can refuse it.
    statement["result"]["extensions"]["https://example.org/x"] = hashlib.shake_256(
        b"noise").hexdigest(MAX_LINE_BYTES // 2)
    long_line = json.dumps(statement).encode() + b"\n"
    failed = load_fails(with_lines(saved, [long_line, *lines[1:]], len(lines)),
                        "exchange.damaged", other)
    assert failed.params["detail"] == (
        f"statements.jsonl has a line longer than {MAX_LINE_BYTES} bytes")


def test_a_broken_deflate_stream_is_damaged(saved: Path, other: Store) -> None:
    data = bytearray(saved.read_bytes())
    with zipfile.ZipFile(saved) as archive:
        offset = archive.getinfo(STATEMENTS).header_offset
    name_length, extra_length = struct.unpack("<HH", data[offset + 26:offset + 30])
    data[offset + 30 + name_length + extra_length] = 0x07  # a deflate block of no valid type
    saved.write_bytes(bytes(data))
    assert "invalid block type" in load_fails(saved, "exchange.damaged", other).params["detail"]


def test_a_trainers_pin_hash_stays_on_their_computer(store: Store, other: Store,
                                                     tmp_path: Path) -> None:
    anna = create_learner(store, "Anna", pin="1357")
    zoltan = create_learner(store, "Zoltán", pin="2468")
    set_trainer(store, zoltan.id, True)
    record(store, [watched(anna.id, 0, 30), watched(zoltan.id, 0, 30)])
    path = tmp_path / "class.c4sprogress"
    write_bundle(collect(store), path)
    learners = {x.name: x for x in read_bundle(path).learners}
    assert learners["Anna"].pin_hash is not None and learners["Zoltán"].pin_hash is None
    merge(other, read_bundle(path))
    assert sign_in(other, anna.id, "1357").has_pin
    assert not find_learner(other, zoltan.id).has_pin


def test_a_pin_hash_of_another_form_is_dropped(saved: Path, other: Store) -> None:
    def weak(members: dict[str, bytes]) -> None:
        header = json.loads(members[HEADER])
        header["learners"][0]["pin_hash"] = "scrypt$1073741824$8$1$AAAA$BBBB"
        members[HEADER] = json.dumps(header).encode()
    bundle = read_bundle(rewrite(saved, weak))
    assert bundle.learners[0].pin_hash is None
    merge(other, bundle)
    assert not find_learner(other, bundle.learners[0].id).has_pin


def test_an_impossible_place_says_so_and_leaves_no_part(store: Store, tmp_path: Path) -> None:
    create_learner(store, "Anna")
    bundle = collect(store)
    with pytest.raises(InputError) as raised:
        write_bundle(bundle, tmp_path / "gone" / "p.c4sprogress")
    assert raised.value.code == "exchange.unwritable"


def test_a_full_drive_says_so_and_leaves_nothing(store: Store, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    create_learner(store, "Anna")
    bundle = collect(store)
    target = tmp_path / "stick" / "p.c4sprogress"
    target.parent.mkdir()
    target.write_bytes(b"the file saved yesterday")

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", full)
    with pytest.raises(SpaceError) as raised:
        write_bundle(bundle, target)
    assert raised.value.code == "exchange.disk_full"
    # Yesterday's file is whole and no half-written file is left beside it.
    assert target.read_bytes() == b"the file saved yesterday"
    assert sorted(p.name for p in target.parent.iterdir()) == ["p.c4sprogress"]


def test_reading_a_large_file_stops_when_cancelled(store: Store, tmp_path: Path) -> None:
    anna = create_learner(store, "Anna")
    record(store, [watched(anna.id, n, n + 1) for n in range(CANCEL_EVERY + 10)])
    path = tmp_path / "class.c4sprogress"
    write_bundle(collect(store), path)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return True

    with pytest.raises(CancelledError):
        read_bundle(path, cancelled)
    assert asked == [1]  # at the first look, a thousand statements in
    assert len(read_bundle(path).statements) == CANCEL_EVERY + 10


def test_a_cancelled_load_leaves_the_store_as_it_was(store: Store, other: Store,
                                                     tmp_path: Path) -> None:
    anna = create_learner(store, "Anna")
    record(store, [watched(anna.id, n, n + 1, video=f"v{n}") for n in range(1200)])
    path = tmp_path / "p.c4sprogress"
    write_bundle(collect(store), path)
    bundle = read_bundle(path)
    seen: list[tuple[int, int]] = []
    with pytest.raises(CancelledError):
        merge(other, bundle, progress=lambda done, total: seen.append((done, total)),
              cancelled=lambda: len(seen) >= 2)
    assert seen == [(500, 1200), (1000, 1200)]  # it got going before the cancel
    assert statement_ids(other) == set()
    assert list(other.db.execute("SELECT id FROM learners")) == []
    assert merge(other, bundle).statements_new == 1200


def test_progress_about_a_course_not_installed_is_kept_and_counted(store: Store, other: Store,
                                                                    tmp_path: Path) -> None:
    anna = create_learner(store, "Anna")
    record(store, [watched(anna.id, 0, 60), watched(anna.id, 50, 95)])
    path = tmp_path / "anna.c4sprogress"
    report = carry(store, other, path)  # the other computer has no course installed
    assert report.not_installed == ((PACK, 2),)
    assert statement_ids(other) == statement_ids(store)
    assert merge(other, read_bundle(path)).not_installed == ()  # nothing new this time
