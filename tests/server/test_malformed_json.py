"""JSON that Python's parser gives up on (nested too deep, an integer too long) is a client's
mistake: 400 with the usual error body, never 500."""

from __future__ import annotations

import json

import requests

from tests.server.conftest import Server, statement

TOO_DEEP = b"[" * 200_000
TOO_LONG = "1" * 5000
"""Python converts at most 4300 digits of a decimal string to an int (sys.int_max_str_digits)."""


def _assert_400(reply: requests.Response) -> None:
    assert reply.status_code == 400, reply.text
    assert isinstance(reply.json()["error"], str)


def test_enroll_body_nested_too_deep_is_400(sqlite_server: Server) -> None:
    """The audit: without credentials, 200000 ``[`` answered 500 with a traceback."""
    _assert_400(requests.post(sqlite_server.url + "/devices/enroll", data=TOO_DEEP,
                              timeout=30))


def test_learners_body_nested_too_deep_is_400(sqlite_server: Server) -> None:
    device = sqlite_server.enroll()
    _assert_400(device.request("POST", "/devices/learners", data=TOO_DEEP))


def test_statement_body_nested_too_deep_is_400(sqlite_server: Server) -> None:
    device = sqlite_server.enroll()
    _assert_400(device.request("POST", "/xapi/statements", data=TOO_DEEP,
                               headers={"Content-Type": "application/json"}))


def test_statement_with_an_integer_too_long_is_400(sqlite_server: Server) -> None:
    """The audit: a 5000-digit integer in a statement answered 500."""
    device = sqlite_server.enroll()
    made = statement(device.learner())
    made["result"] = {"score": {"raw": 1}}
    body = json.dumps(made).replace('"raw": 1', f'"raw": {TOO_LONG}')
    for method, params in (("POST", {}), ("PUT", {"statementId": made["id"]})):
        _assert_400(device.request(method, "/xapi/statements", data=body.encode(),
                                   params=params, headers={"Content-Type": "application/json"}))


def test_agent_parameter_nested_too_deep_is_400(sqlite_server: Server) -> None:
    device = sqlite_server.enroll()
    device.learner()
    _assert_400(device.request("GET", "/xapi/statements", params={"agent": "[" * 5000}))
