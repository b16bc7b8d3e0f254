"""Pack downloads: verified, resumable, pausable, installed like a USB install."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.errors import CancelledError, PackError, SyncError, TrustError
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import get_installed
from c4s_desktop.core.packs.signing import public_key_b64
from c4s_desktop.core.packs.trust import remove_trusted, trusted_keys
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.catalog import Catalog
from c4s_desktop.core.sync.credentials import Credentials
from c4s_desktop.core.sync.downloads import DownloadControl, TokenBucket
from c4s_desktop.core.sync.pack_download import PackDownload, download_pack, downloads_dir
from c4s_desktop.core.sync.retry import RetryPolicy
from c4s_desktop.core.sync.transport import Transport
from tests import packkit
from tests.conftest import snapshot
from tests.sync.faultproxy import FaultProxy
from tests.sync.minilrs import MiniLRS, running_lrs

USERS = {"device": "pw"}
FAST = RetryPolicy(base=0.005, max_wait=0.05)


@pytest.fixture
def lrs() -> Iterator[tuple[str, MiniLRS]]:
    with running_lrs(USERS) as (endpoint, lrs):
        yield endpoint.removesuffix("xapi/"), lrs


def transport_to(base: str) -> Transport:
    return Transport(Credentials(server=base, endpoint=base + "xapi/", username="device",
                                 secret="pw"))


def built(tmp_path: Path, key: Ed25519PrivateKey, name: str, version: int = 1,
          media_size: int = 20_000, seed: int = 0) -> Path:
    manifest = packkit.source_manifest(version=version, lessons=2)
    src = packkit.write_source(tmp_path / f"src-{name}", manifest, lessons=2,
                               media_size=media_size, seed=seed)
    return packkit.build(src, tmp_path / name, key, folder=True)


def test_catalog_lists_offers_with_installed_versions(
        tmp_path: Path, key: Ed25519PrivateKey, store: Store,
        lrs: tuple[str, MiniLRS]) -> None:
    base, server = lrs
    server.offer(built(tmp_path, key, "v1"))
    transport = transport_to(base)
    [offer] = Catalog(transport).fetch(store)
    assert offer.id == "org.example.test" and offer.version == 1
    assert offer.installed_version is None and offer.can_download
    assert offer.title["en"] == "Test pack" and offer.size > 40_000


def test_download_installs_exactly_like_a_usb_install(
        tmp_path: Path, key: Ed25519PrivateKey, store: Store,
        lrs: tuple[str, MiniLRS]) -> None:
    base, server = lrs
    pack = built(tmp_path, key, "v1")
    server.offer(pack)
    seen: list[tuple[str, int, int]] = []
    result = download_pack(store, transport_to(base), "org.example.test", policy=FAST,
                           progress=lambda phase, done, total: seen.append((phase, done, total)))
    assert result.version == 1 and result.previous_version is None
    usb = Store.open(tmp_path / "usb")
    try:
        usb.db.execute("INSERT INTO trusted_keys VALUES (?, 't', 'now')", [public_key_b64(key)])
        usb.db.conn.commit()
        install_pack(usb, pack)
    finally:
        usb.close()
    assert snapshot(store.data_dir.root)["files"] == snapshot(tmp_path / "usb")["files"]
    rows = store.db.execute("SELECT path, sha256, size FROM pack_files ORDER BY path").fetchall()
    assert len(rows) == len(packkit.load_manifest(pack)["files"])
    assert seen[-1][0] == "install" and seen[-1][1] == seen[-1][2]
    downloads = [s for s in seen if s[0] == "download"]
    assert downloads[-1][1] == downloads[-1][2] > 0
    assert not any(downloads_dir(store).iterdir())


def test_blobs_already_held_are_not_downloaded_again(
        tmp_path: Path, key: Ed25519PrivateKey, store: Store,
        lrs: tuple[str, MiniLRS]) -> None:
    base, server = lrs
    v1 = built(tmp_path, key, "v1")
    install_pack(store, v1)
    manifest = packkit.load_manifest(v1)
    manifest["version"] = 2
    (v1 / "l1" / "text.en.md").write_text("# Lesson 1\n\nNew text.\n", "utf-8")
    del manifest["files"]
    packkit.resign(v1, key, manifest)
    src = tmp_path / "src-v2"
    packkit.copy_tree(v1, src)
    (src / "manifest.sig").unlink()
    v2 = packkit.build(src, tmp_path / "v2", key, folder=True)
    changed = json.loads((v2 / "manifest.json").read_bytes())["files"]["l1/text.en.md"]
    server.offer(v2)
    result = download_pack(store, transport_to(base), "org.example.test", policy=FAST)
    assert result.version == 2 and result.previous_version == 1
    assert result.blobs_copied == 1
    assert len(server.blob_requests) == 1
    assert get_installed(store, "org.example.test").version == 2  # type: ignore[union-attr]
    assert store.data_dir.blob_path(changed["sha256"]).is_file()


def test_a_broken_connection_resumes_with_range(
        tmp_path: Path, key: Ed25519PrivateKey, store: Store,
        lrs: tuple[str, MiniLRS]) -> None:
    base, server = lrs
    pack = built(tmp_path, key, "big", media_size=3_000_000)
    server.offer(pack)
    size = sum(f["size"] for f in packkit.load_manifest(pack)["files"].values())
    with FaultProxy(("127.0.0.1", int(base.rsplit(":", 1)[1].strip("/")))) as proxy:
        proxy.cut_after = 2_000_000
        result = download_pack(store, transport_to(proxy.url), "org.example.test",
                               policy=FAST)
        assert result.blobs_copied > 0
        assert proxy.cut_after is None
        assert any(r and r.startswith("bytes=") for r in server.blob_requests)
        assert proxy.stats.to_client < size * 1.02 + 20_000


def test_pause_keeps_what_arrived_and_the_next_call_resumes(
        tmp_path: Path, key: Ed25519PrivateKey, store: Store,
        lrs: tuple[str, MiniLRS]) -> None:
    base, server = lrs
    server.offer(built(tmp_path, key, "big", media_size=2_000_000))
    control = DownloadControl()

    def pause_halfway(phase: str, done: int, total: int) -> None:
        if phase == "download" and done > total // 4:
            control.pause()

    with pytest.raises(CancelledError) as caught:
        download_pack(store, transport_to(base), "org.example.test", policy=FAST,
                      progress=pause_halfway, control=control)
    assert caught.value.code == "download.paused"
    assert get_installed(store, "org.example.test") is None
    assert any(p.name.endswith(".part") and p.stat().st_size > 0
               for p in downloads_dir(store).iterdir())
    control.resume()
    download_pack(store, transport_to(base), "org.example.test", policy=FAST, control=control)
    assert get_installed(store, "org.example.test") is not None
    assert any(r and r.startswith("bytes=") for r in server.blob_requests)


def test_cancel_deletes_partial_files(
        tmp_path: Path, key: Ed25519PrivateKey, store: Store,
        lrs: tuple[str, MiniLRS]) -> None:
    base, server = lrs
    server.offer(built(tmp_path, key, "big", media_size=2_000_000))
    control = DownloadControl()
    with pytest.raises(CancelledError):
        download_pack(store, transport_to(base), "org.example.test", policy=FAST,
                      control=control, progress=lambda *_a: control.cancel())
    assert get_installed(store, "org.example.test") is None
    assert list(downloads_dir(store).iterdir()) == []


def test_a_damaged_blob_is_never_kept(
        tmp_path: Path, key: Ed25519PrivateKey, store: Store,
        lrs: tuple[str, MiniLRS]) -> None:
    base, server = lrs
    pack = built(tmp_path, key, "v1")
    video = pack / "l1" / "video.mp4"
    data = bytearray(video.read_bytes())
    data[100] ^= 0xFF
    video.write_bytes(bytes(data))
    server.offer(pack)
    before = snapshot(store.data_dir.root)
    with pytest.raises(PackError) as caught:
        download_pack(store, transport_to(base), "org.example.test", policy=FAST)
    assert caught.value.code == "download.corrupt"
    # The learner reads which file of the pack it was, not a hash.
    assert str(caught.value).startswith("The file l1/video.mp4 arrived damaged")
    assert snapshot(store.data_dir.root) == before
    damaged = packkit.load_manifest(pack)["files"]["l1/video.mp4"]["sha256"]
    kept = {p.name for p in downloads_dir(store).iterdir()}
    assert not any(name.startswith(damaged) for name in kept)


def test_an_untrusted_pack_is_refused_before_any_blob(
        tmp_path: Path, key: Ed25519PrivateKey, store: Store,
        lrs: tuple[str, MiniLRS]) -> None:
    base, server = lrs
    server.offer(built(tmp_path, key, "v1"))
    remove_trusted(store, public_key_b64(key))
    with pytest.raises(TrustError):
        download_pack(store, transport_to(base), "org.example.test", policy=FAST)
    assert server.blob_requests == []


def test_token_bucket_spreads_bytes_over_time() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    bucket = TokenBucket(100_000, burst=100_000, clock=lambda: now[0], sleep=sleep)
    for _ in range(10):
        bucket.take(50_000)
    # 500 kB at 100 kB/s with a 100 kB burst: 4 s of waiting, whatever the chunking.
    assert sum(slept) == pytest.approx(4.0)
    now[0] += 10
    assert bucket.take(50_000) == 0.0


def test_the_long_step_runs_on_another_thread_without_the_store(
        tmp_path: Path, key: Ed25519PrivateKey, store: Store,
        lrs: tuple[str, MiniLRS]) -> None:
    base, server = lrs
    server.offer(built(tmp_path, key, "big", media_size=1_000_000))
    job = PackDownload.prepare(store, transport_to(base), "org.example.test", policy=FAST)
    assert job.total_bytes > 2_000_000
    assert len(server.blob_requests) == 1  # only the quiz (both lessons share it), to check it
    seen: list[tuple[int, int]] = []
    worker = threading.Thread(target=job.fetch, args=(lambda d, t: seen.append((d, t)),))
    worker.start()
    worker.join()
    assert seen[-1] == (job.total_bytes, job.total_bytes)
    assert get_installed(store, "org.example.test") is None
    result = job.install()
    assert result.version == 1 and get_installed(store, "org.example.test") is not None
    assert list(downloads_dir(store).iterdir()) == []


def test_the_install_step_reads_only_the_downloaded_files(
        tmp_path: Path, key: Ed25519PrivateKey, store: Store,
        lrs: tuple[str, MiniLRS]) -> None:
    base, server = lrs
    server.offer(built(tmp_path, key, "big", media_size=1_000_000))
    job = PackDownload.prepare(store, transport_to(base), "org.example.test", policy=FAST)
    job.fetch()
    fetched = len(server.blob_requests)
    biggest = max(job.missing, key=lambda e: e.size)
    (downloads_dir(store) / biggest.sha256).unlink()  # lost between the two steps
    with pytest.raises(SyncError) as caught:
        job.install()
    assert caught.value.code == "download.failed"
    assert len(server.blob_requests) == fetched  # the writer's step asked the server nothing
    assert get_installed(store, "org.example.test") is None


def test_the_store_step_of_the_check_asks_the_server_nothing(
        tmp_path: Path, key: Ed25519PrivateKey, store: Store,
        lrs: tuple[str, MiniLRS]) -> None:
    """Trust and quizzes are checked off the writer (``open`` + ``verify``); the store step
    (``check``) then plans from local files only, so a slow server never holds the writer."""
    base, server = lrs
    server.offer(built(tmp_path, key, "big", media_size=1_000_000))
    job = PackDownload.open(store.data_dir, transport_to(base), "org.example.test",
                            policy=FAST)
    job.verify(trusted_keys(store))
    asked = len(server.blob_requests)
    assert asked == 1  # the quiz, fetched after the signature was found trusted
    for quiz in downloads_dir(store).iterdir():
        quiz.unlink()  # lost between the steps: the store step must not fetch it again
    with pytest.raises(SyncError) as caught:
        job.check(store)
    assert caught.value.code == "download.failed"
    assert len(server.blob_requests) == asked
