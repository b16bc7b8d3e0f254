"""The server audit's operator findings about the database itself: a damaged SQLite file (3),
admin commands run without the server's folder (4), a database from a newer release (9),
two devices under one name (10), and a bind beyond this machine (12).

Every server here is ``c4s-sync serve`` in its own process on 127.0.0.1, on a real SQLite
file; damage is made the way a failing disk makes it, by overwriting pages of the file.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import requests
import sqlalchemy

from sync.config import DB_FILE
from sync.db.failures import failure_cause
from sync.db.migrations import MIGRATIONS
from tests.damaged_sqlite import zero_middle_half
from tests.server.conftest import VERSION, statement
from tests.server.test_cli import STARTUP_TIMEOUT_S, c4s_sync, start_serve, stop


def _last_line(text: str) -> str:
    return text.strip().splitlines()[-1]


def _fill(url: str, data: Path) -> tuple[str, str]:
    """Enroll a device and store 1,600 statements; its credentials."""
    code = _last_line(c4s_sync("enroll", "--name", "laptop", "--data-dir", str(data)).stdout)
    creds = requests.post(url + "/devices/enroll", json={"code": code}, timeout=30).json()
    auth = (creds["username"], creds["secret"])
    learner = str(uuid.uuid4())
    reply = requests.post(url + "/devices/learners", auth=auth, headers=VERSION, timeout=30,
                          json={"learners": [{"id": learner, "name": "Ana"}]})
    assert reply.status_code == 200
    for batch in range(4):
        reply = requests.post(url + "/xapi/statements", auth=auth, headers=VERSION, timeout=30,
                              json=[statement(learner, item=f"i{batch}-{n}")
                                    for n in range(400)])
        assert reply.status_code == 200, reply.text
    return auth


def test_a_damaged_database_is_refused_at_start_and_by_check(tmp_path: Path) -> None:
    """The audit (3): the server started on a damaged file and took writes into it."""
    data = tmp_path / "srv"
    proc, url = start_serve("--data-dir", str(data))
    try:
        _fill(url, data)
    finally:
        stop(proc)
    assert c4s_sync("check", "--data-dir", str(data)).returncode == 0
    zero_middle_half(data / DB_FILE)
    started = subprocess.run([sys.executable, "-m", "sync.cli", "serve", "--port", "0",
                              "--data-dir", str(data)], capture_output=True, text=True,
                             timeout=STARTUP_TIMEOUT_S, check=False)
    checked = c4s_sync("check", "--data-dir", str(data))
    for done in (started, checked):
        assert done.returncode == 6, done.stdout
        assert "listening" not in done.stdout
        error = done.stderr
        assert error.count("\n") == 1 and "Traceback" not in error, error
        assert str(data / DB_FILE) in error and "restore a backup" in error


def test_damage_found_while_serving_is_503_and_one_log_line(tmp_path: Path) -> None:
    """The audit (3): reads of a file damaged under a running server failed with 500 and a
    traceback per request; now 503 with Retry-After, and one line in the log."""
    data = tmp_path / "srv"
    proc, url = start_serve("--data-dir", str(data))
    try:
        auth = _fill(url, data)
        zero_middle_half(data / DB_FILE)
        for _ in range(5):
            reply = requests.get(url + "/xapi/statements", auth=auth, headers=VERSION,
                                 timeout=30)
            assert reply.status_code == 503
            assert int(reply.headers["Retry-After"]) > 0
    finally:
        proc.send_signal(2)
        _, log = proc.communicate(timeout=STARTUP_TIMEOUT_S)
    assert "Traceback" not in log
    assert log.count("is damaged (database disk image is malformed)") == 1, log


def test_a_database_from_a_newer_release_is_refused(tmp_path: Path) -> None:
    """The audit (9): after rolling back an upgrade, old code served the newer schema."""
    data = tmp_path / "srv"
    assert c4s_sync("init", "--data-dir", str(data)).returncode == 0
    with sqlite3.connect(data / DB_FILE) as conn:
        conn.execute("UPDATE schema_version SET version = ?", (len(MIGRATIONS) + 1,))
    started = subprocess.run([sys.executable, "-m", "sync.cli", "serve", "--port", "0",
                              "--data-dir", str(data)], capture_output=True, text=True,
                             timeout=STARTUP_TIMEOUT_S, check=False)
    devices = c4s_sync("devices", "--data-dir", str(data))
    for done in (started, devices):
        assert done.returncode == 6 and "listening" not in done.stdout
        assert done.stderr.count("\n") == 1, done.stderr
        assert f"newer c4s-sync (schema {len(MIGRATIONS) + 1}" in done.stderr


def test_admin_commands_make_no_database(tmp_path: Path) -> None:
    """The audit (4): `c4s-sync enroll` without --data-dir made a new database in the default
    folder and printed a code the real server refused. Admin commands now refuse a folder
    without a database (the environment's folder as much as --data-dir's), and every one
    names the database it used."""
    empty = tmp_path / "typo"
    env = dict(os.environ, C4S_SYNC_DATA_DIR=str(empty))
    for args in (["enroll", "--name", "x"], ["devices"], ["revoke", "x"], ["check"],
                 ["trust", "list"]):
        done = subprocess.run([sys.executable, "-m", "sync.cli", *args], capture_output=True,
                              text=True, env=env, timeout=STARTUP_TIMEOUT_S, check=False)
        assert done.returncode == 10, args
        assert done.stderr.count("\n") == 1, done.stderr
        assert str(empty) in done.stderr and "--data-dir" in done.stderr
        assert "C4S_SYNC_DATA_DIR" in done.stderr
    assert not empty.exists()
    made = subprocess.run([sys.executable, "-m", "sync.cli", "init"], capture_output=True,
                          text=True, env=env, timeout=STARTUP_TIMEOUT_S, check=True)
    assert (empty / DB_FILE).is_file() and str(empty / DB_FILE) in made.stdout
    enrolled = subprocess.run([sys.executable, "-m", "sync.cli", "enroll", "--name", "x"],
                              capture_output=True, text=True, env=env,
                              timeout=STARTUP_TIMEOUT_S, check=True)
    assert enrolled.stdout.startswith(f"Database: {empty / DB_FILE}\n")


def test_a_name_two_devices_share(tmp_path: Path) -> None:
    """The audit (10): `revoke NAME` on a name enrolled twice said there was no such device;
    enrolling a name already active said nothing."""
    data = tmp_path / "srv"
    proc, url = start_serve("--data-dir", str(data))
    try:
        ids = []
        for _ in range(2):
            done = c4s_sync("enroll", "--name", "laptop 3", "--data-dir", str(data))
            creds = requests.post(url + "/devices/enroll", timeout=30,
                                  json={"code": _last_line(done.stdout)}).json()
            ids.append(creds["device_id"])
        assert "Warning" not in c4s_sync("enroll", "--name", "laptop 4",
                                         "--data-dir", str(data)).stderr
        warned = c4s_sync("enroll", "--name", "laptop 3", "--data-dir", str(data)).stderr
        assert all(device_id in warned for device_id in ids), warned
        both = c4s_sync("revoke", "laptop 3", "--data-dir", str(data))
        assert both.returncode == 10 and both.stderr.count("\n") == 1
        assert "2 devices are called 'laptop 3'" in both.stderr
        assert all(device_id in both.stderr for device_id in ids)
        assert c4s_sync("revoke", ids[0], "--data-dir", str(data)).returncode == 0
        # The older one revoked, the name now means the one still active.
        by_name = c4s_sync("revoke", "laptop 3", "--data-dir", str(data))
        assert by_name.returncode == 0 and f"Revoked {ids[1]}" in by_name.stdout
    finally:
        stop(proc)


def test_a_bind_beyond_this_machine_is_warned_about(tmp_path: Path) -> None:
    """The audit (12): `--host 0.0.0.0` served plain HTTP without a word. (192.0.2.1, an
    address kept for documentation, is not this machine's: the bind then fails, so the test
    opens nothing to the network.)"""
    data = str(tmp_path / "srv")
    exposed = subprocess.run([sys.executable, "-m", "sync.cli", "serve", "--host", "192.0.2.1",
                              "--port", "0", "--data-dir", data], capture_output=True,
                             text=True, timeout=STARTUP_TIMEOUT_S, check=False)
    warning = exposed.stderr.splitlines()[0]
    assert warning.startswith("Warning: 192.0.2.1") and "TLS" in warning
    proc, _ = start_serve("--data-dir", data)
    stop(proc)
    assert proc.stderr is not None and "Warning" not in proc.stderr.read()


def test_postgresql_out_of_reach_is_told_apart() -> None:
    """A PostgreSQL that does not answer (nothing listens on port 1) is a database out of
    reach, which the server answers with 503, not a bug."""
    engine = sqlalchemy.create_engine("postgresql+psycopg://c4s@127.0.0.1:1/c4s")
    with pytest.raises(sqlalchemy.exc.OperationalError) as caught:
        engine.connect()
    engine.dispose()
    assert failure_cause(caught.value) == "unreachable"
