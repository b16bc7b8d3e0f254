"""Resident memory of the video player: does opening and closing videos make the app grow?

For each engine, in a fresh process: start the real app on a new data folder (the demo course
is installed), measure the resident set with the library window open, open the first video,
play it for about a second and close it (libVLC or FFmpeg and the codecs load once here), then
open, play ~1 s and close 20 videos in a row (cycling through the demo course's videos) and
measure again. The target is growth ≤ 10% over the 20 videos; the bare-window baseline and the
one-time cost of the first video are printed beside it.

    PYTHONPATH=. python bench/video_memory.py [--engine vlc|qt] [--videos 20]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchkit import mb, verdict

ROOT = Path(__file__).resolve().parents[1]
DEMO_DIR = ROOT / "packs" / "demo"
DEMO_PACK = "eu.cluster4smart.essentials"
TARGET = 1.10
PLAY_S = 1.0
TIMEOUT_S = 60.0


def resident_bytes() -> int:
    """The process's resident set size, from /proc/self/statm."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


def child(engine: str, videos: int) -> dict[str, object]:
    """Run one engine in this process and return its figures."""
    from c4s_desktop.core import heap

    heap.cap_arenas()  # as c4s_desktop.app.main does first, before any thread starts
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from c4s_desktop.ui.controller import AppController
    from c4s_desktop.ui.launch import LaunchOptions

    app = QApplication.instance() or QApplication([])

    def settle() -> int:
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
        gc.collect()
        return resident_bytes()

    def wait_for(condition: Callable[[], object], what: str) -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(what)
            app.processEvents()
            time.sleep(0.005)

    with tempfile.TemporaryDirectory(prefix="video-memory-") as folder:
        options = LaunchOptions(data_dir=Path(folder), lang="en", demo_dir=DEMO_DIR,
                                video_backend=engine, learner="Bench")
        controller = AppController(options)
        controller.start()
        wait_for(lambda: controller.is_ready, "the app to start")
        window = controller.window
        assert window is not None
        ids = [item.id for pack in window.packs for _m, _l, item in pack.manifest.iter_items()
               if item.type == "video"]
        window_rss = settle()

        def play_one(item_id: str) -> None:
            assert window.open_item(DEMO_PACK, item_id)
            view = window.item_page.video_view
            view.play()
            wait_for(lambda: view.engine.playing and view.engine.position >= PLAY_S,
                     f"{item_id} to play")
            window.back_to_lesson()
            wait_for(lambda: not controller.worker.busy, "the saves")

        play_one(ids[0])
        used = window.item_page.video_view.engine.name
        first_rss = settle()
        for n in range(videos):
            play_one(ids[n % len(ids)])
        after_rss = settle()
        window.close()
        controller.shutdown()
    return {"engine": used, "window": window_rss, "first": first_rss, "after": after_rss,
            "videos": videos}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=("vlc", "qt"), action="append")
    parser.add_argument("--videos", type=int, default=20)
    parser.add_argument("--child", choices=("vlc", "qt"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.videos)))
        return 0
    print(f"display: {os.environ.get('DISPLAY') or 'none (offscreen)'}; "
          f"{args.videos} videos opened, played {PLAY_S:.0f} s and closed per engine")
    print(f"{'engine':<8}{'window':>11}{'1st video':>12}{'after N':>11}"
          f"{'N vs 1st':>10}{'vs window':>11}  target ≤ {TARGET:.2f}")
    for engine in args.engine or ["vlc", "qt"]:
        done = subprocess.run(
            [sys.executable, __file__, "--child", engine, "--videos", str(args.videos)],
            capture_output=True, text=True, check=False,
            env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "bench")])})
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode != 0 or not lines:
            print(f"{engine:<8} failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(lines[-1])
        growth = r["after"] / r["first"]
        name = r["engine"] if r["engine"] == engine else f"{engine}->{r['engine']}"
        print(f"{name:<8}{mb(r['window']):>11}{mb(r['first']):>12}{mb(r['after']):>11}"
              f"{growth:>10.3f}{r['after'] / r['window']:>11.3f}  {verdict(growth <= TARGET)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
