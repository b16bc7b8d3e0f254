"""Opening the database: SQLite in the data folder by default, PostgreSQL given a URL.

A :class:`Database` hands out short transactions. SQLite gets two engines on one file: reads
begin a deferred transaction, writes ``BEGIN IMMEDIATE`` so that concurrent writers queue on
the busy timeout instead of failing when a read lock cannot be upgraded. PostgreSQL needs no
such care; every process is stateless, so several can serve one database.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import ConnectionPoolEntry

from c4s_desktop.core.errors import InputError, StoreError

SQLITE_BUSY_MS = 30_000


def _sqlite_engine(url: str, begin: str, synchronous: str = "FULL") -> Engine:
    engine = create_engine(url, pool_size=8, max_overflow=32, pool_timeout=60)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: ConnectionPoolEntry) -> None:
        # The driver's own transaction handling is turned off so ours (below) is used.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute(f"PRAGMA synchronous = {synchronous}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql(begin)

    return engine


class Database:
    """The server's database, one per process, holding nothing but connection pools."""

    def __init__(self, url: str) -> None:
        try:
            parsed = make_url(url)
        except Exception as exc:
            raise InputError("server.bad_db_url", url=url) from exc
        self.url = url
        self.dialect = parsed.get_backend_name()
        # SQLite has one writer at a time; queueing writers of this process on a lock is fair
        # and quick, where SQLite's busy handler polls with growing sleeps (a long tail).
        self._writer: threading.Lock | contextlib.nullcontext[None] = contextlib.nullcontext()
        if self.dialect == "sqlite":
            self._writer = threading.Lock()
            self._read = _sqlite_engine(url, "BEGIN")
            self._write = _sqlite_engine(url, "BEGIN IMMEDIATE")
            # SQLite's synchronous setting is per connection: scratch writes skip the fsync.
            self._scratch = _sqlite_engine(url, "BEGIN IMMEDIATE", "OFF")
        elif self.dialect == "postgresql":
            if parsed.drivername == "postgresql":
                parsed = parsed.set(drivername="postgresql+psycopg")
            self._read = self._write = self._scratch = create_engine(
                parsed, pool_size=10, max_overflow=20, pool_pre_ping=True
            )
        else:
            raise InputError("server.bad_db_url", url=url)

    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only transaction (a consistent snapshot)."""
        with self._read.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction, committed when the block ends without error."""
        with self._writer, self._write.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def scratch(self) -> Iterator[Connection]:
        """A write transaction whose loss in a power cut would not matter (rate buckets).

        It does not wait for the disk: SQLite commits it without fsync, PostgreSQL with
        ``synchronous_commit = off``. A crash can lose only the last such writes.
        """
        with self._writer, self._scratch.connect() as conn, conn.begin():
            if self.is_postgres:
                conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
            yield conn

    def check(self) -> None:
        """Raise a clear error when the database cannot be reached, or is damaged.

        SQLite's ``quick_check`` reads every page (a second or so per hundred megabytes): a
        damaged file would otherwise be served, take writes, and fail reads one by one.
        """
        from sqlalchemy import text
        from sqlalchemy.exc import OperationalError

        from sync.db.failures import storage_error

        try:
            with self.read() as conn:
                conn.execute(text("SELECT 1"))
                if not self.is_postgres:
                    problems = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check")]
        except Exception as exc:
            error = storage_error(exc, self.where)
            if error is None and isinstance(exc, OperationalError):
                # Refused logins and the like: still no database to work with.
                error = StoreError("server.db_unreachable", url=self.where,
                                   detail=str(exc.orig).strip())
            if error is None:
                raise
            raise error from exc
        if not self.is_postgres and problems != ["ok"]:
            # One problem per line, under a "*** in database main ***" heading: the first is
            # named, the others counted, so that the error stays one line.
            lines = [line for row in problems for line in str(row).splitlines()
                     if line.strip() and not line.startswith("***")] or ["unknown damage"]
            more = f", and {len(lines) - 1} more problem(s)" if len(lines) > 1 else ""
            raise StoreError("server.db_damaged", url=self.where, detail=lines[0] + more)

    @property
    def where(self) -> str:
        """The SQLite file, or the URL with its password hidden: what messages name."""
        if self.is_postgres:
            return self.safe_url
        return make_url(self.url).database or self.url

    @property
    def safe_url(self) -> str:
        """The URL with its password hidden, for messages and logs."""
        return make_url(self.url).render_as_string(hide_password=True)

    def checkpoint(self) -> None:
        """On SQLite, copy the write-ahead log into the database file and empty it, so the
        file alone holds every acknowledged statement (a stopped server's ``sync.sqlite`` is
        then a whole copy). PostgreSQL looks after its own log: nothing to do."""
        if self.is_postgres:
            return
        # On the driver's connection: SQLAlchemy would begin a transaction first, and a
        # checkpoint cannot run inside one.
        with self._writer:
            raw = self._write.raw_connection()
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
            finally:
                raw.close()

    def dispose(self) -> None:
        """Close every pooled connection."""
        for engine in {self._read, self._write, self._scratch}:
            engine.dispose()
