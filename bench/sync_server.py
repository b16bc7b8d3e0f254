"""The sync server under load: 50 devices pushing statement batches at once.

For each backend (SQLite in the data folder; PostgreSQL when ``--pg URL`` or
``$C4S_TEST_POSTGRES_URL`` names one) the script starts ``c4s-sync serve`` in its own process
on 127.0.0.1 (port 0), enrolls ``--devices`` devices with one learner each, and lets every
device push ``--batches`` batches of ``--batch`` statements from its own thread, all at once.
It prints the throughput (statements stored per second) and the 50th and 99th percentile
request latency, beside a baseline: the very same batches stored by ``store_statements``
straight through SQLAlchemy (no HTTP, no JSON parsing, no validation, one thread), so the
ratio is the cost of the HTTP layer and the concurrency. Latency is compared with the fair
share: every device pushes again as soon as it is answered, so at a given throughput a server
that serves everyone in turn answers in ``devices x batch / throughput`` seconds; p99 far
above that would mean some devices starve.

    PYTHONPATH=. python bench/sync_server.py [--devices 50] [--batches 10] [--batch 50]
                                             [--pg postgresql://...] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
import sqlalchemy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from c4s_desktop.core.xapi.statements import make_statement
from sync.auth import accounts
from sync.auth.accounts import Principal
from sync.config import ServerConfig
from sync.serve import open_database
from sync.xapi.store import store_statements

VERSION = {"X-Experience-API-Version": "1.0.3"}
TARGET_TAIL = 2.0
"""The p99 latency may be at most this many times the fair share (no starved device)."""
LENGTH = "https://w3id.org/xapi/video/extensions/length"


@dataclass
class Load:
    """What each run pushes: per device, ``batches`` lists of statements for one learner."""

    devices: int
    batches: int
    batch: int

    def make(self) -> list[tuple[str, list[list[dict[str, Any]]]]]:
        work = []
        for _ in range(self.devices):
            learner = str(uuid.uuid4())
            batches = [[make_statement(learner, "experienced",
                                       f"urn:c4s:activity:bench.pack/item{n}", "video",
                                       extensions={LENGTH: 60})
                        for n in range(self.batch)] for _ in range(self.batches)]
            work.append((learner, batches))
        return work


def _pg_schema(base: str) -> tuple[str, str]:
    name = "bench_" + secrets.token_hex(4)
    engine = sqlalchemy.create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {name}")
    engine.dispose()
    return f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{name}", name


def _drop_schema(base: str, name: str) -> None:
    engine = sqlalchemy.create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {name} CASCADE")
    engine.dispose()


def baseline(config: ServerConfig, load: Load) -> float:
    """Statements per second stored by ``store_statements`` directly, one thread."""
    db = open_database(config)
    admin = Principal("bench-admin", True)
    work = load.make()
    started = time.perf_counter()
    for _learner, batches in work:
        for batch in batches:
            store_statements(db, admin, batch)
    elapsed = time.perf_counter() - started
    db.dispose()
    return load.devices * load.batches * load.batch / elapsed


def over_http(config: ServerConfig, load: Load) -> tuple[float, list[float], int]:
    """(statements per second, request latencies, failed requests) through the server."""
    db = open_database(config)
    devices = []
    work = load.make()
    for learner, _ in work:
        code, _ = accounts.create_code(db, "bench")
        enrollment = accounts.redeem_code(db, code)
        assert enrollment is not None
        accounts.register_learners(db, enrollment.device_id, [(learner, None)])
        devices.append((enrollment.device_id, enrollment.secret))
    db.dispose()
    args = [sys.executable, "-m", "sync.cli", "serve", "--port", "0", "--data-dir",
            str(config.data_dir), "--rate", "100000", "--burst", "100000"]
    if config.db_url:
        args += ["--db", config.db_url]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            cwd=Path(__file__).resolve().parent.parent)
    assert proc.stdout is not None
    url = proc.stdout.readline().rsplit(" ", 1)[1].strip()
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()
    start = threading.Barrier(load.devices + 1)

    def device(auth: tuple[str, str], batches: list[list[dict[str, Any]]]) -> None:
        session = requests.Session()
        session.auth = auth
        session.headers.update(VERSION)
        start.wait()
        for batch in batches:
            began = time.perf_counter()
            reply = session.post(url + "/xapi/statements", json=batch, timeout=120)
            took = time.perf_counter() - began
            with lock:
                latencies.append(took)
                failures[0] += reply.status_code != 200
        session.close()

    threads = [threading.Thread(target=device, args=(auth, batches))
               for auth, (_, batches) in zip(devices, work, strict=True)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    proc.terminate()
    proc.wait(30)
    stored = (len(latencies) - failures[0]) * load.batch
    return stored / elapsed, latencies, failures[0]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run_backend(name: str, make_config: Any, load: Load) -> None:
    config, cleanup = make_config("baseline")
    try:
        direct = baseline(config, load)
    finally:
        cleanup()
    config, cleanup = make_config("http")
    try:
        rate, latencies, failed = over_http(config, load)
    finally:
        cleanup()
    p50, p99 = statistics.median(latencies), percentile(latencies, 0.99)
    print(f"\n{name}: {load.devices} devices x {load.batches} batches x {load.batch} statements")
    print(f"  baseline, store_statements() direct, 1 thread : {direct:8.0f} statements/s")
    print(f"  c4s-sync over HTTP, {load.devices} devices at once     : {rate:8.0f} statements/s "
          f"(ratio {rate / direct:.2f})")
    # With every device pushing again as soon as it is answered, a perfectly fair server at
    # this throughput answers each request in devices x batch / throughput seconds.
    fair = load.devices * load.batch / rate
    print(f"  request latency p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms; fair share "
          f"{fair * 1000:.0f} ms (p99 / fair share {p99 / fair:.2f}, target <= "
          f"{TARGET_TAIL:.1f}: {'met' if p99 / fair <= TARGET_TAIL else 'NOT met'}); "
          f"failed requests: {failed}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--batches", type=int, default=10)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--pg", default=os.environ.get("C4S_TEST_POSTGRES_URL"))
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    load = Load(args.devices, args.batches, args.batch)
    work = Path(tempfile.mkdtemp(prefix="sync-bench-", dir=args.workdir))
    print(f"c4s-sync load benchmark, {os.cpu_count()} cores, work folder {work}")

    def sqlite_config(label: str) -> tuple[ServerConfig, Any]:
        folder = work / f"sqlite-{label}"
        return ServerConfig(folder), lambda: None

    run_backend("SQLite", sqlite_config, load)
    if args.pg:
        def pg_config(label: str) -> tuple[ServerConfig, Any]:
            url, schema = _pg_schema(args.pg)
            return ServerConfig(work / f"pg-{label}", url), lambda: _drop_schema(args.pg, schema)

        run_backend("PostgreSQL", pg_config, load)
    else:
        print("\nPostgreSQL: skipped (give --pg URL or set C4S_TEST_POSTGRES_URL)")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
