"""What a progress file carries, and reading it out of a store.

A progress file holds learners and every statement of theirs this computer has (made here,
pulled from a server or loaded from another file): statements are immutable and merged by
union (ARCHITECTURE decision 3), so carrying more than is new is harmless, and carrying all
of them is what lets the receiving computer show the learner's whole record.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, overload

from c4s_desktop.core.clock import utc_now_iso
from c4s_desktop.core.errors import InputError
from c4s_desktop.core.store.database import Store


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


@dataclass
class Bundle:
    """The contents of one progress file."""

    learners: list[BundleLearner]
    statements: Sequence[dict[str, Any]]
    """A list when collected from a store; :class:`StatementLines` when read from a file."""
    at_server: set[str] = field(default_factory=set)
    """Ids of the statements that ``server`` is known to hold (sent or pulled there)."""
    server: str = ""
    """The xAPI endpoint the saving computer syncs with ("" when it syncs with none)."""
    created: str = ""
    device: str = ""


def collect(store: Store, learner_ids: list[str] | None = None, *, server: str = "",
            device: str = "") -> Bundle:
    """Every statement of ``learner_ids`` (all learners when None) as a bundle to save.

    A trainer's PIN hash stays here: it guards every learner's progress on this computer and
    its decisions, and a 4-digit PIN is found from its hash in minutes by whoever holds the
    file. A learner's own hash guards nothing the file does not hold already."""
    rows = store.db.execute(
        "SELECT id, name, CASE WHEN trainer THEN NULL ELSE pin_hash END FROM learners "
        "ORDER BY created_at, id").fetchall()
    wanted = None if learner_ids is None else set(learner_ids)
    learners = [BundleLearner(str(r[0]), str(r[1]), None if r[2] is None else str(r[2]))
                for r in rows if wanted is None or r[0] in wanted]
    if not learners:
        raise InputError("exchange.nothing")
    statements: list[dict[str, Any]] = []
    at_server: set[str] = set()
    for learner in learners:
        for statement_id, body, sent in store.db.execute(
                "SELECT id, body, sent_at IS NOT NULL OR origin = 'server' FROM statements "
                "WHERE learner_id = ? ORDER BY timestamp, id", [learner.id]).fetchall():
            statements.append(json.loads(body))
            if sent:
                at_server.add(str(statement_id))
    return Bundle(learners, statements, at_server, server, utc_now_iso(), device)
