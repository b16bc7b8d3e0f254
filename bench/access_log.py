"""What the access log costs the server: small requests per second with it and without it.

Starts ``c4s-sync serve`` (SQLite) in its own process on 127.0.0.1, once writing the access log
to the data folder (the default) and once with ``--no-access-log``, alternating ``--repeat``
times, and has ``--clients`` threads send ``--requests`` requests each, all at once, of two
kinds: ``GET /xapi/about`` (no credentials, no database: the cheapest request, so the log's
largest share) and ``GET /catalog`` as an enrolled device (a login and a rate-limit write, as
most device requests). Prints the medians of the throughput and of the server process's CPU
time per request (from ``/proc``: steadier than the throughput on a shared machine, as the load
generator shares its cores), and their ratios with/without; target: the log costs at most 5%
of either.

Every request opens its own connection: on a kept-alive connection this server's replies after
the first wait about 40 ms for the client's delayed ACK (its sockets lack TCP_NODELAY, see
bench/README.md), an idle wait that would hide the log's cost.

    PYTHONPATH=. python bench/access_log.py [--clients 8] [--requests 300] [--repeat 3]
                                            [--workdir DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sync.auth import accounts
from sync.config import ServerConfig
from sync.serve import open_database

TARGET = 0.95
"""Requests per second with the log over without it, at least."""
ROOT = Path(__file__).resolve().parent.parent


def _device(folder: Path) -> tuple[str, str]:
    db = open_database(ServerConfig(folder))
    code, _ = accounts.create_code(db, "bench")
    enrollment = accounts.redeem_code(db, code)
    assert enrollment is not None
    db.dispose()
    return enrollment.device_id, enrollment.secret


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds the process has used (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rate(folder: Path, logged: bool, path: str, auth: tuple[str, str] | None,
          clients: int, each: int) -> tuple[float, float]:
    """(requests per second, server CPU milliseconds per request)."""
    args = [sys.executable, "-m", "sync.cli", "serve", "--port", "0", "--data-dir",
            str(folder), "--rate", "1000000", "--burst", "1000000"]
    if not logged:
        args.append("--no-access-log")
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            cwd=ROOT)
    assert proc.stdout is not None
    url = proc.stdout.readline().rsplit(" ", 1)[1].strip() + path
    failures = [0]
    start = threading.Barrier(clients + 1)

    def client() -> None:
        with requests.Session() as session:
            session.headers["X-Experience-API-Version"] = "1.0.3"
            session.headers["Connection"] = "close"
            session.auth = auth
            session.get(url, timeout=60)  # logged in (and its check cached) before the clock
            start.wait()
            for _ in range(each):
                failures[0] += session.get(url, timeout=60).status_code != 200

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    began, cpu = time.perf_counter(), _cpu_s(proc.pid)
    for thread in threads:
        thread.join()
    elapsed, cpu = time.perf_counter() - began, _cpu_s(proc.pid) - cpu
    proc.terminate()
    proc.wait(30)
    assert failures[0] == 0, f"{failures[0]} requests failed"
    return clients * each / elapsed, cpu * 1000 / (clients * each)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=300, help="per client")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="access-log-bench-", dir=args.workdir))
    print(f"c4s-sync access log benchmark, {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.2f}, work folder {work}")
    folder = work / "server"
    auth = _device(folder)
    for label, path, credentials in (("GET /xapi/about, no credentials", "/xapi/about", None),
                                     ("GET /catalog as a device", "/catalog", auth)):
        runs: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
        for _ in range(args.repeat):
            for logged in (False, True):
                runs[logged].append(_rate(folder, logged, path, credentials, args.clients,
                                          args.requests))
        print(f"\n{label}: {args.clients} clients x {args.requests} requests, median of "
              f"{args.repeat}")
        medians = {}
        for logged, name in ((False, "--no-access-log (baseline)"),
                             (True, "access log in the folder  ")):
            rate = statistics.median(r for r, _ in runs[logged])
            cpu = statistics.median(c for _, c in runs[logged])
            medians[logged] = (rate, cpu)
            print(f"  {name} : {rate:6.0f} requests/s, server CPU {cpu:.3f} ms/request  "
                  f"(rates {', '.join(f'{r:.0f}' for r, _ in runs[logged])})")
        speed = medians[True][0] / medians[False][0]
        cost = medians[False][1] / medians[True][1]
        print(f"  ratio with/without: throughput {speed:.3f}, CPU per request "
              f"{1 / cost:.3f} (target: CPU ratio <= {1 / TARGET:.2f}: "
              f"{'met' if cost >= TARGET else 'NOT met'})")
    lines = sum(1 for file in (folder / "logs").glob("access.log*")
                for _ in file.open("rb"))
    print(f"\n{lines} access log lines written in all")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
