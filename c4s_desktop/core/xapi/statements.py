"""Building the statements the app records, one function per learner action shape."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from c4s_desktop.core.clock import event_now_iso
from c4s_desktop.core.xapi.vocabulary import (
    ACTIVITY_BASE,
    ACTIVITY_TYPES,
    LEARNER_HOME_PAGE,
    PLATFORM,
    VERBS,
    XAPI_VERSION,
)

Statement = dict[str, Any]


def activity_iri(pack_id: str, *ids: str) -> str:
    """The activity IRI of a pack, or of something inside it (item, question, prompt)."""
    return ACTIVITY_BASE + "/".join((pack_id, *ids))


def parse_activity_iri(iri: str) -> tuple[str, str | None]:
    """(pack id, item id or None) of an activity IRI made by :func:`activity_iri`."""
    if not iri.startswith(ACTIVITY_BASE):
        return "", None
    parts = iri[len(ACTIVITY_BASE):].split("/")
    return parts[0], parts[1] if len(parts) > 1 else None


def learner_actor(learner_id: str, name: str | None = None) -> dict[str, Any]:
    """The learner as an xAPI Agent identified by an account (their UUID)."""
    actor: dict[str, Any] = {
        "objectType": "Agent",
        "account": {"homePage": LEARNER_HOME_PAGE, "name": learner_id},
    }
    if name:
        actor["name"] = name
    return actor


def make_statement(
    learner_id: str,
    verb: str,
    activity: str,
    activity_type: str,
    *,
    name: Mapping[str, str] | None = None,
    result: Mapping[str, Any] | None = None,
    extensions: Mapping[str, Any] | None = None,
    parents: tuple[str, ...] = (),
    registration: str | None = None,
    language: str | None = None,
    timestamp: str | None = None,
) -> Statement:
    """A complete statement with a device-made UUID and a UTC millisecond timestamp."""
    import uuid  # with platform: at the first statement, not at every start

    definition: dict[str, Any] = {"type": ACTIVITY_TYPES[activity_type]}
    if name:
        definition["name"] = dict(name)
    statement: Statement = {
        "id": str(uuid.uuid4()),
        "actor": learner_actor(learner_id),
        "verb": {"id": VERBS[verb], "display": {"en-US": verb}},
        "object": {"objectType": "Activity", "id": activity, "definition": definition},
        "timestamp": timestamp or event_now_iso(),
        "version": XAPI_VERSION,
    }
    context: dict[str, Any] = {"platform": PLATFORM}
    if language:
        context["language"] = language
    if registration:
        context["registration"] = registration
    if parents:
        context["contextActivities"] = {
            "parent": [{"objectType": "Activity", "id": p} for p in parents]
        }
    if extensions:
        context["extensions"] = dict(extensions)
    statement["context"] = context
    if result:
        statement["result"] = dict(result)
    return statement
