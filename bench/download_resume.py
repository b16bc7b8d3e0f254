"""Download benchmark: a pack download cut at half, then resumed, against a plain download.

The real ``c4s-sync`` server (child process, SQLite, 127.0.0.1) publishes a signed pack of
``--size-mb`` MiB of incompressible video files. Every download goes through a counting TCP
proxy, so the bytes are what crossed the wire (bodies and headers, both ways):

1. baseline: ``download_pack`` uninterrupted into a fresh data folder;
2. cut: the proxy drops the connection once half the pack's bytes went through; the same
   ``download_pack`` call resumes with ``Range`` and installs;
3. paused: the download is paused at half (``DownloadControl.pause``, as when the app is
   closed) and a second ``download_pack`` call resumes it from the partial file.

Target: bytes transferred <= 1.02 x the pack's size for 2 and 3.
Run: ``PYTHONPATH=. python bench/download_resume.py [--size-mb 200]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from benchkit import (
    MB,
    file_sizes,
    make_workdir,
    remove_tree,
    verdict,
    video_manifest,
    write_manifest,
    write_random,
)
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.packs.build import build_pack
from c4s_desktop.core.packs.signing import public_key_b64
from c4s_desktop.core.packs.trust import add_trusted
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.credentials import require_credentials
from c4s_desktop.core.sync.downloads import DownloadControl
from c4s_desktop.core.sync.enroll import enroll_device
from c4s_desktop.core.sync.pack_download import download_pack
from c4s_desktop.core.sync.retry import RetryPolicy
from c4s_desktop.core.sync.transport import Transport
from tests.sync.faultproxy import FaultProxy
from tests.sync.realserver import ServerProcess

PACK_ID = "org.example.bench"
POLICY = RetryPolicy(base=0.05, max_wait=0.5)


def make_pack(work: Path, size: int, key: Ed25519PrivateKey) -> Path:
    """A signed folder pack of ``size`` bytes of random video files."""
    src = work / "src"
    rng = random.Random(7)
    paths = []
    for n, file_size in enumerate(file_sizes(rng, size, 8 * MB, 40 * MB)):
        path = f"media/v{n:03d}.mp4"
        write_random(src / path, file_size)
        paths.append(path)
    write_manifest(src, video_manifest(PACK_ID, 1, paths))
    out = work / "pack"
    build_pack(src, out, key, folder=True)
    remove_tree(src)
    return out


def run(work: Path, name: str, server: ServerProcess, proxy: FaultProxy,
        key: Ed25519PrivateKey, attempt: Callable[[Store, Transport], None]) -> tuple[int, float]:
    """(bytes through the proxy, seconds) for one download into a fresh data folder."""
    root = work / name
    store = Store.open(root)
    try:
        add_trusted(store, public_key_b64(key), "bench")
        create_learner(store, "Ana")
        enroll_device(store, root, server.url, server.enroll_code(name))
        creds = require_credentials(root)
        transport = Transport(replace(creds, server=proxy.url, endpoint=proxy.url + "xapi/"))
        proxy.stats.from_client = proxy.stats.to_client = 0
        start = time.perf_counter()
        attempt(store, transport)
        seconds = time.perf_counter() - start
        transport.close()
        return proxy.stats.from_client + proxy.stats.to_client, seconds
    finally:
        store.close()
        remove_tree(root)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=200)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    work = make_workdir(args.workdir, "download-resume")
    key = Ed25519PrivateKey.generate()
    size = args.size_mb * MB
    print(f"download resume benchmark, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, "
          f"pack of {args.size_mb} MiB ({size:,} bytes), via a counting proxy on loopback")
    try:
        pack = make_pack(work, size, key)
        with ServerProcess(work / "server") as server:
            pub = work / "bench.pub"
            pub.write_text(public_key_b64(key) + "\n")
            server.admin("trust", "add", str(pub))
            server.admin("publish", str(pack))
            host, port = server.url.split("//")[1].rstrip("/").rsplit(":", 1)
            with FaultProxy((host, int(port))) as proxy:
                def plain(store: Store, transport: Transport) -> None:
                    download_pack(store, transport, PACK_ID, policy=POLICY)

                def cut(store: Store, transport: Transport) -> None:
                    proxy.cut_after = size // 2
                    download_pack(store, transport, PACK_ID, policy=POLICY)
                    assert proxy.cut_after is None, "the cut did not happen"

                def paused(store: Store, transport: Transport) -> None:
                    control = DownloadControl()

                    def halfway(phase: str, done: int, total: int) -> None:
                        if phase == "download" and done >= total // 2:
                            control.pause()

                    try:
                        download_pack(store, transport, PACK_ID, policy=POLICY,
                                      control=control, progress=halfway)
                        raise AssertionError("the pause did not happen")
                    except CancelledError:
                        pass
                    control.resume()
                    download_pack(store, transport, PACK_ID, policy=POLICY, control=control)

                results = {name: run(work, name, server, proxy, key, attempt)
                           for name, attempt in (("plain", plain), ("cut", cut),
                                                 ("paused", paused))}
    finally:
        remove_tree(work)
    base_bytes, base_s = results["plain"]
    print(f"plain download (baseline): {base_bytes:,} bytes = {base_bytes / size:.4f} x pack, "
          f"{base_s:.1f} s ({size / MB / base_s:.0f} MiB/s)")
    ok = True
    for name, label in (("cut", "connection cut at half, resumed"),
                        ("paused", "paused at half, resumed by a second call")):
        moved, seconds = results[name]
        ratio = moved / size
        ok = ok and ratio <= 1.02
        print(f"{label}: {moved:,} bytes = {ratio:.4f} x pack "
              f"({moved / base_bytes:.4f} x baseline), {seconds:.1f} s")
    print(f"target <= 1.02 x pack size after a cut: {verdict(ok)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
