"""A class's progress file saved and loaded, beside the bare work it cannot avoid.

A trainer collects a class on a stick with ``c4s progress save`` and loads it elsewhere with
``c4s progress load`` (or File → Load progress…). The script records ``--statements``
statements for ``--learners`` learners (videos watched in spans, as the app records them; two
in three marked as sent to a server) in a fresh data folder, then alternates ``--repeat``
times:

* **save**: ``collect`` + ``write_bundle`` (count, read every statement twice a block at a
  time: hashed, then zipped; flush, rename) against the **bare save**: the same statement
  bodies read with one SELECT, joined and written to a file with one ``fsync`` (no zip, no
  header, no checks);
* **load**: ``read_bundle`` + ``merge`` into a fresh store (unzip, SHA-256, xAPI checks, one
  transaction through the progress log, which derives the item states) against the **bare
  load**: the same rows inserted with one ``executemany`` in one transaction (no checks, no
  item states). ``--save-only`` leaves the loads out (a minute each for 300,000 statements).

Then the save's time and memory, each run in a fresh process as ``c4s progress save`` runs
(peak resident set, ``VmHWM``, and how much the save added to the process), beside
the **whole-list save** the app made before it streamed (every statement parsed into one
list, then dumped and joined in memory: what ``collect`` + ``write_bundle`` did up to
commit 3674133) and the bare save; and the refusal of a class over the statement cap, which
``--cap`` lowers to below the class (default: half of it) so a small class shows it.

Prints medians, the ratios and the file size. There is no target in an issue; the figures
say what a learner waits for behind the progress dialog (it shows after 0.5 s for a load, 1 s
for a save, with Cancel).

Run: ``PYTHONPATH=. python bench/progress_file.py [--learners 30] [--statements 10000]
[--repeat 5] [--save-only] [--cap N]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from benchkit import child_env, make_workdir, mb, remove_tree

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.exchange import bundle_file
from c4s_desktop.core.exchange.bundle_file import read_bundle, write_bundle
from c4s_desktop.core.exchange.content import collect
from c4s_desktop.core.exchange.merge import merge
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.packs.copying import written_whole
from c4s_desktop.core.progress.intervals import format_segments
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import activity_iri, make_statement
from c4s_desktop.core.xapi.vocabulary import EXT_LENGTH, EXT_SEGMENT

RECORD_CHUNK = 10_000
SAVES = ("save", "whole-list save", "bare save")


def fill(store: Store, learners: int, statements: int) -> None:
    ids = [create_learner(store, f"Learner {n}").id for n in range(learners)]
    for first in range(0, statements, RECORD_CHUNK):
        made = []
        for n in range(first, min(first + RECORD_CHUNK, statements)):
            start = (n * 10) % 600
            made.append(make_statement(
                ids[n % learners], "experienced",
                activity_iri("eu.cluster4smart.demo", f"v{n % 40}"), "video",
                result={"extensions": {EXT_SEGMENT: format_segments([(start, start + 10)])}},
                extensions={EXT_LENGTH: 600.0}))
        record(store, made)
    with store.transaction() as db:
        db.execute("UPDATE statements SET sent_at = stored_at WHERE rowid % 3 != 0")


def bare_save(store: Store, target: Path) -> None:
    rows = store.db.execute("SELECT body FROM statements ORDER BY timestamp, id").fetchall()
    data = "\n".join(r[0] for r in rows).encode("utf-8")
    with open(target, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def whole_list_save(store: Store, target: Path) -> None:
    """The save as it was before it streamed: every statement parsed into one list, the cap
    checked on that list, then the members dumped, joined and hashed in memory."""
    learners = collect(store).learners
    statements: list[dict[str, Any]] = []
    at_server: set[str] = set()
    for learner in learners:
        for statement_id, body, sent in store.db.execute(
                "SELECT id, body, sent_at IS NOT NULL OR origin = 'server' FROM statements "
                "WHERE learner_id = ? ORDER BY timestamp, id", [learner.id]).fetchall():
            statements.append(json.loads(body))
            if sent:
                at_server.add(str(statement_id))
    if len(statements) > bundle_file.MAX_STATEMENTS:
        raise InputError("exchange.save_too_big", records=len(statements))
    lines = b"".join(
        json.dumps(s, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
        for s in statements)
    ids = "".join(f"{i}\n" for i in sorted(at_server)).encode("ascii")
    header = {"format": bundle_file.FORMAT, "version": bundle_file.VERSION, "created": "",
              "device": "", "server": "",
              "learners": [{"id": x.id, "name": x.name, "pin_hash": x.pin_hash}
                           for x in learners],
              "members": {bundle_file.STATEMENTS: {"sha256": hashlib.sha256(lines).hexdigest(),
                                                   "count": len(statements)},
                          bundle_file.AT_SERVER: {"sha256": hashlib.sha256(ids).hexdigest(),
                                                  "count": len(at_server)}}}
    with written_whole(target, full="exchange.disk_full",
                       unwritable="exchange.unwritable") as part, \
            zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(bundle_file.HEADER, json.dumps(header, indent=1).encode())
        archive.writestr(bundle_file.STATEMENTS, lines)
        archive.writestr(bundle_file.AT_SERVER, ids)


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


def status_kib(field: str) -> int:
    """A figure of ``/proc/self/status`` in KiB: ``VmRSS`` (resident now) or ``VmHWM`` (its
    peak). Not ``getrusage``: a child's ``ru_maxrss`` starts at its parent's, which holds
    the whole class it recorded."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def child(kind: str, root: Path, target: Path, cap: int | None) -> int:
    """One save in this fresh process, on a read-only store as ``c4s progress save`` opens
    it; prints its seconds, the resident set before it and the peak, in KiB."""
    if cap is not None:
        bundle_file.MAX_STATEMENTS = cap
    store = Store.open(root, write=False, check=False)
    save: Callable[[], object] = {
        "save": lambda: write_bundle(collect(store), target),
        "whole-list save": lambda: whole_list_save(store, target),
        "bare save": lambda: bare_save(store, target),
    }[kind]
    before = status_kib("VmRSS")
    start = time.perf_counter()
    try:
        save()
        refused = False
    except InputError as exc:
        refused = exc.code == "exchange.save_too_big"
    seconds = time.perf_counter() - start
    peak = status_kib("VmHWM")
    print(json.dumps({"seconds": seconds, "before": before, "peak": peak, "refused": refused}))
    store.close()
    return 0


def in_child(kind: str, root: Path, target: Path, cap: int | None = None) -> dict[str, Any]:
    argv = [sys.executable, __file__, "--child", kind, "--workdir", str(root), "--to",
            str(target)]
    if cap is not None:
        argv += ["--cap", str(cap)]
    done = subprocess.run(argv, env=child_env(), capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    remove_tree(target)
    return result


def measured(runs: list[dict[str, Any]]) -> tuple[float, float, float]:
    """Median seconds, peak and what the save added over the process before it (MiB)."""
    return (statistics.median(r["seconds"] for r in runs),
            statistics.median(r["peak"] for r in runs) / 1024,
            statistics.median(r["peak"] - r["before"] for r in runs) / 1024)


def memory_section(root: Path, work: Path, repeat: int, cap: int) -> None:
    runs: dict[str, list[dict[str, Any]]] = {k: [] for k in SAVES}
    refusals: dict[str, list[dict[str, Any]]] = {k: [] for k in SAVES[:2]}
    for _ in range(repeat):
        for kind in SAVES:
            runs[kind].append(in_child(kind, root, work / "child.c4sprogress"))
        for kind in refusals:
            refusals[kind].append(in_child(kind, root, work / "child.c4sprogress", cap))
    print("save in a fresh process (median):")
    figures = {k: measured(v) for k, v in runs.items()}
    for kind, (seconds, peak, added) in figures.items():
        print(f"  {kind:>15}: {seconds:7.3f} s   peak {peak:7.1f} MiB   "
              f"added {added:7.1f} MiB")
    save, whole, bare = (figures[k] for k in SAVES)
    print(f"  save / whole-list save: time {save[0] / whole[0]:.2f}, peak {save[1] / whole[1]:.3f},"
          f" added {save[2] / max(whole[2], 0.1):.3f};   save / bare save: time "
          f"{save[0] / bare[0]:.2f}, peak {save[1] / bare[1]:.2f}")
    print(f"refused over a cap of {cap} statements (median):")
    refused = {k: measured(v) for k, v in refusals.items()}
    for kind, (seconds, peak, added) in refused.items():
        said = all(r["refused"] for r in refusals[kind])
        print(f"  {kind:>15}: {seconds:7.3f} s   peak {peak:7.1f} MiB   "
              f"added {added:7.1f} MiB   {'refused' if said else 'NOT refused'}")
    new, old = refused["save"], refused["whole-list save"]
    print(f"  save / whole-list save: time {new[0] / old[0]:.4f}, peak {new[1] / old[1]:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=30)
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--save-only", action="store_true",
                        help="leave out the timed loads")
    parser.add_argument("--cap", type=int,
                        help="the statement cap for the refusal (default: half the class)")
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--child", choices=SAVES, help=argparse.SUPPRESS)
    parser.add_argument("--to", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.workdir, args.to, args.cap)
    work = make_workdir(args.workdir, "progress-file")
    print(f"C4S progress file benchmark: {args.learners} learners, {args.statements} "
          f"statements, load average {os.getloadavg()[0]:.2f}")
    try:
        source = Store.open(work / "source")
        fill(source, args.learners, args.statements)
        rows = [] if args.save_only else source.db.execute(
            "SELECT id, learner_id, verb, activity, pack_id, item_id, timestamp, stored_at, "
            "'usb', NULL, body FROM statements").fetchall()
        path = work / "class.c4sprogress"
        times: dict[str, list[float]] = {k: [] for k in ("save", "bare save", "load",
                                                         "bare load")}
        for n in range(args.repeat):
            times["bare save"].append(timed(lambda: bare_save(source, work / "bare.jsonl")))
            times["save"].append(timed(lambda: write_bundle(collect(source), path)))
            if args.save_only:
                continue
            target = work / f"load-{n}"

            def load(target: Path = target) -> None:
                store = Store.open(target)
                try:
                    merge(store, read_bundle(path))
                finally:
                    store.close()

            times["bare load"].append(timed(partial(bare_load, rows, work / f"bare-{n}")))
            times["load"].append(timed(load))
            remove_tree(target)
            remove_tree(work / f"bare-{n}")
        del rows
        source.close()
        med = {k: statistics.median(v) for k, v in times.items() if v}
        for name in ("save", "load"):
            if name in med:
                print(f"{name:>5}: {med[name]:.3f} s   bare {med['bare ' + name]:.3f} s   "
                      f"ratio {med[name] / med['bare ' + name]:.2f}")
        size = path.stat().st_size
        print(f"file: {mb(size)} ({size / args.statements:.0f} bytes a statement; the bare "
              f"JSON lines: {mb((work / 'bare.jsonl').stat().st_size)})")
        memory_section(work / "source", work, args.repeat,
                       args.cap if args.cap is not None else args.statements // 2)
    finally:
        remove_tree(work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
