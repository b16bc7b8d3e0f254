"""When, and from which address, each device was last heard from, for ``c4s-sync devices``.

An operator looking for a laptop that stopped syncing (broken, stolen, never switched on
again) needs this, and nothing else records it: statements carry the learner's time, not the
device's. A device's first authenticated request in each :data:`SEEN_EVERY_S` is written; the
others in between write nothing. A write the database refuses (a full disk) is logged and the
request goes on: knowing when a device was seen is never worth refusing its statements.
"""

from __future__ import annotations

import threading
import time

from sqlalchemy import insert, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from sync.db import schema
from sync.db.engine import Database
from sync.ratelimit import fail_open

SEEN_EVERY_S = 60.0
"""At most one write per device this often: 50 devices pushing add under one write a second."""


class SeenDevices:
    """The server's record of devices heard from (one per running server)."""

    def __init__(self) -> None:
        self._noted: dict[str, float] = {}
        self._lock = threading.Lock()

    def due(self, device_id: str, now: float | None = None) -> bool:
        """True when ``device_id`` was not written in the last :data:`SEEN_EVERY_S`."""
        now = time.time() if now is None else now
        with self._lock:
            return now - self._noted.get(device_id, -SEEN_EVERY_S) >= SEEN_EVERY_S

    def note(self, db: Database, device_id: str, address: str,
             now: float | None = None) -> None:
        """Write that ``device_id`` was heard from ``address`` now, unless written lately."""
        now = time.time() if now is None else now
        with self._lock:
            if now - self._noted.get(device_id, -SEEN_EVERY_S) < SEEN_EVERY_S:
                return
            self._noted[device_id] = now
        table = schema.device_seen
        try:
            with db.scratch() as conn:
                written = conn.execute(update(table).where(table.c.device_id == device_id)
                                       .values(last_seen_at=now, address=address)).rowcount
                if not written:
                    conn.execute(insert(table).values(device_id=device_id, last_seen_at=now,
                                                      address=address))
        except IntegrityError:
            pass  # another server process wrote this device's row at the same moment
        except DBAPIError as exc:
            fail_open(db, exc)
