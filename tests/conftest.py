"""Shared fixtures: real data folders, real keys and packs built by the real builder."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.packs.signing import public_key_b64
from c4s_desktop.core.packs.trust import add_trusted, seed_default_trust
from c4s_desktop.core.store.database import Store
from tests import packkit
from tests.sync.lan_proxy import LanSync, lan_sync


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return packkit.make_key()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path, key: Ed25519PrivateKey) -> Iterator[Store]:
    """An open, writable store whose trust list holds ``key``."""
    s = Store.open(data_dir)
    seed_default_trust(s)
    add_trusted(s, public_key_b64(key), "test")
    yield s
    s.close()


@pytest.fixture
def folder_pack(tmp_path: Path, key: Ed25519PrivateKey) -> Path:
    src = packkit.write_source(tmp_path / "src", lessons=2)
    return packkit.build(src, tmp_path / "pack", key, folder=True)


@pytest.fixture
def file_pack(tmp_path: Path, key: Ed25519PrivateKey) -> Path:
    src = packkit.write_source(tmp_path / "src-file", lessons=2)
    return packkit.build(src, tmp_path / "pack.c4spack", key)


@pytest.fixture
def lan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LanSync]:
    """A plain-http sync server "on another computer" (really on 127.0.0.1, see
    tests/sync/lan_proxy.py), for the client's and the app's warnings about it."""
    with lan_sync(tmp_path / "server", monkeypatch) as running:
        yield running


def snapshot(data_dir: Path) -> dict[str, object]:
    """Everything observable about a data folder: database rows and store files."""
    db = data_dir / "c4s.sqlite"
    rows: list[str] = []
    if db.exists():
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        for (table,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
        ):
            rows += [f"{table}:{r!r}" for r in conn.execute(f"SELECT * FROM {table} ORDER BY 1")]
        conn.close()
    files = {}
    store_dir = data_dir / "store"
    if store_dir.exists():
        for p in sorted(store_dir.rglob("*")):
            if p.is_file():
                files[p.relative_to(store_dir).as_posix()] = hashlib.sha256(
                    p.read_bytes()
                ).hexdigest()
    return {"rows": rows, "files": files}
