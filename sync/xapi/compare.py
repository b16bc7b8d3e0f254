"""Statement comparison (xAPI Data 2.3.1): is a statement sent again the one already held?

Differences that the immutability exceptions could cause are ignored: the properties the LRS
assigns (``id``, ``authority``, ``stored``, ``version``, and ``timestamp`` when the LRS set
it), Activity Definitions and Verb ``display`` (not part of the statement), the serialisation
of timestamps (compared as instants), the order of a Group's members, attachments, the case
of UUIDs, JSON formatting and key order. Every other difference counts.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sync.xapi.timestamps import to_micros

ASSIGNED = ("id", "authority", "stored", "version", "timestamp", "attachments")


def _actor(actor: Any) -> Any:
    if isinstance(actor, Mapping) and isinstance(actor.get("member"), list):
        members = sorted(json.dumps(m, sort_keys=True) for m in actor["member"])
        return {**actor, "member": members}
    return actor


def _activity(activity: Any) -> Any:
    if isinstance(activity, Mapping):
        return {k: v for k, v in activity.items() if k != "definition"}
    return activity


def _object(obj: Mapping[str, Any]) -> Any:
    kind = obj.get("objectType", "Activity")
    if kind == "Activity":
        return _activity(obj)
    if kind in ("Agent", "Group"):
        return _actor(obj)
    if kind == "StatementRef":
        return {**obj, "id": str(obj["id"]).lower()}
    return _body(obj, substatement=True)


def _context(context: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(context)
    if "registration" in out:
        out["registration"] = str(out["registration"]).lower()
    for key in ("instructor", "team"):
        if key in out:
            out[key] = _actor(out[key])
    if "statement" in out:
        out["statement"] = {**out["statement"], "id": str(out["statement"]["id"]).lower()}
    if "contextActivities" in out:
        out["contextActivities"] = {
            key: [_activity(a) for a in (items if isinstance(items, list) else [items])]
            for key, items in out["contextActivities"].items()
        }
    return out


def _body(statement: Mapping[str, Any], *, substatement: bool) -> dict[str, Any]:
    dropped = ("attachments",) if substatement else ASSIGNED
    out = {k: v for k, v in statement.items() if k not in dropped}
    out["actor"] = _actor(out["actor"])
    out["verb"] = {"id": out["verb"]["id"]}
    out["object"] = _object(out["object"])
    if "context" in out:
        out["context"] = _context(out["context"])
    if substatement and "timestamp" in out:
        out["timestamp"] = _instant(out["timestamp"])
    return out


def _instant(timestamp: str) -> int | str:
    """The instant a timestamp names, or its text when it names none (a statement stored
    before timestamps were checked as dates; it then matches only the same text)."""
    try:
        return to_micros(timestamp)
    except ValueError:
        return timestamp


def comparison_form(statement: Mapping[str, Any], *, with_timestamp: bool) -> str:
    """A canonical string of what must match; the timestamp only when both sides gave one."""
    body = _body(statement, substatement=False)
    if with_timestamp and "timestamp" in statement:
        body["timestamp"] = _instant(statement["timestamp"])
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def same_statement(held: Mapping[str, Any], held_ts_given: bool,
                   received: Mapping[str, Any]) -> bool:
    """True when ``received`` matches the statement already held (see the module doc)."""
    both = held_ts_given and "timestamp" in received
    return comparison_form(held, with_timestamp=both) == comparison_form(
        received, with_timestamp=both)
