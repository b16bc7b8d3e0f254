"""Two server processes on one PostgreSQL database: no state lives in a process.

A device enrolled through one process works on the other; what one stores the other serves;
a revoke and the rate limit apply to both at once; the same statement sent to both at the
same moment is stored once.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
import sqlalchemy

from c4s_desktop.core.xapi.statements import learner_actor
from sync.cli import main
from sync.db.migrations import MIGRATIONS
from tests.server.conftest import VERSION, PgSchema, postgres_url, statement
from tests.server.test_cli import start_serve, stop


@pytest.fixture(scope="module")
def pg_pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, str, str]]:
    """(url A, url B, database URL, data dir) of two processes serving one database."""
    schema = PgSchema(postgres_url()).create()
    data = str(tmp_path_factory.mktemp("pg"))
    procs = []
    try:
        urls = []
        for _ in range(2):
            proc, url = start_serve("--data-dir", data, "--db", schema.url,
                                    "--rate", "0.2", "--burst", "10")
            procs.append(proc)
            urls.append(url)
        yield urls[0], urls[1], schema.url, data
    finally:
        for proc in procs:
            stop(proc)
        schema.drop()


def _enroll(pg_pair: tuple[str, str, str, str], capsys: pytest.CaptureFixture[str]
            ) -> tuple[str, str]:
    a, _, db, data = pg_pair
    assert main(["enroll", "--data-dir", data, "--db", db, "--name", "pg laptop"]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    creds = requests.post(a + "/devices/enroll", json={"code": code}, timeout=30).json()
    return creds["username"], creds["secret"]


def test_two_processes_share_everything(pg_pair: tuple[str, str, str, str],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    a, b, db, data = pg_pair
    auth = _enroll(pg_pair, capsys)
    learner = str(uuid.uuid4())
    reply = requests.post(b + "/devices/learners", auth=auth,
                          json={"learners": [{"id": learner}]}, timeout=30)
    assert reply.status_code == 200
    made = [statement(learner, item=f"pg{n}") for n in range(4)]

    def push(pair: tuple[str, dict[str, object]]) -> int:
        url, one = pair
        return requests.post(url + "/xapi/statements", json=one, auth=auth, headers=VERSION,
                             timeout=30).status_code

    with ThreadPoolExecutor(4) as pool:
        statuses = list(pool.map(push, [(a if n % 2 else b, s) for n, s in enumerate(made)]))
        # The same statement to both processes at once: stored once, accepted twice.
        twice = list(pool.map(push, [(a, made[0]), (b, made[0])]))
    assert statuses == [200] * 4 and twice == [200, 200]
    listed = requests.get(a + "/xapi/statements", auth=auth, headers=VERSION, timeout=30,
                          params={"agent": json.dumps(learner_actor(learner))}).json()
    assert sorted(s["id"] for s in listed["statements"]) == sorted(s["id"] for s in made)
    assert main(["revoke", "--data-dir", data, "--db", db, auth[0]]) == 0
    for url in (a, b):
        assert requests.get(url + "/catalog", auth=auth, timeout=30).status_code == 401


def test_rate_limit_is_shared_by_the_processes(pg_pair: tuple[str, str, str, str],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    a, b, _, _ = pg_pair
    auth = _enroll(pg_pair, capsys)
    statuses = [requests.get((a, b)[n % 2] + "/catalog", auth=auth, timeout=30).status_code
                for n in range(14)]
    assert statuses.count(200) <= 11, "the two processes draw on one bucket of 10"
    assert statuses[-1] == 429 and statuses[-2] == 429


def test_migrations_ran_once(pg_pair: tuple[str, str, str, str]) -> None:
    """Both processes started on a new database; the schema was made once."""
    _, _, db, _ = pg_pair
    engine = sqlalchemy.create_engine(db.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as conn:
        versions = conn.exec_driver_sql("SELECT version FROM schema_version").scalars().all()
    engine.dispose()
    assert versions == [len(MIGRATIONS)]
