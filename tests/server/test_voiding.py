"""Who a voiding statement voids: only a statement about the same learner, whichever arrives
first (on SQLite and PostgreSQL). The xAPI rules of voiding itself are in test_query.py."""

from __future__ import annotations

import json
import uuid
from typing import Any

from c4s_desktop.core.xapi.statements import learner_actor
from c4s_desktop.core.xapi.validate import VOIDED_VERB
from tests.server.conftest import Device, Server, statement


def _voiding(learner: str, target: str) -> dict[str, Any]:
    voiding = statement(learner)
    voiding["verb"] = {"id": VOIDED_VERB, "display": {"en-US": "voided"}}
    voiding["object"] = {"objectType": "StatementRef", "id": target}
    del voiding["context"]
    return voiding


def _post(device: Device, made: dict[str, Any]) -> int:
    return device.request("POST", "/xapi/statements", json=made).status_code


def _get(device: Device, **params: str) -> int:
    return device.request("GET", "/xapi/statements", params=params).status_code


def _listed(device: Device, learner: str) -> list[str]:
    reply = device.request("GET", "/xapi/statements",
                           params={"agent": json.dumps(learner_actor(learner))})
    assert reply.status_code == 200, reply.text
    return [s["id"] for s in reply.json()["statements"]]


def test_foreign_void_sent_before_its_target_hides_nothing(server: Server) -> None:
    """The audit: device B voids an id nobody used yet; when learner A's statement arrives
    with that id, it stays visible to A's device (and is not voided for anyone)."""
    device_a, device_b = server.enroll(), server.enroll()
    learner_a, learner_b = device_a.learner(), device_b.learner()
    target = statement(learner_a)
    assert _post(device_b, _voiding(learner_b, target["id"])) == 200
    assert _post(device_a, target) == 200
    assert _get(device_a, statementId=target["id"]) == 200
    assert _get(device_a, voidedStatementId=target["id"]) == 404
    assert target["id"] in _listed(device_a, learner_a)


def test_admin_void_about_another_learner_voids_nothing(server: Server) -> None:
    """An admin may store any statement, but its void of a statement about another learner
    (the target held first) hides nothing either: the rule holds in both orders."""
    device = server.enroll()
    learner = device.learner()
    target = statement(learner)
    assert _post(device, target) == 200
    admin = Device(server, *server.admin())
    assert _post(admin, _voiding(str(uuid.uuid4()), target["id"])) == 200
    assert _get(device, statementId=target["id"]) == 200
    assert target["id"] in _listed(device, learner)


def test_device_voiding_its_other_learners_statement_is_403(server: Server) -> None:
    """Data 2.3.2: "the LRS SHOULD reject ... with 403 Forbidden if the request is not from a
    source authorized to void": a voider about learner 1 cannot void learner 2's statement,
    even when both learners are on the same device."""
    device = server.enroll()
    first, second = device.learner(), device.learner()
    target = statement(second)
    assert _post(device, target) == 200
    reply = device.request("POST", "/xapi/statements", json=_voiding(first, target["id"]))
    assert reply.status_code == 403 and reply.json()["error"].startswith("object:")
    assert _get(device, statementId=target["id"]) == 200


def test_void_sent_before_its_target_voids_it(server: Server) -> None:
    """xAPI 1.0.3 for a legitimate void: the voider of the same learner may arrive first
    (devices sync in any order); once the target arrives it is voided."""
    device = server.enroll()
    learner = device.learner()
    target = statement(learner)
    voiding = _voiding(learner, target["id"])
    assert _post(device, voiding) == 200
    assert _post(device, target) == 200
    assert _get(device, statementId=target["id"]) == 404
    assert _get(device, voidedStatementId=target["id"]) == 200
    assert _listed(device, learner) == [voiding["id"]]
