"""The install pipeline on real packs and a real data folder."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.errors import (
    CancelledError,
    PackError,
    SpaceError,
    TrustError,
    VersionError,
)
from c4s_desktop.core.packs import install as install_module
from c4s_desktop.core.packs.blobstore import BlobStore
from c4s_desktop.core.packs.install import install_pack, plan_install
from c4s_desktop.core.packs.library import list_installed, remove_pack, verify_store
from c4s_desktop.core.packs.repair import repair_store
from c4s_desktop.core.packs.signing import fingerprint, public_key_b64
from c4s_desktop.core.packs.source import open_pack
from c4s_desktop.core.packs.stored_manifest import manifest_json
from c4s_desktop.core.packs.trust import add_trusted
from c4s_desktop.core.store.database import Store
from tests import packkit
from tests.conftest import snapshot


def _store_files(store: Store) -> set[str]:
    return {sha for sha, _ in BlobStore(store.data_dir).iter_blobs()}


@pytest.mark.parametrize("form", ["folder", "file"])
def test_install_makes_pack_visible_with_every_blob(
    store: Store, folder_pack: Path, file_pack: Path, form: str
) -> None:
    pack = folder_pack if form == "folder" else file_pack
    seen: list[tuple[int, int]] = []
    result = install_pack(store, pack, progress=lambda d, t: seen.append((d, t)))
    [installed] = list_installed(store)
    assert installed.id == "org.example.test" and installed.version == 1
    manifest = installed.manifest()
    assert _store_files(store) == {e.sha256 for e in manifest.files.values()}
    for entry in manifest.files.values():
        assert BlobStore(store.data_dir).path(entry.sha256).stat().st_size == entry.size
    assert seen[-1][0] == seen[-1][1] == result.bytes_copied > 0
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))
    assert not list((store.data_dir.staging).iterdir()), "staging is left empty"


def test_same_version_is_refused_unless_forced(store: Store, folder_pack: Path) -> None:
    install_pack(store, folder_pack)
    before = snapshot(store.data_dir.root)
    with pytest.raises(VersionError) as info:
        install_pack(store, folder_pack)
    assert info.value.code == "pack.not_newer" and "--force" in info.value.message
    assert "already installed" in info.value.message
    assert snapshot(store.data_dir.root) == before
    result = install_pack(store, folder_pack, force=True)
    assert result.bytes_copied == 0


def test_force_reinstall_repairs_a_corrupt_blob(store: Store, folder_pack: Path) -> None:
    install_pack(store, folder_pack)
    victim = next(BlobStore(store.data_dir).iter_blobs())[1]
    data = bytearray(victim.read_bytes())
    data[0] ^= 0xFF
    victim.write_bytes(bytes(data))
    assert not verify_store(store).ok
    result = install_pack(store, folder_pack, force=True)
    assert len(result.repaired) == 1
    assert verify_store(store).ok


def _v2(tmp_path: Path, key: Ed25519PrivateKey, lessons: int = 3) -> Path:
    manifest = packkit.source_manifest(version=2, lessons=lessons)
    src = packkit.write_source(tmp_path / "src-v2", manifest, lessons=lessons)
    shutil.copyfile(tmp_path / "src" / "l1" / "video.mp4", src / "l1" / "video.mp4")
    shutil.copyfile(tmp_path / "src" / "l2" / "video.mp4", src / "l2" / "video.mp4")
    (src / "l2" / "text.en.md").write_text("# Lesson 2, revised\n", "utf-8")
    return packkit.build(src, tmp_path / "pack-v2", key, folder=True)


def test_update_copies_only_new_blobs_and_previews(
    store: Store, folder_pack: Path, tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    install_pack(store, folder_pack)
    old_blobs = _store_files(store)
    v2 = _v2(tmp_path, key)
    with open_pack(v2) as source:
        plan = plan_install(store, source)
        preview = plan.preview
        assert preview.old_version == 1 and preview.new_version == 2
        assert preview.added == ["l3-quiz", "l3-sheet", "l3-text", "l3-video"]
        assert preview.changed == ["l2-text"]
        assert preview.removed == []
        new_bytes = sum(
            e.size for e in plan.checked.manifest.files.values() if e.sha256 not in old_blobs
        )
        assert preview.bytes_to_copy == new_bytes
        result = plan.run()
    assert result.bytes_copied == new_bytes
    assert list_installed(store)[0].version == 2
    assert _store_files(store) == {
        e.sha256 for e in list_installed(store)[0].manifest().files.values()
    }


def _version(tmp_path: Path, key: Ed25519PrivateKey | None, version: int) -> Path:
    """Version ``version`` of the test pack signed by ``key`` (None: not signed)."""
    src = packkit.write_source(tmp_path / f"src-v{version}",
                               packkit.source_manifest(version=version), seed=version)
    pack = packkit.build(src, tmp_path / f"v{version}", key or packkit.make_key(), folder=True)
    if key is None:
        (pack / "manifest.sig").unlink()
    return pack


def test_an_update_from_another_publisher_needs_an_admin(
    store: Store, folder_pack: Path, tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    install_pack(store, folder_pack)
    other = packkit.make_key()
    add_trusted(store, public_key_b64(other), "other")  # trusted, for courses of its own
    before = snapshot(store.data_dir.root)
    with pytest.raises(TrustError) as info:
        install_pack(store, _version(tmp_path, other, 2))
    assert info.value.code == "pack.publisher_changed"
    assert info.value.params["fingerprint"] == fingerprint(public_key_b64(other))
    assert info.value.params["installed_fingerprint"] == fingerprint(public_key_b64(key))
    assert "changed hands" in info.value.message
    assert snapshot(store.data_dir.root) == before

    stranger = packkit.make_key()
    with pytest.raises(TrustError) as info:  # untrusted as well: the question names both
        install_pack(store, _version(tmp_path, stranger, 3))
    assert info.value.code == "pack.untrusted"
    assert info.value.params["installed_publisher"] == "Test publisher"
    with pytest.raises(TrustError) as info:
        install_pack(store, _version(tmp_path, None, 4))
    assert info.value.code == "pack.unsigned"
    assert info.value.params["installed_fingerprint"] == fingerprint(public_key_b64(key))
    assert snapshot(store.data_dir.root) == before

    install_pack(store, _version(tmp_path, other, 5), allow_untrusted=True)  # the admin's word
    assert list_installed(store)[0].version == 5
    install_pack(store, _version(tmp_path, other, 6))  # the new publisher's own update
    assert list_installed(store)[0].version == 6


def test_an_unsigned_install_has_no_publisher_to_keep(
    store: Store, tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    install_pack(store, _version(tmp_path, None, 1), allow_untrusted=True)
    install_pack(store, _version(tmp_path, key, 2))
    assert list_installed(store)[0].version == 2


def test_blob_shared_by_two_packs_survives_removal_of_one(
    store: Store, tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    a = packkit.write_source(tmp_path / "a", packkit.source_manifest("org.example.a"))
    b = packkit.write_source(tmp_path / "b", packkit.source_manifest("org.example.b"))
    shutil.copyfile(a / "l1" / "video.mp4", b / "l1" / "video.mp4")
    install_pack(store, packkit.build(a, tmp_path / "a.c4spack", key))
    result = install_pack(store, packkit.build(b, tmp_path / "b.c4spack", key))
    assert result.blobs_reused >= 1
    remove_pack(store, "org.example.a")
    assert [p.id for p in list_installed(store)] == ["org.example.b"]
    assert verify_store(store).ok
    remove_pack(store, "org.example.b")
    assert _store_files(store) == set()


def test_corrupt_blob_in_pack_leaves_no_trace(
    store: Store, folder_pack: Path, tmp_path: Path
) -> None:
    bad = packkit.copy_tree(folder_pack, tmp_path / "bad")
    target = bad / "l2" / "video.mp4"
    data = bytearray(target.read_bytes())
    data[-1] ^= 0x01
    target.write_bytes(bytes(data))
    before = snapshot(store.data_dir.root)
    with pytest.raises(PackError) as info:
        install_pack(store, bad)
    assert info.value.code == "pack.hash_mismatch" and "l2/video.mp4" in info.value.message
    assert snapshot(store.data_dir.root) == before


def test_cancel_leaves_library_unchanged(store: Store, folder_pack: Path) -> None:
    before = snapshot(store.data_dir.root)
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(CancelledError):
        install_pack(store, folder_pack, cancel=cancel)
    assert snapshot(store.data_dir.root) == before


def test_not_enough_space_is_refused_before_copying(
    store: Store, folder_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = shutil.disk_usage

    def tiny(path: os.PathLike[str] | str) -> object:
        usage = real(path)
        return type(usage)(usage.total, usage.total - 1000, 1000)

    monkeypatch.setattr(install_module.shutil, "disk_usage", tiny)
    before = snapshot(store.data_dir.root)
    with pytest.raises(SpaceError) as info:
        install_pack(store, folder_pack)
    assert "free" in info.value.message
    assert snapshot(store.data_dir.root) == before


def test_interrupted_install_resumes_copying_only_what_is_missing(
    store: Store, folder_pack: Path
) -> None:
    """Simulate a kill after some blobs were staged: the rerun reuses them."""
    with open_pack(folder_pack) as source:
        plan = plan_install(store, source)
        first = plan.to_copy[0]
        blobs = BlobStore(store.data_dir)
        with source.open(first.path) as fh:
            blobs.staged_path(first.sha256).write_bytes(fh.read())
    assert list_installed(store) == []
    result = install_pack(store, folder_pack)
    total = sum(e.size for e in plan.to_copy)
    assert result.bytes_copied == total - first.size


def test_an_install_deletes_half_copies_left_by_a_killed_one(
        store: Store, folder_pack: Path) -> None:
    """A kill mid-copy leaves a ``.part`` file that nothing resumes; the next install, even a
    cancelled one, deletes it and keeps the whole staged blobs it can reuse."""
    with open_pack(folder_pack) as source:
        plan = plan_install(store, source)
        first, second = plan.to_copy[0], plan.to_copy[1]
        blobs = BlobStore(store.data_dir)
        blobs.data_dir.staging.mkdir(parents=True, exist_ok=True)
        with source.open(first.path) as fh:
            blobs.staged_path(first.sha256).write_bytes(fh.read())
    stale = blobs.data_dir.staging / f"{second.sha256}.999999.part"
    stale.write_bytes(b"half a video")
    with pytest.raises(CancelledError):
        install_pack(store, folder_pack, cancel=lambda: True)
    assert not stale.exists()
    assert blobs.is_staged(first.sha256, first.size)


def test_repair_from_pack(store: Store, file_pack: Path) -> None:
    install_pack(store, file_pack)
    victim_sha, victim = next(BlobStore(store.data_dir).iter_blobs())
    victim.unlink()
    report = verify_store(store)
    assert list(report.missing) == [victim_sha]
    assert repair_store(store, report, [file_pack]) == [victim_sha]
    assert verify_store(store).ok


def test_installed_manifest_round_trips(store: Store, file_pack: Path) -> None:
    install_pack(store, file_pack)
    installed = list_installed(store)[0]
    assert json.loads(manifest_json(installed.stored_manifest))["id"] == installed.id
    assert installed.title["fr"] == "Paquet de test"


def test_a_failure_after_the_commit_does_not_fail_the_install(
    store: Store, folder_pack: Path
) -> None:
    from c4s_desktop.core.search.index import ensure_index

    # The disk fills up just as the search index is written (a trigger of SQLite's own
    # makes that write fail): the pack is installed all the same, and indexed later.
    store.conn.execute(
        "CREATE TEMP TRIGGER full_disk BEFORE INSERT ON search_packs "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    result = install_pack(store, folder_pack)
    assert result.bytes_copied > 0
    [installed] = list_installed(store)
    assert installed.id == "org.example.test"
    store.conn.execute("DROP TRIGGER full_disk")
    assert ensure_index(store) == ["org.example.test"]


def _used_bytes(root: Path) -> int:
    return sum(path.stat().st_size for path in root.rglob("*") if path.is_file())


def test_an_install_first_deletes_what_a_killed_install_left(
    store: Store, folder_pack: Path, tmp_path: Path, key: Ed25519PrivateKey,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A power cut during a big install leaves whole staged blobs, half copies and blobs
    published just before the commit. On a nearly full disk the next install of another
    course must not be refused for space that is only theirs: it deletes them first, and
    keeps every blob an installed pack uses and those of the pack it installs."""
    install_pack(store, folder_pack)
    referenced = _store_files(store)
    src = packkit.write_source(tmp_path / "other-src",
                               packkit.source_manifest("org.example.other", lessons=2),
                               lessons=2, seed=7)
    other = packkit.build(src, tmp_path / "other.c4spack", key)
    with open_pack(other) as source:
        plan = plan_install(store, source)
    needed = plan.bytes_to_copy
    # A blob of this very pack, published before a cut: it is kept and reused.
    own = min(plan.to_copy, key=lambda entry: entry.size)
    blobs = BlobStore(store.data_dir)
    with open_pack(other) as source, source.open(own.path) as fh:
        own_bytes = fh.read()
    blobs.path(own.sha256).parent.mkdir(exist_ok=True)
    blobs.path(own.sha256).write_bytes(own_bytes)
    leftover = os.urandom(60_000)
    published = hashlib.sha256(leftover).hexdigest()
    blobs.path(published).parent.mkdir(exist_ok=True)
    blobs.path(published).write_bytes(leftover)
    staged = blobs.staged_path(hashlib.sha256(b"staged" + leftover).hexdigest())
    staged.write_bytes(b"staged" + leftover)
    part = blobs.data_dir.staging / f"{'0' * 64}.4242.part"
    part.write_bytes(leftover[:30_000])
    left = 2 * len(leftover) + 6 + 30_000

    # A disk with room for the other course and a little more, but not with the leftovers.
    margin = install_module.SPACE_MARGIN_BYTES + int(needed * install_module.SPACE_MARGIN_FRACTION)
    capacity = _used_bytes(store.data_dir.root) - left + needed + margin + left // 2
    real = shutil.disk_usage

    def small_disk(path: os.PathLike[str] | str) -> object:
        usage = real(path)
        return type(usage)(capacity, _used_bytes(store.data_dir.root),
                           capacity - _used_bytes(store.data_dir.root))

    monkeypatch.setattr(install_module.shutil, "disk_usage", small_disk)
    result = install_pack(store, other)
    assert {p.id for p in list_installed(store)} == {"org.example.test", "org.example.other"}
    assert result.bytes_copied == needed - own.size
    assert not blobs.path(published).exists()
    assert list(blobs.data_dir.staging.iterdir()) == []
    assert referenced <= _store_files(store)
    assert verify_store(store).ok
