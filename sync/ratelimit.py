"""Token buckets kept in the database, so every server process shares them: one per device
for its requests, and one per client address and per admin name for failed logins
(``sync/auth/throttle.py``).

One conditional UPDATE takes a token atomically (no read-then-write race between processes):
the bucket refills at ``rate`` tokens a second up to ``burst``. When it is empty the caller is
told how many seconds until a token is back, for ``Retry-After``.

The buckets fail open: when their write fails because the database cannot take writes (a
full disk, a lock held too long), the request goes on unthrottled, so that what only reads
(the catalog, pack downloads, an LMS's queries) keeps working while writes are refused.
"""

from __future__ import annotations

import math
import time
from typing import Any

from sqlalchemy import ColumnElement, case, delete, insert, literal, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from sync.db import schema
from sync.db.engine import Database
from sync.db.failures import log_failure, storage_error


def _level(now: float, rate: float, burst: int) -> ColumnElement[Any]:
    """A bucket's tokens at ``now``: what it held, refilled since, at most ``burst``."""
    table = schema.rate_buckets
    refilled = table.c.tokens + (literal(now) - table.c.updated) * rate
    return case((refilled > burst, float(burst)), else_=refilled)


def fail_open(db: Database, exc: DBAPIError) -> None:
    """Log (once a minute) a bucket write the database refused, and return so the caller
    goes on as if it had succeeded; re-raise anything but the database failing."""
    error = storage_error(exc, db.where)
    if error is None:
        raise exc
    log_failure(error)


def take_token(db: Database, principal: str, rate: float, burst: int,
               *, now: float | None = None) -> int:
    """Take one token for ``principal``; return 0, or the seconds to wait when none is left
    (0 too when the database cannot take the write: see :func:`fail_open`)."""
    try:
        return _take(db, principal, rate, burst, now)
    except DBAPIError as exc:
        fail_open(db, exc)
        return 0


def _take(db: Database, principal: str, rate: float, burst: int, now: float | None) -> int:
    now = time.time() if now is None else now
    table = schema.rate_buckets
    level = _level(now, rate, burst)
    with db.scratch() as conn:
        taken = conn.execute(
            update(table).where(table.c.principal == principal, level >= 1)
            .values(tokens=level - 1, updated=now)
        ).rowcount
        if taken:
            return 0
        tokens = conn.execute(select(level).where(table.c.principal == principal)).scalar()
    if tokens is None:
        try:
            with db.scratch() as conn:
                conn.execute(insert(table).values(principal=principal, tokens=burst - 1.0,
                                                  updated=now))
            return 0
        except IntegrityError:
            # Another process made the bucket first: take from it like everyone else.
            return _take(db, principal, rate, burst, now)
    return max(1, math.ceil((1 - float(tokens)) / rate))


def give_back(db: Database, principal: str, burst: int) -> None:
    """Return a token taken with :func:`take_token` (the bucket never holds more than
    ``burst``), for a request that turned out not to count."""
    table = schema.rate_buckets
    try:
        with db.scratch() as conn:
            conn.execute(update(table).where(table.c.principal == principal)
                         .values(tokens=case((table.c.tokens + 1 > burst, float(burst)),
                                             else_=table.c.tokens + 1)))
    except DBAPIError as exc:
        fail_open(db, exc)


def forget_full(db: Database, prefix: str, rate: float, burst: int,
                *, now: float | None = None) -> None:
    """Delete the buckets named ``prefix...`` that have refilled: a full bucket is the same
    as none, and keys a client chooses (user names) must not pile up."""
    now = time.time() if now is None else now
    table = schema.rate_buckets
    try:
        with db.scratch() as conn:
            conn.execute(delete(table).where(
                table.c.principal.startswith(prefix, autoescape=True),
                _level(now, rate, burst) >= burst))
    except DBAPIError as exc:
        fail_open(db, exc)
