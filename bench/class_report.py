"""The class progress a trainer sees: 40 learners on 20 courses, in one store job.

``core.progress.class_report.class_report`` builds the trainer's class progress: every learner
who is not a trainer on every installed course, through each learner's own progress report
(``core.progress.report.build_report``), with each learner's time line (time spent, last
activity) carried on from the one the last report kept (``core.progress.timeline_cache``).
The UI runs it as a single store-worker job that shows its progress (with Cancel) after half
a second; it should stay under a second on a trainer's computer.

The script prepares a fresh data folder with ``--courses`` copies of the demo course (each
with its own pack id, built from ``packs/demo/src`` and signed with a fresh key that is
trusted, as ``startup.py`` does; the copies share their blobs), ``--learners`` learners who
are not trainers and one trainer (with a PIN). Every learner gets about ``--statements``
statements, recorded through the app's own recording calls as ``progress_screen.py`` does
(videos in 10-second spans, texts, fact sheets, quiz answers and attempts, case studies),
in sessions spread over two to four of the courses, one session every day or two.

Then, on one open store (as the store worker opens it) in this process, with the manifests
read once beforehand (as the UI passes them), it times ``--repeat`` times each, alternating:

* **class**: ``class_report(store, manifests)`` with the time lines the run before kept (the
  statements since are none here; a class session adds a few hundred a learner, folded in
  a few milliseconds);
* **class, none kept**: the same with no time line kept (emptied, untimed, before each run):
  the first report after this version's migration or after a course was installed, updated
  or removed, which folds every learner's statements (and keeps them, timed);
* **one learner**: ``build_report(store, learner, manifests)`` for one learner with
  ``--statements`` statements: what that learner's own progress screen computes.

It prints p50 and p95 of each, the ratios class / one learner and class / (learners x one
learner), and whether the target is met: class p50 under 1,000 ms.

``--data DIR`` keeps the prepared data folder in ``DIR`` (prepared there when it holds none,
reused as it is otherwise), so runs before and after a change time the very same statements;
a reused folder from an older schema is migrated first, and the migration timed.

Run: ``PYTHONPATH=. python bench/class_report.py [--courses 20] [--learners 40]
[--statements 1000] [--repeat 15] [--profile] [--data DIR]``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from benchkit import make_workdir, remove_tree, verdict
from progress_screen import Recorder, percentile

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.learners import Learner, create_learner, find_learner
from c4s_desktop.core.learners.trainers import set_trainer
from c4s_desktop.core.packs.build import build_pack
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import list_installed
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.packs.signing import generate_key_files, load_private_key
from c4s_desktop.core.packs.trust import add_trusted, seed_default_trust
from c4s_desktop.core.progress.class_report import class_report
from c4s_desktop.core.progress.item_events import ItemRef
from c4s_desktop.core.progress.report import build_report
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import set_meta

ROOT = Path(__file__).resolve().parent.parent
DEMO_SRC = ROOT / "packs" / "demo" / "src"
TARGET_MS = 1000.0
TRAINER_PIN = "4826"


def install_courses(store: Store, work: Path, courses: int) -> list[Manifest]:
    """``courses`` copies of the demo course, each with its own id, signed with one fresh
    trusted key; the installed manifests, by id."""
    keyfile = work / "bench.key"
    add_trusted(store, generate_key_files(keyfile), "bench")
    key = load_private_key(keyfile)
    src = work / "src"
    shutil.copytree(DEMO_SRC, src)
    raw = json.loads((src / "manifest.json").read_text("utf-8"))
    titles = dict(raw["title"])
    for n in range(courses):
        raw["id"] = f"org.example.course{n:02d}"
        raw["title"] = {lang: f"{text} {n + 1}" for lang, text in titles.items()}
        (src / "manifest.json").write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
        out = work / f"course{n:02d}.c4spack"
        build_pack(src, out, key)
        install_pack(store, out)
        out.unlink()
    remove_tree(src)
    return [pack.manifest(keep_raw=False) for pack in list_installed(store)]


def fill_learner(store: Store, learner: Learner, manifests: list[Manifest], total: int,
                 seed: int) -> int:
    """Record about ``total`` statements for ``learner`` in sessions of 3 to 10 item visits,
    each in one of two to four courses (where the learner left that course, starting over at
    its end), one session every 12 to 60 hours; return how many were recorded."""
    rng = random.Random(seed)
    mine = rng.sample(manifests, rng.randint(2, min(4, len(manifests))))
    refs = {m.id: [ItemRef(m, lesson, item) for _mo, lesson, item in m.iter_items()]
            for m in mine}
    cursor = dict.fromkeys(refs, 0)
    recorder = Recorder(store, learner, mine[0], seed)
    recorder.clock += timedelta(hours=rng.uniform(0, 24 * 14))  # learners start apart
    while recorder.count < total:
        manifest = rng.choice(mine)
        recorder.manifest = manifest  # Recorder records for one course at a time
        for _ in range(rng.randint(3, 10)):
            if recorder.count >= total:
                break
            course = refs[manifest.id]
            recorder.item(course[cursor[manifest.id] % len(course)])
            cursor[manifest.id] += 1
        recorder.clock += timedelta(hours=rng.uniform(12, 60))
    return recorder.count


def prepare(work: Path, courses: int, learners: int, statements: int) -> tuple[Path, list[int]]:
    """The data folder and the statements recorded for each learner."""
    data = work / "data"
    with Store.open(data) as store:
        seed_default_trust(store)
        set_meta(store, "ui_language", "en")
        started = time.perf_counter()
        manifests = install_courses(store, work, courses)
        print(f"installed {len(manifests)} copies of the demo course in "
              f"{time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        made = [fill_learner(store, create_learner(store, f"Learner {n + 1:02d}"), manifests,
                             statements, seed=n + 1) for n in range(learners)]
        trainer = create_learner(store, "Trainer")
        set_trainer(store, trainer.id, True, pin=TRAINER_PIN)
        print(f"recorded {sum(made)} statements for {learners} learners "
              f"({min(made)}-{max(made)} each) and made one trainer in "
              f"{time.perf_counter() - started:.1f} s")
    return data, made


def reuse(data: Path, learners: int) -> list[int]:
    """The statements of each of the first ``learners`` learners of a data folder prepared
    before, opening it as the app does (which migrates an older schema: timed here)."""
    started = time.perf_counter()
    with Store.open(data, write=True, check=False) as store:
        opened = time.perf_counter() - started
        made = [find_learner(store, f"Learner {n + 1:02d}") for n in range(learners)]
        counts = [store.conn.execute("SELECT count(*) FROM statements WHERE learner_id = ?",
                                     [learner.id]).fetchone()[0] for learner in made]
    print(f"reused {data}: {sum(counts)} statements for {learners} learners "
          f"({min(counts)}-{max(counts)} each); opened (and migrated if older) in "
          f"{opened * 1000:.0f} ms")
    return counts


def timed(run: Callable[[], object]) -> float:
    """Wall-clock milliseconds of one call."""
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) * 1000


def forget_timelines(store: Store) -> None:
    """Empty the kept time lines: the next class report folds every statement again."""
    with store.transaction() as db:
        db.execute("DELETE FROM timelines")


def measure(data: Path, repeat: int, profile: bool,
            ) -> tuple[dict[str, list[float]], int, str]:
    """Time the three calls, alternating, ``repeat`` times each, on one store opened as the
    store worker opens it; return the times (ms), the class's row count and, with
    ``profile``, one more class report's cProfile (top 10 by cumulative time)."""
    with Store.open(data, write=True, check=False) as store:
        manifests = [pack.manifest(keep_raw=False) for pack in list_installed(store)]
        one = find_learner(store, "Learner 01")
        rows = len(class_report(store, manifests).rows)  # warms Python's and SQLite's caches
        build_report(store, one, manifests)
        times: dict[str, list[float]] = {"class": [], "class, none kept": [], "one learner": []}
        for _ in range(repeat):
            times["class"].append(timed(lambda: class_report(store, manifests)))
            forget_timelines(store)
            times["class, none kept"].append(timed(lambda: class_report(store, manifests)))
            times["one learner"].append(timed(lambda: build_report(store, one, manifests)))
        text = io.StringIO()
        if profile:
            profiler = cProfile.Profile()
            profiler.runcall(class_report, store, manifests)
            pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(10)
    return times, rows, text.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courses", type=int, default=20)
    parser.add_argument("--learners", type=int, default=40)
    parser.add_argument("--statements", type=int, default=1000,
                        help="statements of each learner (about)")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--profile", action="store_true",
                        help="then one class_report() under cProfile")
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--data", type=Path,
                        help="keep the data folder here; reuse it when it is already there")
    args = parser.parse_args()
    print(f"C4S class report benchmark: Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.2f}")
    if args.data is not None and DataDir(args.data).database.is_file():
        made = reuse(args.data, args.learners)
        times, rows, profiled = measure(args.data, args.repeat, args.profile)
    else:
        work = make_workdir(args.workdir, "class-report")
        try:
            data, made = prepare(work, args.courses, args.learners, args.statements)
            if args.data is not None:
                shutil.move(data, args.data)
                data = args.data
            times, rows, profiled = measure(data, args.repeat, args.profile)
        finally:
            remove_tree(work)
    print(f"\nclass: {rows} rows ({args.learners} learners x {args.courses} courses); "
          f"one learner: 'Learner 01', {made[0]} statements")
    print(f"{'':18}{'p50 ms':>10}{'p95 ms':>10}   ({args.repeat} runs each, alternating)")
    for name, values in times.items():
        print(f"{name:18}{statistics.median(values):10.1f}{percentile(values, 0.95):10.1f}")
    whole, single = statistics.median(times["class"]), statistics.median(times["one learner"])
    cold = statistics.median(times["class, none kept"])
    print(f"class / one learner (p50): {whole / single:.1f}x; class / ({args.learners} x one "
          f"learner) (p50): {whole / (args.learners * single):.2f}; none kept: "
          f"{cold / (args.learners * single):.2f}; class / none kept: {whole / cold:.2f}")
    print(f"target: class report p50 < {TARGET_MS:.0f} ms ({whole:.1f} ms): "
          f"{verdict(whole < TARGET_MS)}")
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    if profiled:
        print("\none more class_report() under cProfile, top 10 by cumulative time:")
        print(profiled.rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
