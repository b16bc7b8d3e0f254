"""The backup after start against a learner's store jobs: do they wait for it?

A database too big to copy in the close's second (a class's year of work: 1.6 GB) is backed
up after the next start (``core.store.daily_backup.after_start``). Made on the store worker,
every store job queued behind the whole copy: the learner's progress, their answers. It now
reads through a connection of its own on a thread beside the writer
(``core.store.backups.backup_beside_writer``).

The script fills a fresh database to ``--size-mb`` MiB through the store, then, on one open
store as the app's writer holds it, measures a learner's store job (an answer-sized commit and
a read of it back):

* **idle**: ``--jobs`` such jobs with nothing else running;
* **beside the copy**: the same jobs, one every 20 ms, while ``after_start`` copies the
  database on a thread (the app's way); the latency of each and the copy's time;
* **behind the copy** (the old way, the baseline): the copy on the writer's own connection,
  then one job: that job's wait is the whole copy.

It prints p50 and the longest job of each, the ratios beside/idle and behind/beside, and
whether the target is met: no job beside the copy takes over 100 ms.

Run: ``PYTHONPATH=. python bench/backup_after_start.py [--size-mb 400] [--jobs 50]
[--workdir DIR]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

from benchkit import make_workdir, remove_tree, verdict

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.store.backups import list_backups, make_backup
from c4s_desktop.core.store.daily_backup import LATE_MARK, after_start
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta, set_meta

TARGET_MS = 100.0
ROW = "x" * 2000


def fill(store: Store, size_mb: int) -> None:
    """Grow the database to about ``size_mb`` MiB of rows in a table nothing reads at start."""
    batch = 2000
    while store.data_dir.database.stat().st_size < size_mb << 20:
        with store.transaction() as db:
            db.table("pack_history").insert_all(
                {"pack_id": f"p{n}", "version": 1, "action": "install", "at": ROW}
                for n in range(batch))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def job(store: Store, n: int) -> float:
    """One answer-sized commit and its read back; its time in ms."""
    started = time.perf_counter()
    set_meta(store, "bench-answer", str(n))
    assert get_meta(store, "bench-answer") == str(n)
    return (time.perf_counter() - started) * 1000


def beside(store: Store, jobs: int) -> tuple[list[float], float]:
    """Jobs one every 20 ms while the app's backup after start runs; (latencies, copy s)."""
    backups = store.data_dir.backups
    (backups / LATE_MARK).touch()
    copy: dict[str, float] = {}

    def run() -> None:
        started = time.perf_counter()
        after_start(DataDir(store.data_dir.root), lambda: False)
        copy["s"] = time.perf_counter() - started

    thread = threading.Thread(target=run)
    thread.start()
    latencies: list[float] = []
    n = 0
    while thread.is_alive() or len(latencies) < jobs:
        latencies.append(job(store, n))
        n += 1
        time.sleep(0.02)
    thread.join()
    return latencies, copy["s"]


def behind(store: Store) -> float:
    """The old way: the copy on the writer, then one job; that job's wait in ms."""
    started = time.perf_counter()
    make_backup(store.conn, store.data_dir.backups, "daily")
    job(store, -1)
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=int, default=400)
    parser.add_argument("--jobs", type=int, default=50)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    work = make_workdir(args.workdir, "backup-after-start")
    try:
        with Store.open(work / "data") as store:
            fill(store, args.size_mb)
            size = store.data_dir.database.stat().st_size
            idle = [job(store, n) for n in range(args.jobs)]
            during, copy_s = beside(store, args.jobs)
            for made in list_backups(store.data_dir.backups):
                made.unlink()
            old_wait = behind(store)
    finally:
        remove_tree(work)
    idle_p50, during_p50, longest = (statistics.median(idle), statistics.median(during),
                                     max(during))
    print(f"database: {size / (1 << 20):.0f} MiB; copy beside the writer: {copy_s:.2f} s")
    print(f"idle job:            p50 {idle_p50:7.2f} ms, longest {max(idle):7.2f} ms")
    print(f"job beside the copy: p50 {during_p50:7.2f} ms, longest {longest:7.2f} ms "
          f"({len(during)} jobs)")
    print(f"job behind the copy (old way, baseline): {old_wait:9.1f} ms")
    print(f"ratio beside/idle (p50): {during_p50 / idle_p50:.2f}; "
          f"behind/beside (longest): {old_wait / longest:.0f}")
    print(f"target: no job beside the copy over {TARGET_MS:.0f} ms: "
          f"{verdict(longest <= TARGET_MS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
