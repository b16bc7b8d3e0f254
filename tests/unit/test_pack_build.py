"""``pack build`` on what admins really have: keys beside the course, Finder and Explorer
droppings, FAT sticks pulled mid-write, and file names Windows cannot hold."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.cli import main
from c4s_desktop.core.errors import InputError, SpaceError
from c4s_desktop.core.messages import CATALOGUE, fill
from c4s_desktop.core.packs.build import build_pack
from c4s_desktop.core.packs.discovery import find_packs
from c4s_desktop.core.packs.fat import fat_in_mounts
from c4s_desktop.core.packs.paths import check_pack_path
from c4s_desktop.core.packs.signing import generate_key_files
from c4s_desktop.core.packs.source import open_pack
from c4s_desktop.core.packs.verify import check_pack
from tests import packkit

REPO = Path(__file__).resolve().parents[2]


def _strict_message(exc: InputError) -> str:
    """The English message, failing if the template names a parameter the error lacks."""
    return fill(CATALOGUE[exc.code], exc.params)


def _refused(src: Path, out: Path, key: Ed25519PrivateKey | None, **kwargs: Any) -> InputError:
    with pytest.raises(InputError) as caught:
        build_pack(src, out, key, **kwargs)
    assert not out.exists() and list(out.parent.iterdir()) == []
    return caught.value


# --- Keys and OS metadata in the source folder ---------------------------------------------


def test_the_audits_key_in_the_course_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The audit's ``cd src && c4s pack keygen publisher.key; c4s pack build src -o
    out.c4spack --key src/publisher.key`` shipped the private key in the pack."""
    src = packkit.write_source(tmp_path / "src")
    keyfile = src / "publisher.key"
    assert main(["pack", "keygen", str(keyfile)]) == 0
    out = tmp_path / "out.c4spack"
    code = main(["pack", "build", str(src), "-o", str(out), "--key", str(keyfile)])
    err = capsys.readouterr().err
    assert code != 0 and not out.exists()
    assert err.startswith(f"error: The signing key {keyfile} lies inside the source folder "
                          f"{src}, so it would be shipped in the pack"), err


@pytest.mark.parametrize("head", [
    b"-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI",
    b"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA",
    b"\n-----BEGIN ENCRYPTED PRIVATE KEY-----\r\nMIGbMFcGCSqGSIb3DQEFDTBK",
    b"-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA",
])
def test_any_private_key_in_the_source_is_refused_by_its_content(
    tmp_path: Path, key: Ed25519PrivateKey, head: bytes
) -> None:
    src = packkit.write_source(tmp_path / "src")
    (src / "l1" / "id_backup").write_bytes(head + b"A" * 2000)
    (tmp_path / "out").mkdir()
    exc = _refused(src, tmp_path / "out" / "course.c4spack", key)
    assert exc.code == "build.private_key"
    assert _strict_message(exc).startswith(f"l1/id_backup in {src} is a private key")


def test_public_keys_and_certificates_are_packed(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    # The public half is in the manifest anyway; a course about PKI may show a certificate.
    src = packkit.write_source(tmp_path / "src")
    keyfile = tmp_path / "publisher.key"
    generate_key_files(keyfile)
    shutil.copy(f"{keyfile}.pub", src / "publisher.key.pub")
    (src / "l1" / "cert.pem").write_bytes(b"-----BEGIN CERTIFICATE-----\nMIIB\n")
    (src / "l1" / "pub.pem").write_bytes(b"-----BEGIN PUBLIC KEY-----\nMCow\n")
    manifest = build_pack(src, tmp_path / "course.c4spack", key, key_file=keyfile)
    assert {"publisher.key.pub", "l1/cert.pem", "l1/pub.pem"} <= set(manifest.files)


def test_os_metadata_files_are_left_out(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    src = packkit.write_source(tmp_path / "src")
    junk = [".DS_Store", "l1/.DS_Store", "l1/Thumbs.db", "l1/thumbs.db.x", "desktop.ini",
            "l1/Desktop.ini", "l1/._video.mp4", "._manifest.json"]
    for name in junk:
        (src / name).write_bytes(b"\x00\x05\x16\x07 Mac OS X metadata")
    out = tmp_path / "course.c4spack"
    manifest = build_pack(src, out, key)
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
    kept = {"l1/thumbs.db.x"}  # only the exact names are metadata
    assert names & set(junk) == kept and set(manifest.files) & set(junk) == kept


# --- Interrupted builds: nothing half-written is ever offered ----------------------------


@pytest.mark.parametrize("folder", [True, False])
def test_a_build_cut_short_leaves_nothing_the_app_offers(
    tmp_path: Path, key: Ed25519PrivateKey, monkeypatch: pytest.MonkeyPatch, folder: bool
) -> None:
    """The audit pulled the stick during ``--folder``: ``NAME.building/`` held a signed
    manifest.json and some files, and Add packs listed it as New."""
    src = packkit.write_source(tmp_path / "src", lessons=2)
    stick = tmp_path / "stick"
    stick.mkdir()
    out = stick / ("course" if folder else "course.c4spack")
    seen: list[tuple[list[str], list[Path], int]] = []
    real_copy = shutil.copyfileobj

    def copy(fsrc: BinaryIO, fdst: BinaryIO, length: int = 0) -> None:
        # What a scan of the stick finds if the power goes now.
        visible = [p.name for p in stick.iterdir() if not p.name.startswith(".")]
        seen.append((visible, find_packs(stick), len(list(stick.rglob("manifest.json")))))
        real_copy(fsrc, fdst, length)

    monkeypatch.setattr(shutil, "copyfileobj", copy)
    manifest = build_pack(src, out, key, folder=folder)
    expected_calls = len(manifest.files) + (2 if folder else 0)
    assert len(seen) == expected_calls
    assert all(visible == [] and found == [] for visible, found, _ in seen), seen
    if folder:  # manifest.json is written last: only its own copy sees it
        assert [count for _, _, count in seen] == [0] * (expected_calls - 1) + [1]
    assert find_packs(stick) == [out] and [p.name for p in stick.iterdir()] == [out.name]


# --- Durability ----------------------------------------------------------------------------


@pytest.fixture
def synced(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """Every fsync (by the path of its file descriptor) and rename, in order."""
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc/self/fd to name what is flushed")
    events: list[tuple[str, ...]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(src: Any, dst: Any, **kwargs: Any) -> None:
        events.append(("replace", str(src), str(dst)))
        real_replace(src, dst, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return events


@pytest.mark.parametrize("folder", [True, False])
def test_a_build_is_on_disk_before_its_rename_and_the_rename_after(
    tmp_path: Path, key: Ed25519PrivateKey, synced: list[tuple[str, ...]], folder: bool
) -> None:
    src = packkit.write_source(tmp_path / "src")
    out = tmp_path / "stick" / ("course" if folder else "course.c4spack")
    out.parent.mkdir()
    manifest = build_pack(src, out, key, folder=folder)
    tmp = out.with_name(f".{out.name}.building")
    renames = [i for i, event in enumerate(synced) if event[0] == "replace"]
    assert [synced[i] for i in renames] == [("replace", str(tmp), str(out))]
    before = {event[1] for event in synced[: renames[0]]}
    after = {event[1] for event in synced[renames[0] + 1:]}
    if folder:
        files = {*manifest.files, "manifest.json", "manifest.sig"}
        folders = {"l1"}
        assert {str(tmp / path) for path in files | folders} | {str(tmp)} <= before
    else:
        assert str(tmp) in before
    assert str(out.parent) in after


def test_keygen_flushes_both_keys_and_their_folder(
    tmp_path: Path, synced: list[tuple[str, ...]]
) -> None:
    keyfile = tmp_path / "keys" / "publisher.key"
    keyfile.parent.mkdir()
    generate_key_files(keyfile)
    assert synced == [("fsync", str(keyfile)), ("fsync", f"{keyfile}.pub"),
                      ("fsync", str(keyfile.parent))]


# --- FAT32's 4 GiB ---------------------------------------------------------------------------

TOO_BIG = """
import json, resource, signal, sys
from pathlib import Path
from c4s_desktop.core.errors import InputError, SpaceError
from c4s_desktop.core.packs import fat
from c4s_desktop.core.packs.build import build_pack
from tests import packkit
src, out, mounts = (Path(arg) for arg in sys.argv[1:4])
fat.MOUNTS = mounts
key = packkit.make_key()
# Files may not grow past 256 KiB: the stick is "full" long before the course is written.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 18, 1 << 18))
try:
    build_pack(src, out, key, folder=out.suffix != ".c4spack")
    print(json.dumps(["built", "", ""]))
except InputError as exc:
    print(json.dumps([exc.code, exc.message, exc.technical]))
"""


def _build_in_child(src: Path, out: Path, mounts: str = "") -> list[str]:
    """Build ``src`` to ``out`` in a process whose files cannot grow past 256 KiB, with
    ``mounts`` as its mount table; the error's code, message and technical detail."""
    out.parent.mkdir(exist_ok=True)
    (out.parent.parent / "mounts").write_text(mounts)
    proc = subprocess.run([sys.executable, "-c", TOO_BIG, str(src), str(out),
                           str(out.parent.parent / "mounts")], capture_output=True, text=True,
                          timeout=120, cwd=REPO, check=True)
    assert list(out.parent.iterdir()) == []  # the partial pack is gone, hidden name and all
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def test_a_file_too_large_for_the_drive_says_what_to_do(tmp_path: Path) -> None:
    """The audit's FAT32 stick: the build failed after 4 GiB with "check that its folder
    exists, can be written to and has free space (detail: File too large)"."""
    src = packkit.write_source(tmp_path / "src", media_size=600_000)
    stick = tmp_path / "stick"
    out = stick / "course.c4spack"
    assert _build_in_child(src, out) == [  # not known as FAT (mounts empty): EFBIG tells
        "build.too_large_for_drive",
        f"The pack {out} is too large for its drive, which cannot hold a file this big "
        "(FAT32 sticks hold no file over 4 GiB); build it with --folder if no single file of "
        "the course is over 4 GiB, or write it to a stick formatted as exFAT.",
        "File too large",
    ]
    code, message, detail = _build_in_child(src, stick / "course")
    assert code == "build.file_too_large_for_drive" and detail == "File too large"
    assert message.startswith(f"l1/video.mp4 in {src} is too large for the drive the pack goes")


def _sparse(path: Path, size: int) -> None:
    with open(path, "r+b") as fh:  # no data on disk, and none read: refused before hashing
        fh.truncate(size)


def test_on_a_fat_drive_a_pack_too_large_is_refused_before_writing(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    mounts = f"/dev/sdb1 {stick.resolve()} vfat rw,nosuid 0 0\n"
    # Two 2 GiB videos: no file over the limit, but the .c4spack would be.
    src = packkit.write_source(tmp_path / "two", lessons=2)
    for n in (1, 2):
        _sparse(src / f"l{n}" / "video.mp4", 2 << 30)
    out = stick / "course.c4spack"
    assert _build_in_child(src, out, mounts) == [  # no detail: nothing was written
        "build.too_large_for_drive", _strict_message(InputError(
            "build.too_large_for_drive", out=str(out))), ""]
    # One 4 GiB video: not even a folder pack fits.
    src = packkit.write_source(tmp_path / "one")
    _sparse(src / "l1" / "video.mp4", 4 << 30)
    assert _build_in_child(src, stick / "course", mounts) == [
        "build.file_too_large_for_drive", _strict_message(InputError(
            "build.file_too_large_for_drive", path="l1/video.mp4", src=str(src))), ""]


@pytest.mark.parametrize(("folder", "mounts", "fat"), [
    ("/media/ann/STICK/packs", "/dev/sdb1 /media/ann/STICK vfat rw 0 0", True),
    ("/media/ann/STICK", "/dev/sdb1 /media/ann/STICK msdos rw 0 0", True),
    ("/media/ann/STICK2", "/dev/sdb1 /media/ann/STICK vfat rw 0 0\n/dev/sda1 / ext4 rw 0 0",
     False),
    ("/media/ann/MY STICK/x", "/dev/sdb1 /media/ann/MY\\040STICK vfat rw 0 0", True),
    ("/media/ann/STICK/x", "/dev/sdb1 /media/ann/STICK exfat rw 0 0", False),
    ("/mnt/x", "/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 /mnt vfat rw 0 0\n"
     "/dev/sdc1 /mnt exfat rw 0 0", False),  # the later mount hides the earlier one
    ("/home/ann", "", False),
])
def test_fat_is_found_from_the_mount_table(folder: str, mounts: str, fat: bool) -> None:
    assert fat_in_mounts(Path(folder), mounts) is fat


# --- Names Windows and FAT sticks cannot hold ---------------------------------------------


@pytest.mark.parametrize(("path", "code", "says"), [
    ("l1/notes: draft.md", "build.name_forbidden_char", "has ':' in its name"),
    ('l1/"quoted"?.md', "build.name_forbidden_char", "has '?', '\"' in its name"),
    ("l1/a*b<c>d|e.txt", "build.name_forbidden_char", "has '*', '<', '>', '|' in its name"),
    ("CON.txt", "build.name_reserved", "uses the name CON.txt, which Windows keeps"),
    ("l1/nul", "build.name_reserved", "uses the name nul,"),
    ("l1/Lpt9.tar.gz", "build.name_reserved", "uses the name Lpt9.tar.gz,"),
    ("aux/notes.md", "build.name_reserved", "uses the name aux,"),
    ("l1/com1.md", "build.name_reserved", "uses the name com1.md,"),
    ("l1/readme.", "build.name_trailing", "has a name ending in a dot or a space ('readme.')"),
    ("extra /notes.md", "build.name_trailing", "has a name ending in a dot or a space ('extra ')"),
])
def test_names_windows_and_fat_cannot_hold_are_refused_at_build(
    tmp_path: Path, key: Ed25519PrivateKey, path: str, code: str, says: str
) -> None:
    src = packkit.write_source(tmp_path / "src")
    (src / path).parent.mkdir(parents=True, exist_ok=True)
    (src / path).write_text("extra\n", "utf-8")
    (tmp_path / "out").mkdir()
    exc = _refused(src, tmp_path / "out" / "course", key, folder=True)
    assert exc.code == code
    message = _strict_message(exc)
    assert message.startswith(f"{path} in {src} {says}") and "rename it" in message, message


@pytest.mark.parametrize("path", ["l1/console.md", "l1/com10.md", "l1/nul-and-void.md",
                                  "l1/com.md", "l1/.hidden", "l1/a.b.c"])
def test_names_windows_can_hold_are_built(
    tmp_path: Path, key: Ed25519PrivateKey, path: str
) -> None:
    src = packkit.write_source(tmp_path / "src")
    (src / path).write_text("extra\n", "utf-8")
    assert path in build_pack(src, tmp_path / "course", key, folder=True).files


def test_packs_built_before_with_such_names_still_install(
    tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    pack = packkit.build(packkit.write_source(tmp_path / "src"), tmp_path / "pack", key,
                         folder=True)
    manifest = packkit.load_manifest(pack)
    for path in ("l1/aux.md", "l1/what?.md", "l1/end."):
        assert check_pack_path(path, "files") == path
        (pack / path).write_bytes(b"x")
        manifest["files"][path] = {"sha256": hashlib.sha256(b"x").hexdigest(), "size": 1}
    packkit.resign(pack, key, manifest)
    with open_pack(pack) as source:
        assert check_pack(source, set(), allow_untrusted=True).manifest.files.keys() >= {
            "l1/aux.md", "l1/what?.md", "l1/end."}


@pytest.mark.parametrize("folder", [False, True])
def test_progress_counts_every_byte_read_to_hash_then_to_copy(
    tmp_path: Path, key: Ed25519PrivateKey, folder: bool
) -> None:
    src = packkit.write_source(tmp_path / "src", lessons=2)
    seen: list[tuple[int, int]] = []
    manifest = build_pack(src, tmp_path / "course", key, folder=folder,
                          progress=lambda done, total: seen.append((done, total)))
    size = sum(entry.size for entry in manifest.files.values())
    assert {total for _done, total in seen} == {2 * size}
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)
    assert seen[-1] == (2 * size, 2 * size)


def test_a_drive_without_room_is_refused_before_anything_is_written(
    tmp_path: Path, key: Ed25519PrivateKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = packkit.write_source(tmp_path / "src", lessons=2)
    stick = tmp_path / "stick"
    stick.mkdir()
    real = shutil.disk_usage

    def almost_full(path: Any) -> Any:  # the stick has 100 kB left; the pack needs more
        usage = real(path)
        return usage._replace(free=100_000) if Path(path) == stick else usage

    monkeypatch.setattr(shutil, "disk_usage", almost_full)
    with pytest.raises(SpaceError) as caught:
        build_pack(src, stick / "course.c4spack", key)
    assert caught.value.code == "build.not_enough_space"
    assert caught.value.params["free_mb"] == 0.1
    assert list(stick.iterdir()) == []
