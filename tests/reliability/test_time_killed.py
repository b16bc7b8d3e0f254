"""Time spent after power cuts: the real app killed (SIGKILL) with a text open, on two days,
then started again and closed cleanly. The cut sessions count what their statements show,
not the 10-minute cap each (field audit B2), and ``c4s progress show`` says the same."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import VERBS
from tests.reliability.demo_data import demo_data

PACK = "eu.cluster4smart.essentials"
ROOT = Path(__file__).resolve().parents[2]
DEADLINE_S = 90


def _open_item(data: Path, item: str, days_ago: int, close: bool) -> None:
    """Start the app with its clock ``days_ago`` back, open ``item``, and once its opening is
    stored either cut the power (SIGKILL) or close the window."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.reading_driver", str(data), item,
         str(days_ago), *(["close"] if close else [])],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    deadline = time.monotonic() + DEADLINE_S
    output = b""
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        while b"RECORDED\n" not in output:
            if not selector.select(timeout=max(0.0, deadline - time.monotonic())):
                proc.kill()
                pytest.fail("the app never recorded the item's opening")
            chunk = os.read(proc.stdout.fileno(), 65536)
            assert chunk, "the app ended before recording the item's opening"
            output += chunk
    if close:
        assert proc.wait(timeout=DEADLINE_S) == 0
    else:
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL


def _verbs(data: Path) -> list[str]:
    with Store.open(data, write=False) as store:
        rows = store.db.execute("SELECT verb FROM statements WHERE item_id IS NOT NULL "
                                "ORDER BY timestamp, id").fetchall()
    names = {iri: name for name, iri in VERBS.items()}
    return [names[verb] for (verb,) in rows]


def test_power_cuts_add_no_time_the_learner_did_not_spend(tmp_path: Path) -> None:
    data = tmp_path / "data"
    demo_data(data, "Ana")
    _open_item(data, "m1-l1-text", days_ago=2, close=False)  # the power goes
    _open_item(data, "m1-l2-text", days_ago=1, close=False)  # and again the next day
    _open_item(data, "m1-l1-text", days_ago=0, close=True)   # today: a clean close
    result = subprocess.run(
        [sys.executable, "-m", "c4s_desktop.cli", "--data-dir", str(data), "progress", "show",
         "--learner", "Ana", "--json"],
        cwd=ROOT, capture_output=True, text=True, check=True)
    spent = json.loads(result.stdout)["time_spent_s"]
    # Each cut session's only evidence is its opening: a millisecond each, then today's
    # session as long as it stayed open (well under a minute); not twice 600 s.
    assert 0 < spent < 60
    assert _verbs(data) == ["launched", "exited"] * 3  # one each, at close or the next start
