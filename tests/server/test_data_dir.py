"""The data folder holds admin password hashes and every statement: only its owner reads it,
whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.config import DB_FILE, ServerConfig
from sync.serve import open_database
from tests.server.conftest import running_server


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask, under which new files are readable by everyone."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _database_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{DB_FILE}*"))


def test_new_data_folder_and_database_are_private(tmp_path: Path, umask_022: None) -> None:
    """The audit: under umask 022 the folder was 0755 and sync.sqlite* 0644."""
    folder = tmp_path / "srv" / "c4s"
    with running_server(ServerConfig(folder)) as server:
        server.enroll().learner()  # a write, so that the -wal and -shm files exist
        names = {path.name for path in _database_files(folder)}
        assert {DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm"} <= names
        assert _mode(folder) == 0o700
        assert {p.name: _mode(p) for p in _database_files(folder)} == dict.fromkeys(names, 0o600)


def test_existing_readable_folder_and_database_are_tightened(tmp_path: Path,
                                                              umask_022: None) -> None:
    """A folder made before this fix (or by hand) is tightened when the server opens it."""
    folder = tmp_path / "c4s"
    open_database(ServerConfig(folder)).dispose()
    folder.chmod(0o755)
    (folder / f"{DB_FILE}-wal").touch()
    for path in _database_files(folder):
        path.chmod(0o644)
    db = open_database(ServerConfig(folder))
    try:
        assert _mode(folder) == 0o700
        assert all(_mode(path) == 0o600 for path in _database_files(folder))
    finally:
        db.dispose()
