"""Closing the app while a batch of a long sync hangs on a slow link: the process ends at once
rather than when the request times out, and nothing is lost. What the server acknowledged is
marked sent; the rest waits and goes with the next sync, each statement stored once.

The real app runs in a child process (tests/reliability/sync_quit_driver.py) against the real
``c4s-sync`` server, through a proxy that forwards the fourth batch and never answers it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.engine import SyncEngine
from c4s_desktop.core.sync.enroll import enroll_device
from c4s_desktop.core.sync.outbox import waiting_count
from tests.sync.conftest import add_statements, fast_config
from tests.sync.faultproxy import Fault, FaultProxy
from tests.sync.realserver import ServerProcess

ROOT = Path(__file__).resolve().parents[2]
STATEMENTS = 1000
ANSWERED_POSTS = 3
DEADLINE_S = 90
"""Far less than the driver's read timeout (600 s): a process held up by its request fails."""


class HeldBatches:
    """The proxy's plan: answer the first batches, then hold each later one unanswered."""

    def __init__(self) -> None:
        self.posts = 0
        self.holding = True

    def __call__(self, method: str, path: str, _number: int) -> Fault:
        if method != "POST" or not path.startswith("/xapi/statements"):
            return Fault.PASS
        self.posts += 1
        return Fault.STALL if self.holding and self.posts > ANSWERED_POSTS else Fault.PASS


def sent_ids(store: Store) -> set[str]:
    return {r[0] for r in store.db.execute(
        "SELECT id FROM statements WHERE sent_at IS NOT NULL").fetchall()}


def test_closing_the_app_while_a_batch_hangs_ends_it_at_once_and_loses_nothing(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "no-demo").mkdir(parents=True)
    plan = HeldBatches()
    with ServerProcess(tmp_path / "server") as server, \
            FaultProxy(_address(server.url), plan, stall_seconds=DEADLINE_S * 2) as proxy:
        with Store.open(data) as store:
            create_learner(store, "Ana")
            statements = add_statements(store, STATEMENTS)
            enroll_device(store, data, proxy.url, server.enroll_code("laptop"))
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.sync_quit_driver", str(data)],
            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True)
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(proc.stdout or ()), daemon=True)
        reader.start()
        try:
            _wait_until(lambda: bool(proxy.stats.faults.get(Fault.STALL.value))
                        or proc.poll() is not None)  # a batch is held (or the app ended)
            assert proc.poll() is None and proc.stdin is not None, lines
            proc.stdin.write("quit\n")
            proc.stdin.flush()
            try:
                proc.wait(DEADLINE_S)
            except subprocess.TimeoutExpired:
                raise AssertionError(f"the app's process outlived its window by {DEADLINE_S} "
                                     f"s, held up by a request; it said {lines}") from None
        finally:
            proc.kill()
            proc.wait()
        reader.join(DEADLINE_S)
        assert lines[-2:] == ["CLOSING\n", "SHUT DOWN\n"], lines
        assert proc.returncode == 0
        assert any(line.startswith("SENT ") for line in lines)  # the push was under way

        with Store.open(data) as store:
            marked = sent_ids(store)
            assert marked <= set(server.statement_ids())  # marked only once acknowledged
            assert 0 < waiting_count(store) == STATEMENTS - len(marked)
            plan.holding = False
            report = SyncEngine(store, config=fast_config(batch_count=100)).run_once()
            assert report.waiting == 0
        held_ids = server.statement_ids()
        assert {s["id"] for s in statements} <= set(held_ids)
        assert len(held_ids) == len(set(held_ids))  # the held batch, sent again, stored once


def _wait_until(condition: Callable[[], bool]) -> None:
    """Check ``condition`` every 50 ms until it holds, for :data:`DEADLINE_S` at most."""
    given_up = threading.Event()
    timer = threading.Timer(DEADLINE_S, given_up.set)
    timer.start()
    try:
        while not condition():
            assert not given_up.wait(0.05), "the sync never reached its held batch"
    finally:
        timer.cancel()


def _address(url: str) -> tuple[str, int]:
    host, port = url.split("//", 1)[1].rstrip("/").rsplit(":", 1)
    return host, int(port)
