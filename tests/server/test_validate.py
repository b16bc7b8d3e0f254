"""The statement validator shared by device and server, against xAPI 1.0.3 Data part 2.

Each case quotes the rule; the error must name the field at fault.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from c4s_desktop.core.xapi.validate import StatementInvalid, check_statement, load_json
from tests.server.conftest import statement

LEARNER = "3f1c8a52-7d1e-4f3a-9a61-3d2f0e5b7c11"


def _base() -> dict[str, Any]:
    return statement(LEARNER)


def _with(path: str, value: Any) -> dict[str, Any]:
    made = copy.deepcopy(_base())
    target: Any = made
    *parents, last = path.split(".")
    for key in parents:
        target = target.setdefault(key, {})
    if value is ...:
        del target[last]
    else:
        target[last] = value
    return made


def test_the_apps_statements_are_valid() -> None:
    check_statement(_base())


@pytest.mark.parametrize(("path", "value", "field", "rule"), [
    ("actor", ..., "actor", "A Statement MUST use actor, verb, and object"),
    ("verb", ..., "verb", "A Statement MUST use actor, verb, and object"),
    ("object", ..., "object", "A Statement MUST use actor, verb, and object"),
    ("result", None, "result", "MUST reject Statements with any null values"),
    ("result", {"success": "true"}, "result.success",
     "with strings where booleans are required"),
    ("result", {"score": {"raw": "5"}}, "result.score.raw",
     "with strings where numbers are required"),
    ("id", "", "id", "non-format-following key or value, including the empty string"),
    ("id", "1234", "id", "the UUID MUST be in standard string form"),
    ("actor.mbox", "ana@example.org", "actor.mbox", "mbox: mailto IRI"),
    ("Actor", {"mbox": "mailto:a@b.c"}, "Actor",
     "where the case of a key does not match the case specified"),
    ("verb.id", "completed", "verb.id", "containing IRL or IRI values without a scheme"),
    ("object.objectType", "activity", "object.objectType",
     "where the case of a value restricted to enumerated values does not match"),
    ("color", "blue", "color", "where a key or value is not allowed by this specification"),
    ("timestamp", "2026-01-01T00:00:00-00:00", "timestamp",
     "MUST reject a Timestamp with a -00:00 offset (RFC 3339 unknown local offset)"),
    ("timestamp", "yesterday", "timestamp", "A Timestamp MUST be formatted to ISO 8601"),
    ("version", "1.1.0", "version", "MUST reject statements with a version not 1.0.x"),
    ("context.platform", 7, "context.platform", "platform: String"),
    ("context.language", "english please", "context.language", "RFC 5646 language tag"),
    ("context.registration", "nope", "context.registration", "registration: UUID"),
    ("result.score", {"scaled": 1.5}, "result.score.scaled", "scaled: -1 to 1"),
    ("result.score", {"raw": 11, "min": 0, "max": 10}, "result.score.raw",
     "raw: between min and max"),
    ("result.duration", "10 minutes", "result.duration", "duration: ISO 8601 duration"),
    ("verb.display", {"en_US": "x"}, "verb.display.en_US",
     "validate that the sequence of token lengths for language map keys matches RFC 5646"),
])
def test_rejected_with_the_field_named(path: str, value: Any, field: str, rule: str) -> None:
    """Data 2.2: "The LRS MUST reject Statements" breaking these rules (rule in ``rule``)."""
    with pytest.raises(StatementInvalid) as caught:
        check_statement(_with(path, value))
    assert caught.value.field == field, rule


def test_agent_needs_exactly_one_identifier() -> None:
    """Data 2.4.2.1: "An Agent MUST be identified by one (1) of the four types of Inverse
    Functional Identifiers" and "MUST NOT include more than one"."""
    with pytest.raises(StatementInvalid) as caught:
        check_statement(_with("actor.mbox", "mailto:ana@example.org"))
    assert "exactly one" in caught.value.problem
    with pytest.raises(StatementInvalid):
        check_statement(_with("actor", {"name": "Ana"}))


def test_anonymous_group_needs_members() -> None:
    """Data 2.4.2.2: an Anonymous Group "MUST include a member property"."""
    with pytest.raises(StatementInvalid) as caught:
        check_statement(_with("actor", {"objectType": "Group", "name": "team"}))
    assert caught.value.field == "actor.member"
    check_statement(_with("actor", {"objectType": "Group",
                                    "member": [{"mbox": "mailto:a@example.org"}]}))


def test_voiding_statement_object_must_be_statement_ref() -> None:
    """Data 2.3.2: "the Object of that voiding Statement MUST have the objectType property
    set to StatementRef"."""
    made = _with("verb.id", "http://adlnet.gov/expapi/verbs/voided")
    with pytest.raises(StatementInvalid) as caught:
        check_statement(made)
    assert caught.value.field == "object.objectType"


def test_revision_and_platform_only_with_an_activity_object() -> None:
    """Data 2.4.6.2: revision and platform "MUST NOT be used if the Statement's Object is
    not an Activity"."""
    made = _with("object", {"objectType": "StatementRef", "id": LEARNER})
    with pytest.raises(StatementInvalid) as caught:
        check_statement(made)
    assert caught.value.field == "context.platform"


def test_substatement_rules() -> None:
    """Data 2.4.4.3: a SubStatement "MUST NOT have the id, stored, version or authority
    properties" and "MUST NOT contain a SubStatement of its own"."""
    sub = {k: v for k, v in _base().items() if k in ("actor", "verb", "object")}

    def outer(obj: dict[str, Any]) -> dict[str, Any]:
        return {**sub, "object": obj}

    check_statement(outer({"objectType": "SubStatement", **sub}))
    with pytest.raises(StatementInvalid) as caught:
        check_statement(outer({"objectType": "SubStatement", "id": LEARNER, **sub}))
    assert caught.value.field == "object.id"
    nested = {"objectType": "SubStatement", **sub,
              "object": {"objectType": "SubStatement", **sub}}
    with pytest.raises(StatementInvalid) as caught:
        check_statement(outer(nested))
    assert caught.value.field == "object.object.objectType"


def test_null_allowed_inside_extensions_only() -> None:
    """Data 2.2: "MUST reject Statements with any null values (except inside extensions)"."""
    check_statement(_with("result", {"extensions": {"http://example.org/x": None}}))


def test_attachments_without_file_url_are_refused() -> None:
    """Communication 1.5.2: an application/json request "MUST include a fileUrl for every
    Attachment" (this server takes no multipart attachment data)."""
    attachment = {"usageType": "http://example.org/u", "display": {"en": "x"},
                  "contentType": "text/plain", "length": 1, "sha2": "ab"}
    with pytest.raises(StatementInvalid) as caught:
        check_statement(_with("attachments", [attachment]))
    assert caught.value.field == "attachments[0].fileUrl"
    check_statement(_with("attachments", [{**attachment, "fileUrl": "http://example.org/f"}]))


def test_json_with_repeated_keys_or_nan_is_refused() -> None:
    """Data 2.2: "A Statement MUST use each property no more than one time"."""
    with pytest.raises(StatementInvalid):
        load_json(b'{"a": 1, "a": 2}')
    with pytest.raises(StatementInvalid):
        load_json(b'{"a": NaN}')
    assert load_json('{"a": "é"}'.encode()) == {"a": "é"}


def test_message_names_the_field() -> None:
    """The error's sentence (message catalogue) names the field at fault."""
    with pytest.raises(StatementInvalid) as caught:
        check_statement(_with("verb.id", "nope"))
    assert "verb.id" in caught.value.message


def test_authority_group_is_an_application_and_a_user() -> None:
    """Data 2.4.9: an authority Group (OAuth) "MUST contain exactly two Agents"."""
    agents = [{"mbox": "mailto:app@example.org"}, {"mbox": "mailto:user@example.org"}]
    check_statement(_with("authority", {"objectType": "Group", "member": agents}))
    with pytest.raises(StatementInvalid) as caught:
        check_statement(_with("authority", {"objectType": "Group", "member": agents[:1]}))
    assert caught.value.field == "authority.member"
