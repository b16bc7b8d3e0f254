"""GET on the statements resource: the parameters, the filters and ``more`` paging.

Filters other than time and limit also match a statement whose object is a StatementRef to a
matching statement, recursively (Communication 2.1.3, "Filter Conditions for StatementRefs").
Voided statements are never listed (2.1.4); the statements that target them still are. Only
a voiding statement about the same learner voids a statement (see :func:`_voided`).
Paging uses a cursor (``stored``, then insertion order) carried in the ``more`` link, so a
``more`` link stays valid for as long as the server runs, well past the 24 hours required.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    exists,
    false,
    not_,
    or_,
    select,
    true,
)

from c4s_desktop.core.xapi.validate import (
    IRI_RE,
    UUID_RE,
    StatementInvalid,
    check_actor,
    check_timestamp,
)
from sync.db import schema
from sync.xapi.identity import agent_key, learner_of_agent
from sync.xapi.timestamps import to_micros

SINGLE_PARAMS = ("statementId", "voidedStatementId")
QUERY_PARAMS = (
    "agent", "verb", "activity", "registration", "related_activities", "related_agents",
    "since", "until", "limit", "format", "attachments", "ascending", "cursor",
)
FORMATS = ("exact", "ids", "canonical")


class BadQuery(Exception):
    """A parameter is unknown, repeated, malformed, or used where it is not allowed."""


@dataclass(frozen=True)
class Single:
    """GET of one statement by ``statementId`` or ``voidedStatementId``."""

    statement_id: str
    voided: bool
    format: str
    attachments: bool


@dataclass(frozen=True)
class Query:
    """A filtered, paged list of statements."""

    params: dict[str, str]
    agent: str | None = None
    agent_learner: str | None = None
    verb: str | None = None
    activity: str | None = None
    registration: str | None = None
    related_agents: bool = False
    related_activities: bool = False
    since_us: int | None = None
    until_us: int | None = None
    limit: int = 0
    ascending: bool = False
    format: str = "exact"
    attachments: bool = False
    cursor: tuple[int, int] | None = None


def _boolean(name: str, value: str) -> bool:
    if value not in ("true", "false"):
        raise BadQuery(f"{name} must be true or false")
    return value == "true"


def _validated(name: str, check: Any, value: object) -> None:
    try:
        check(value, name)
    except StatementInvalid as exc:
        raise BadQuery(f"{exc.field} {exc.problem}") from exc


def parse(pairs: list[tuple[str, str]]) -> Single | Query:
    """Read the query string of a GET (as ordered pairs); raise :class:`BadQuery`."""
    params: dict[str, str] = {}
    for name, value in pairs:
        if name not in SINGLE_PARAMS + QUERY_PARAMS:
            raise BadQuery(f"{name} is not a parameter of the statements resource")
        if name in params:
            raise BadQuery(f"{name} is given twice")
        params[name] = value
    fmt = params.get("format", "exact")
    if fmt not in FORMATS:
        raise BadQuery("format must be ids, exact or canonical")
    attachments = _boolean("attachments", params.get("attachments", "false"))
    singles = [name for name in SINGLE_PARAMS if name in params]
    if singles:
        if len(singles) > 1:
            raise BadQuery("statementId and voidedStatementId cannot be used together")
        others = set(params) - {singles[0], "format", "attachments"}
        if others:
            raise BadQuery(f"{singles[0]} cannot be used with {', '.join(sorted(others))}")
        value = params[singles[0]]
        if not UUID_RE.fullmatch(value):
            raise BadQuery(f"{singles[0]} must be a UUID")
        return Single(value.lower(), singles[0] == "voidedStatementId", fmt, attachments)
    query: dict[str, Any] = {"params": params, "format": fmt, "attachments": attachments}
    if "agent" in params:
        try:
            agent = json.loads(params["agent"])
        except (ValueError, RecursionError) as exc:  # RecursionError: nested too deep
            raise BadQuery("agent must be an Agent or identified Group in JSON") from exc
        _validated("agent", check_actor, agent)
        key = agent_key(agent)
        if key is None:
            raise BadQuery("agent must have an identifier (an anonymous Group cannot be used)")
        query["agent"] = key
        query["agent_learner"] = learner_of_agent(agent)
    for name in ("verb", "activity"):
        if name in params:
            if not IRI_RE.fullmatch(params[name]):
                raise BadQuery(f"{name} must be an IRI")
            query[name] = params[name]
    if "registration" in params:
        if not UUID_RE.fullmatch(params["registration"]):
            raise BadQuery("registration must be a UUID")
        query["registration"] = params["registration"].lower()
    for name in ("related_agents", "related_activities", "ascending"):
        if name in params:
            query[name] = _boolean(name, params[name])
    for name in ("since", "until"):
        if name in params:
            _validated(name, check_timestamp, params[name])
            query[f"{name}_us"] = to_micros(params[name])
    if "limit" in params:
        if not params["limit"].isdigit():
            raise BadQuery("limit must be a non-negative integer")
        query["limit"] = int(params["limit"])
    if "cursor" in params:
        try:
            stored_us, seq = (int(part) for part in params["cursor"].split(".", 1))
        except ValueError as exc:
            raise BadQuery("cursor is not one this server made") from exc
        query["cursor"] = (stored_us, seq)
    return Query(**query)


def _voided(s: Any) -> ColumnElement[bool]:
    """True for a statement voided by a voiding statement about the same learner.

    A voider about another learner voids nothing, whichever of the two arrived first: a
    device could otherwise hide a statement of someone else's learner by voiding its id
    before it is sent. Statements whose actor is no C4S learner (only an admin writes those)
    void each other as xAPI says.
    """
    voider = schema.statements.alias("voider")
    return and_(s.c.voiding == false(), exists(
        select(voider.c.seq).where(voider.c.ref_id == s.c.id, voider.c.voiding == true(),
                                   voider.c.learner_id.is_not_distinct_from(s.c.learner_id))))


def _filters(q: Query) -> list[ColumnElement[bool]]:
    s, sa, sc = schema.statements, schema.statement_agents, schema.statement_activities
    conds: list[ColumnElement[bool]] = []
    if q.verb:
        conds.append(s.c.verb_id == q.verb)
    if q.registration:
        conds.append(s.c.registration == q.registration)
    if q.agent:
        agent_rows = select(sa.c.seq).where(sa.c.agent == q.agent)
        if not q.related_agents:
            agent_rows = agent_rows.where(sa.c.related == false())
        conds.append(s.c.seq.in_(agent_rows))
    if q.activity:
        activity_rows = select(sc.c.seq).where(sc.c.activity == q.activity)
        if not q.related_activities:
            activity_rows = activity_rows.where(sc.c.related == false())
        conds.append(s.c.seq.in_(activity_rows))
    return conds


def build(q: Query, learners: set[str] | None, page: int, not_by: str | None = None
          ) -> Select[Any]:
    """The SELECT for one page (one row more than ``page``, to know if more follow), leaving
    out the statements ``not_by`` wrote (a device that holds them already)."""
    s = schema.statements
    where: list[ColumnElement[bool]] = [not_(_voided(s))]
    conds = _filters(q)
    if conds:
        matched = select(s.c.seq, s.c.id).where(*conds).cte("matched", recursive=True)
        m = matched.alias("m")
        targeting = schema.statements.alias("targeting")
        matched = matched.union(
            select(targeting.c.seq, targeting.c.id).where(targeting.c.ref_id == m.c.id))
        where.append(s.c.seq.in_(select(matched.c.seq)))
    if q.since_us is not None:
        where.append(s.c.stored_us > q.since_us)
    if q.until_us is not None:
        where.append(s.c.stored_us <= q.until_us)
    if learners is not None:
        where.append(s.c.learner_id.in_(sorted(learners)))
    if not_by is not None:
        where.append(s.c.writer != not_by)
    if q.cursor is not None:
        stored_us, seq = q.cursor
        if q.ascending:
            where.append(or_(s.c.stored_us > stored_us,
                             and_(s.c.stored_us == stored_us, s.c.seq > seq)))
        else:
            where.append(or_(s.c.stored_us < stored_us,
                             and_(s.c.stored_us == stored_us, s.c.seq < seq)))
    order = (s.c.stored_us.asc(), s.c.seq.asc()) if q.ascending else (
        s.c.stored_us.desc(), s.c.seq.desc())
    return select(s.c.seq, s.c.stored_us, s.c.body).where(*where).order_by(*order).limit(page + 1)


def run(conn: Connection, q: Query, learners: set[str] | None, max_page: int,
        not_by: str | None = None) -> tuple[list[str], str]:
    """The statement bodies of one page and the ``more`` link ("" when this is the last)."""
    page = min(q.limit or max_page, max_page)
    rows = conn.execute(build(q, learners, page, not_by)).all()
    more = ""
    if len(rows) > page:
        rows = rows[:page]
        last = rows[-1]
        params = {k: v for k, v in q.params.items() if k != "cursor"}
        params["cursor"] = f"{last.stored_us}.{last.seq}"
        more = "/xapi/statements?" + urlencode(params)
    return [row.body for row in rows], more


def fetch_single(conn: Connection, single: Single) -> tuple[str, str | None] | None:
    """(body, learner) of the statement asked for, or None when there is no such one.

    ``statementId`` never returns a voided statement; ``voidedStatementId`` only a voided one.
    """
    s = schema.statements
    row = conn.execute(
        select(s.c.body, s.c.learner_id, _voided(s).label("voided")).where(
            s.c.id == single.statement_id)
    ).first()
    if row is None or bool(row.voided) != single.voided:
        return None
    return row.body, row.learner_id

