"""Finding packs on a drive (a folder stands in for one) and describing them from the manifest."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.errors import TrustError
from c4s_desktop.core.packs.discovery import (
    describe,
    find_packs,
    linux_mount_roots,
    removable_roots,
)
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.store.database import Store
from tests import packkit

PACK_ID = "org.example.test"


def build_pack(tmp_path: Path, out: Path, key: Ed25519PrivateKey, *, version: int = 1,
               pack_id: str = PACK_ID, folder: bool = False) -> Path:
    src = packkit.write_source(
        tmp_path / f"src-{pack_id}-{version}-{out.name}",
        packkit.source_manifest(pack_id, version),
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    return packkit.build(src, out, key, folder=folder)


@pytest.fixture
def drive(tmp_path: Path, key: Ed25519PrivateKey) -> Path:
    """A folder laid out as a trainer's USB stick."""
    root = tmp_path / "drive"
    build_pack(tmp_path, root / "top.c4spack", key, pack_id="org.example.top")
    build_pack(tmp_path, root / "courses" / "Folder-Pack", key, pack_id="org.example.folder",
               folder=True)
    build_pack(tmp_path, root / "a" / "b" / "c" / "deep.c4spack", key, pack_id="org.example.deep")
    build_pack(tmp_path, root / "a" / "b" / "c" / "d" / "too-deep.c4spack", key,
               pack_id="org.example.toodeep")
    build_pack(tmp_path, root / ".Trash-1000" / "hidden.c4spack", key,
               pack_id="org.example.hidden")
    (root / "notes.txt").write_text("not a pack", "utf-8")
    (root / "SHOUTING.C4SPACK").write_bytes(b"garbage")
    return root


def test_find_packs_lists_files_and_folders_to_the_depth_limit(drive: Path) -> None:
    found = [p.relative_to(drive).as_posix() for p in find_packs(drive)]
    assert found == ["SHOUTING.C4SPACK", "a/b/c/deep.c4spack", "courses/Folder-Pack",
                     "top.c4spack"]
    assert len(find_packs(drive, max_depth=1)) == 2


def test_find_packs_does_not_descend_into_a_pack_folder(tmp_path: Path,
                                                        key: Ed25519PrivateKey) -> None:
    pack = build_pack(tmp_path, tmp_path / "drive" / "pack", key, folder=True)
    (pack / "inner.c4spack").write_bytes(b"not looked at")
    assert find_packs(tmp_path / "drive") == [pack]
    assert find_packs(pack) == [pack]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_find_packs_skips_unreadable_folders(drive: Path) -> None:
    locked = drive / "locked"
    locked.mkdir()
    (locked / "x.c4spack").write_bytes(b"x")
    locked.chmod(0)
    try:
        assert len(find_packs(drive)) == 4
    finally:
        locked.chmod(0o755)


def test_find_packs_on_a_missing_root_finds_nothing(tmp_path: Path) -> None:
    assert find_packs(tmp_path / "unplugged") == []


def test_describe_says_new_update_installed_older_and_broken(
    tmp_path: Path, store: Store, key: Ed25519PrivateKey
) -> None:
    v1 = build_pack(tmp_path, tmp_path / "drive" / "v1.c4spack", key)
    v2 = build_pack(tmp_path, tmp_path / "drive" / "v2", key, version=2, folder=True)
    v3 = build_pack(tmp_path, tmp_path / "drive" / "v3.c4spack", key, version=3)
    new = describe(store, v1)
    assert (new.status, new.pack_id, new.version, new.error) == ("new", PACK_ID, 1, None)
    assert new.title_in("fr") == "Paquet de test" and new.title_in("de") == "Test pack"
    assert new.size is not None and new.size > 20_000
    install_pack(store, v2)
    assert describe(store, v1).status == "older"
    installed = describe(store, v2)
    assert (installed.status, installed.installed_version) == ("installed", 2)
    update = describe(store, v3)
    assert (update.status, update.installed_version, update.version) == ("update", 2, 3)


def test_a_broken_pack_is_described_not_raised(tmp_path: Path, store: Store) -> None:
    garbage = tmp_path / "garbage.c4spack"
    garbage.write_bytes(b"this is not a zip")
    broken = describe(store, garbage)
    assert broken.status == "broken" and broken.size == len(b"this is not a zip")
    assert broken.error is not None and broken.error.code == "pack.not_a_pack"
    assert broken.error.message == (
        "garbage.c4spack is not a C4S pack: it is neither a pack folder nor a .c4spack file."
    )
    assert broken.error.__traceback__ is None  # nothing of the closed pack is kept
    assert broken.title_in("en") == "garbage.c4spack"
    folder = tmp_path / "bad-folder"
    folder.mkdir()
    (folder / "manifest.json").write_text("{not json", "utf-8")
    bad = describe(store, folder)
    assert bad.status == "broken" and bad.size is None and bad.error is not None
    assert describe(store, tmp_path / "gone").status == "broken"


@pytest.mark.parametrize("tampering", ["edited after signing", "another key", "garbage"])
def test_a_pack_whose_signature_does_not_match_is_broken_as_its_install_says(
    tmp_path: Path, store: Store, key: Ed25519PrivateKey, tampering: str
) -> None:
    folder = build_pack(tmp_path, tmp_path / "drive" / "course", key, folder=True)
    manifest = packkit.load_manifest(folder)
    if tampering == "edited after signing":
        manifest["title"]["en"] = "A better course"
        (folder / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    elif tampering == "another key":
        packkit.resign(folder, packkit.make_key(), manifest)
    else:
        (folder / "manifest.sig").write_text("bm90IGEgc2lnbmF0dXJl\n", "ascii")
    packed = packkit.zip_folder(folder, tmp_path / "drive" / "course.c4spack")
    for pack in (folder, packed):
        found = describe(store, pack)
        assert (found.status, found.pack_id) == ("broken", "")
        with pytest.raises(TrustError) as refused:
            install_pack(store, pack)
        assert found.error is not None and found.error.code == refused.value.code
        assert found.error.message == refused.value.message.replace(str(pack), pack.name)


def test_an_unsigned_pack_is_new_not_broken(tmp_path: Path, store: Store,
                                            key: Ed25519PrivateKey) -> None:
    folder = build_pack(tmp_path, tmp_path / "drive" / "course", key, folder=True)
    (folder / "manifest.sig").unlink()  # installing it asks an admin, as any unsigned pack
    found = describe(store, folder)
    assert (found.status, found.error) == ("new", None)


def test_linux_mount_points_for_removable_drives() -> None:
    mounts = "\n".join([
        "/dev/sda1 / ext4 rw 0 0",
        "/dev/sdb1 /media/alice/USB\\040STICK vfat rw 0 0",
        "/dev/sdc1 /run/media/alice/TRAINER vfat rw 0 0",
        "/dev/sdd1 /media/usb0 vfat rw 0 0",
        "/dev/sde1 /mnt/c 9p rw 0 0",
        "/dev/sdf1 /run/media/bob/OTHER vfat rw 0 0",
        "tmpfs /media/alice tmpfs rw 0 0",
        "proc /proc proc rw 0 0",
    ])
    assert linux_mount_roots(mounts, "alice") == [
        Path("/media/alice/USB STICK"), Path("/media/usb0"), Path("/mnt/c"),
        Path("/run/media/alice/TRAINER"),
    ]


def test_removable_roots_are_readable_folders() -> None:
    for root in removable_roots():
        assert root.is_dir()
