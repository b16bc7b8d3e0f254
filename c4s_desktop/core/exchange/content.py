"""What a progress file carries, and reading it out of a store.

A progress file holds learners and every statement of theirs this computer has (made here,
pulled from a server or loaded from another file): statements are immutable and merged by
union (ARCHITECTURE decision 3), so carrying more than is new is harmless, and carrying all
of them is what lets the receiving computer show the learner's whole record.

A class's statements can outgrow the memory of the laptops the app runs on (a year of 30
learners: 702,000 statements, 4 GB as dicts), so :func:`collect` only chooses the learners:
the statements are counted, then read a chunk at a time as the file is written (see
``bundle_file.write_bundle``), as the JSON text they were recorded as.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, overload

from c4s_desktop.core.clock import utc_now_iso
from c4s_desktop.core.errors import InputError
from c4s_desktop.core.store.database import Store

FETCH = 250
"""Statements fetched from the store at a time (0.2 to 1 MB of JSON)."""


@dataclass(frozen=True)
class BundleLearner:
    """A learner as carried: their id, name and PIN hash (None without a PIN)."""

    id: str
    name: str
    pin_hash: str | None = None


class StatementLines(Sequence[dict[str, Any]]):
    """Statements kept as the JSON lines they were read from, each parsed when taken.

    A class's file (40 learners x 5,000 statements) is about 130 MiB of lines but 850 MB as
    dicts, too much for the old laptops the app runs on; the merge takes 500 at a time.
    """

    def __init__(self, lines: list[bytes]) -> None:
        self._lines = lines

    def __len__(self) -> int:
        return len(self._lines)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            return [json.loads(line) for line in self._lines[index]]
        statement: dict[str, Any] = json.loads(self._lines[index])
        return statement


class ProgressSource(Protocol):
    """What a progress file is written from: its learners and where it comes from, and its
    statements, which the writer reads twice (hashed for the header, then written)."""

    @property
    def learners(self) -> list[BundleLearner]: ...

    @property
    def server(self) -> str: ...

    @property
    def created(self) -> str: ...

    @property
    def device(self) -> str: ...

    def reading(self) -> contextlib.AbstractContextManager[object]:
        """Within it, every method below answers from the same state of the progress."""

    def statement_count(self) -> int:
        """How many statements :meth:`statement_lines` gives, found without reading them."""

    def statement_lines(self) -> Generator[bytes, None, None]:
        """Each statement as one line of UTF-8 JSON, without its newline."""

    def at_server_ids(self) -> Iterator[str]:
        """The ids, in order, of the statements that :attr:`server` is known to hold."""


@dataclass
class Bundle:
    """The contents of one progress file, in memory (as read from a file)."""

    learners: list[BundleLearner]
    statements: Sequence[dict[str, Any]]
    """A :class:`StatementLines` when read from a file."""
    at_server: set[str] = field(default_factory=set)
    """Ids of the statements that ``server`` is known to hold (sent or pulled there)."""
    server: str = ""
    """The xAPI endpoint the saving computer syncs with ("" when it syncs with none)."""
    created: str = ""
    device: str = ""

    def reading(self) -> contextlib.AbstractContextManager[object]:
        """Nothing to hold: a bundle does not change while it is written."""
        return contextlib.nullcontext()

    def statement_count(self) -> int:
        """How many statements the bundle holds."""
        return len(self.statements)

    def statement_lines(self) -> Generator[bytes, None, None]:
        """Each statement as the store records it (see ``progress/log.py``)."""
        for statement in self.statements:
            yield json.dumps(statement, ensure_ascii=False, separators=(",", ":")).encode()

    def at_server_ids(self) -> Iterator[str]:
        """The ids of :attr:`at_server`, in order."""
        return iter(sorted(self.at_server))


@dataclass(frozen=True)
class StoredProgress:
    """Learners chosen in a store to be saved; their statements stay in the store until the
    file is written, and are written as the JSON text they were recorded as."""

    store: Store
    learners: list[BundleLearner]
    server: str = ""
    created: str = ""
    device: str = ""

    @contextlib.contextmanager
    def reading(self) -> Iterator[object]:
        """One read transaction: what the app records meanwhile (the CLI reads beside it) is
        left out of every count and reading alike, so the file matches its header."""
        conn = self.store.conn
        if conn.in_transaction:  # the caller's transaction holds one state already
            yield None
            return
        conn.execute("BEGIN")
        try:
            yield None
        finally:
            conn.rollback()  # nothing was written

    def statement_count(self) -> int:
        """The learners' statements, counted on an index (milliseconds for a class)."""
        return sum(int(self.store.conn.execute(
            "SELECT count(*) FROM statements WHERE learner_id = ?", [x.id]).fetchone()[0])
            for x in self.learners)

    def statement_lines(self) -> Generator[bytes, None, None]:
        """Each learner's statements in time order, fetched a chunk at a time."""
        for learner in self.learners:
            with contextlib.closing(self.store.conn.execute(
                    "SELECT body FROM statements WHERE learner_id = ? ORDER BY timestamp, id",
                    [learner.id])) as cursor:
                while rows := cursor.fetchmany(FETCH):
                    for (body,) in rows:
                        yield body.encode("utf-8")

    def at_server_ids(self) -> Iterator[str]:
        """The learners' statements sent to the server or pulled from it, by id."""
        with contextlib.closing(self.store.conn.execute(
                "SELECT id FROM statements WHERE learner_id IN (SELECT value FROM json_each(?)) "
                "AND (sent_at IS NOT NULL OR origin = 'server') ORDER BY id",
                [json.dumps([x.id for x in self.learners])])) as cursor:
            while rows := cursor.fetchmany(FETCH):
                for (statement_id,) in rows:
                    yield str(statement_id)


def collect(store: Store, learner_ids: list[str] | None = None, *, server: str = "",
            device: str = "") -> StoredProgress:
    """``learner_ids`` (all learners when None) chosen to be saved from ``store``.

    A trainer's PIN hash stays here: it guards every learner's progress on this computer and
    its decisions, and a 4-digit PIN is found from its hash in minutes by whoever holds the
    file. A learner's own hash guards nothing the file does not hold already."""
    rows = store.conn.execute(
        "SELECT id, name, CASE WHEN trainer THEN NULL ELSE pin_hash END FROM learners "
        "ORDER BY created_at, id").fetchall()
    wanted = None if learner_ids is None else set(learner_ids)
    learners = [BundleLearner(str(r[0]), str(r[1]), None if r[2] is None else str(r[2]))
                for r in rows if wanted is None or r[0] in wanted]
    if not learners:
        raise InputError("exchange.nothing")
    return StoredProgress(store, learners, server, utc_now_iso(), device)
