"""Who may do what: every endpoint with no credentials, wrong ones, a revoked device, and
another device's learner (on SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest
import requests
from sqlalchemy import select

from c4s_desktop.core.xapi.statements import learner_actor
from sync.auth import accounts
from sync.catalog.packs import publish
from sync.catalog.trust import add_key_file
from sync.db import schema
from tests import packkit
from tests.server.conftest import VERSION, Device, Server, statement


@pytest.fixture(scope="module")
def blob_sha(server: Server, tmp_path_factory: pytest.TempPathFactory) -> str:
    """Publish a small pack on the module's server; return the SHA-256 of one of its files."""
    tmp = tmp_path_factory.mktemp("pack")
    key = packkit.make_key()
    add_key_file(server.db, packkit.write_pub(tmp / "pub.pub", key))
    pack = packkit.build(packkit.write_source(tmp / "src", media_size=2_000), tmp / "p.c4spack",
                         key)
    publish(server.config, server.db, pack)
    manifest = json.loads(requests.get(server.url + "/packs/org.example.test/manifest.json",
                                       auth=server.admin(), timeout=30).content)
    return str(next(iter(manifest["files"].values()))["sha256"])


Call = Callable[[str, Any], requests.Response]


def _endpoints(server: Server, sha: str, learner: str, headers: dict[str, str] | None = None
               ) -> dict[str, Call]:
    """Each endpoint needing credentials, as a call taking an ``auth``."""
    url = server.url
    made = statement(learner)
    sent = {**VERSION, **(headers or {})}

    def call(method: str, path: str, **kwargs: Any) -> Call:
        return lambda _name, auth: requests.request(
            method, url + path, auth=auth, headers=sent, timeout=30, **kwargs)

    return {
        "POST statements": call("POST", "/xapi/statements", json=[made]),
        "PUT statement": call("PUT", "/xapi/statements", params={"statementId": made["id"]},
                              json=made),
        "GET statements": call("GET", "/xapi/statements"),
        "GET statement": call("GET", "/xapi/statements", params={"statementId": made["id"]}),
        "POST learners": call("POST", "/devices/learners",
                              json={"learners": [{"id": learner, "name": "x"}]}),
        "GET catalog": call("GET", "/catalog"),
        "GET manifest": call("GET", "/packs/org.example.test/manifest.json"),
        "GET signature": call("GET", "/packs/org.example.test/manifest.sig"),
        "GET blob": call("GET", f"/blobs/{sha}"),
    }


def test_no_credentials_is_401_everywhere(server: Server, blob_sha: str) -> None:
    """Communication 3.2: 401 "Indicates that authentication is required"."""
    for name, call in _endpoints(server, blob_sha, str(uuid.uuid4())).items():
        reply = call(name, None)
        assert reply.status_code == 401, name
        assert reply.headers["WWW-Authenticate"].startswith("Basic"), name


def test_wrong_credentials_are_401_everywhere(server: Server, blob_sha: str) -> None:
    """Communication 3.2: 401 "in the case authentication has been posted in the request,
    that the given credentials have been refused"."""
    device = server.enroll()
    user, _ = server.admin()
    wrong = [(device.device_id, device.secret + "x"), (user, "not-the-password"),
             ("dev-0000000000000000", "x"), ("", "")]
    for n, auth in enumerate(wrong):
        # Each from its own client address (X-Forwarded-For is trusted from 127.0.0.1, as
        # from a proxy there), as failed logins from one address get 429 after a few.
        address = {"X-Forwarded-For": f"192.0.2.{n + 1}"}
        for name, call in _endpoints(server, blob_sha, str(uuid.uuid4()), address).items():
            assert call(name, auth).status_code == 401, (name, auth[0])


def test_revoked_device_is_401_at_once_everywhere(server: Server, blob_sha: str) -> None:
    """The issue: "c4s-sync revoke DEVICE ends its access at once"."""
    device = server.enroll()
    learner = device.learner()
    endpoints = _endpoints(server, blob_sha, learner)
    assert endpoints["GET catalog"]("GET catalog", device.auth).status_code == 200
    accounts.revoke_device(server.db, device.device_id)
    for name, call in endpoints.items():
        assert call(name, device.auth).status_code == 401, name


def test_device_works_everywhere_for_its_own_learner(server: Server, blob_sha: str) -> None:
    device = server.enroll()
    learner = device.learner()
    for name, call in _endpoints(server, blob_sha, learner).items():
        status = call(name, device.auth).status_code
        assert status in (200, 204), name


def test_another_devices_learner_is_403(server: Server, blob_sha: str) -> None:
    """Communication 3.2: 403 when "the credentials have been validated, but the authenticated
    Client is not allowed to perform the given action"; a device writes and reads only the
    learners registered through it."""
    mine, theirs = server.enroll("mine"), server.enroll("theirs")
    learner = theirs.learner()
    stored = statement(learner)
    assert theirs.request("POST", "/xapi/statements", json=stored).status_code == 200
    endpoints = _endpoints(server, blob_sha, learner)
    for name in ("POST statements", "PUT statement"):
        assert endpoints[name](name, mine.auth).status_code == 403, name
    single = mine.request("GET", "/xapi/statements", params={"statementId": stored["id"]})
    assert single.status_code == 403
    query = mine.request("GET", "/xapi/statements",
                         params={"agent": json.dumps(learner_actor(learner))})
    assert query.status_code == 403
    mine.learner()
    everything = mine.request("GET", "/xapi/statements").json()["statements"]
    assert stored["id"] not in [s["id"] for s in everything]


def test_voiding_another_devices_statement_is_403(server: Server) -> None:
    """Data 2.3.2: "the LRS SHOULD reject the entire request which includes the voiding
    Statement with 403 Forbidden if the request is not from a source authorized to void"."""
    mine, theirs = server.enroll(), server.enroll()
    target = statement(theirs.learner())
    theirs.request("POST", "/xapi/statements", json=target)
    voiding = statement(mine.learner())
    voiding["verb"] = {"id": "http://adlnet.gov/expapi/verbs/voided"}
    voiding["object"] = {"objectType": "StatementRef", "id": target["id"]}
    del voiding["context"]
    assert mine.request("POST", "/xapi/statements", json=voiding).status_code == 403


def test_learner_moving_to_another_device_is_linked(server: Server) -> None:
    """docs/sync-protocol.md: registering a learner known through another device links it to
    this device too (the learner's UUID is the capability), so their record follows them."""
    first, second = server.enroll(), server.enroll()
    learner = first.learner()
    made = statement(learner)
    first.request("POST", "/xapi/statements", json=made)
    second.register(learner)
    reply = second.request("GET", "/xapi/statements", params={"statementId": made["id"]})
    assert reply.status_code == 200


def test_admin_reads_and_writes_everything(server: Server) -> None:
    """The issue: admin accounts "may read and write every statement"."""
    device = server.enroll()
    made = statement(device.learner())
    device.request("POST", "/xapi/statements", json=made)
    admin = Device(server, *server.admin())
    assert admin.request("GET", "/xapi/statements",
                         params={"statementId": made["id"]}).status_code == 200
    foreign = statement(str(uuid.uuid4()))
    foreign["authority"] = {"mbox": "mailto:upstream-lrs@example.org"}
    assert admin.request("POST", "/xapi/statements", json=foreign).status_code == 200
    held = admin.request("GET", "/xapi/statements", params={"statementId": foreign["id"]})
    assert held.json()["authority"] == foreign["authority"], "an admin's authority is kept"
    learners = admin.request("POST", "/devices/learners",
                             json={"learners": [{"id": str(uuid.uuid4())}]})
    assert learners.status_code == 403


def test_enroll_code_is_one_time_and_expires(server: Server) -> None:
    """The issue: "prints a one-time code (valid 24 h)"."""
    code, _ = accounts.create_code(server.db, "laptop")
    url = server.url + "/devices/enroll"
    assert requests.post(url, json={"code": code.lower()}, timeout=30).status_code == 201
    assert requests.post(url, json={"code": code}, timeout=30).status_code == 400
    assert requests.post(url, json={"code": "AAAA-BBBB-CCCC"}, timeout=30).status_code == 400
    old, _ = accounts.create_code(server.db, "laptop", now=0.0)
    expired = requests.post(url, json={"code": old}, timeout=30)
    assert expired.status_code == 400 and "expired" in expired.json()["error"]


def test_secret_is_stored_hashed(server: Server) -> None:
    """The issue: "secret stored hashed on the server"."""
    device = server.enroll()
    with server.db.read() as conn:
        stored = conn.execute(select(schema.devices.c.secret_hash)
                              .where(schema.devices.c.id == device.device_id)).scalar_one()
    assert device.secret not in stored and stored.startswith("sha256$")
