"""The cycle collector is held during start-up and set going again, start-up's objects aside."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from c4s_desktop.core import heap

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def collector() -> Iterator[None]:
    yield
    gc.unfreeze()
    gc.enable()


def test_pause_then_resume_freezes_what_exists_and_collects_again(collector: None) -> None:
    heap.pause_collector()
    assert not gc.isenabled()
    made_during_start = [[] for _ in range(100)]
    heap.resume_collector()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made_during_start)
    frozen = gc.get_freeze_count()
    heap.resume_collector()  # a second call (the safety timer after ready) changes nothing
    assert gc.get_freeze_count() == frozen


def test_the_app_resumes_the_collector_when_it_ends_without_a_window(tmp_path: Path) -> None:
    # A fresh interpreter: the data folder cannot be opened, so main() ends with exit code 1
    # before anything is ready, and the collector must be running again when it returns.
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    code = ("import gc, sys\n"
            "from c4s_desktop.app import main\n"
            "status = main(sys.argv[1:])\n"
            "print('RESULT', status, gc.isenabled())\n")
    done = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(not_a_folder),
         "--screenshot", str(tmp_path / "shot.png")],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    result = next(line for line in done.stdout.splitlines() if line.startswith("RESULT"))
    assert result.split() == ["RESULT", "1", "True"]
