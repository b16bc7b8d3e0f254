"""Schema migrations: an append-only list of steps and the version each database is at.

Each step runs in one transaction (PostgreSQL's DDL is transactional; SQLite's too). Several
server processes starting at once on one PostgreSQL database queue on an advisory lock, so
each step runs once.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, func, insert, select, text, update

from c4s_desktop.core.errors import StoreError
from sync.db import schema
from sync.db.engine import Database
from sync.db.instance import ensure_instance

MIGRATION_LOCK = 0x0C45_5943  # an arbitrary key for pg_advisory_xact_lock


def _v1_initial(conn: Connection) -> None:
    """Every table of the first release."""
    # schema.py holds the newest tables: those a later step adds are left to that step, which
    # would fail on a table already there.
    later = {schema.schema_version, schema.login_addresses, schema.device_seen}
    tables = [t for t in schema.metadata.sorted_tables if t not in later]
    schema.metadata.create_all(conn, tables=tables)


def _v2_login_addresses(conn: Connection) -> None:
    """The addresses each admin name logged in from lately, which its failures elsewhere do
    not lock out (``sync/auth/throttle.py``)."""
    schema.login_addresses.create(conn)


def _v3_instance_id(conn: Connection) -> None:
    """The random id devices tell this database's data apart by (``sync/db/instance.py``)."""
    ensure_instance(conn)


def _v4_device_seen(conn: Connection) -> None:
    """When and from where each device was last heard from (``sync/auth/seen.py``)."""
    schema.device_seen.create(conn)


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (
    _v1_initial, _v2_login_addresses, _v3_instance_id, _v4_device_seen,
)


def current_version(conn: Connection) -> int:
    """The schema version of an open database (0 when new)."""
    schema.schema_version.create(conn, checkfirst=True)
    return int(conn.execute(select(func.max(schema.schema_version.c.version))).scalar() or 0)


def migrate(db: Database) -> int:
    """Bring the database up to the newest schema; return the version it is at.

    A database a newer release migrated (before a rollback) is refused: this code would
    misread tables it does not know, or write rows the newer code cannot make sense of.
    """
    with db.write() as conn:
        if db.is_postgres:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
        version = current_version(conn)
        if version > len(MIGRATIONS):
            raise StoreError("server.db_newer", url=db.where, version=version,
                             known=len(MIGRATIONS))
        if version == 0:
            conn.execute(insert(schema.schema_version).values(version=0))
        for number, step in enumerate(MIGRATIONS, start=1):
            if number > version:
                step(conn)
                conn.execute(update(schema.schema_version).values(version=number))
                version = number
    return version
