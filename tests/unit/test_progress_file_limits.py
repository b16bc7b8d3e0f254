"""A progress file past this app's limits: "too big" when loading (not "damaged"), and never
written in the first place.

The caps are lowered with ``monkeypatch`` (they are constants) so that small real files,
written by the real writer, cross them.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.exchange import bundle_file
from c4s_desktop.core.exchange.bundle_file import (
    HEADER,
    MAX_LINE_BYTES,
    MAX_RATIO,
    STATEMENTS,
    read_bundle,
    write_bundle,
)
from c4s_desktop.core.exchange.content import StoredProgress, collect
from c4s_desktop.core.exchange.merge import merge
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.messages import render
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import activity_iri, make_statement

PACK = "org.example.test"
MEGABYTES = bundle_file.MAX_MEMBER_BYTES // 1_000_000


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Store]:
    """A second computer's store, where files are loaded."""
    s = Store.open(tmp_path / "other")
    yield s
    s.close()


def completed(learner_id: str, count: int, start: int = 0) -> list[dict[str, object]]:
    return [make_statement(learner_id, "completed", activity_iri(PACK, f"doc{n}"), "document")
            for n in range(start, start + count)]


@pytest.fixture
def class_bundle(store: Store) -> StoredProgress:
    """Anna's four statements, collected to be saved."""
    anna = create_learner(store, "Anna")
    record(store, completed(anna.id, 4))
    return collect(store)


def unpacked_size(path: Path, member: str) -> int:
    with zipfile.ZipFile(path) as archive:
        return archive.getinfo(member).file_size


def statement_ids(store: Store) -> set[str]:
    return {r[0] for r in store.db.execute("SELECT id FROM statements")}


def load_refused(path: Path, other: Store) -> InputError:
    """The error loading ``path`` raises; nothing of it reached ``other``."""
    with pytest.raises(InputError) as raised:
        merge(other, read_bundle(path))
    assert statement_ids(other) == set()
    assert list(other.db.execute("SELECT id FROM learners")) == []
    return raised.value


def too_big_text(path: Path, statements: int, megabytes: int = MEGABYTES) -> str:
    return (f"The progress file {path} holds more than this app loads at once (at most "
            f"{statements:,} records and {megabytes:,} MB), so nothing was loaded from it; save it "
            "again on the computer it came from, with fewer learners in each file.")


def save_refused_text(records: int, statements: int) -> str:
    return (f"This progress ({records:,} records) is more than one progress file can hold (at "
            f"most {statements:,} records and {MEGABYTES:,} MB), so no file was saved; save fewer "
            "learners in each file.")


# --- loading --------------------------------------------------------------------------------

def test_a_file_with_more_statements_than_the_cap_is_too_big_not_damaged(
        class_bundle: StoredProgress, other: Store, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Saved whole by an app that allowed four statements; this one reads three.
    path = tmp_path / "class.c4sprogress"
    write_bundle(class_bundle, path)
    monkeypatch.setattr(bundle_file, "MAX_STATEMENTS", 3)
    failed = load_refused(path, other)
    assert failed.code == "exchange.too_big"
    assert failed.params["detail"] == "it says it holds more than 3 statements"
    assert render(failed.code, failed.params) == too_big_text(path, 3)


def test_a_member_past_its_byte_cap_is_too_big_unless_it_packs_like_a_bomb(
        class_bundle: StoredProgress, other: Store, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    honest = tmp_path / "class.c4sprogress"
    write_bundle(class_bundle, honest)
    size = unpacked_size(honest, STATEMENTS)
    monkeypatch.setattr(bundle_file, "MAX_MEMBER_BYTES", size - 1)
    failed = load_refused(honest, other)
    assert failed.code == "exchange.too_big"
    assert failed.params["detail"] == (
        f"{STATEMENTS} unpacks to {size} bytes, more than {size - 1}")
    assert render(failed.code, failed.params) == too_big_text(
        honest, bundle_file.MAX_STATEMENTS, (size - 1) // 1_000_000)

    # Past the same cap but packed far tighter than any saved progress packs: a bomb, which
    # stays "damaged" (no honest saving made it, so saving it again is the right advice).
    with zipfile.ZipFile(honest) as archive:
        header = json.loads(archive.read(HEADER))
        lines = archive.read(STATEMENTS).splitlines(keepends=True)
    lines[0] = lines[0].rstrip(b"\n") + b" " * (MAX_LINE_BYTES // 2) + b"\n"
    padded = b"".join(lines)
    header["members"][STATEMENTS]["sha256"] = hashlib.sha256(padded).hexdigest()
    bomb = tmp_path / "bomb.c4sprogress"
    with zipfile.ZipFile(honest) as source, \
            zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(HEADER, json.dumps(header))
        archive.writestr(STATEMENTS, padded)
        for name in source.namelist():
            if name not in (HEADER, STATEMENTS):
                archive.writestr(name, source.read(name))
    assert unpacked_size(bomb, STATEMENTS) > size
    failed = load_refused(bomb, other)
    assert failed.code == "exchange.damaged"
    assert failed.params["detail"] == (
        f"{STATEMENTS} unpacks to more than {MAX_RATIO} times its size")


def test_a_header_past_its_byte_cap_is_too_big(class_bundle: StoredProgress, other: Store,
                                               tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "class.c4sprogress"
    write_bundle(class_bundle, path)
    size = unpacked_size(path, HEADER)
    monkeypatch.setattr(bundle_file, "MAX_HEADER_BYTES", size - 1)
    failed = load_refused(path, other)
    assert failed.code == "exchange.too_big"
    assert failed.params["detail"] == f"{HEADER} unpacks to {size} bytes, more than {size - 1}"


# --- saving ---------------------------------------------------------------------------------

def test_saving_past_the_statement_cap_is_refused_and_writes_nothing(
        store: Store, class_bundle: StoredProgress, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_file, "MAX_STATEMENTS", 4)
    stick = tmp_path / "stick"
    stick.mkdir()
    # Right at the cap, the file is saved and loads.
    write_bundle(class_bundle, stick / "at-cap.c4sprogress")
    assert len(read_bundle(stick / "at-cap.c4sprogress").statements) == 4
    (stick / "yesterday.c4sprogress").write_bytes(b"the file saved yesterday")
    before = {p.name: p.read_bytes() for p in stick.iterdir()}

    record(store, completed(class_bundle.learners[0].id, 1, start=4))
    bigger = collect(store)
    for name in ("yesterday.c4sprogress", "new.c4sprogress"):
        with pytest.raises(InputError) as raised:
            write_bundle(bigger, stick / name)
        assert raised.value.code == "exchange.save_too_big"
        assert raised.value.params["detail"] == "5 statements, more than 4"
        assert raised.value.message == save_refused_text(5, 4)
        # No new file, no hidden part, and yesterday's file as it was.
        assert {p.name: p.read_bytes() for p in stick.iterdir()} == before


@pytest.mark.parametrize(("cap", "member"), [("MAX_MEMBER_BYTES", STATEMENTS),
                                             ("MAX_HEADER_BYTES", HEADER)])
def test_saving_past_a_byte_cap_is_refused_and_writes_nothing(
        class_bundle: StoredProgress, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cap: str,
        member: str) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    first = stick / "first.c4sprogress"
    write_bundle(class_bundle, first)
    size = unpacked_size(first, member)
    monkeypatch.setattr(bundle_file, cap, size)  # right at the cap: saved, and it loads
    write_bundle(class_bundle, stick / "at-cap.c4sprogress")
    assert len(read_bundle(stick / "at-cap.c4sprogress").statements) == 4

    monkeypatch.setattr(bundle_file, cap, size - 1)
    with pytest.raises(InputError) as raised:
        write_bundle(class_bundle, stick / "over.c4sprogress")
    assert raised.value.code == "exchange.save_too_big"
    assert raised.value.params["detail"] == f"{size} bytes of {member}, more than {size - 1}"
    assert sorted(p.name for p in stick.iterdir()) == ["at-cap.c4sprogress",
                                                       "first.c4sprogress"]
