"""The progress file on disk: a zip of a header and the statements, one JSON per line.

``c4s-progress.json`` names the format and its version, the saving device, the server it
syncs with, the learners, and the SHA-256 and count of each other member;
``statements.jsonl`` holds the statements exactly as recorded; ``at-server.txt`` the ids of
those the server already holds, so a computer that relays them does not send them twice.

Writing goes to a hidden file beside the final name, is flushed, then renamed: the chosen
name never holds half a file when the stick is pulled or the disk fills. Progress past the
count and size limits below is refused before anything is written (the count before any
statement is read): the app makes no file too big for it to load. The statements are read
a block at a time, hashed for the header first, then read again and written, so saving a
class takes no more memory than saving one learner.

Reading checks everything before anything is returned, so a damaged file loads nothing at
all. It unpacks a block at a time, refuses a file at its first bad line, and keeps the
statements as their JSON lines, within the limits below: a small crafted file cannot fill
the memory.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from c4s_desktop.core.errors import CancelledError, InputError, VersionError
from c4s_desktop.core.exchange.content import (
    Bundle,
    BundleLearner,
    ProgressSource,
    StatementLines,
)
from c4s_desktop.core.exchange.line_blocks import CANCEL_EVERY, Steps, blocks, joined
from c4s_desktop.core.learners.names import clean_name
from c4s_desktop.core.packs.copying import written_whole
from c4s_desktop.core.xapi.statements import parse_activity_iri
from c4s_desktop.core.xapi.validate import UUID_RE, StatementInvalid, check_statement

SUFFIX = ".c4sprogress"
FORMAT = "c4s-progress"
VERSION = 1
HEADER = "c4s-progress.json"
STATEMENTS = "statements.jsonl"
AT_SERVER = "at-server.txt"
MAX_HEADER_BYTES = 4 << 20
"""What the header may unpack to; a class's learners take a few KiB."""
MAX_MEMBER_BYTES = 256 << 20
"""What another member may unpack to: twice a class of 40 learners x 5,000 statements."""
MAX_STATEMENTS = 400_000
"""Statements one file may hold: twice that class, about what 256 MiB holds of the app's."""
MAX_LINE_BYTES = 1 << 20
"""The longest line: a sync push sends at most 1 MB a batch, so no statement is longer."""
MAX_RATIO = 200
"""How many times its packed size a member may unpack to. Class files unpack to 13-22 times
(60 with 4,000-character quiz questions); deflate reaches 1,000 on repeated bytes."""
READ_CHUNK = 1 << 16
"""Bytes unpacked at a time while reading a member line by line."""
PIN_HASH_RE = re.compile(r"^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$")
"""The only PIN hash form this app makes (see ``learners/pins.py``); any other is dropped."""


def default_name(label: str, now: datetime) -> str:
    """A file name that says whose progress it holds and when it was saved."""
    safe = re.sub(r"[^\w.-]+", "-", label, flags=re.UNICODE).strip("-.")[:40] or "progress"
    return f"c4s-progress-{safe}-{now:%Y%m%d-%H%M}{SUFFIX}"


def write_bundle(source: ProgressSource, target: Path, *,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> int:
    """Save the progress of ``source`` as ``target`` (replacing it) and return how many
    statements the file holds; typed errors say what failed.

    Progress past the limits :func:`read_bundle` keeps is refused with
    ``exchange.save_too_big`` before anything is written, and past the statement count
    before any statement is read. The statements are read a block at a time, twice (hashed
    for the header, which comes first in the file as it always did, then written): memory
    holds a block, and the ids of those at the server (37 bytes each), whatever the count.
    ``progress`` is told (done, total) and ``cancelled`` asked every ``CANCEL_EVERY``
    statements; a cancel raises :class:`CancelledError` and leaves no file.
    """
    with source.reading():
        count = source.statement_count()
        # Counted on an index: past the cap, reading the statements could take gigabytes.
        _fits(count, MAX_STATEMENTS, "statements", count)
        steps = Steps(2 * count, progress, cancelled)
        digest = hashlib.sha256()
        size = written = 0
        for block, lines in blocks(source.statement_lines(), steps):
            digest.update(block)
            size += len(block)
            written += lines
        # The ids of one statement in 37 bytes, at most 15 MB: read once and kept.
        at_server, listed = joined(i.encode("ascii") for i in source.at_server_ids())
        header = {
            "format": FORMAT,
            "version": VERSION,
            "created": source.created,
            "device": source.device,
            "server": source.server,
            "learners": [{"id": x.id, "name": x.name, "pin_hash": x.pin_hash}
                         for x in source.learners],
            "members": {
                STATEMENTS: {"sha256": digest.hexdigest(), "count": written},
                AT_SERVER: {"sha256": hashlib.sha256(at_server).hexdigest(), "count": listed},
            },
        }
        header_bytes = json.dumps(header, ensure_ascii=False, indent=1).encode("utf-8")
        _fits(len(header_bytes), MAX_HEADER_BYTES, f"bytes of {HEADER}", written)
        _fits(size, MAX_MEMBER_BYTES, f"bytes of {STATEMENTS}", written)
        _fits(len(at_server), MAX_MEMBER_BYTES, f"bytes of {AT_SERVER}", written)
        with written_whole(target, full="exchange.disk_full",
                           unwritable="exchange.unwritable") as part, \
                zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(HEADER, header_bytes)
            with archive.open(_member(STATEMENTS), "w") as member:
                for block, _lines in blocks(source.statement_lines(), steps):
                    member.write(block)
            archive.writestr(AT_SERVER, at_server)
    return written


def _member(name: str) -> zipfile.ZipInfo:
    """A member's entry as ``ZipFile.writestr`` makes it, for one written as a stream."""
    info = zipfile.ZipInfo(name, date_time=time.localtime(time.time())[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    return info


def _fits(size: int, cap: int, what: str, records: int) -> None:
    """Refuse to save ``size`` ``what`` (of ``records`` statements) when :func:`read_bundle`
    takes at most ``cap``."""
    if size > cap:
        raise InputError("exchange.save_too_big", detail=f"{size} {what}, more than {cap}",
                         records=records, **_limits())


def _limits() -> dict[str, int]:
    """The limits a too-big error names: read when raised, so they follow the constants."""
    return {"statements": MAX_STATEMENTS, "megabytes": MAX_MEMBER_BYTES // 1_000_000}


def read_bundle(path: Path, cancelled: Callable[[], bool] | None = None) -> Bundle:
    """The checked contents of the progress file at ``path``.

    Raises :class:`InputError` (not a progress file, damaged, past this app's limits, a
    record that is not valid, unreadable) or :class:`VersionError` (a newer format); nothing
    is returned half-read.
    ``cancelled`` is asked as the statements are checked (seconds for a large class file):
    when it says yes, :class:`CancelledError` is raised.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            header = _header(archive, path)
            members = header["members"]
            learners = _learners(header, path)
            lines, ids = _statements(archive, members[STATEMENTS], learners, path, cancelled)
            at_server = _at_server(archive, members[AT_SERVER], ids, path)
    except FileNotFoundError as exc:
        raise InputError("exchange.unreadable", path=str(path),
                         detail=exc.strerror or "not found") from exc
    except IsADirectoryError as exc:
        raise InputError("exchange.not_a_file", path=str(path)) from exc
    except zipfile.BadZipFile as exc:
        if path.suffix == SUFFIX:
            raise InputError("exchange.damaged", path=str(path), detail=str(exc)) from exc
        raise InputError("exchange.not_a_file", path=str(path)) from exc
    except zlib.error as exc:  # a member whose deflate stream is broken
        raise InputError("exchange.damaged", path=str(path), detail=str(exc)) from exc
    except (OSError, EOFError) as exc:
        detail = getattr(exc, "strerror", None) or type(exc).__name__
        raise InputError("exchange.unreadable", path=str(path), detail=detail) from exc
    return Bundle(list(learners.values()), StatementLines(lines), at_server,
                  _text(header, "server"), _text(header, "created"), _text(header, "device"))


def _header(archive: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    try:
        info = archive.getinfo(HEADER)
    except KeyError as exc:
        raise InputError("exchange.not_a_file", path=str(path)) from exc
    _check_size(info, MAX_HEADER_BYTES, path)
    with archive.open(info) as stream:
        raw = stream.read()
    try:
        header = json.loads(raw)
    except ValueError as exc:
        raise InputError("exchange.damaged", path=str(path),
                         detail="its header is not JSON") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise InputError("exchange.not_a_file", path=str(path))
    version = header.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InputError("exchange.damaged", path=str(path), detail="it has no valid version")
    if version > VERSION:
        raise VersionError("exchange.too_new", path=str(path))
    members = header.get("members")
    if not isinstance(members, dict) or not all(
            isinstance(members.get(m), dict) and isinstance(members[m].get("sha256"), str)
            and _count(members[m].get("count")) for m in (STATEMENTS, AT_SERVER)):
        raise InputError("exchange.damaged", path=str(path),
                         detail="its header does not list its contents")
    if members[STATEMENTS]["count"] > MAX_STATEMENTS:
        # A whole, honest file (from an app that saved without checking, or with larger
        # limits) says so in its header; a lying count is refused all the same.
        raise InputError("exchange.too_big", path=str(path),
                         detail=f"it says it holds more than {MAX_STATEMENTS} statements",
                         **_limits())
    return header


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _lines(archive: zipfile.ZipFile, name: str, entry: dict[str, Any],
           path: Path) -> Iterator[bytes]:
    """The lines of member ``name`` (without their newline), unpacked a chunk at a time.

    Raises once past the last line when the member does not match its SHA-256, so a caller
    must use nothing it was given before the loop ends.
    """
    try:
        info = archive.getinfo(name)
    except KeyError as exc:
        raise InputError("exchange.damaged", path=str(path),
                         detail=f"{name} is missing") from exc
    _check_size(info, MAX_MEMBER_BYTES, path)
    digest = hashlib.sha256()
    rest = b""
    with archive.open(info) as stream:
        while chunk := stream.read(READ_CHUNK):
            digest.update(chunk)
            lines = (rest + chunk).split(b"\n")
            rest = lines.pop()
            for line in lines:
                yield _short(line, name, path)
            _short(rest, name, path)
    if rest:
        yield rest
    if digest.hexdigest() != entry["sha256"]:
        raise InputError("exchange.damaged", path=str(path),
                         detail=f"{name} does not match its checksum")


def _check_size(info: zipfile.ZipInfo, cap: int, path: Path) -> None:
    """Refuse a member that would unpack to more than ``cap`` bytes or ``MAX_RATIO`` times
    the room it takes in the file."""
    # zipfile unpacks no more than the declared size (more is a CRC error) from no more than
    # the declared packed size, of which only what the file holds can be there: so these
    # bound what is read, and a packed size claimed larger than the file gains nothing.
    packed = min(info.compress_size, path.stat().st_size - info.header_offset)
    # The ratio first: packed past it, no saved progress looks like that (a bomb), whatever
    # its size; within it, a member past the cap is just more than this app reads at once.
    if info.file_size > MAX_RATIO * packed:
        raise InputError("exchange.damaged", path=str(path),
                         detail=f"{info.filename} unpacks to more than {MAX_RATIO} times its size")
    if info.file_size > cap:
        raise InputError("exchange.too_big", path=str(path),
                         detail=f"{info.filename} unpacks to {info.file_size} bytes, more than "
                                f"{cap}", **_limits())


def _short(line: bytes, name: str, path: Path) -> bytes:
    if len(line) > MAX_LINE_BYTES:
        raise InputError("exchange.damaged", path=str(path),
                         detail=f"{name} has a line longer than {MAX_LINE_BYTES} bytes")
    return line


def _learners(header: dict[str, Any], path: Path) -> dict[str, BundleLearner]:
    listed = header.get("learners")
    if not isinstance(listed, list) or not listed:
        raise InputError("exchange.bad_record", path=str(path), detail="it names no learner")
    learners: dict[str, BundleLearner] = {}
    for entry in listed:
        if not isinstance(entry, dict):
            raise InputError("exchange.bad_record", path=str(path), detail="a learner entry")
        learner_id, name, pin_hash = entry.get("id"), entry.get("name"), entry.get("pin_hash")
        try:  # the rule names typed here follow, so no look-alike or hidden name comes in
            clean = clean_name(name) if isinstance(name, str) else ""
        except InputError:
            clean = ""
        if not isinstance(learner_id, str) or not UUID_RE.fullmatch(learner_id) or not clean:
            raise InputError("exchange.bad_record", path=str(path),
                             detail=f"learner {str(learner_id)[:40]!r}")
        valid_pin = isinstance(pin_hash, str) and PIN_HASH_RE.match(pin_hash)
        learners[learner_id] = BundleLearner(learner_id, clean,
                                             pin_hash if valid_pin else None)
    return learners


def _statements(archive: zipfile.ZipFile, entry: dict[str, Any],
                learners: dict[str, BundleLearner], path: Path,
                cancelled: Callable[[], bool] | None) -> tuple[list[bytes], set[str]]:
    """The checked statement lines and their ids; a line is refused as soon as it is read."""
    count: int = entry["count"]
    lines: list[bytes] = []
    ids: set[str] = set()
    for number, line in enumerate(_lines(archive, STATEMENTS, entry, path), start=1):
        if cancelled is not None and number % CANCEL_EVERY == 0 and cancelled():
            raise CancelledError("op.cancelled")
        if number > count:
            raise InputError("exchange.damaged", path=str(path),
                             detail=f"it holds more than {count} statements")
        where = f"statement {number}"
        try:
            statement = json.loads(line)
            check_statement(statement, where)
        except StatementInvalid as exc:
            raise InputError("exchange.bad_record", path=str(path),
                             detail=f"{exc.field} {exc.problem}") from exc
        except ValueError as exc:
            raise InputError("exchange.bad_record", path=str(path),
                             detail=f"{where} is not JSON") from exc
        _check_ours(statement, learners, where, path)
        # The app never saves a statement twice; refusing a repeat at once stops a bomb of
        # identical lines at its second line.
        if statement["id"] in ids:
            raise InputError("exchange.damaged", path=str(path),
                             detail=f"{where} repeats the id of an earlier one")
        ids.add(statement["id"])
        lines.append(line)
    if len(lines) != count:
        raise InputError("exchange.damaged", path=str(path),
                         detail=f"it holds {len(lines)} statements, not {count}")
    return lines, ids


def _at_server(archive: zipfile.ZipFile, entry: dict[str, Any], ids: set[str],
               path: Path) -> set[str]:
    count: int = entry["count"]
    at_server: set[str] = set()
    listed = 0
    for line in _lines(archive, AT_SERVER, entry, path):
        for statement_id in line.decode("ascii", "replace").split():
            if statement_id not in ids:
                raise InputError("exchange.bad_record", path=str(path),
                                 detail="a statement marked as sent is not in the file")
            listed += 1
            if listed > count:
                raise InputError("exchange.damaged", path=str(path),
                                 detail=f"{AT_SERVER} lists more than {count} ids")
            at_server.add(statement_id)
    if listed != count:
        raise InputError("exchange.damaged", path=str(path),
                         detail=f"{AT_SERVER} lists {listed} ids, not {count}")
    return at_server


def _check_ours(statement: dict[str, Any], learners: dict[str, BundleLearner], where: str,
                path: Path) -> None:
    """A statement this app made, about a learner the file names, with an id and a time."""
    try:
        learner_id = statement["actor"]["account"]["name"]
        pack_id, _item = parse_activity_iri(statement["object"]["id"])
        complete = isinstance(statement["id"], str) and isinstance(statement["timestamp"], str)
    except (KeyError, TypeError):
        learner_id, pack_id, complete = None, "", False
    if not complete or not pack_id:
        raise InputError("exchange.bad_record", path=str(path),
                         detail=f"{where} is not a C4S course record")
    if learner_id not in learners:
        raise InputError("exchange.bad_record", path=str(path),
                         detail=f"{where} is about a learner the file does not name")


def _text(header: dict[str, Any], key: str) -> str:
    value = header.get(key)
    return value if isinstance(value, str) else ""
