"""Storing statements: all of a batch or none of it, and never changing one already held.

Fields the LRS sets are set here: ``id`` when missing, ``stored`` (the same instant for a whole
batch, taken inside the write transaction), ``timestamp`` when missing, ``version`` and the
``authority`` of the credentials used (an admin, trusted like another LRS, keeps the authority
it sends). A statement already held is compared (``compare.py``): the same one is accepted
without any change, a different one rejects the whole batch with 409.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.exc import IntegrityError

from c4s_desktop.core.xapi.validate import is_voiding
from sync.auth.accounts import Principal, device_learners
from sync.config import SERVER_HOME_PAGE
from sync.db import schema
from sync.db.engine import Database
from sync.xapi.compare import same_statement
from sync.xapi.identity import activity_ids, agent_keys, learner_of
from sync.xapi.timestamps import from_micros, now_micros

WRITE_TRIES = 3


class StatementConflict(Exception):
    """A statement id is already held with different content."""

    def __init__(self, statement_id: str) -> None:
        super().__init__(statement_id)
        self.statement_id = statement_id


class NotYours(Exception):
    """The credentials may not write or read this learner's statements."""


class ForeignVoid(NotYours):
    """A device's voiding statement targets a statement about another learner."""


def authority_of(principal: Principal) -> dict[str, Any]:
    """The Agent the server records as the authority of a principal's statements."""
    return {"objectType": "Agent",
            "account": {"homePage": SERVER_HOME_PAGE, "name": principal.username}}


@dataclass
class _Row:
    statement: dict[str, Any]
    ts_given: bool

    @property
    def id(self) -> str:
        return str(self.statement["id"])


def _as_arrays(statement: dict[str, Any]) -> dict[str, Any]:
    """Data 2.4.6.2: "The LRS MUST return every value in the contextActivities Object as an
    array, even if it arrived as a single Activity Object" (in a SubStatement too)."""
    context = statement.get("context")
    if isinstance(context, dict) and isinstance(context.get("contextActivities"), dict):
        activities = {k: v if isinstance(v, list) else [v]
                      for k, v in context["contextActivities"].items()}
        statement["context"] = {**context, "contextActivities": activities}
    if statement["object"].get("objectType") == "SubStatement":
        statement["object"] = _as_arrays(dict(statement["object"]))
    return statement


def _prepare(statements: Sequence[Mapping[str, Any]], principal: Principal) -> list[_Row]:
    rows = []
    for given in statements:
        statement = _as_arrays(dict(given))
        statement["id"] = str(statement.get("id") or uuid.uuid4()).lower()
        statement.setdefault("version", "1.0.0")
        if not principal.is_admin or "authority" not in statement:
            statement["authority"] = authority_of(principal)
        rows.append(_Row(statement, "timestamp" in statement))
    return rows


def duplicate_id(statements: Sequence[Mapping[str, Any]]) -> str | None:
    """The first id that occurs twice in a batch (compared without case), or None."""
    seen: set[str] = set()
    for statement in statements:
        sid = str(statement.get("id") or "").lower()
        if sid and sid in seen:
            return sid
        seen.add(sid)
    return None


def _check_owner(conn: Connection, principal: Principal, rows: list[_Row]) -> None:
    """Refuse a device's batch about a learner not registered through it, or voiding a held
    statement about another learner than the voider's (such a void would void nothing: see
    ``query._voided``). An admin may write anything."""
    if principal.is_admin:
        return
    assert principal.device_id is not None
    mine = device_learners(conn, principal.device_id)
    voids: list[tuple[str, str | None]] = []
    for row in rows:
        learner = learner_of(row.statement)
        if learner not in mine:
            raise NotYours()
        if is_voiding(row.statement):
            voids.append((str(row.statement["object"]["id"]).lower(), learner))
    if voids:
        s = schema.statements
        held = {row.id: row.learner_id for row in conn.execute(
            select(s.c.id, s.c.learner_id).where(s.c.id.in_([target for target, _ in voids])))}
        if any(target in held and held[target] != learner for target, learner in voids):
            raise ForeignVoid()


def store_statements(db: Database, principal: Principal,
                     statements: Sequence[Mapping[str, Any]]) -> list[str]:
    """Store a validated batch; return the ids in order. Raises on conflict or foreign data."""
    rows = _prepare(statements, principal)
    for attempt in range(WRITE_TRIES):
        try:
            with db.write() as conn:
                _check_owner(conn, principal, rows)
                _write(conn, principal, rows)
            break
        except IntegrityError:
            # Another process stored one of these ids first: look again at what is held now.
            if attempt == WRITE_TRIES - 1:
                raise
    return [row.id for row in rows]


def _clock(conn: Connection) -> int:
    """Now in microseconds: PostgreSQL's clock, so that all server machines agree on it."""
    if conn.dialect.name == "postgresql":
        return int(conn.exec_driver_sql(
            "SELECT (extract(epoch FROM clock_timestamp()) * 1000000)::bigint").scalar_one())
    return now_micros()


def _insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One executemany of ``rows`` (dicts with the same keys) into ``table``.

    On SQLite the plain driver statement is used: SQLAlchemy's per-row parameter processing
    cost more than SQLite's own work (every value here is already a str, int, bool or None,
    which sqlite3 binds as is). PostgreSQL keeps SQLAlchemy's multi-row VALUES batching.
    """
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    names = list(rows[0])
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    conn.exec_driver_sql(sql, [tuple(row[name] for name in names) for row in rows])


def _write(conn: Connection, principal: Principal, rows: list[_Row]) -> None:
    s = schema.statements
    held = {
        r.id: r for r in conn.execute(
            select(s.c.id, s.c.body, s.c.ts_given).where(s.c.id.in_([row.id for row in rows]))
        )
    }
    for row in rows:
        if row.id in held:
            old = held[row.id]
            if not same_statement(json.loads(old.body), old.ts_given, row.statement):
                raise StatementConflict(row.id)
    new = [row for row in rows if row.id not in held]
    if not new:
        return
    stored_us = _clock(conn)
    stored = from_micros(stored_us)
    values, bodies = [], []
    for row in new:
        body = {**row.statement, "stored": stored}
        body.setdefault("timestamp", stored)
        bodies.append(body)
        obj = body["object"]
        context = body.get("context") or {}
        values.append({
            "id": row.id,
            "stored_us": stored_us,
            "verb_id": body["verb"]["id"],
            "registration": str(context["registration"]).lower()
            if "registration" in context else None,
            "ref_id": str(obj["id"]).lower() if obj.get("objectType") == "StatementRef" else None,
            "voiding": is_voiding(body),
            "learner_id": learner_of(body),
            "ts_given": row.ts_given,
            "writer": principal.username,
            "body": json.dumps(body, ensure_ascii=False, separators=(",", ":")),
        })
    # A plain executemany, then one SELECT for the new rows' seq: RETURNING with
    # sort_by_parameter_order would make SQLAlchemy send SQLite one INSERT per row.
    _insert_many(conn, s, values)
    seq_of = {sid: seq for sid, seq in conn.execute(
        select(s.c.id, s.c.seq).where(s.c.id.in_([row.id for row in new])))}
    agents, activities = [], []
    for row, body in zip(new, bodies, strict=True):
        seq = seq_of[row.id]
        agents += [{"seq": seq, "agent": key, "related": rel} for key, rel in agent_keys(body)]
        activities += [{"seq": seq, "activity": aid, "related": rel}
                       for aid, rel in activity_ids(body)]
    if agents:
        _insert_many(conn, schema.statement_agents, agents)
    if activities:
        _insert_many(conn, schema.statement_activities, activities)
