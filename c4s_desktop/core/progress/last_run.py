"""Settling what the last run left when it was cut short (a power cut, a killed process).

Such a run leaves drafts it never recorded (an answer being typed, a video span being
watched: :mod:`drafts`) and sessions it never ended (:mod:`open_items`). Whoever next opens
the data folder as its one writer settles them, before recording anything of its own: the
app at start, and the ``c4s`` tool when a command opens the store for writing. Holding the
writer's lock is what makes them leftovers: no app runs on the folder, so no learner is still
typing that answer or watching that video. A reader (which may run beside the app, the owner
of its drafts) never settles anything.

The modules that record load only when there is something to do: after a clean close both
tables are empty and settling costs two reads (importing them at every start cost ~0.2 MiB of
the app start's peak).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from c4s_desktop.core.store.database import Store

log = logging.getLogger("c4s.progress")


@dataclass(frozen=True)
class Settled:
    """What :func:`settle_last_run` recorded."""

    drafts: int
    """Drafts recorded as the statements they are (answers, video spans)."""
    sessions: int
    """Sessions ended with the ``exited`` statement a clean close would have made."""


def _any(store: Store, table: str) -> bool:
    return store.conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None


def left_over(store: Store) -> bool:
    """True when the data folder holds drafts or open sessions: left by a cut run, or, while
    an app runs on it, that app's own (only the writer can tell which). Reads only."""
    return _any(store, "drafts") or _any(store, "open_items")


def draft_count(store: Store) -> int:
    """How many drafts (answers, video spans not yet recorded) the data folder holds."""
    return int(store.conn.execute("SELECT count(*) FROM drafts").fetchone()[0])


def settle_last_run(store: Store) -> Settled:
    """Record the drafts the last run left, then end the sessions it left open (after the
    drafts: a session ends after its last action); log what was done.

    Only for the writer, first thing after opening (see the module's docstring). Running it
    again records nothing twice.
    """
    drafts = sessions = 0
    if _any(store, "drafts"):
        from c4s_desktop.core.progress.drafts import record_left_drafts

        drafts = record_left_drafts(store)
        log.info("recorded %d statement(s) the last run left as drafts", drafts)
    if _any(store, "open_items"):
        from c4s_desktop.core.progress.session_end import end_cut_sessions

        sessions = end_cut_sessions(store)
        if sessions:  # each a power cut or a killed run: worth knowing when time spent is asked
            log.info("ended %d session(s) the last run left open", sessions)
    return Settled(drafts, sessions)
