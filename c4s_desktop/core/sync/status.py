"""What the last sync runs left behind: when one last succeeded, the last error, the queue.

Kept in the ``meta`` table (the credentials stay in ``sync.json``), so the status reads from
a read-only store beside a running app.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from c4s_desktop.core.clock import utc_now_iso
from c4s_desktop.core.errors import C4SError
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta
from c4s_desktop.core.sync.credentials import load_credentials
from c4s_desktop.core.sync.outbox import waiting_count

LAST_SUCCESS = "sync.last_success"
LAST_ATTEMPT = "sync.last_attempt"
LAST_ERROR = "sync.last_error"


@dataclass(frozen=True)
class SyncStatus:
    """The sync state of one data folder, for the status bar and ``c4s sync status``."""

    configured: bool
    server: str | None
    kind: str | None
    last_success: str | None
    last_attempt: str | None
    last_error_code: str | None
    last_error_params: dict[str, Any] = field(default_factory=dict)
    waiting: int = 0
    set_aside: int = 0
    plain_http_accepted: str = ""
    """The server address whose unencrypted http the user accepted at setup (or empty)."""

    @property
    def last_error(self) -> str | None:
        """The last error as an English sentence (the UI translates ``last_error_code``)."""
        if self.last_error_code is None:
            return None
        # The whole message catalogue loads only when an error is shown, not at start-up.
        from c4s_desktop.core.messages import render

        return render(self.last_error_code, self.last_error_params)

    def as_json(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        return {
            "configured": self.configured, "server": self.server, "kind": self.kind,
            "last_success": self.last_success, "last_attempt": self.last_attempt,
            "last_error": self.last_error, "last_error_code": self.last_error_code,
            "waiting": self.waiting, "set_aside": self.set_aside,
        }


def sync_status(store: Store | None, root: Path) -> SyncStatus:
    """The sync state of the data folder at ``root`` (``store`` None: nothing recorded yet)."""
    creds = load_credentials(root)
    server = creds.server if creds else None
    kind = creds.kind if creds else None
    accepted = creds.plain_http_accepted if creds else ""
    if store is None:
        return SyncStatus(creds is not None, server, kind, None, None, None,
                          plain_http_accepted=accepted)
    error = get_meta(store, LAST_ERROR)
    code, params = None, {}
    if error:
        data = json.loads(error)
        code, params = data.get("code"), data.get("params", {})
    set_aside = store.conn.execute("SELECT count(*) FROM sync_rejects").fetchone()[0]
    return SyncStatus(
        creds is not None, server, kind,
        last_success=get_meta(store, LAST_SUCCESS), last_attempt=get_meta(store, LAST_ATTEMPT),
        last_error_code=code, last_error_params=params, waiting=waiting_count(store),
        set_aside=int(set_aside), plain_http_accepted=accepted)


def note_success(store: Store) -> None:
    """Record a run that finished."""
    now = utc_now_iso()
    with store.transaction() as db:
        for key, value in ((LAST_SUCCESS, now), (LAST_ATTEMPT, now)):
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])
        db.execute("DELETE FROM meta WHERE key = ?", [LAST_ERROR])


def note_failure(store: Store, error: C4SError) -> None:
    """Record a run that stopped on ``error``."""
    params = {k: str(v) for k, v in error.params.items()}
    with store.transaction() as db:
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                   [LAST_ATTEMPT, utc_now_iso()])
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                   [LAST_ERROR, json.dumps({"code": error.code, "params": params})])
