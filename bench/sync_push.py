"""Sync push benchmark: how fast, and how few bytes, 10,000 waiting statements reach the server.

The real ``c4s-sync`` server runs in a child process on 127.0.0.1 (SQLite in a work folder).
Each measurement uses a fresh enrolled device whose outbox holds ``--count`` statements of the
kinds the app records (items launched and completed, video spans watched, answers), spread
over 10 learners:

1. the sync engine (``SyncEngine.run_once`` with pull off): statements per second, timed
   directly against the server (``--repeat`` runs alternating with the baseline; medians);
2. the same through a counting TCP proxy: bytes on the wire per statement, request and
   response, headers included (the proxy counts every byte both ways);
3. baseline: the same statements POSTed raw (uncompressed JSON arrays of 500 with a plain
   ``requests`` session, no outbox, no bookkeeping), timed directly and counted via the proxy.

Targets: >= 2,000 statements/s and <= 150 bytes/statement.
Run: ``PYTHONPATH=. python bench/sync_push.py [--count 10000]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

import requests
from benchkit import make_workdir, median, remove_tree, verdict

from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.credentials import Credentials, require_credentials
from c4s_desktop.core.sync.engine import SyncConfig, SyncEngine
from c4s_desktop.core.sync.enroll import enroll_device
from c4s_desktop.core.xapi.statements import activity_iri, make_statement
from c4s_desktop.core.xapi.vocabulary import EXT_LENGTH, EXT_SEGMENT
from tests.sync.faultproxy import FaultProxy
from tests.sync.realserver import ServerProcess

LEARNERS = 10
PACK = "eu.cluster4smart.essentials"


def statements_for(learner_id: str, count: int, rng: random.Random) -> list[dict[str, object]]:
    """A learner's day: launched, watched spans, answered, completed."""
    made: list[dict[str, object]] = []
    for n in range(count):
        item = f"m{rng.randint(1, 6)}-l{rng.randint(1, 5)}-{rng.choice(['video', 'text'])}"
        parents = (activity_iri(PACK, item.rsplit("-", 1)[0]), activity_iri(PACK))
        kind = n % 4
        if kind == 0:
            made.append(make_statement(learner_id, "launched", activity_iri(PACK, item),
                                       "video", parents=parents, language="en"))
        elif kind == 1:
            start = rng.randint(0, 500)
            made.append(make_statement(
                learner_id, "experienced", activity_iri(PACK, item), "video", parents=parents,
                result={"extensions": {EXT_SEGMENT: f"{start}[.]{start + rng.randint(5, 60)}"}},
                extensions={EXT_LENGTH: 600.0}, language="en"))
        elif kind == 2:
            made.append(make_statement(
                learner_id, "answered", activity_iri(PACK, item, f"q{rng.randint(1, 9)}"),
                "question", parents=parents,
                result={"success": rng.random() < 0.7, "response": rng.choice("abcd")}))
        else:
            made.append(make_statement(learner_id, "completed", activity_iri(PACK, item),
                                       "document", parents=parents, language="en"))
    return made


def device(root: Path, server: ServerProcess, url: str, count: int, seed: int) -> Store:
    """A fresh device enrolled at ``url`` with ``count`` waiting statements."""
    rng = random.Random(seed)
    store = Store.open(root)
    per = count // LEARNERS
    for n in range(LEARNERS):
        learner = create_learner(store, f"Learner {n}")
        record(store, statements_for(learner.id, per + (count % LEARNERS if n == 0 else 0), rng))
    enroll_device(store, root, url, server.enroll_code(root.name))
    return store


def engine_push(store: Store) -> tuple[float, int, int, float]:
    """(seconds, statements sent, estimated wire bytes, CPU seconds of this process) of one
    push-only run; the server is another process, so the CPU time is the client's own."""
    cpu = time.process_time()
    start = time.perf_counter()
    report = SyncEngine(store, config=SyncConfig(pull=False)).run_once()
    seconds = time.perf_counter() - start
    assert report.waiting == 0, report
    return (seconds, report.sent, report.bytes_sent + report.bytes_received,
            time.process_time() - cpu)


def raw_push(store: Store, creds: Credentials) -> tuple[float, int]:
    """(seconds, statements) POSTing the outbox raw: registration first, untimed."""
    session = requests.Session()
    session.auth = (creds.username, creds.secret)
    session.headers["X-Experience-API-Version"] = "1.0.3"
    learners = [{"id": r[0], "name": r[1]}
                for r in store.db.execute("SELECT id, name FROM learners").fetchall()]
    server = creds.server
    session.post(server + "devices/learners", json={"learners": learners},
                 timeout=60).raise_for_status()
    bodies = [r[0].encode() for r in store.db.execute(
        "SELECT body FROM statements ORDER BY stored_at, id").fetchall()]
    start = time.perf_counter()
    for first in range(0, len(bodies), 500):
        payload = b"[" + b",".join(bodies[first:first + 500]) + b"]"
        reply = session.post(creds.endpoint + "statements", data=payload, timeout=60,
                             headers={"Content-Type": "application/json"})
        reply.raise_for_status()
    seconds = time.perf_counter() - start
    session.close()
    return seconds, len(bodies)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    work = make_workdir(args.workdir, "sync-push")
    print(f"sync push benchmark, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, "
          f"{args.count} statements over {LEARNERS} learners, server c4s-sync on SQLite")
    try:
        with ServerProcess(work / "server") as server:
            host, port = server.url.split("//")[1].rstrip("/").rsplit(":", 1)
            upstream = (host, int(port))
            stores: list[Store] = []

            def fresh(name: str, url: str, seed: int) -> Store:
                store = device(work / name, server, url, args.count, seed)
                stores.append(store)
                return store

            try:
                runs: dict[str, list[float]] = {"engine": [], "raw": [], "cpu": []}
                for n in range(args.repeat):
                    a = fresh(f"engine-{n}", server.url, 10 + n)
                    body = a.db.execute("SELECT avg(length(body)) FROM statements").fetchone()[0]
                    seconds, sent, estimate, cpu = engine_push(a)
                    runs["engine"].append(seconds)
                    runs["cpu"].append(cpu)
                    c = fresh(f"raw-{n}", server.url, 20 + n)
                    raw_seconds, raw_sent = raw_push(c, require_credentials(c.data_dir.root))
                    runs["raw"].append(raw_seconds)
                with FaultProxy(upstream) as proxy:
                    b = fresh("engine-proxy", proxy.url, 2)
                    proxy.stats.from_client = proxy.stats.to_client = 0
                    engine_push(b)
                    engine_wire = proxy.stats.from_client + proxy.stats.to_client
                    engine_requests = proxy.stats.requests
                with FaultProxy(upstream) as proxy:
                    d = fresh("raw-proxy", proxy.url, 4)
                    creds = require_credentials(d.data_dir.root)
                    proxy.stats.from_client = proxy.stats.to_client = 0
                    raw_push(d, creds)
                    raw_wire = proxy.stats.from_client + proxy.stats.to_client
                    raw_requests = proxy.stats.requests
            finally:
                for store in stores:
                    store.close()
            held = len(server.statement_ids())
    finally:
        remove_tree(work)
    seconds, raw_seconds = median(runs["engine"]), median(runs["raw"])
    rate, raw_rate = sent / seconds, raw_sent / raw_seconds
    per, raw_per = engine_wire / sent, raw_wire / raw_sent
    print(f"average statement JSON: {body:.0f} bytes; server now holds {held} statements")
    print(f"runs alternate engine/raw, {args.repeat} each; medians. Engine runs (s): "
          + ", ".join(f"{x:.2f}" for x in runs["engine"]) + "; raw runs (s): "
          + ", ".join(f"{x:.2f}" for x in runs["raw"]))
    print(f"engine push:   {sent} statements in {seconds:.2f} s = {rate:,.0f} statements/s")
    print(f"raw POST:      {raw_sent} statements in {raw_seconds:.2f} s = {raw_rate:,.0f} "
          f"statements/s (baseline)")
    print(f"speed ratio engine/raw: {rate / raw_rate:.2f}")
    cpu = median(runs["cpu"])
    print(f"client CPU per push: {cpu:.2f} s (median) = {sent / cpu:,.0f} statements per "
          f"client CPU second; the rest of the wall time is the server's")
    load = os.getloadavg()
    print(f"load average at the end: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} "
          f"on {os.cpu_count()} CPUs (other work on the machine slows the server)")
    print(f"engine wire:   {engine_wire:,} bytes in {engine_requests} requests = "
          f"{per:.1f} bytes/statement (client's own estimate: {estimate / sent:.1f})")
    print(f"raw wire:      {raw_wire:,} bytes in {raw_requests} requests = "
          f"{raw_per:.1f} bytes/statement (baseline)")
    print(f"bytes ratio engine/raw: {per / raw_per:.3f}")
    print(f"target >= 2,000 statements/s: {verdict(rate >= 2000)}")
    print(f"target <= 150 bytes/statement on the wire: {verdict(per <= 150)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
