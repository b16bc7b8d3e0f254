"""Checking xAPI 1.0.3 statements against the specification's MUST rules (Data, part 2).

Shared by the device and the central server. Every problem raises :class:`StatementInvalid`
naming the JSON path of the field at fault (``actor.account.homePage``, ``[3].object.id``),
so a rejected batch tells its sender exactly what to fix. The checks of single values
(formats, types, strict JSON) are in ``xapi_values.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from c4s_desktop.core.xapi.xapi_values import (
    DURATION_RE,
    IRI_RE,
    LANG_RE,
    MBOX_RE,
    SHA1_RE,
    UUID_RE,
    VERSION_RE,
    StatementInvalid,
    as_boolean,
    as_iri,
    as_list,
    as_number,
    as_object,
    as_string,
    as_uuid,
    check_extensions,
    check_language_map,
    check_timestamp,
    fail,
    formatted,
    join,
    load_json,
)

__all__ = ["IRI_RE", "UUID_RE", "StatementInvalid", "check_statement", "check_timestamp",
           "is_voiding", "load_json"]

VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided"
IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
INTERACTION_TYPES = (
    "true-false", "choice", "fill-in", "long-fill-in", "matching", "performance",
    "sequencing", "likert", "numeric", "other",
)
COMPONENT_LISTS = ("choices", "scale", "source", "target", "steps")
CONTEXT_ACTIVITY_KEYS = ("parent", "grouping", "category", "other")


def check_agent(value: object, path: str, *, is_object: bool = False) -> None:
    """An Agent: exactly one inverse functional identifier."""
    obj = as_object(value, path, ("objectType", "name", *IFIS))
    if is_object and "objectType" not in obj:
        raise fail(join(path, "objectType"), "is required when an Agent is the object")
    if "objectType" in obj and obj["objectType"] != "Agent":
        raise fail(join(path, "objectType"), "must be 'Agent'")
    if "name" in obj:
        as_string(obj["name"], join(path, "name"))
    found = _check_ifis(obj, path)
    if found != 1:
        raise fail(path, "an Agent must have exactly one of mbox, mbox_sha1sum, openid, account")


def _check_ifis(obj: Mapping[str, Any], path: str) -> int:
    found = 0
    for key in IFIS:
        if key not in obj:
            continue
        found += 1
        where = join(path, key)
        if key == "mbox":
            formatted(obj[key], where, MBOX_RE, "a mailto IRI (mailto:name@host)")
        elif key == "mbox_sha1sum":
            formatted(obj[key], where, SHA1_RE, "a SHA-1 sum in hex (40 digits)")
        elif key == "openid":
            as_iri(obj[key], where)
        else:
            account = as_object(obj[key], where, ("homePage", "name"), ("homePage", "name"))
            as_iri(account["homePage"], join(where, "homePage"))
            as_string(account["name"], join(where, "name"))
    return found


def check_group(value: object, path: str) -> None:
    """A Group: anonymous (members, no identifier) or identified (one identifier)."""
    obj = as_object(value, path, ("objectType", "name", "member", *IFIS), ("objectType",))
    if obj["objectType"] != "Group":
        raise fail(join(path, "objectType"), "must be 'Group'")
    if "name" in obj:
        as_string(obj["name"], join(path, "name"))
    found = _check_ifis(obj, path)
    if found > 1:
        raise fail(path, "a Group must not have more than one identifier")
    if found == 0 and "member" not in obj:
        raise fail(join(path, "member"), "is required in an anonymous Group")
    if "member" in obj:
        for n, member in enumerate(as_list(obj["member"], join(path, "member"))):
            check_agent(member, f"{path}.member[{n}]")


def check_actor(value: object, path: str, *, is_object: bool = False) -> None:
    """An Agent or a Group, told apart by ``objectType``."""
    if isinstance(value, dict) and value.get("objectType") == "Group":
        check_group(value, path)
    else:
        check_agent(value, path, is_object=is_object)


def _check_definition(value: object, path: str) -> None:
    obj = as_object(value, path, (
        "name", "description", "type", "moreInfo", "extensions", "interactionType",
        "correctResponsesPattern", *COMPONENT_LISTS,
    ))
    for key in ("name", "description"):
        if key in obj:
            check_language_map(obj[key], join(path, key))
    for key in ("type", "moreInfo"):
        if key in obj:
            as_iri(obj[key], join(path, key))
    if "extensions" in obj:
        check_extensions(obj["extensions"], join(path, "extensions"))
    if "interactionType" in obj and obj["interactionType"] not in INTERACTION_TYPES:
        raise fail(join(path, "interactionType"), "is not an interaction type of the spec")
    if "correctResponsesPattern" in obj:
        where = join(path, "correctResponsesPattern")
        for n, item in enumerate(as_list(obj["correctResponsesPattern"], where)):
            as_string(item, f"{where}[{n}]")
    for key in COMPONENT_LISTS:
        if key not in obj:
            continue
        if "interactionType" not in obj:
            raise fail(join(path, key), "needs an interactionType")
        where = join(path, key)
        for n, item in enumerate(as_list(obj[key], where)):
            comp = as_object(item, f"{where}[{n}]", ("id", "description"), ("id",))
            as_string(comp["id"], f"{where}[{n}].id")
            if "description" in comp:
                check_language_map(comp["description"], f"{where}[{n}].description")


def check_activity(value: object, path: str) -> None:
    """An Activity: an IRI and an optional definition."""
    obj = as_object(value, path, ("objectType", "id", "definition"), ("id",))
    if "objectType" in obj and obj["objectType"] != "Activity":
        raise fail(join(path, "objectType"), "must be 'Activity'")
    as_iri(obj["id"], join(path, "id"))
    if "definition" in obj:
        _check_definition(obj["definition"], join(path, "definition"))


def _check_statement_ref(value: object, path: str) -> None:
    obj = as_object(value, path, ("objectType", "id"), ("objectType", "id"))
    if obj["objectType"] != "StatementRef":
        raise fail(join(path, "objectType"), "must be 'StatementRef'")
    as_uuid(obj["id"], join(path, "id"))


def _check_object(value: object, path: str, *, in_substatement: bool) -> str:
    if not isinstance(value, dict):
        raise fail(path, "must be a JSON object")
    kind = value.get("objectType", "Activity")
    if kind == "Activity":
        check_activity(value, path)
    elif kind in ("Agent", "Group"):
        check_actor(value, path, is_object=True)
    elif kind == "StatementRef":
        _check_statement_ref(value, path)
    elif kind == "SubStatement":
        if in_substatement:
            raise fail(join(path, "objectType"), "a SubStatement must not contain another")
        _check_body(value, path, substatement=True)
    else:
        raise fail(join(path, "objectType"), "is not an object type of the spec")
    return str(kind)


def _check_verb(value: object, path: str) -> str:
    obj = as_object(value, path, ("id", "display"), ("id",))
    verb_id = as_iri(obj["id"], join(path, "id"))
    if "display" in obj:
        check_language_map(obj["display"], join(path, "display"))
    return verb_id


def _check_result(value: object, path: str) -> None:
    obj = as_object(value, path, (
        "score", "success", "completion", "response", "duration", "extensions",
    ))
    if "score" in obj:
        _check_score(obj["score"], join(path, "score"))
    for key in ("success", "completion"):
        if key in obj:
            as_boolean(obj[key], join(path, key))
    if "response" in obj:
        as_string(obj["response"], join(path, "response"))
    if "duration" in obj:
        formatted(obj["duration"], join(path, "duration"), DURATION_RE, "an ISO 8601 duration")
    if "extensions" in obj:
        check_extensions(obj["extensions"], join(path, "extensions"))


def _check_score(value: object, path: str) -> None:
    obj = as_object(value, path, ("scaled", "raw", "min", "max"))
    nums = {key: as_number(obj[key], join(path, key)) for key in obj}
    if "scaled" in nums and not -1 <= nums["scaled"] <= 1:
        raise fail(join(path, "scaled"), "must be between -1 and 1")
    if "min" in nums and "max" in nums and nums["min"] >= nums["max"]:
        raise fail(join(path, "min"), "must be less than max")
    if "raw" in nums:
        if "min" in nums and nums["raw"] < nums["min"]:
            raise fail(join(path, "raw"), "must not be less than min")
        if "max" in nums and nums["raw"] > nums["max"]:
            raise fail(join(path, "raw"), "must not be more than max")


def _check_context(value: object, path: str, object_kind: str) -> None:
    obj = as_object(value, path, (
        "registration", "instructor", "team", "contextActivities", "revision", "platform",
        "language", "statement", "extensions",
    ))
    if "registration" in obj:
        as_uuid(obj["registration"], join(path, "registration"))
    if "instructor" in obj:
        check_actor(obj["instructor"], join(path, "instructor"))
    if "team" in obj:
        check_group(obj["team"], join(path, "team"))
    if "contextActivities" in obj:
        where = join(path, "contextActivities")
        activities = as_object(obj["contextActivities"], where, CONTEXT_ACTIVITY_KEYS)
        for key, items in activities.items():
            listed = items if isinstance(items, list) else [items]
            for n, item in enumerate(listed):
                check_activity(item, f"{where}.{key}[{n}]" if isinstance(items, list)
                               else f"{where}.{key}")
    for key in ("revision", "platform"):
        if key in obj:
            as_string(obj[key], join(path, key))
            if object_kind != "Activity":
                raise fail(join(path, key), "may be used only when the object is an Activity")
    if "language" in obj:
        formatted(obj["language"], join(path, "language"), LANG_RE, "an RFC 5646 language tag")
    if "statement" in obj:
        _check_statement_ref(obj["statement"], join(path, "statement"))
    if "extensions" in obj:
        check_extensions(obj["extensions"], join(path, "extensions"))


def _check_attachments(value: object, path: str) -> None:
    for n, item in enumerate(as_list(value, path)):
        where = f"{path}[{n}]"
        att = as_object(item, where, (
            "usageType", "display", "description", "contentType", "length", "sha2", "fileUrl",
        ), ("usageType", "display", "contentType", "length", "sha2"))
        as_iri(att["usageType"], join(where, "usageType"))
        check_language_map(att["display"], join(where, "display"))
        if "description" in att:
            check_language_map(att["description"], join(where, "description"))
        as_string(att["contentType"], join(where, "contentType"))
        if isinstance(att["length"], bool) or not isinstance(att["length"], int):
            raise fail(join(where, "length"), "must be an integer")
        as_string(att["sha2"], join(where, "sha2"))
        if "fileUrl" not in att:
            raise fail(join(where, "fileUrl"),
                        "is required: this server takes no attachment data, only fileUrl")
        as_iri(att["fileUrl"], join(where, "fileUrl"))


STATEMENT_KEYS = (
    "id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority",
    "version", "attachments",
)
SUBSTATEMENT_KEYS = (
    "objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments",
)


def _check_body(obj: object, path: str, *, substatement: bool) -> None:
    allowed = SUBSTATEMENT_KEYS if substatement else STATEMENT_KEYS
    body = as_object(obj, path, allowed, ("actor", "verb", "object"))
    check_actor(body["actor"], join(path, "actor"))
    verb_id = _check_verb(body["verb"], join(path, "verb"))
    kind = _check_object(body["object"], join(path, "object"), in_substatement=substatement)
    if verb_id == VOIDED_VERB and kind != "StatementRef":
        raise fail(join(path, "object.objectType"),
                    "must be 'StatementRef' in a statement that voids another")
    if "result" in body:
        _check_result(body["result"], join(path, "result"))
    if "context" in body:
        _check_context(body["context"], join(path, "context"), kind)
    if "timestamp" in body:
        check_timestamp(body["timestamp"], join(path, "timestamp"))
    if "attachments" in body:
        _check_attachments(body["attachments"], join(path, "attachments"))


def check_statement(value: object, path: str = "") -> None:
    """Raise :class:`StatementInvalid` unless ``value`` is a valid xAPI 1.0.3 statement."""
    _check_body(value, path, substatement=False)
    assert isinstance(value, dict)
    if "id" in value:
        as_uuid(value["id"], join(path, "id"))
    if "stored" in value:
        check_timestamp(value["stored"], join(path, "stored"))
    if "authority" in value:
        authority = value["authority"]
        check_actor(authority, join(path, "authority"))
        if isinstance(authority, dict) and authority.get("objectType") == "Group" and len(
                authority.get("member", [])) != 2:
            raise fail(join(path, "authority.member"),
                        "must hold exactly two Agents (an application and a user)")
    if "version" in value:
        formatted(value["version"], join(path, "version"), VERSION_RE,
                   "a 1.0.x version (this server speaks xAPI 1.0.3)")


def is_voiding(statement: Mapping[str, Any]) -> bool:
    """True when ``statement`` voids another (its verb is ``voided``)."""
    return bool(statement["verb"]["id"] == VOIDED_VERB)
