"""Install benchmark: does a pack install as fast as a copy, and copy only what it must?

ARCHITECTURE decision 2 promises installs "at copy speed" (Kolibri imports 10-60x slower than
a plain copy) and a pipeline that can be killed anywhere and resumed. This script measures
those promises on a generated pack of incompressible media, on the same disk as the data
folder, against baselines run beside it on the same bytes:

1. install from a folder pack and from a ``.c4spack`` vs ``cp`` + ``sha256sum`` of the copy
   (the least a verified copy costs), and vs ``cp`` + ``sync`` + ``sha256sum`` (the same, made
   durable, since the install fsyncs every blob). Runs alternate, every run starts with the
   page cache dropped when the kernel allows it, and medians are reported. Target: ratio <= 1.
2. an update in which ~5% of the bytes changed: bytes written (the install's own count and
   the kernel's ``write_bytes``) vs the changed bytes. Target: ratio <= 1.05.
3. an install killed (SIGKILL) at a random point between 20% and 80% of the bytes: the library
   must still show nothing, and the re-run must copy at most what was missing plus one blob.

Run: ``PYTHONPATH=. python bench/install.py [--size-mb 1024] [--repeat 3] [--seed 1]``.
It always exits 0 once it has run; targets are printed as met or NOT met.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import io
import os
import pstats
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

from benchkit import (
    MB,
    Timer,
    drop_caches,
    file_sizes,
    fs_type,
    iter_files,
    make_workdir,
    mb,
    median,
    proc_io,
    remove_tree,
    run_quiet,
    verdict,
    video_manifest,
    warm,
    write_manifest,
    write_random,
)
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from install_kill import report_kill_resume

from c4s_desktop.core.packs.build import build_pack
from c4s_desktop.core.packs.install import InstallResult, install_pack
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.packs.signing import public_key_b64
from c4s_desktop.core.packs.trust import add_trusted, seed_default_trust
from c4s_desktop.core.store.database import Store

PACK_ID = "org.example.bench"
MIN_FILE, MAX_FILE = MB // 2, 24 * MB
CHANGED_FRACTION = 0.05
UPDATE_TARGET = 1.05
KILL_RANGE = (0.2, 0.8)


@dataclass
class Bench:
    """What every measurement shares: the work folder, the key, the random source, the cache."""

    work: Path
    key: Ed25519PrivateKey
    rng: random.Random
    cold: bool = False
    warm_paths: list[Path] = field(default_factory=list)
    _runs: int = 0

    @property
    def pub(self) -> str:
        return public_key_b64(self.key)

    def fresh(self, name: str) -> Path:
        """A path under the work folder that does not exist yet."""
        self._runs += 1
        return self.work / f"{name}-{self._runs}"

    def prepare(self) -> None:
        """Start a timed run: cold caches if the kernel lets us, else equally warm ones."""
        if not drop_caches():
            warm(self.warm_paths)


@dataclass
class Source:
    """A generated pack source folder."""

    root: Path
    sizes: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.sizes.values())


# --- making the packs -----------------------------------------------------------------------


def make_source(root: Path, rng: random.Random, total: int) -> Source:
    """A version-1 source of ``total`` random bytes in video files of varied sizes."""
    sizes = file_sizes(rng, total, MIN_FILE, MAX_FILE)
    paths = {f"l{i // 10 + 1}/v{i % 10 + 1}.mp4": size for i, size in enumerate(sizes)}
    for path, size in paths.items():
        write_random(root / path, size)
    write_manifest(root, video_manifest(PACK_ID, 1, list(paths)))
    return Source(root, paths)


def make_update(v1: Source, root: Path, rng: random.Random) -> tuple[Source, int]:
    """Version 2 of ``v1``: ~5% of its bytes get new content, the rest are hard links.

    Returns the new source and the number of changed bytes.
    """
    order = list(v1.sizes)
    rng.shuffle(order)
    changed: set[str] = set()
    changed_bytes = 0
    for path in order:
        if changed_bytes >= CHANGED_FRACTION * v1.total:
            break
        changed.add(path)
        changed_bytes += v1.sizes[path]
    for path, size in v1.sizes.items():
        if path in changed:
            write_random(root / path, size)
        else:
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            os.link(v1.root / path, root / path)
    write_manifest(root, video_manifest(PACK_ID, 2, list(v1.sizes)))
    return Source(root, dict(v1.sizes)), changed_bytes


def unique_blobs(manifest: Manifest) -> dict[str, int]:
    """sha256 -> size of every distinct blob of a pack."""
    return {entry.sha256: entry.size for entry in manifest.files.values()}


# --- one timed run of each kind -------------------------------------------------------------


def open_store(data: Path, pub: str) -> Store:
    """Open a data folder for writing and trust the benchmark's key in it."""
    store = Store.open(data)
    seed_default_trust(store)
    add_trusted(store, pub, "benchmark")
    return store


def timed_install(bench: Bench, pack: Path) -> tuple[float, InstallResult]:
    """Install ``pack`` into a fresh data folder; the store is opened before the clock starts."""
    data = bench.fresh("data")
    store = open_store(data, bench.pub)
    try:
        bench.prepare()
        with Timer() as timer:
            result = install_pack(store, pack)
    finally:
        store.close()
        remove_tree(data)
    return timer.seconds, result


def timed_baseline(bench: Bench, pack: Path, files: list[str], *, durable: bool) -> float:
    """``cp`` the pack (``-r`` for a folder), optionally ``sync``, then ``sha256sum`` the copy."""
    dest = bench.fresh("copy")
    bench.prepare()
    with Timer() as timer:
        run_quiet(["cp", "-r", pack, dest])
        if durable:
            run_quiet(["sync"])
        run_quiet(["sha256sum", *(dest / f for f in files)] if files else ["sha256sum", dest])
    remove_tree(dest)
    os.sync()
    return timer.seconds


# --- 1. install vs baseline -----------------------------------------------------------------


@dataclass
class Timings:
    """Seconds of every run of one comparison."""

    plain: list[float] = field(default_factory=list)
    durable: list[float] = field(default_factory=list)
    install: list[float] = field(default_factory=list)


def compare(bench: Bench, label: str, pack: Path, files: list[str], repeat: int) -> Timings:
    """Alternate baseline and install runs ``repeat`` times and print each run."""
    t = Timings()
    for run in range(1, repeat + 1):
        t.plain.append(timed_baseline(bench, pack, files, durable=False))
        t.durable.append(timed_baseline(bench, pack, files, durable=True))
        seconds, result = timed_install(bench, pack)
        t.install.append(seconds)
        print(f"  {label:<8} run {run}: cp+sha256sum {t.plain[-1]:6.2f} s   "
              f"cp+sync+sha256sum {t.durable[-1]:6.2f} s   install {seconds:6.2f} s "
              f"(copied {mb(result.bytes_copied)} in {result.blobs_copied} blobs)")
    return t


def report_ratios(label: str, t: Timings, size: int) -> None:
    """Print the two labelled ratios of one comparison against the target."""
    inst = median(t.install)
    print(f"  install-from-{label}: median {inst:.2f} s ({size / MB / inst:.0f} MiB/s)")
    for name, base in (("cp + sha256sum", median(t.plain)),
                       ("cp + sync + sha256sum", median(t.durable))):
        ratio = inst / base
        print(f"  install-from-{label} / ({name}) = {ratio:.2f}   "
              f"(baseline median {base:.2f} s, {size / MB / base:.0f} MiB/s)   "
              f"target <= 1.0: {verdict(ratio <= 1.0)}")


# --- 2. update ------------------------------------------------------------------------------


def bench_update(bench: Bench, v1_pack: Path, v2_pack: Path, changed: int) -> None:
    """Install v1, then time and count the bytes written by the update to v2."""
    data = bench.fresh("data-update")
    store = open_store(data, bench.pub)
    try:
        install_pack(store, v1_pack)
        bench.prepare()
        before = proc_io()
        with Timer() as timer:
            result = install_pack(store, v2_pack)
        after = proc_io()
    finally:
        store.close()
        remove_tree(data)
    print(f"  changed content: {mb(changed)} (target of {CHANGED_FRACTION:.0%} of the pack)")
    print(f"  update v{result.previous_version} -> v{result.version} in {timer.seconds:.2f} s: "
          f"{result.blobs_copied} blobs copied, {result.blobs_reused} reused, "
          f"{mb(result.bytes_freed)} of old blobs freed")
    print_update_ratio("result.bytes_copied", result.bytes_copied, changed)
    if before is None or after is None:
        print("  /proc/self/io: not readable, kernel write_bytes not measured")
        return
    written = after["write_bytes"] - before["write_bytes"]
    print_update_ratio("/proc/self/io write_bytes", written, changed)
    print(f"  (wchar, bytes passed to write(): {mb(after['wchar'] - before['wchar'])})")


def print_update_ratio(label: str, written: int, changed: int) -> None:
    """One line: bytes written by the update over the changed bytes."""
    ratio = written / changed
    print(f"  update written / changed [{label}] = {mb(written)} / {mb(changed)} = "
          f"{ratio:.3f}   target <= {UPDATE_TARGET}: {verdict(ratio <= UPDATE_TARGET)}")


# --- 3. kill and resume ---------------------------------------------------------------------


def bench_kill_resume(bench: Bench, pack: Path, manifest: Manifest) -> None:
    """Kill an install at a random point between 20% and 80%, re-run it, print verdicts."""
    data = bench.fresh("data-kill")
    open_store(data, bench.pub).close()
    try:
        report_kill_resume(data, pack, unique_blobs(manifest),
                           bench.rng.uniform(*KILL_RANGE), bench.prepare)
    finally:
        remove_tree(data)


# --- profiling ------------------------------------------------------------------------------


def profile_install(bench: Bench, pack: Path, top: int = 14) -> None:
    """One cold install under cProfile; print where the time goes."""
    profiler = cProfile.Profile()
    data = bench.fresh("data-profile")
    store = open_store(data, bench.pub)
    try:
        bench.prepare()
        profiler.runcall(install_pack, store, pack)
    finally:
        store.close()
        remove_tree(data)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    print("\n".join("  " + line for line in out.getvalue().splitlines() if line.strip()))


# --- main -----------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1024, help="pack size (default 1024)")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="where to work (default: under /work/bench-tmp or $TMPDIR)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per comparison (median)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (sizes, kill point)")
    parser.add_argument("--profile", action="store_true",
                        help="also profile one install of each form with cProfile")
    return parser.parse_args(argv)


def section(title: str) -> None:
    print(f"\n== {title}", flush=True)


def build_both(bench: Bench, src: Path, folder: Path, zipped: Path) -> Manifest:
    """Build ``src`` as a signed folder pack and a signed ``.c4spack`` (untimed setup)."""
    with Timer() as timer:
        manifest = build_pack(src, folder, bench.key, folder=True)
        build_pack(src, zipped, bench.key)
    print(f"  built and signed {folder.name}/ and {zipped.name} in {timer.seconds:.1f} s")
    return manifest


def run(args: argparse.Namespace, work: Path) -> None:
    """All the measurements, printed as they go."""
    bench = Bench(work, Ed25519PrivateKey.generate(), random.Random(args.seed))
    print(f"C4S install benchmark, {dt.datetime.now():%Y-%m-%d %H:%M}, seed {args.seed}, "
          f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f} (other work on the machine makes runs noisy)")
    print(f"work folder {work} ({fs_type(work)}); data folders are made beside it")
    bench.cold = drop_caches()
    print("page cache drop: " + ("works, every timed run starts cold" if bench.cold else
                                 "not permitted, every timed run starts warm (pre-read)"))

    section(f"pack of {args.size_mb} MiB")
    v1 = make_source(work / "src-v1", bench.rng, args.size_mb * MB)
    print(f"  {len(v1.sizes)} media files, {mb(min(v1.sizes.values()))} to "
          f"{mb(max(v1.sizes.values()))}, {mb(v1.total)} of random bytes")
    folder, zipped = work / "pack-v1", work / "pack-v1.c4spack"
    manifest = build_both(bench, v1.root, folder, zipped)
    bench.warm_paths = [p for p, _ in iter_files(folder)] + [zipped]
    files = sorted(str(p.relative_to(folder)) for p in bench.warm_paths if p != zipped)

    section(f"install vs baseline, {args.repeat} alternating runs each, medians")
    folder_t = compare(bench, "folder", folder, files, args.repeat)
    zip_t = compare(bench, "c4spack", zipped, [], args.repeat)
    report_ratios("folder", folder_t, v1.total)
    report_ratios("c4spack", zip_t, v1.total)

    section("update: v1 installed, then v2 with ~5% of the bytes changed")
    v2, changed = make_update(v1, work / "src-v2", bench.rng)
    build_pack(v2.root, work / "pack-v2", bench.key, folder=True)
    bench_update(bench, folder, work / "pack-v2", changed)

    section("kill and resume: SIGKILL `c4s library install` between 20% and 80% of the bytes")
    bench_kill_resume(bench, folder, manifest)

    if args.profile:
        for label, pack in (("folder", folder), ("c4spack", zipped)):
            section(f"profile: one cold install from the {label} pack (cProfile, by own time)")
            profile_install(bench, pack)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    work = make_workdir(args.workdir, "install")
    try:
        run(args, work)
    finally:
        remove_tree(work)
        if args.workdir is None:
            with contextlib.suppress(OSError):
                work.parent.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
