"""Five devices, 10,000 statements, and a network that fails in every way we know of.

The real server runs in a child process behind the fault-injecting proxy; it is killed and
restarted in the middle of batches. At the end the server holds exactly the statements the
devices made, each once, and every device has nothing left waiting.
"""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

from c4s_desktop.core.errors import SyncError
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.engine import SyncConfig, SyncEngine
from c4s_desktop.core.sync.enroll import enroll_device
from c4s_desktop.core.sync.retry import RetryPolicy
from c4s_desktop.core.sync.status import sync_status
from c4s_desktop.core.sync.transport import TransportConfig
from tests.sync.conftest import add_statements
from tests.sync.faultproxy import Fault, FaultProxy
from tests.sync.realserver import ServerProcess

DEVICES = 5
PER_DEVICE = 2_000
LEARNERS_PER_DEVICE = 2
MAX_RUNS = 15
ROTATION = (Fault.DROP, Fault.ERROR_500, Fault.THROTTLE, Fault.TRUNCATE, Fault.SLOW,
            Fault.STALL, Fault.EMPTY_LIST, Fault.ERROR_500, Fault.TRUNCATE, Fault.RESTART)
LIMITED = {Fault.STALL: 2, Fault.RESTART: 2}


class Schedule:
    """Every third request gets the next fault of the rotation (stalls and restarts rationed)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.turn = 0
        self.used: Counter[Fault] = Counter()
        self.active = False
        """Off while the devices enroll (an admin's one-off step, retried by hand)."""

    def __call__(self, method: str, path: str, number: int) -> Fault:
        if not self.active or number % 3:
            return Fault.PASS
        with self.lock:
            fault = ROTATION[self.turn % len(ROTATION)]
            self.turn += 1
            if self.used[fault] >= LIMITED.get(fault, 10**9):
                return Fault.DROP
            self.used[fault] += 1
            return fault


def config() -> SyncConfig:
    # Waits long enough to ride out a server restart (about a second), short enough to run
    # fast: set through configuration, the same code paths as in production.
    return SyncConfig(
        transport=TransportConfig(connect_timeout=5.0, read_timeout=8.0),
        retry=RetryPolicy(base=0.05, max_wait=0.5, max_attempts=12),
        batch_count=200)


def test_ten_thousand_statements_arrive_exactly_once_through_faults(tmp_path: Path) -> None:
    schedule = Schedule()
    with ServerProcess(tmp_path / "server") as server:
        upstream = server.url.split("//")[1].rstrip("/").rsplit(":", 1)
        with FaultProxy((upstream[0], int(upstream[1])), schedule, stall_seconds=9.0,
                        restart=server.restart) as proxy:
            stores = [Store.open(tmp_path / f"device{n}") for n in range(DEVICES)]
            try:
                made: set[str] = set()
                for n, store in enumerate(stores):
                    for k in range(LEARNERS_PER_DEVICE):
                        create_learner(store, f"Learner {n}-{k}")
                        made |= {s["id"] for s in add_statements(
                            store, PER_DEVICE // LEARNERS_PER_DEVICE, f"Learner {n}-{k}")}
                    enroll_device(store, store.data_dir.root, proxy.url,
                                  server.enroll_code(f"device{n}"))
                schedule.active = True
                failures: list[BaseException] = []
                threads = [threading.Thread(target=_sync_until_empty, args=(s, failures))
                           for s in stores]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
                assert failures == []
                assert len(made) == DEVICES * PER_DEVICE
                held = server.statement_ids()
                assert len(held) == len(made) and set(held) == made
                for store in stores:
                    status = sync_status(store, store.data_dir.root)
                    assert status.waiting == 0 and status.set_aside == 0
            finally:
                for store in stores:
                    store.close()
        assert server.restarts == LIMITED[Fault.RESTART]
        assert set(schedule.used) == set(ROTATION)


def _sync_until_empty(store: Store, failures: list[BaseException]) -> None:
    try:
        for _ in range(MAX_RUNS):
            try:
                report = SyncEngine(store, config=config()).run_once()
            except SyncError:
                continue  # a run may give up in a storm of faults; the next one carries on
            if report.waiting == 0:
                return
        raise AssertionError(f"still waiting after {MAX_RUNS} runs")
    except BaseException as exc:
        failures.append(exc)
