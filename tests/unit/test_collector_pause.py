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


@pytest.mark.skipif(heap._glibc() is None, reason="malloc_trim is glibc's")
def test_the_end_of_start_up_gives_freed_memory_back() -> None:
    # A fresh interpreter, so the heap holds nothing else: 24 MiB in 1 KiB blocks freed but
    # for the last one, which keeps the top of the heap from being given back by free() alone.
    code = ("import sys\n"
            "from c4s_desktop.core import heap\n"
            "def rss():\n"
            "    return int(open('/proc/self/statm').read().split()[1])\n"
            "heap.pause_collector()\n"
            "blocks = [bytearray(1024) for _ in range(24 * 1024)]\n"
            "last = blocks.pop()\n"
            "del blocks\n"
            "before = rss()\n"
            "heap.resume_collector()\n"
            "print('PAGES', before, rss())\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True, timeout=60)
    before, after = (int(n) for n in done.stdout.split()[1:])
    page_kib = os.sysconf("SC_PAGE_SIZE") // 1024
    assert (before - after) * page_kib > 16 * 1024
