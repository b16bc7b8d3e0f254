"""Stopping the server, ``c4s-sync backup``, ``restore`` and ``mark-restored``, on the real
server in its own process (127.0.0.1, port 0) and real SQLite files."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from sync.cli import main
from sync.db.instance import renew_instance
from tests.server.conftest import VERSION, Server, statement
from tests.sync.realserver import ServerProcess

ABOUT_EXTENSION = "https://c4s.invalid/xapi/extensions/server"


class Laptop:
    """A device enrolled through the admin command, with one learner, pushing over HTTP."""

    def __init__(self, server: ServerProcess, name: str = "laptop") -> None:
        code = server.enroll_code(name)
        reply = requests.post(server.url + "devices/enroll", json={"code": code}, timeout=30)
        assert reply.status_code == 201, reply.text
        body = reply.json()
        self.server = server
        self.auth = (body["username"], body["secret"])
        self.learner = str(uuid.uuid4())
        reply = self._post("devices/learners", {"learners": [{"id": self.learner}]})
        assert reply.status_code == 200, reply.text

    def _post(self, path: str, payload: object) -> requests.Response:
        return requests.post(self.server.url + path, json=payload, auth=self.auth,
                             headers=VERSION, timeout=60)

    def push(self, count: int) -> list[str]:
        """Send ``count`` statements in batches of 500; return the acknowledged ids."""
        acknowledged: list[str] = []
        for start in range(0, count, 500):
            batch = [statement(self.learner, item=f"item-{uuid.uuid4()}")
                     for _ in range(min(500, count - start))]
            reply = self._post("xapi/statements", batch)
            assert reply.status_code == 200, reply.text
            acknowledged += reply.json()
        return acknowledged


def about(url: str) -> dict[str, str]:
    """The server's own part of the About resource."""
    reply = requests.get(url + "xapi/about", timeout=30)
    assert reply.status_code == 200
    ours: dict[str, str] = reply.json()["extensions"][ABOUT_EXTENSION]
    return ours


def ids_in(database: Path) -> set[str]:
    """The statement ids a database file holds, read from that file alone (its -wal, if
    any, is not beside the copy this is given)."""
    conn = sqlite3.connect(database)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return {r[0] for r in conn.execute("SELECT id FROM statements")}
    finally:
        conn.close()


def file_only_copy(database: Path, folder: Path) -> Path:
    """``sync.sqlite`` copied without its -wal and -shm, as "the database file" is copied."""
    folder.mkdir()
    return Path(shutil.copyfile(database, folder / database.name))


@pytest.fixture
def served(tmp_path: Path) -> Iterator[ServerProcess]:
    with ServerProcess(tmp_path / "server") as running:
        yield running


@pytest.fixture
def umask_022() -> Iterator[None]:
    import os

    old = os.umask(0o022)
    yield
    os.umask(old)


def test_sigterm_leaves_every_acknowledged_statement_in_the_database_file(
        served: ServerProcess, tmp_path: Path) -> None:
    acknowledged = Laptop(served).push(3000)
    assert (served.data_dir / "sync.sqlite-wal").exists()  # the statements wait in the log
    assert served.stop() == 0
    assert not (served.data_dir / "sync.sqlite-wal").exists()
    alone = file_only_copy(served.data_dir / "sync.sqlite", tmp_path / "copy")
    assert ids_in(alone) == set(acknowledged)


def test_backup_of_a_running_server_is_private_and_whole(
        served: ServerProcess, tmp_path: Path, umask_022: None) -> None:
    laptop = Laptop(served)
    acknowledged = laptop.push(1200)
    blob = served.data_dir / "blobs" / "ab" / ("ab" + "0" * 62)
    blob.parent.mkdir(parents=True)
    blob.write_bytes(b"a published file")
    dest = tmp_path / "backups" / "monday"
    printed = served.admin("backup", str(dest))
    assert "1200 statements" in printed and "1 blob file" in printed
    assert stat.S_IMODE(dest.stat().st_mode) == 0o700
    assert stat.S_IMODE((dest / "sync.sqlite").stat().st_mode) == 0o600
    assert ids_in(dest / "sync.sqlite") == set(acknowledged)
    assert (dest / "blobs" / "ab" / blob.name).read_bytes() == b"a published file"
    # The copy is already another instance: however it is put back, devices notice.
    conn = sqlite3.connect(dest / "sync.sqlite")
    copied = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    conn.close()
    assert copied["instance_id"] != about(served.url)["instance"]
    assert laptop.push(10)  # the server went on serving meanwhile
    with pytest.raises(Exception, match="exit status 10"):
        served.admin("backup", str(dest))  # never over an earlier backup


def test_restore_waits_for_the_server_to_stop_then_replaces_the_database(
        served: ServerProcess, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop = Laptop(served)
    before = set(laptop.push(500))
    served.admin("backup", str(tmp_path / "backup"))
    after = set(laptop.push(700))
    old_instance = about(served.url)["instance"]
    data = str(served.data_dir)
    assert main(["restore", str(tmp_path / "backup"), "--data-dir", data]) == 7
    assert "stop it before restoring" in capsys.readouterr().err
    assert ids_in(served.data_dir / "sync.sqlite") >= before | after  # untouched

    # Killed, as a crash would: the log holds statements the database file does not.
    served.kill()
    assert (served.data_dir / "sync.sqlite-wal").stat().st_size > 0
    assert main(["restore", str(tmp_path / "backup"), "--data-dir", data]) == 0
    printed = capsys.readouterr().out
    assert "Restored 500 statements" in printed
    assert not (served.data_dir / "sync.sqlite-wal").exists()
    assert not (served.data_dir / "sync.sqlite-shm").exists()
    [kept] = served.data_dir.glob("sync.sqlite.replaced-*[0-9Z]")
    assert str(kept) in printed
    assert ids_in(served.data_dir / "sync.sqlite") == before

    served.start()
    restored = about(served.url)
    assert restored["instance"] != old_instance
    assert restored["restored_through"]
    assert ids_in(served.data_dir / "sync.sqlite") == before  # no stale log applied
    assert len(laptop.push(5)) == 5
    assert served.stop() == 0
    # The database it replaced kept its log: everything it had acknowledged is there.
    assert ids_in(kept) == before | after


def test_restore_refuses_what_is_not_a_backup(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "server"
    with ServerProcess(data) as running:
        Laptop(running).push(20)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 500)
    assert main(["restore", str(junk), "--data-dir", str(data)]) == 10
    assert "nothing was changed" in capsys.readouterr().err
    assert len(ids_in(data / "sync.sqlite")) == 20
    assert list(data.glob("sync.sqlite.*")) == []


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_postgresql_is_sent_to_its_own_tools(command: str, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://c4s:hunter2@dbhost/c4s"
    code = main([command, str(tmp_path / "b"), "--db", url, "--data-dir", str(tmp_path)])
    error = capsys.readouterr().err
    assert code == 10
    assert ("pg_dump" if command == "backup" else "pg_restore") in error
    assert "hunter2" not in error and "dbhost" in error
    assert not (tmp_path / "b").exists()


def test_mark_restored_gives_a_new_instance(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "server"
    with ServerProcess(data) as running:
        Laptop(running).push(3)
        first = about(running.url)["instance"]
        assert main(["mark-restored", "--data-dir", str(data)]) == 0
        now = about(running.url)
    assert now["instance"] != first and now["instance"] in capsys.readouterr().out
    assert now["restored_through"]


def test_about_names_the_instance_a_restore_replaces(server: Server) -> None:
    """On SQLite and PostgreSQL: read from the database on each request."""
    first = about(server.url + "/")
    assert len(first["instance"]) == 32 and "restored_through" not in first
    assert about(server.url + "/")["instance"] == first["instance"]
    with server.db.write() as conn:
        renewed = renew_instance(conn)
    now = about(server.url + "/")
    assert now["instance"] == renewed.instance_id != first["instance"]
