"""Ending the sessions a power cut left open: the ``exited`` statement the app had no time for.

Run once by the next writer (:mod:`last_run`: the app at start, a ``c4s`` command), before it
records anything (a statement recorded first would move the open item's "newest statement"
into this run). Each learner's item still open
(:mod:`open_items`) gets the ``exited`` statement a clean close would have made, timestamped
one millisecond after their newest statement before the cut: time spent then ends where the
evidence ends. It is an ordinary statement, so it syncs, and the server and other computers
count the same time. Recording it clears the row in the same transaction, so running this
again, or after a second cut, records nothing twice.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from c4s_desktop.core.clock import utc_now_iso
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import Statement
from c4s_desktop.core.xapi.vocabulary import VERBS

_OPEN_SQL = """
SELECT s.body, o.last_at FROM open_items AS o JOIN statements AS s ON s.id = o.launched_id
"""


def _just_after(timestamp: str, now: str) -> str:
    """One millisecond after ``timestamp``, never later than ``now``.

    One millisecond, not the same stamp: statements that tie are read in id order, which
    could put the ``exited`` first and let the last statement's gap count after all.
    """
    moment = datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    after = (moment + timedelta(milliseconds=1)).isoformat(timespec="milliseconds")
    return min(after.replace("+00:00", "Z"), now)


def _exited(launched: Statement, timestamp: str) -> Statement:
    """The ``exited`` statement for a ``launched`` one: same learner, item and context, as
    ``item_events.exited`` makes it."""
    import uuid  # only when a session was cut: not at every start

    return {**launched, "id": str(uuid.uuid4()), "timestamp": timestamp,
            "verb": {"id": VERBS["exited"], "display": {"en-US": "exited"}}}


def end_cut_sessions(store: Store) -> int:
    """Record ``exited`` for every item left open by a run that ended without one; return how
    many. Nothing open (every clean close) costs one read of an empty table."""
    rows = store.conn.execute(_OPEN_SQL).fetchall()  # plain sqlite3: no write module at start
    if not rows:
        return 0
    now = utc_now_iso()
    statements = [_exited(json.loads(body), _just_after(last_at, now)) for body, last_at in rows]
    record(store, statements)
    return len(statements)
