"""GET on the statements resource (Communication 2.1.3 and 2.1.4), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import pytest

from c4s_desktop.core.xapi.statements import learner_actor
from c4s_desktop.core.xapi.validate import VOIDED_VERB
from tests.server.conftest import Device, Server, statement


def _post(device: Device, *statements: dict[str, Any]) -> None:
    reply = device.request("POST", "/xapi/statements", json=list(statements))
    assert reply.status_code == 200, reply.text


def _ids(device: Device, **params: Any) -> list[str]:
    reply = device.request("GET", "/xapi/statements", params=params)
    assert reply.status_code == 200, reply.text
    return [s["id"] for s in reply.json()["statements"]]


def _void(device: Device, learner: str, target: str) -> dict[str, Any]:
    voiding = statement(learner)
    voiding["verb"] = {"id": VOIDED_VERB, "display": {"en-US": "voided"}}
    voiding["object"] = {"objectType": "StatementRef", "id": target}
    del voiding["context"]
    _post(device, voiding)
    return voiding


@pytest.fixture
def admin(server: Server) -> Device:
    """An admin account used like a device session (reads everything)."""
    user, password = server.admin()
    return Device(server, user, password)


def test_default_order_is_newest_stored_first(server: Server) -> None:
    """2.1.3: "a list of Statements in reverse chronological order based on stored time";
    ascending=true: "return results in ascending order of stored time"."""
    device = server.enroll()
    learner = device.learner()
    made = [statement(learner, item=f"i{n}") for n in range(3)]
    for one in made:
        _post(device, one)
    agent = json.dumps(learner_actor(learner))
    assert _ids(device, agent=agent) == [s["id"] for s in reversed(made)]
    assert _ids(device, agent=agent, ascending="true") == [s["id"] for s in made]


def test_filters_agent_verb_activity_registration(server: Server, admin: Device) -> None:
    """2.1.3: agent ("the specified Agent or Group is the Actor or Object"), verb, activity
    ("the Object of the Statement is an Activity with the specified id"), registration."""
    device = server.enroll()
    ana, bob = device.register(str(uuid.uuid4()), str(uuid.uuid4()))
    registration = str(uuid.uuid4())
    a1 = statement(ana, "launched", item="x1")
    a2 = statement(ana, "completed", item="x2")
    b1 = statement(bob, "completed", item="x1")
    b1["context"]["registration"] = registration
    _post(device, a1, a2, b1)
    assert set(_ids(device, agent=json.dumps(learner_actor(ana)))) == {a1["id"], a2["id"]}
    activity = a1["object"]["id"]
    assert set(_ids(admin, activity=activity)) >= {a1["id"], b1["id"]}
    assert a2["id"] not in _ids(admin, activity=activity)
    completed = set(_ids(device, verb=a2["verb"]["id"]))
    assert {a2["id"], b1["id"]} <= completed and a1["id"] not in completed
    assert _ids(device, registration=registration.upper()) == [b1["id"]]


def test_related_activities_and_agents(server: Server, admin: Device) -> None:
    """2.1.3: related_activities includes "any of the context Activities"; related_agents
    includes "Authority, Instructor, Team"."""
    device = server.enroll()
    learner = device.learner()
    made = statement(learner, item=f"rel-{uuid.uuid4().hex[:6]}")
    parent = f"urn:c4s:activity:org.example.test/parent-{uuid.uuid4().hex[:6]}"
    made["context"]["contextActivities"] = {"parent": [{"id": parent}]}
    instructor = {"mbox": f"mailto:{uuid.uuid4().hex[:8]}@example.org"}
    made["context"]["instructor"] = instructor
    _post(device, made)
    assert _ids(admin, activity=parent) == []
    assert _ids(admin, activity=parent, related_activities="true") == [made["id"]]
    assert _ids(admin, agent=json.dumps(instructor)) == []
    assert _ids(admin, agent=json.dumps(instructor), related_agents="true") == [made["id"]]


def test_group_members_match_the_agent_filter(server: Server) -> None:
    """2.1.3 agent: "Groups that have members which match the specified Agent based on their
    Inverse Functional Identifier ... are considered a match"."""
    user, password = server.admin()
    admin = Device(server, user, password)
    member = {"mbox": f"mailto:{uuid.uuid4().hex[:8]}@example.org"}
    made = statement(str(uuid.uuid4()))
    made["actor"] = {"objectType": "Group", "member": [member]}
    _post(admin, made)
    assert _ids(admin, agent=json.dumps(member)) == [made["id"]]


def test_limit_and_more_paging(server: Server) -> None:
    """Data 2.5: more is a "Relative IRL that can be used to fetch more results ... Empty
    string if there are no more results"; limit: "Maximum number of Statements to return"."""
    device = server.enroll()
    learner = device.learner()
    made = [statement(learner, item=f"p{n}") for n in range(5)]
    _post(device, *made)
    agent = json.dumps(learner_actor(learner))
    seen: list[str] = []
    reply = device.request("GET", "/xapi/statements", params={"agent": agent, "limit": 2})
    pages = 0
    while True:
        body = reply.json()
        assert len(body["statements"]) <= 2
        seen += [s["id"] for s in body["statements"]]
        pages += 1
        if not body["more"]:
            break
        assert body["more"].startswith("/xapi/statements?")
        reply = device.request("GET", body["more"])
    assert pages == 3
    assert seen == [s["id"] for s in reversed(made)]


def test_since_is_exclusive_and_until_inclusive(server: Server) -> None:
    """2.1.3: since: "Only Statements stored since the specified Timestamp (exclusive)";
    until: "Only Statements stored at or before the specified Timestamp"."""
    device = server.enroll()
    learner = device.learner()
    first, second = statement(learner, item="s1"), statement(learner, item="s2")
    _post(device, first)
    _post(device, second)
    agent = json.dumps(learner_actor(learner))
    stored = device.request("GET", "/xapi/statements",
                            params={"statementId": first["id"]}).json()["stored"]
    assert _ids(device, agent=agent, since=stored) == [second["id"]]
    assert _ids(device, agent=agent, until=stored) == [first["id"]]
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    assert _ids(device, agent=agent, since=later) == []


def test_consistent_through_on_every_statements_response(server: Server) -> None:
    """2.1.3: "The LRS MUST include the header X-Experience-API-Consistent-Through, in ISO
    8601 combined date and time format, on all responses to Statements Resource requests"
    (a refused request included)."""
    device = server.enroll()
    made = statement(device.learner())
    replies = [
        device.request("POST", "/xapi/statements", json=made),
        device.request("PUT", "/xapi/statements", params={"statementId": made["id"]},
                       json=made),
        device.request("GET", "/xapi/statements", params={"statementId": made["id"]}),
        device.request("GET", "/xapi/statements"),
        device.request("GET", "/xapi/statements", params={"limit": "many"}),
    ]
    assert replies[-1].status_code == 400
    for reply in replies:
        value = reply.headers["X-Experience-API-Consistent-Through"]
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        assert abs((datetime.now(UTC) - moment).total_seconds()) < 60


def test_no_match_is_200_with_empty_list(server: Server, admin: Device) -> None:
    """2.1.3: "In the event that no Statements are found ... MUST still return 200 OK and a
    StatementResult Object ... the statements property will contain an empty array"."""
    reply = admin.request("GET", "/xapi/statements", params={"verb": "http://example.org/none"})
    assert reply.status_code == 200
    assert reply.json()["statements"] == []


def test_single_get_parameter_rules(server: Server) -> None:
    """2.1.3: "MUST reject with 400 any requests ... which contain both statementId and
    voidedStatementId", or "statementId or voidedStatementId parameters, and also contain any
    other parameter besides attachments or format"."""
    device = server.enroll()
    made = statement(device.learner())
    _post(device, made)
    sid = made["id"]
    bad = [{"statementId": sid, "voidedStatementId": sid}, {"statementId": sid, "limit": "1"},
           {"voidedStatementId": sid, "verb": made["verb"]["id"]}]
    for params in bad:
        assert device.request("GET", "/xapi/statements", params=params).status_code == 400
    for params in ({"statementId": sid, "format": "ids"},
                   {"statementId": sid, "attachments": "false"}):
        assert device.request("GET", "/xapi/statements", params=params).status_code == 200


def test_unknown_or_miscased_parameters_are_400(server: Server, admin: Device) -> None:
    """Communication 3.2: "MUST reject with 400 Bad Request status any requests that use any
    parameters which the LRS does not recognize" and "matching parameters ... in all but case"."""
    for params in ({"Verb": "http://example.org/v"}, {"statementID": str(uuid.uuid4())},
                   {"color": "blue"}, {"limit": "-1"}, {"since": "yesterday"},
                   {"ascending": "yes"}, {"agent": "{not json"}, {"format": "full"}):
        assert admin.request("GET", "/xapi/statements", params=params).status_code == 400


def test_voiding(server: Server) -> None:
    """Data 2.3.2: a Statement is voided "if and only if the Statement is not itself a voiding
    Statement and the LRS also contains a voiding Statement referring to" it. Communication
    2.1.4: "MUST not return any Statement which has been voided, unless that Statement has been
    requested by voidedStatementId"; "MUST still return any Statements targeting the voided
    Statement ... This includes the voiding Statement"."""
    device = server.enroll()
    learner = device.learner()
    target = statement(learner, item="v1")
    _post(device, target)
    voiding = _void(device, learner, target["id"])
    sid = target["id"]
    assert device.request("GET", "/xapi/statements", params={"statementId": sid}
                          ).status_code == 404
    voided = device.request("GET", "/xapi/statements", params={"voidedStatementId": sid})
    assert voided.status_code == 200 and voided.json()["id"] == sid
    assert device.request("GET", "/xapi/statements",
                          params={"voidedStatementId": voiding["id"]}).status_code == 404
    agent = json.dumps(learner_actor(learner))
    assert _ids(device, agent=agent) == [voiding["id"]]
    activity_match = _ids(device, activity=target["object"]["id"])
    assert voiding["id"] in activity_match and sid not in activity_match


def test_voiding_statement_cannot_be_voided(server: Server) -> None:
    """Data 2.3.2: "Any Statement that voids another cannot itself be voided"."""
    device = server.enroll()
    learner = device.learner()
    target = statement(learner, item="v2")
    _post(device, target)
    voiding = _void(device, learner, target["id"])
    _void(device, learner, voiding["id"])
    assert device.request("GET", "/xapi/statements",
                          params={"statementId": voiding["id"]}).status_code == 200


def test_statement_ref_targets_match_filters(server: Server) -> None:
    """2.1.3 "Filter Conditions for StatementRefs": "Statements which target another Statement
    ... will meet the filter condition if the targeted Statement meets the filter condition";
    "This rule applies recursively"."""
    device = server.enroll()
    learner = device.learner()
    base = statement(learner, item=f"ref-{uuid.uuid4().hex[:6]}")
    refs = [base]
    for n in range(2):
        ref = statement(learner, "experienced", item=f"r{n}")
        ref["object"] = {"objectType": "StatementRef", "id": refs[-1]["id"]}
        del ref["context"]
        refs.append(ref)
    _post(device, *refs)
    found = _ids(device, activity=base["object"]["id"])
    assert set(found) == {s["id"] for s in refs}


def test_format_ids_and_canonical(server: Server) -> None:
    """2.1.3 format: "ids: only include minimum information necessary in Agent, Activity, Verb
    and Group Objects to identify them"; canonical: "The LRS MUST return only one language in
    each of these maps"."""
    device = server.enroll()
    made = statement(device.learner())
    made["verb"]["display"] = {"en-US": "completed", "fr": "terminé"}
    made["object"]["definition"]["name"] = {"en": "Text", "fr": "Texte"}
    made["actor"]["name"] = "Ana"
    _post(device, made)
    ids = device.request("GET", "/xapi/statements",
                         params={"statementId": made["id"], "format": "ids"}).json()
    assert ids["verb"] == {"id": made["verb"]["id"]}
    assert ids["object"] == {"objectType": "Activity", "id": made["object"]["id"]}
    assert "name" not in ids["actor"]
    canonical = device.request("GET", "/xapi/statements",
                               params={"statementId": made["id"], "format": "canonical"},
                               headers={"Accept-Language": "fr-FR, en;q=0.5"}).json()
    assert canonical["verb"]["display"] == {"fr": "terminé"}
    assert canonical["object"]["definition"]["name"] == {"fr": "Texte"}


def test_last_modified_matches_stored(server: Server) -> None:
    """2.1.3: "The LRS SHOULD* include a Last-Modified header which matches the stored
    Timestamp of the Statement"."""
    device = server.enroll()
    made = statement(device.learner())
    _post(device, made)
    reply = device.request("GET", "/xapi/statements", params={"statementId": made["id"]})
    stored = datetime.fromisoformat(reply.json()["stored"].replace("Z", "+00:00"))
    assert parsedate_to_datetime(reply.headers["Last-Modified"]) == stored.replace(
        microsecond=0)


def test_attachments_true_answers_in_multipart(server: Server) -> None:
    """2.1.3: "If the attachment property of a GET Statement is used and is set to true, the
    LRS MUST use the multipart response format"; with false it "MUST report application/json"."""
    device = server.enroll()
    made = statement(device.learner())
    _post(device, made)
    multipart = device.request("GET", "/xapi/statements",
                               params={"statementId": made["id"], "attachments": "true"})
    assert multipart.headers["Content-Type"].startswith("multipart/mixed; boundary=")
    assert made["id"].encode() in multipart.content
    plain = device.request("GET", "/xapi/statements",
                           params={"statementId": made["id"], "attachments": "false"})
    assert plain.headers["Content-Type"] == "application/json"
