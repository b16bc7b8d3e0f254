"""The ``format`` parameter of GET statements: ``exact``, ``ids`` or ``canonical``.

``ids`` keeps only what identifies each Agent, Group, Activity and Verb; ``canonical`` keeps
one language in every language map of Activity definitions and Verb displays, chosen with the
request's ``Accept-Language`` (this server keeps no other canonical definitions).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sync.xapi.identity import agent_key

Json = dict[str, Any]
IFIS = ("mbox", "mbox_sha1sum", "openid", "account")


def accepted_languages(header: str) -> list[str]:
    """The languages of an ``Accept-Language`` header, most wanted first."""
    weighted = []
    for n, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if tag and quality > 0:
            weighted.append((-quality, n, tag.strip().casefold()))
    return [tag for _, _, tag in sorted(weighted)]


def _pick(language_map: Mapping[str, str], wanted: list[str]) -> Json:
    if not language_map:
        return {}
    keys = {key.casefold(): key for key in language_map}
    for tag in wanted:
        if tag == "*":
            break
        if tag in keys:
            return {keys[tag]: language_map[keys[tag]]}
        primary = tag.split("-")[0]
        for folded, key in keys.items():
            if folded.split("-")[0] == primary:
                return {key: language_map[key]}
    first = next(iter(language_map))
    return {first: language_map[first]}


def _ids_actor(actor: Mapping[str, Any]) -> Json:
    out: Json = {k: actor[k] for k in ("objectType", *IFIS) if k in actor}
    if agent_key(actor) is None and "member" in actor:
        out["member"] = [_ids_actor(m) for m in actor["member"]]
    return out


def _canonical_definition(definition: Mapping[str, Any], wanted: list[str]) -> Json:
    out = dict(definition)
    for key in ("name", "description"):
        if key in out:
            out[key] = _pick(out[key], wanted)
    for key in ("choices", "scale", "source", "target", "steps"):
        if key in out:
            out[key] = [{**c, "description": _pick(c["description"], wanted)}
                        if "description" in c else c for c in out[key]]
    return out


def _map_statement(statement: Mapping[str, Any], actor: Callable[[Any], Any],
                   activity: Callable[[Any], Any], verb: Callable[[Any], Any]) -> Json:
    out = dict(statement)
    out["actor"] = actor(out["actor"])
    out["verb"] = verb(out["verb"])
    obj = out["object"]
    kind = obj.get("objectType", "Activity")
    if kind == "Activity":
        out["object"] = activity(obj)
    elif kind in ("Agent", "Group"):
        out["object"] = actor(obj)
    elif kind == "SubStatement":
        out["object"] = _map_statement(obj, actor, activity, verb)
    if "authority" in out:
        out["authority"] = actor(out["authority"])
    if "context" in out:
        context = dict(out["context"])
        for key in ("instructor", "team"):
            if key in context:
                context[key] = actor(context[key])
        if "contextActivities" in context:
            context["contextActivities"] = {
                key: [activity(a) for a in items] if isinstance(items, list) else activity(items)
                for key, items in context["contextActivities"].items()
            }
        out["context"] = context
    return out


def apply_format(statement: Mapping[str, Any], fmt: str, accept_language: str) -> Json:
    """``statement`` as the ``format`` parameter asks."""
    if fmt == "ids":
        return _map_statement(
            statement, _ids_actor,
            lambda a: {"objectType": "Activity", "id": a["id"]},
            lambda v: {"id": v["id"]},
        )
    if fmt == "canonical":
        wanted = accepted_languages(accept_language)

        def activity(a: Mapping[str, Any]) -> Json:
            if "definition" not in a:
                return dict(a)
            return {**a, "definition": _canonical_definition(a["definition"], wanted)}

        def verb(v: Mapping[str, Any]) -> Json:
            return {**v, "display": _pick(v["display"], wanted)} if "display" in v else dict(v)

        return _map_statement(statement, lambda a: a, activity, verb)
    return dict(statement)
