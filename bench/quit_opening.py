"""How long Quit takes while the copy kept before a schema change is checked.

The first start of a version that changes the database copies it aside, then reads the whole
copy to check it (``PRAGMA quick_check``): on a class's year of work and an old disk, minutes.
The opening window's Quit must end that soon. Both sides open the same kind of data folder,
one schema change behind the app, and press Quit (``Opening.stop`` from another thread)
``--after`` seconds into the copy's check, with the page cache dropped just before the check
when the kernel allows it, as on a cold start:

* **uninterrupted** (the app before): the check runs to its end, then the opening stops;
* **interrupted** (the app now): SQLite interrupts the check (``check_file(..., interruptible)``).

Prints the time from Quit to the end of the opening, each side's median, and their ratio.

Run: ``PYTHONPATH=. python bench/quit_opening.py [--mib 300] [--repeat 3] [--after 0.05]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path

from benchkit import drop_caches, make_workdir, median, remove_tree

from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.store import backups, migrations
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.opening import Opening

ROW_BYTES = 2000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mib", type=int, default=300, help="size of the database")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--after", type=float, default=0.05,
                        help="seconds into the copy's check when Quit is pressed")
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    work = make_workdir(args.workdir, "quit-opening")
    rows = args.mib * 2**20 // (ROW_BYTES + 100)
    migrations.MIGRATIONS = (*migrations.MIGRATIONS, "CREATE TABLE bench_extra (id INTEGER)")
    whole_check = backups.check_file
    times: dict[str, list[float]] = {"uninterrupted": [], "interrupted": []}
    try:
        for run in range(args.repeat):
            for side in times:
                root = work / f"{side}-{run}"
                _one_schema_behind(root, rows)
                if side == "uninterrupted":
                    backups.check_file = lambda path, _interruptible=None: whole_check(path)
                else:
                    backups.check_file = whole_check
                took = _quit_during_check(root, args.after)
                times[side].append(took)
                print(f"  run {run + 1} {side}: Quit to end {took * 1000:.0f} ms")
                remove_tree(root)
    finally:
        backups.check_file = whole_check
        remove_tree(work)
    before, after = median(times["uninterrupted"]), median(times["interrupted"])
    print(f"database {args.mib} MiB, Quit {args.after:.2f} s into the copy's check")
    print(f"Quit to end of opening: uninterrupted {before * 1000:.0f} ms, interrupted "
          f"{after * 1000:.0f} ms, ratio {after / before:.3f}")
    return 0


def _one_schema_behind(root: Path, rows: int) -> None:
    """A data folder of ``rows`` rows of 2 KB at the app's schema, closed cleanly; the app
    (this process) then has one more migration than it."""
    saved = migrations.MIGRATIONS
    migrations.MIGRATIONS = saved[:-1]
    try:
        with Store.open(root) as store, store.transaction() as db:
            db.conn.executemany(
                "INSERT INTO pack_history (pack_id, version, action, at) VALUES (?, 1, ?, ?)",
                ((f"p{n}", "install", "x" * ROW_BYTES) for n in range(rows)))
    finally:
        migrations.MIGRATIONS = saved


def _quit_during_check(root: Path, after: float) -> float:
    """Open ``root`` and press Quit ``after`` seconds into the copy's check; seconds from Quit
    to the opening's end."""
    quit_at: list[float] = []
    copied = False

    def told(stage: str, done: int, total: int) -> None:
        nonlocal copied
        if stage == "backup" and total:
            copied = done == total
        elif stage == "backup" and copied:  # (0, 0): the check comes next
            os.sync()
            drop_caches()
            threading.Timer(after, lambda: (quit_at.append(time.monotonic()),
                                            opening.stop())).start()

    opening = Opening(told)
    try:
        Store.open(root, check=False, opening=opening).close()
    except CancelledError:
        return time.monotonic() - quit_at[0]
    sys.exit("the opening ended before Quit: use a bigger --mib or a smaller --after")


if __name__ == "__main__":
    sys.exit(main())
