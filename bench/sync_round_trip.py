"""What a sync costs in both directions on one device: bytes up, bytes down, requests.

Runs the real ``c4s-sync`` server (SQLite) and one enrolled device with one learner, and
syncs three times: ``--count`` new statements, then a tenth of that more, then nothing new.
For each run it prints the engine's wire counts (every byte both ways, headers included) and,
as the baseline, the bytes of the statements it sent (their JSON as stored). A device holds
what it sent, so what comes down should be the server's replies (ids of what it stored) and
nothing of the statements themselves: "down / statement bytes" shows whether it is.

Run: ``PYTHONPATH=. python bench/sync_round_trip.py [--count 10000]``.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from benchkit import make_workdir, remove_tree

from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.engine import SyncEngine, SyncReport
from c4s_desktop.core.sync.enroll import enroll_device
from tests.sync.conftest import add_statements, fast_config
from tests.sync.realserver import ServerProcess


def sent_bytes(store: Store, since: str) -> int:
    row = store.db.execute("SELECT coalesce(sum(length(CAST(body AS BLOB))), 0) "
                           "FROM statements WHERE sent_at > ?", [since]).fetchone()
    return int(row[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    work = make_workdir(args.workdir, "sync-round-trip")
    print(f"C4S sync round trip: load average {os.getloadavg()[0]:.2f}")
    try:
        with ServerProcess(work / "server") as server:
            root = work / "laptop"
            store = Store.open(root)
            create_learner(store, "Ana")
            enroll_device(store, root, server.url, server.enroll_code("laptop"))
            runs: list[tuple[str, SyncReport, int]] = []
            for label, count in ((f"{args.count:,} new", args.count),
                                 (f"{args.count // 10:,} more", args.count // 10),
                                 ("nothing new", 0)):
                if count:
                    add_statements(store, count, prefix=f"run{len(runs)}-item")
                mark = store.db.execute("SELECT coalesce(max(sent_at), '') FROM statements"
                                        ).fetchone()[0]
                report = SyncEngine(store, config=fast_config()).run_once()
                runs.append((label, report, sent_bytes(store, mark)))
            store.close()
        for label, report, body in runs:
            ratio = f"{report.bytes_received / body:.2f}" if body else "-"
            print(f"{label:>13}: sent {report.sent:6,d} ({body:10,d} B of statements)  "
                  f"up {report.bytes_sent:10,d} B  down {report.bytes_received:10,d} B  "
                  f"down / statement bytes {ratio}  pulled back {report.received:6,d}  "
                  f"requests {report.requests}")
    finally:
        remove_tree(work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
