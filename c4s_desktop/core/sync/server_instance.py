"""Noticing that the server was restored from a backup, and sending again what it lost.

A statement the server acknowledged is marked sent and never sent again. A server restored
from a backup no longer holds what it acknowledged after that backup, so the project's
server names in About the instance of its database, which a restore replaces
(docs/sync-protocol.md). When this data folder sees another instance than last time for the
same server, in the same transaction it:

- queues again every statement it had sent: the server keeps a repeat of a statement it
  holds as it is, so only what the backup lacks is stored;
- registers its learners again: those registered after the backup are unknown to the
  restored server, which would refuse their statements;
- moves each pull cursor back to the newest ``stored`` the backup held (``restored_through``),
  so what other devices send again is pulled even if the server's clock now lags.

The first contact with a server (a new setup, or a data folder that synced before servers
had instances) only records the instance. Re-enrolling with the same server keeps it, so a
device enrolled after the backup (refused until an admin enrolls it again) still notices.
"""

from __future__ import annotations

import json
import logging

from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta
from c4s_desktop.core.sync.pull import EPOCH, FIRST, instant
from c4s_desktop.core.sync.transport import ServerInfo

log = logging.getLogger(__name__)

INSTANCE_KEY = "sync.server_instance"
"""In ``meta``: ``{"server": base URL, "instance": id}`` as last seen."""


def note_instance(store: Store, server: str, info: ServerInfo) -> int:
    """Record the instance ``info`` names for ``server``; when it differs from the one last
    seen there, queue every sent statement again, re-register the learners and move the
    pull cursors back. Return how many statements were queued again."""
    if info.instance is None:
        return 0  # a generic LRS, or a server from before instances: nothing to compare
    seen = _last_seen(store)
    changed = seen is not None and seen[0] == server and seen[1] != info.instance
    requeued = 0
    with store.transaction() as db:
        if changed:
            requeued = db.execute(
                "UPDATE statements SET sent_at = NULL "
                "WHERE sent_at IS NOT NULL AND origin IN ('local', 'usb')").rowcount
            db.execute("UPDATE sync_learners SET registered_at = NULL")
            through = info.restored_through
            if through is None or instant(through) is None:
                through = EPOCH  # restored from nothing, or a date this cannot read
            _move_cursors_back(store, through)
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                   [INSTANCE_KEY, json.dumps({"server": server, "instance": info.instance})])
    if changed:
        log.warning("sync: %s was restored from a backup (instance %s, was %s); %d "
                    "statements will be sent again", server, info.instance,
                    seen[1] if seen else "", requeued)
    return requeued


def _last_seen(store: Store) -> tuple[str, str] | None:
    raw = get_meta(store, INSTANCE_KEY)
    if raw is None:
        return None
    try:
        data = json.loads(raw)
        return str(data["server"]), str(data["instance"])
    except (ValueError, TypeError, KeyError):
        return None  # unreadable: treated as a first contact


def _move_cursors_back(store: Store, through: str) -> None:
    """Set every pull cursor later than ``through`` to it (a first pull stays a first pull)."""
    limit = instant(through)
    assert limit is not None
    rows = store.db.execute(
        "SELECT learner_id, pull_cursor FROM sync_learners WHERE pull_cursor IS NOT NULL"
    ).fetchall()
    for learner_id, cursor in rows:
        prefix = FIRST if cursor.startswith(FIRST) else ""
        when = instant(cursor.removeprefix(FIRST))
        if when is None or when > limit:
            store.db.execute("UPDATE sync_learners SET pull_cursor = ? WHERE learner_id = ?",
                             [prefix + through, learner_id])
