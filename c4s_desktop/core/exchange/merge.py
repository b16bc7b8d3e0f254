"""Merging a progress file into this computer's store: a union, in one transaction.

Learners new here are added under their own id (so a later sync links them to their record
on the server); a name already taken by another learner gets a number. A learner already
here keeps their name and PIN. Statements this store holds are left untouched; new ones are
recorded with ``origin = 'usb'`` and wait in the outbox like local ones, so a computer that
syncs relays them to the server. Those the file says its server already holds are not sent
again when this computer syncs with the same server.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from c4s_desktop.core.clock import utc_now_iso
from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.exchange.content import Bundle, BundleLearner
from c4s_desktop.core.learners.names import MAX_NAME, name_key
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.outbox import mark_sent

ORIGIN = "usb"
CHUNK = 500
"""Statements recorded between two progress reports and cancel checks."""


@dataclass(frozen=True)
class MergeReport:
    """What a merge changed."""

    learners_added: int
    learners_known: int
    statements_new: int
    statements_known: int
    renamed: tuple[tuple[str, str], ...] = ()
    """(name in the file, name given here) of the new learners whose name was taken."""
    not_installed: tuple[tuple[str, int], ...] = ()
    """(pack id, new statements) about courses not installed here: kept, shown once added."""


def merge(store: Store, bundle: Bundle, server: str = "", *,
          progress: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> MergeReport:
    """Add what ``bundle`` holds that this store lacks; ``server`` is the xAPI endpoint this
    computer syncs with ("" when none). All or nothing: a cancel (``cancelled`` is asked
    between chunks) raises :class:`CancelledError` and leaves the store as it was."""
    added = known = 0
    renamed: list[tuple[str, str]] = []
    with store.transaction() as db:
        for learner in bundle.learners:
            if db.execute("SELECT 1 FROM learners WHERE id = ?", [learner.id]).fetchone():
                known += 1
                continue
            name = _free_name(store, learner)
            if name != learner.name:
                renamed.append((learner.name, name))
            db.execute("INSERT INTO learners (id, name, pin_hash, created_at, last_seen_at) "
                       "VALUES (?, ?, ?, ?, NULL)",
                       [learner.id, name, learner.pin_hash, utc_now_iso()])
            added += 1
        before = _count(store)
        last = int(db.execute("SELECT coalesce(max(rowid), 0) FROM statements").fetchone()[0])
        total = len(bundle.statements)
        for start in range(0, total, CHUNK):
            if cancelled is not None and cancelled():
                raise CancelledError("op.cancelled")
            record(store, bundle.statements[start:start + CHUNK], origin=ORIGIN)
            if progress is not None:
                progress(min(start + CHUNK, total), total)
        new = _count(store) - before
        elsewhere = tuple((str(pack_id), int(count)) for pack_id, count in db.execute(
            "SELECT pack_id, count(*) FROM statements WHERE rowid > ? "
            "AND pack_id NOT IN (SELECT id FROM packs) GROUP BY pack_id ORDER BY pack_id",
            [last]))
        if server and server == bundle.server and bundle.at_server:
            mark_sent(store, sorted(bundle.at_server))
    return MergeReport(added, known, new, len(bundle.statements) - new, tuple(renamed),
                       elsewhere)


def _free_name(store: Store, learner: BundleLearner) -> str:
    taken = {name_key(str(r[0])) for r in store.db.execute("SELECT name FROM learners")}
    if name_key(learner.name) not in taken:
        return learner.name
    number = 2
    while True:
        suffix = f" ({number})"
        name = learner.name[:MAX_NAME - len(suffix)] + suffix
        if name_key(name) not in taken:
            return name
        number += 1


def _count(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM statements").fetchone()[0])

