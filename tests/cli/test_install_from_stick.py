"""``c4s library install`` from USB sticks: one pulled out mid-install, one a Mac or PC browsed.

A stick pulled out makes every read fail with an OS error. No FUSE mount can be made here, so
the test stands between the pack file and the kernel: ``os.pread`` (how a ``.c4spack``'s stored
media are read) and ``os.close`` raise ``ENOTCONN`` for that one file from the moment it is
"pulled", as a FUSE mount whose stick went away does. Everything of ours runs for real.
"""

from __future__ import annotations

import errno
import json
import os
import re
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.cli import main
from tests import packkit

LITTER = {
    ".DS_Store": b"\x00\x00\x00\x01Bud1",
    "l1/._video.mp4": b"\x00\x05\x16\x07AppleDouble",
    "l1/.DS_Store": b"\x00\x00\x00\x01Bud1",
    "Thumbs.db": b"\xd0\xcf\x11\xe0",
    "l2/desktop.ini": b"[.ShellClassInfo]\r\n",
    "System Volume Information/IndexerVolumeGuid": b"{guid}",
    ".Trashes/501/old.mp4": b"gone",
    ".Spotlight-V100/Store-V2/store.db": b"spotlight",
    ".fseventsd/fseventsd-uuid": b"uuid",
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path, key: Ed25519PrivateKey) -> str:
    """A data folder that trusts ``key``."""
    folder = tmp_path / "data"
    pub = packkit.write_pub(tmp_path / "publisher.pub", key)
    assert main(["--data-dir", str(folder), "trust", "add", str(pub)]) == 0
    return str(folder)


def _pack(tmp_path: Path, key: Ed25519PrivateKey, pack_id: str, *, folder: bool) -> Path:
    src = packkit.write_source(tmp_path / f"{pack_id}-src",
                               packkit.source_manifest(pack_id, lessons=2), lessons=2,
                               seed=len(pack_id))
    out = tmp_path / "stick" / (pack_id if folder else f"{pack_id}.c4spack")
    out.parent.mkdir(exist_ok=True)
    return packkit.build(src, out, key, folder=folder)


def _pull_out_after_one_file(monkeypatch: pytest.MonkeyPatch, pack: Path) -> None:
    """Make ``pack``'s drive stop answering while its second media file is being copied."""
    ident = (pack.stat().st_dev, pack.stat().st_ino)
    real_pread, real_close = os.pread, os.close
    media_reads = 0

    def on_pack(fd: int) -> bool:
        info = os.fstat(fd)
        return (info.st_dev, info.st_ino) == ident

    def pread(fd: int, length: int, offset: int) -> bytes:
        nonlocal media_reads
        if on_pack(fd):
            if length > 1024:  # not a zip header nor the signature: a media file's bytes
                media_reads += 1
            if media_reads >= 2:
                raise OSError(errno.ENOTCONN, os.strerror(errno.ENOTCONN))
        return real_pread(fd, length, offset)

    def close(fd: int) -> None:
        gone = on_pack(fd) and media_reads >= 2
        real_close(fd)
        if gone:  # what closing a file on a dead FUSE mount says
            raise OSError(errno.ENOTCONN, os.strerror(errno.ENOTCONN))

    monkeypatch.setattr(os, "pread", pread)
    monkeypatch.setattr(os, "close", close)


def _litter(pack: Path, files: dict[str, bytes]) -> None:
    for path, content in files.items():
        (pack / path).parent.mkdir(parents=True, exist_ok=True)
        (pack / path).write_bytes(content)


def _blobs(data: str) -> set[str]:
    store = Path(data) / "store"
    return {p.name for p in store.glob("[0-9a-f][0-9a-f]/*")}


def test_a_pulled_stick_names_its_pack_and_the_next_pack_installs(
    tmp_path: Path, key: Ed25519PrivateKey, data: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = _pack(tmp_path, key, "org.example.pulled", folder=False)
    good = _pack(tmp_path, key, "org.example.good", folder=True)
    _pull_out_after_one_file(monkeypatch, bad)

    code, out, err = run(capsys, "library", "install", str(bad), str(good), "--data-dir", data)

    assert code == 3  # the pulled pack's own code, a PackError
    assert out.startswith("installed org.example.good version 1: ")
    lines = err.splitlines()
    assert re.fullmatch(
        re.escape(f"error: {bad}: The drive holding {bad} stopped answering, so nothing was "
                  "installed; plug it in again and retry. (detail: ")
        + r"l[12]/video\.mp4: Transport endpoint is not connected\)",
        lines[0],
    ), err
    assert lines[1:] == [f"error: 1 of 2 packs not installed: {bad}"]
    _, listed, _ = run(capsys, "library", "list", "--json", "--data-dir", data)
    assert [p["id"] for p in json.loads(listed)] == ["org.example.good"]
    assert not any((Path(data) / "store" / "staging").iterdir())
    good_files = packkit.load_manifest(good)["files"].values()
    assert _blobs(data) == {f["sha256"] for f in good_files}


def test_a_folder_pack_browsed_by_finder_or_explorer_installs(
    tmp_path: Path, key: Ed25519PrivateKey, data: str, capsys: pytest.CaptureFixture[str],
) -> None:
    pack = _pack(tmp_path, key, "org.example.browsed", folder=True)
    _litter(pack, LITTER)

    code, out, err = run(capsys, "library", "install", str(pack), "--data-dir", data)

    assert code == 0, err
    assert out.startswith("installed org.example.browsed version 1: ")
    files = packkit.load_manifest(pack)["files"].values()
    assert _blobs(data) == {f["sha256"] for f in files}  # none of the litter was installed
    pub = str(tmp_path / "publisher.pub")
    code, _, err = run(capsys, "pack", "verify", str(pack), "--trust", pub)
    assert code == 0, err


@pytest.mark.parametrize("intruder", ["notes.txt", ".DS_Store.old", "l1/Thumbs.db.tmp",
                                      "l1/._", "extra/run.sh"])
def test_any_other_unlisted_file_beside_the_litter_is_still_refused(
    tmp_path: Path, key: Ed25519PrivateKey, data: str, intruder: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pack = _pack(tmp_path, key, "org.example.intruded", folder=True)
    _litter(pack, {**LITTER, intruder: b"slipped in"})

    code, _, err = run(capsys, "library", "install", str(pack), "--data-dir", data)

    # The intruder is named, not the litter (which sorts first and was named before).
    assert code == 3
    assert err == (f"error: The pack {pack} contains {intruder}, which its manifest does not "
                   "list; it may have been tampered with, so it was refused.\n")
    assert _blobs(data) == set()


def test_a_pack_file_holding_finder_litter_is_still_refused(
    tmp_path: Path, key: Ed25519PrivateKey, data: str, capsys: pytest.CaptureFixture[str],
) -> None:
    """A ``.c4spack`` is built, never browsed: anything unlisted in it is refused."""
    folder = _pack(tmp_path, key, "org.example.zipped", folder=True)
    (folder / "l1" / ".DS_Store").write_bytes(LITTER[".DS_Store"])
    pack = packkit.zip_folder(folder, tmp_path / "zipped.c4spack")

    code, _, err = run(capsys, "library", "install", str(pack), "--data-dir", data)

    assert code == 3
    assert "contains l1/.DS_Store, which its manifest does not list" in err
    assert _blobs(data) == set()
