"""The database's instance id: a random name that a restore from a backup replaces.

A device marks a statement sent once the server acknowledges it, and never sends it again.
A server restored from a backup no longer holds what it acknowledged after that backup, so
it tells the devices: About names the instance id, and a device that sees another id than
last time (for the same server) sends everything again (the server accepts repeats without
change). ``restored_through`` is the newest ``stored`` the backup held, from which devices
pull again (see docs/sync-protocol.md).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select

from sync.db import schema
from sync.xapi.timestamps import from_micros

INSTANCE_KEY = "instance_id"
RESTORED_KEY = "restored_through"


@dataclass(frozen=True)
class Instance:
    """Which copy of the data a database is: its id, and for a restored one the newest
    ``stored`` its backup held (None when it was never restored, or held nothing)."""

    instance_id: str
    restored_through: str | None = None


def new_instance_id() -> str:
    """A fresh random instance id (128 bits, hex)."""
    return secrets.token_hex(16)


def ensure_instance(conn: Connection) -> None:
    """Give a database that has none an instance id (a migration step: runs once)."""
    if _value(conn, INSTANCE_KEY) is None:
        conn.execute(insert(schema.meta).values(key=INSTANCE_KEY, value=new_instance_id()))


def current_instance(conn: Connection) -> Instance | None:
    """The database's instance (None before the migration that adds it has run)."""
    instance_id = _value(conn, INSTANCE_KEY)
    if instance_id is None:
        return None
    return Instance(instance_id, _value(conn, RESTORED_KEY))


def renew_instance(conn: Connection) -> Instance:
    """Mark the database as restored: a new instance id, and the newest ``stored`` it holds
    as where devices pull again from."""
    newest = conn.execute(select(func.max(schema.statements.c.stored_us))).scalar()
    instance = Instance(new_instance_id(), None if newest is None else from_micros(newest))
    meta = schema.meta
    conn.execute(delete(meta).where(meta.c.key.in_([INSTANCE_KEY, RESTORED_KEY])))
    conn.execute(insert(meta).values(key=INSTANCE_KEY, value=instance.instance_id))
    if instance.restored_through is not None:
        conn.execute(insert(meta).values(key=RESTORED_KEY, value=instance.restored_through))
    return instance


def _value(conn: Connection, key: str) -> str | None:
    meta = schema.meta
    value = conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()
    return None if value is None else str(value)
