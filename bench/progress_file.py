"""A class's progress file saved and loaded, beside the bare work it cannot avoid.

A trainer collects a class on a stick with ``c4s progress save`` and loads it elsewhere with
``c4s progress load`` (or File → Load progress…). The script records ``--statements``
statements for ``--learners`` learners (videos watched in spans, as the app records them) in
a fresh data folder, then alternates ``--repeat`` times:

* **save**: ``collect`` + ``write_bundle`` (read every statement, zip, flush, rename) against
  the **bare save**: the same statement bodies read with one SELECT, joined and written to a
  file with one ``fsync`` (no zip, no header, no checks);
* **load**: ``read_bundle`` + ``merge`` into a fresh store (unzip, SHA-256, xAPI checks, one
  transaction through the progress log, which derives the item states) against the **bare
  load**: the same rows inserted with one ``executemany`` in one transaction (no checks, no
  item states).

Prints medians, the ratios and the file size. There is no target in an issue; the figures
say what a learner waits for behind the progress dialog (it shows after 0.5 s, with Cancel).

Run: ``PYTHONPATH=. python bench/progress_file.py [--learners 30] [--statements 10000]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from benchkit import make_workdir, mb, remove_tree

from c4s_desktop.core.exchange.bundle_file import read_bundle, write_bundle
from c4s_desktop.core.exchange.content import collect
from c4s_desktop.core.exchange.merge import merge
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.progress.intervals import format_segments
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import activity_iri, make_statement
from c4s_desktop.core.xapi.vocabulary import EXT_LENGTH, EXT_SEGMENT


def fill(store: Store, learners: int, statements: int) -> None:
    ids = [create_learner(store, f"Learner {n}").id for n in range(learners)]
    made = []
    for n in range(statements):
        start = (n * 10) % 600
        made.append(make_statement(
            ids[n % learners], "experienced", activity_iri("eu.cluster4smart.demo", f"v{n % 40}"),
            "video", result={"extensions": {EXT_SEGMENT: format_segments([(start, start + 10)])}},
            extensions={EXT_LENGTH: 600.0}))
    record(store, made)


def bare_save(store: Store, target: Path) -> None:
    rows = store.db.execute("SELECT body FROM statements ORDER BY timestamp, id").fetchall()
    data = "\n".join(r[0] for r in rows).encode("utf-8")
    with open(target, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def bare_load(rows: list[tuple[object, ...]], root: Path) -> None:
    store = Store.open(root)
    try:
        with store.transaction() as db:
            db.conn.executemany(
                "INSERT INTO statements (id, learner_id, verb, activity, pack_id, item_id, "
                "timestamp, stored_at, origin, sent_at, body) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                rows)
    finally:
        store.close()


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=30)
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    work = make_workdir(args.workdir, "progress-file")
    print(f"C4S progress file benchmark: {args.learners} learners, {args.statements} "
          f"statements, load average {os.getloadavg()[0]:.2f}")
    try:
        source = Store.open(work / "source")
        fill(source, args.learners, args.statements)
        rows = source.db.execute(
            "SELECT id, learner_id, verb, activity, pack_id, item_id, timestamp, stored_at, "
            "'usb', NULL, body FROM statements").fetchall()
        path = work / "class.c4sprogress"
        times: dict[str, list[float]] = {k: [] for k in ("save", "bare save", "load",
                                                         "bare load")}
        for n in range(args.repeat):
            times["bare save"].append(timed(lambda: bare_save(source, work / "bare.jsonl")))
            times["save"].append(timed(lambda: write_bundle(collect(source), path)))
            target = work / f"load-{n}"

            def load(target: Path = target) -> None:
                store = Store.open(target)
                try:
                    merge(store, read_bundle(path))
                finally:
                    store.close()

            times["bare load"].append(timed(partial(bare_load, rows, work / f"bare-{n}")))
            times["load"].append(timed(load))
        source.close()
        med = {k: statistics.median(v) for k, v in times.items()}
        for name in ("save", "load"):
            print(f"{name:>5}: {med[name]:.3f} s   bare {med['bare ' + name]:.3f} s   "
                  f"ratio {med[name] / med['bare ' + name]:.2f}")
        size = path.stat().st_size
        print(f"file: {mb(size)} ({size / args.statements:.0f} bytes a statement; the bare "
              f"JSON lines: {mb((work / 'bare.jsonl').stat().st_size)})")
    finally:
        remove_tree(work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
