"""A real c4s-sync server on 127.0.0.1 (port 0) per test module, on SQLite and PostgreSQL.

PostgreSQL runs when ``C4S_TEST_POSTGRES_URL`` names a database (``.ci/run`` starts one);
each server gets its own schema in it. Without the variable those tests skip, except under
CI (``CI=true``), where a missing database is a failure.
"""

from __future__ import annotations

import os
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import requests
import sqlalchemy

from c4s_desktop.core.xapi.statements import make_statement
from sync.auth import accounts
from sync.config import Limits, ServerConfig
from sync.db.engine import Database
from sync.serve import bind, make_server, open_database

PG_ENV = "C4S_TEST_POSTGRES_URL"
VERSION = {"X-Experience-API-Version": "1.0.3"}
STARTUP_TIMEOUT_S = 20.0


def postgres_url() -> str:
    """The test database's URL; skip (or fail under CI) when there is none."""
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{PG_ENV} is not set: .ci/run must start PostgreSQL for these tests")
        pytest.skip(f"{PG_ENV} is not set (no PostgreSQL to test against)")
    return url


@dataclass
class PgSchema:
    """A throwaway schema in the test database, and a URL that uses it."""

    base: str
    name: str = field(default_factory=lambda: "t_" + secrets.token_hex(6))

    @property
    def url(self) -> str:
        sep = "&" if "?" in self.base else "?"
        return f"{self.base}{sep}options={quote(f'-csearch_path={self.name}')}"

    def _run(self, sql: str) -> None:
        engine = sqlalchemy.create_engine(self.base.replace("postgresql://",
                                                            "postgresql+psycopg://", 1))
        with engine.begin() as conn:
            conn.exec_driver_sql(sql)
        engine.dispose()

    def create(self) -> PgSchema:
        self._run(f"CREATE SCHEMA {self.name}")
        return self

    def drop(self) -> None:
        self._run(f"DROP SCHEMA IF EXISTS {self.name} CASCADE")


@dataclass
class Device:
    """An enrolled device: its credentials and a session that sends them."""

    server: Server
    device_id: str
    secret: str
    learners: list[str] = field(default_factory=list)

    @property
    def auth(self) -> tuple[str, str]:
        return (self.device_id, self.secret)

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {**VERSION, **kwargs.pop("headers", {})}
        return requests.request(method, self.server.url + path, auth=self.auth,
                                headers=headers, timeout=30, **kwargs)

    def register(self, *learner_ids: str) -> list[str]:
        """Register learners (new random ones when none are given)."""
        ids = list(learner_ids) or [str(uuid.uuid4())]
        reply = self.request("POST", "/devices/learners",
                             json={"learners": [{"id": i, "name": "Ana"} for i in ids]})
        assert reply.status_code == 200, reply.text
        self.learners += ids
        return ids

    def learner(self) -> str:
        return self.register()[0]


@dataclass
class Server:
    """A running server and direct access to its database, for the admin side."""

    url: str
    config: ServerConfig
    db: Database

    def enroll(self, name: str = "laptop") -> Device:
        code, _ = accounts.create_code(self.db, name)
        reply = requests.post(self.url + "/devices/enroll", json={"code": code, "name": name},
                              timeout=30)
        assert reply.status_code == 201, reply.text
        body = reply.json()
        return Device(self, body["device_id"], body["secret"])

    def admin(self, name: str = "") -> tuple[str, str]:
        """Credentials of a new admin account."""
        user, password = name or f"admin-{secrets.token_hex(3)}", secrets.token_urlsafe(12)
        accounts.add_admin(self.db, user, password)
        return (user, password)

    def get(self, path: str, auth: Any, **kwargs: Any) -> requests.Response:
        headers = {**VERSION, **kwargs.pop("headers", {})}
        return requests.get(self.url + path, auth=auth, headers=headers, timeout=30, **kwargs)


@contextmanager
def running_server(config: ServerConfig) -> Iterator[Server]:
    """Serve ``config`` from a thread of this process until the block ends."""
    db = open_database(config)
    sock = bind("127.0.0.1", 0)
    server = make_server(config, db)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.01)
    try:
        yield Server(f"http://127.0.0.1:{sock.getsockname()[1]}", config, db)
    finally:
        server.should_exit = True
        thread.join(STARTUP_TIMEOUT_S)
        sock.close()
        db.dispose()


def make_config(tmp: Path, backend: str, limits: Limits | None = None
                ) -> tuple[ServerConfig, Callable[[], None]]:
    """A config on ``backend`` and the function that throws its data away."""
    if backend == "postgresql":
        schema = PgSchema(postgres_url()).create()
        return ServerConfig(tmp, schema.url, limits or Limits()), schema.drop
    return ServerConfig(tmp, None, limits or Limits()), lambda: None


def client_address() -> str:
    """A client address no other test uses (in 2001:db8::/32, kept for documentation)."""
    return f"2001:db8::{secrets.token_hex(2)}:{secrets.token_hex(2)}"


def catalog_from(server: Server, auth: Any, address: str) -> requests.Response:
    """``GET /catalog`` with ``auth`` as a client at ``address`` (forwarded by loopback)."""
    return requests.get(server.url + "/catalog", auth=auth, timeout=30,
                        headers={"X-Forwarded-For": address})


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[Server]:
    """One server per module and backend; tests keep apart by using their own devices."""
    config, cleanup = make_config(tmp_path_factory.mktemp("sync"), request.param)
    try:
        with running_server(config) as running:
            yield running
    finally:
        cleanup()


@pytest.fixture(scope="module")
def sqlite_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server on SQLite only, for what does not depend on the database."""
    with running_server(ServerConfig(tmp_path_factory.mktemp("sync"))) as running:
        yield running


def statement(learner_id: str, verb: str = "completed", item: str = "l1-text",
              **fields: Any) -> dict[str, Any]:
    """A statement as the desktop app makes it (the real builder), with ``fields`` set."""
    made = make_statement(learner_id, verb, f"urn:c4s:activity:org.example.test/{item}",
                          "document")
    made.update(fields)
    return made
