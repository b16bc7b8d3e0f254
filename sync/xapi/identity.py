"""What a statement is about, as keys the query filters can look up.

Agents and identified Groups are keyed by their inverse functional identifier; the ``agent``
filter matches the actor or object (and the members of a Group there), ``related_agents``
also authority, instructor, team and the same inside a SubStatement. Activities likewise:
the object, and with ``related_activities`` the context activities too.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from typing import Any

from c4s_desktop.core.xapi.vocabulary import LEARNER_HOME_PAGE

Json = Mapping[str, Any]


def agent_key(agent: Json) -> str | None:
    """The inverse functional identifier of an Agent or identified Group, as one string."""
    if "mbox" in agent:
        return "mbox:" + str(agent["mbox"])
    if "mbox_sha1sum" in agent:
        return "sha1:" + str(agent["mbox_sha1sum"]).lower()
    if "openid" in agent:
        return "openid:" + str(agent["openid"])
    if "account" in agent:
        account = agent["account"]
        home, name = account["homePage"], account["name"]
        if isinstance(home, str) and isinstance(name, str):
            return _account_key(home, name)
        return "account:" + json.dumps([home, name])
    return None


@functools.lru_cache(maxsize=4096)
def _account_key(home: str, name: str) -> str:
    # A pure function of its arguments, so remembering it is safe across processes; a batch
    # names the same few learners and the server's own authority hundreds of times.
    return "account:" + json.dumps([home, name])


def learner_of_agent(agent: Json) -> str | None:
    """The C4S learner an Agent is, when it is one (an account of ours)."""
    account = agent.get("account")
    if isinstance(account, Mapping) and account.get("homePage") == LEARNER_HOME_PAGE:
        return str(account.get("name"))
    return None


def learner_of(statement: Json) -> str | None:
    """The C4S learner a statement's actor is, when it is one."""
    return learner_of_agent(statement["actor"])


def _actor_keys(actor: Json | None) -> Iterator[str]:
    if not isinstance(actor, Mapping):
        return
    key = agent_key(actor)
    if key:
        yield key
    for member in actor.get("member", ()) or ():
        member_key = agent_key(member)
        if member_key:
            yield member_key


def _object_agent(obj: Json) -> Json | None:
    return obj if obj.get("objectType") in ("Agent", "Group") else None


def agent_keys(statement: Json) -> set[tuple[str, bool]]:
    """(key, related) for every Agent or Group the statement names."""
    found: set[tuple[str, bool]] = set()
    obj = statement["object"]
    for key in _actor_keys(statement["actor"]):
        found.add((key, False))
    for key in _actor_keys(_object_agent(obj)):
        found.add((key, False))
    related: list[Json | None] = [statement.get("authority")]
    context = statement.get("context") or {}
    related += [context.get("instructor"), context.get("team")]
    if obj.get("objectType") == "SubStatement":
        sub_context = obj.get("context") or {}
        related += [obj["actor"], _object_agent(obj["object"]),
                    sub_context.get("instructor"), sub_context.get("team")]
    for actor in related:
        for key in _actor_keys(actor):
            found.add((key, True))
    return {(k, r) for k, r in found if not (r and (k, False) in found)}


def _context_activities(context: Json | None) -> Iterator[str]:
    for items in ((context or {}).get("contextActivities") or {}).values():
        for item in items if isinstance(items, list) else [items]:
            yield str(item["id"])


def activity_ids(statement: Json) -> set[tuple[str, bool]]:
    """(activity id, related) for the object and the context activities."""
    found: set[tuple[str, bool]] = set()
    obj = statement["object"]
    if obj.get("objectType", "Activity") == "Activity":
        found.add((str(obj["id"]), False))
    related = set(_context_activities(statement.get("context")))
    if obj.get("objectType") == "SubStatement":
        sub = obj["object"]
        if sub.get("objectType", "Activity") == "Activity":
            related.add(str(sub["id"]))
        related |= set(_context_activities(obj.get("context")))
    found |= {(a, True) for a in related if (a, False) not in found}
    return found
