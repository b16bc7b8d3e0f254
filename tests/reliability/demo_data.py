"""What the reliability tests share: a data folder with the demo course and learners, a driver
run to its end, and the video spans a learner has recorded. Qt-free, so importing it keeps the
test process's Qt platform as it is (the drivers set offscreen for themselves)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.trust import seed_default_trust
from c4s_desktop.core.progress.intervals import Interval, parse_segments
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import EXT_SEGMENT, VERBS
from c4s_desktop.ui.first_launch import bundled_demo_dir

PACK = "eu.cluster4smart.essentials"
ROOT = Path(__file__).resolve().parents[2]
DEADLINE_S = 90
CASE = "m4-case"
CASE_ANSWERS = ("Member services", "Member services, then exports")
"""What ``case_driver`` types into the case study's first answer box: an answer, then a change."""


def demo_data(data: Path, *learners: str) -> None:
    """Make ``data`` a data folder with the demo course installed and ``learners`` created,
    and no demo to offer at start (the drivers point ``demo_dir`` at ``data/no-demo``)."""
    with Store.open(data) as store:
        seed_default_trust(store)
        install_pack(store, bundled_demo_dir() / f"{PACK}.c4spack")
        for name in learners:
            create_learner(store, name)
    (data / "no-demo").mkdir()


def video_spans(store: Store, learner_id: str, video: str) -> list[Interval]:
    """The spans of ``video`` the learner's ``experienced`` statements record."""
    rows = store.db.execute(
        "SELECT body FROM statements WHERE learner_id = ? AND item_id = ? AND verb = ?",
        [learner_id, video, VERBS["experienced"]]).fetchall()
    spans: list[Interval] = []
    for (body,) in rows:
        spans += parse_segments(json.loads(body)["result"]["extensions"][EXT_SEGMENT])
    return spans


def run_driver(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run a driver (``python -m tests.reliability.<module> ARGS``, offscreen) to its end, or
    kill it after :data:`DEADLINE_S`; its standard output and exit code."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", f"tests.reliability.{module}", *args],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    watchdog = threading.Timer(DEADLINE_S, proc.kill)  # a stuck app ends the reading too
    watchdog.start()
    try:
        out, _err = proc.communicate()
    finally:
        watchdog.cancel()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, "")
