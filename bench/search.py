"""Search speed on a big library: the demo course installed 50 times over (issue section 4).

Each copy is built from ``packs/demo/src`` with its own pack id and a fresh key, trusted and
installed through the real pipeline (which indexes it). Then a realistic mix of queries is
timed through ``core.search.query.search`` and compared with two baselines on the same table:
a plain ``SELECT count(*)`` (the floor of one SQLite round trip) and a ``LIKE '%word%'`` scan
over the same texts (what searching would cost without FTS5). Target: p95 under 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from benchkit import make_workdir, remove_tree, verdict
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.packs.build import build_pack
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.signing import public_key_b64
from c4s_desktop.core.packs.trust import add_trusted
from c4s_desktop.core.search.query import search
from c4s_desktop.core.store.database import Store

DEMO_SRC = Path(__file__).resolve().parent.parent / "packs" / "demo" / "src"
TARGET_MS = 50.0
# (text, learner language): common and rare words, with and without accents, 1 to 3 terms,
# and prefixes as they are while being typed.
QUERIES: tuple[tuple[str, str], ...] = (
    ("cluster", "en"), ("members", "en"), ("strategy", "en"), ("membres", "fr"),
    ("stratégie", "fr"), ("strategie", "fr"), ("gestion", "fr"), ("Gestión", "es"),
    ("Valnord", "en"), ("mechatronics", "fr"), ("offrir", "fr"), ("protocole", "fr"),
    ("coopération", "fr"), ("cooperation", "fr"), ("numerique", "fr"), ("numérique", "hu"),
    ("feuille de route", "fr"), ("cluster strategy", "en"), ("digital maturity assessment", "en"),
    ("board governance", "en"), ("partena", "fr"), ("benchm", "en"), ("label or", "fr"),
    ("international partners", "en"), ("SME", "en"), ("PME numérique", "fr"),
    ("funding", "en"), ("financement public", "fr"), ("xyzzy", "en"), ("the", "en"),
)


def build_copies(work: Path, count: int) -> list[tuple[Path, Ed25519PrivateKey]]:
    """``count`` signed folder packs of the demo course, each with its own id and key."""
    src = work / "src"
    shutil.copytree(DEMO_SRC, src)
    raw = json.loads((src / "manifest.json").read_text("utf-8"))
    raw["publisher"].pop("key", None)
    packs = []
    for number in range(1, count + 1):
        raw["id"] = f"eu.cluster4smart.copy{number:03d}"
        (src / "manifest.json").write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
        key = Ed25519PrivateKey.generate()
        out = work / "packs" / raw["id"]
        out.parent.mkdir(exist_ok=True)
        build_pack(src, out, key, folder=True)
        packs.append((out, key))
    return packs


def timed(run: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock milliseconds of ``repeat`` calls of ``run``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return times


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    load = os.getloadavg()[0]
    print(f"C4S search benchmark, {datetime.now():%Y-%m-%d %H:%M}, Python "
          f"{platform.python_version()}, {os.cpu_count()} CPUs, load average {load:.1f}")
    work = make_workdir(args.workdir, "search")
    try:
        started = time.perf_counter()
        packs = build_copies(work, args.copies)
        print(f"built {len(packs)} copies of the demo course in "
              f"{time.perf_counter() - started:.1f} s")
        with Store.open(work / "data") as store:
            started = time.perf_counter()
            for path, key in packs:
                add_trusted(store, public_key_b64(key), path.name)
                install_pack(store, path)
            elapsed = time.perf_counter() - started
            rows = store.db.execute("SELECT count(*) FROM search_index").fetchone()[0]
            print(f"installed and indexed {len(packs)} packs in {elapsed:.1f} s "
                  f"({elapsed / len(packs) * 1000:.0f} ms each): {rows} index rows")
            report(store, args.queries)
    finally:
        remove_tree(work)
    return 0


def report(store: Store, count: int) -> None:
    """Time ``count`` queries and the two baselines; print medians, p95 and the verdict."""
    mix = [QUERIES[n % len(QUERIES)] for n in range(count)]
    search(store, "warm up the page cache", "en")
    hits: list[int] = []
    fts: list[float] = []
    for text, lang in mix:
        start = time.perf_counter()
        hits.append(len(search(store, text, lang)))
        fts.append((time.perf_counter() - start) * 1000)
    db = store.db.conn
    floor = timed(lambda: db.execute("SELECT count(*) FROM search_index").fetchone(), count)
    like: list[float] = []
    for word in (text.split()[0] for text, _lang in QUERIES):
        like += timed(lambda w=word: db.execute(  # type: ignore[misc]
            "SELECT count(*) FROM search_index WHERE body LIKE ?", [f"%{w}%"]).fetchone(), 1)
    print(f"\n== {count} queries, {len(QUERIES)} distinct, limit 50 "
          f"({statistics.median(hits):.0f} hits median, {max(hits)} max)")
    print(f"  search():                 median {statistics.median(fts):6.2f} ms   "
          f"p95 {p95(fts):6.2f} ms   max {max(fts):6.2f} ms")
    print(f"  baseline SELECT count(*): median {statistics.median(floor):6.2f} ms   "
          f"p95 {p95(floor):6.2f} ms")
    print(f"  baseline LIKE '%word%':   median {statistics.median(like):6.2f} ms   "
          f"p95 {p95(like):6.2f} ms   ({len(like)} scans)")
    ratio = statistics.median(fts) / statistics.median(like)
    print(f"  search / LIKE scan (medians) = {ratio:.3f}")
    print(f"  p95 {p95(fts):.2f} ms, target < {TARGET_MS:.0f} ms: {verdict(p95(fts) < TARGET_MS)}")
    slowest = sorted(zip(fts, mix, strict=True), reverse=True)[:3]
    print("  slowest: " + ", ".join(f"{text!r}/{lang} {ms:.1f} ms" for ms, (text, lang) in slowest))


if __name__ == "__main__":
    sys.exit(main())
