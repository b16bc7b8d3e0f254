"""An install killed with SIGKILL at random moments: the old state stays, a re-run finishes."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.packs.blobstore import BlobStore
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import list_installed, verify_store
from c4s_desktop.core.packs.manifest import FileEntry, parse_manifest
from c4s_desktop.core.packs.signing import public_key_b64
from c4s_desktop.core.packs.trust import add_trusted
from c4s_desktop.core.store.database import Store
from tests import packkit

FILES = 40
FILE_SIZE = 1_500_000


def _big_pack(tmp_path: Path, key: Ed25519PrivateKey) -> Path:
    manifest = packkit.source_manifest("org.example.big", lessons=1)
    items = manifest["modules"][0]["lessons"][0]["items"]
    src = packkit.write_source(tmp_path / "big-src", manifest)
    (src / "media").mkdir()
    for n in range(FILES):
        (src / "media" / f"clip{n:02d}.mp4").write_bytes(os.urandom(FILE_SIZE))
        items.append({"id": f"clip{n:02d}", "type": "video", "title": {"en": f"Clip {n}"},
                      "file": f"media/clip{n:02d}.mp4", "duration_s": 30})
    (src / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    return packkit.build(src, tmp_path / "big", key, folder=True)


def _blobs(pack: Path) -> list[FileEntry]:
    files = parse_manifest((pack / "manifest.json").read_bytes()).files.values()
    return list({e.sha256: e for e in files}.values())


def _staged(data: Path) -> list[Path]:
    staging = DataDir(data).staging
    if not staging.is_dir():
        return []
    return [p for p in staging.iterdir() if not p.name.endswith(".part")]


def _complete_bytes(data: Path) -> int:
    """Bytes already copied as whole blobs, staged or in the store."""
    in_store = sum(p.stat().st_size for _, p in BlobStore(DataDir(data)).iter_blobs())
    return in_store + sum(p.stat().st_size for p in _staged(data))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sigkill_during_install_then_rerun(
    tmp_path: Path, key: Ed25519PrivateKey, seed: int
) -> None:
    pack = _big_pack(tmp_path, key)
    data = tmp_path / "data"
    with Store.open(data) as store:
        add_trusted(store, public_key_b64(key), "test")
    kill_after = random.Random(seed).randint(1, FILES - 5)
    proc = subprocess.Popen(
        [sys.executable, "-m", "c4s_desktop.cli", "library", "install", str(pack),
         "--data-dir", str(data)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while len(_staged(data)) < kill_after and proc.poll() is None:
        assert time.monotonic() < deadline, "the install never got going"
        time.sleep(0.001)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    if proc.returncode != -signal.SIGKILL:
        pytest.skip("the install finished before the kill landed")

    conn = sqlite3.connect(data / "c4s.sqlite")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    blobs = _blobs(pack)
    missing = sum(e.size for e in blobs) - _complete_bytes(data)
    with Store.open(data) as store:
        assert list_installed(store) == [], "a killed install must not show"
        result = install_pack(store, pack)
        assert result.bytes_copied <= missing + max(e.size for e in blobs)
        assert [p.id for p in list_installed(store)] == ["org.example.big"]
        assert verify_store(store).ok
        assert not any(DataDir(data).staging.iterdir())
