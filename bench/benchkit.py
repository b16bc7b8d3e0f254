"""Helpers shared by the benchmarks: work folders, cold caches, timing, disk usage, pack sources.

Nothing here knows about a particular benchmark; each ``bench/*.py`` script imports what it
needs with ``from benchkit import ...`` (the script's own folder is first on ``sys.path``).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MB = 1024 * 1024
DROP_CACHES = Path("/proc/sys/vm/drop_caches")
PROC_IO = Path("/proc/self/io")
BENCH_ROOT = Path("/work/bench-tmp")
REPO = Path(__file__).resolve().parent.parent


# --- work folders ---------------------------------------------------------------------------


def make_workdir(explicit: Path | None, name: str) -> Path:
    """A fresh, empty folder on a real disk (not tmpfs) for one benchmark run."""
    if explicit is not None:
        explicit.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f"{name}-", dir=explicit))
    base = BENCH_ROOT if BENCH_ROOT.parent.is_dir() else Path(tempfile.gettempdir())
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{name}-", dir=base))


def fs_type(path: Path) -> str:
    """The file system type holding ``path`` (``stat -f``), or ``?``."""
    done = subprocess.run(["stat", "-f", "-c", "%T", str(path)], capture_output=True, text=True)
    return done.stdout.strip() or "?"


def remove_tree(path: Path) -> None:
    """Delete a folder or file if it exists."""
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists():
        path.unlink()


# --- caches ---------------------------------------------------------------------------------


def drop_caches() -> bool:
    """``sync``, then try to drop the page cache; True when the kernel accepted it."""
    os.sync()
    try:
        DROP_CACHES.write_text("3\n")
    except OSError:
        return False
    return True


def warm(paths: Sequence[Path]) -> None:
    """Read files once so they sit in the page cache (used when caches cannot be dropped)."""
    for path in paths:
        with open(path, "rb") as fh:
            while fh.read(4 * MB):
                pass


# --- measuring ------------------------------------------------------------------------------


@dataclass
class Timer:
    """Wall-clock seconds of a ``with`` block (``time.perf_counter``)."""

    seconds: float = 0.0

    def __enter__(self) -> Timer:
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self._start


def child_env() -> dict[str, str]:
    """The environment for a child process: ours, with the repository on ``PYTHONPATH``."""
    paths = [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]
    return dict(os.environ, PYTHONPATH=os.pathsep.join(paths))


def run_quiet(argv: Sequence[str | os.PathLike[str]]) -> None:
    """Run a command, discarding its output; raise when it fails."""
    subprocess.run([str(a) for a in argv], check=True, stdout=subprocess.DEVNULL)


def median(values: Sequence[float]) -> float:
    """The median of a non-empty sequence."""
    return statistics.median(values)


def proc_io() -> dict[str, int] | None:
    """This process's I/O counters from ``/proc/self/io``, or None when not readable."""
    try:
        text = PROC_IO.read_text()
    except OSError:
        return None
    counters: dict[str, int] = {}
    for line in text.splitlines():
        key, _, value = line.partition(":")
        counters[key.strip()] = int(value)
    return counters


def tree_bytes(root: Path) -> int:
    """Total size of the regular files under ``root`` (0 when missing)."""
    return sum(size for _, size in iter_files(root))


def iter_files(root: Path) -> Iterator[tuple[Path, int]]:
    """(path, size) of every regular file under ``root``, tolerating files that vanish."""
    try:
        entries = list(os.scandir(root))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from iter_files(Path(entry.path))
            elif entry.is_file(follow_symlinks=False):
                yield Path(entry.path), entry.stat(follow_symlinks=False).st_size
        except OSError:
            continue


def mb(size: float) -> str:
    """Bytes as MiB with one decimal."""
    return f"{size / MB:.1f} MiB"


def verdict(ok: bool) -> str:
    """The word printed beside a target."""
    return "met" if ok else "NOT met"


# --- pack sources ---------------------------------------------------------------------------


def file_sizes(rng: Any, total: int, low: int, high: int) -> list[int]:
    """Sizes drawn log-uniformly in [low, high] that add up to exactly ``total``."""
    sizes: list[int] = []
    left = total
    while left > 0:
        size = int(math.exp(rng.uniform(math.log(low), math.log(high))))
        size = min(size, left)
        if left - size < low and left - size > 0:
            size = left
        sizes.append(size)
        left -= size
    return sizes


def write_random(path: Path, size: int) -> None:
    """Write ``size`` incompressible bytes to ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        left = size
        while left:
            n = min(left, 4 * MB)
            fh.write(os.urandom(n))
            left -= n


def video_manifest(pack_id: str, version: int, paths: Sequence[str],
                   per_lesson: int = 10) -> dict[str, Any]:
    """A source manifest (no ``files``) with one video item per path, ``per_lesson`` a lesson."""
    lessons = []
    for start in range(0, len(paths), per_lesson):
        n = start // per_lesson + 1
        items = [
            {"id": f"l{n}-v{k}", "type": "video", "title": {"en": f"Video {n}.{k}"},
             "file": path, "duration_s": 60.0}
            for k, path in enumerate(paths[start:start + per_lesson], 1)
        ]
        lessons.append({"id": f"l{n}", "title": {"en": f"Lesson {n}"}, "items": items})
    return {
        "format": 1,
        "id": pack_id,
        "version": version,
        "title": {"en": "Benchmark pack"},
        "languages": ["en"],
        "publisher": {"name": "Benchmark publisher"},
        "modules": [{"id": "m1", "title": {"en": "Module 1"}, "lessons": lessons}],
    }


def write_manifest(src: Path, manifest: dict[str, Any]) -> None:
    """Write a source folder's ``manifest.json``."""
    (src / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1),
                                       "utf-8")
