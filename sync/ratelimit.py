"""A per-device token bucket kept in the database, so every server process shares it.

One conditional UPDATE takes a token atomically (no read-then-write race between processes):
the bucket refills at ``rate`` tokens a second up to ``burst``. When it is empty the caller is
told how many seconds until a token is back, for ``Retry-After``.
"""

from __future__ import annotations

import math
import time

from sqlalchemy import case, insert, literal, select, update
from sqlalchemy.exc import IntegrityError

from sync.db import schema
from sync.db.engine import Database


def take_token(db: Database, principal: str, rate: float, burst: int,
               *, now: float | None = None) -> int:
    """Take one token for ``principal``; return 0, or the seconds to wait when none is left."""
    now = time.time() if now is None else now
    table = schema.rate_buckets
    refilled = table.c.tokens + (literal(now) - table.c.updated) * rate
    level = case((refilled > burst, float(burst)), else_=refilled)
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
            return take_token(db, principal, rate, burst, now=now)
    return max(1, math.ceil((1 - float(tokens)) / rate))
