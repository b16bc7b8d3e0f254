"""How much writing a case study and watching videos add to the database, with drafts
against a statement per save (audit M1: a class computer's database grew 2.4 KB a statement,
42 % of it case-study saves, much of the rest 10-second video spans).

**Case study.**

A learner writes ``--answers`` answers of ``--chars`` characters at ``--cpm`` characters a
minute; the case study view saves every ``SAVE_AT_LEAST_MS`` while they type (the deadline:
steady typing never pauses long enough for the 1-second save). Both sides run through the
store's real functions into a data folder of their own with the demo course installed:

* **per save** (the app before drafts): each save records a ``responded`` statement of the
  answer so far (``record_item_events``);
* **drafts** (the app now, ``case_drafts.save_answers``): a prompt's first answer is recorded,
  each later save replaces the prompt's draft, a draft is recorded every ``RECORD_EVERY_S``
  of writing and when the learner leaves.

**Video.** A learner plays ``--video-minutes`` of video without pausing, the position saved
every ``SAVE_EVERY_S``:

* **per save** (the app before drafts): a span statement every 10 s of playing;
* **drafts** (the app now): the span so far kept as a draft with each position save, a span
  statement every ``RECORD_EVERY_S`` (60 s).

Prints the statements recorded and the bytes the database file grew by (after a checkpoint),
each side, and their ratio. No target is set in an issue; the audit asked for the growth to
come down.

Run: ``PYTHONPATH=. python bench/progress_growth.py [--answers 3] [--chars 1500] [--cpm 150]
[--video-minutes 60]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from benchkit import make_workdir, remove_tree

from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import get_installed
from c4s_desktop.core.packs.trust import seed_default_trust
from c4s_desktop.core.progress import drafts as kept
from c4s_desktop.core.progress.case_drafts import RECORD_EVERY_S, save_answers
from c4s_desktop.core.progress.case_study import answer_statement
from c4s_desktop.core.progress.item_events import ItemRef, record_item_events
from c4s_desktop.core.progress.resume import save_position
from c4s_desktop.core.progress.video_events import watched_statement
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.case_study_view import SAVE_AT_LEAST_MS
from c4s_desktop.ui.first_launch import bundled_demo_dir
from c4s_desktop.ui.player import video_view

PACK = "eu.cluster4smart.essentials"
CASE = "m4-case"
VIDEO = "m1-l1-video"
OLD_SPAN_S = 10.0
"""How long a span grew before it was recorded, before drafts."""
WORDS = ("cluster", "members", "services", "export", "training", "digital", "partners",
         "funding", "strategy", "innovation")


def _answer(chars: int, seed: int) -> str:
    words: list[str] = []
    while sum(len(word) + 1 for word in words) < chars:
        words.append(WORDS[(len(words) * 7 + seed) % len(WORDS)])
    return " ".join(words)[:chars]


def _size(store: Store) -> int:
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = store.conn.execute("PRAGMA page_size").fetchone()[0]
    used = store.conn.execute("PRAGMA page_count").fetchone()[0]
    free = store.conn.execute("PRAGMA freelist_count").fetchone()[0]
    return int((used - free) * page_size)


def _watch(store: Store, learner: str, args: argparse.Namespace, drafts: bool) -> None:
    """Play ``--video-minutes`` of video, recording as the app did (``drafts`` False) or does."""
    manifest = get_installed(store, PACK).manifest()
    lesson = next(lesson for _m, lesson, item in manifest.iter_items() if item.id == VIDEO)
    save_s, record_s = video_view.SAVE_EVERY_S, (video_view.RECORD_EVERY_S if drafts
                                                 else OLD_SPAN_S)
    start, now, length = 0.0, 0.0, 3600.0

    def span(end: float) -> dict[str, object]:
        return watched_statement(learner, PACK, VIDEO, start, end, length, "en",
                                 lesson_id=lesson.id, file_sha256="0" * 64)

    while now < args.video_minutes * 60:
        now += save_s
        if now - start >= record_s:
            kept.record_in_place(store, learner, manifest, [span(now)], "en")
            start = now
        with store.transaction() as db:
            save_position(store, learner, PACK, VIDEO, now)
            if drafts and now > start:
                kept.keep(db, learner, PACK, VIDEO, span(now))


def _run(root: Path, args: argparse.Namespace, drafts: bool) -> tuple[int, int, int, int]:
    """(statements recorded, bytes grown) for the answers written one way, then the same for
    the video watched."""
    with Store.open(root) as store:
        seed_default_trust(store)
        install_pack(store, bundled_demo_dir() / f"{PACK}.c4spack")
        learner = create_learner(store, "Ana").id
        manifest = get_installed(store, PACK).manifest()
        ref = next(ItemRef(manifest, lesson, item) for _m, lesson, item in manifest.iter_items()
                   if item.id == CASE)
        before_size = _size(store)
        before = store.conn.execute("SELECT count(*) FROM statements").fetchone()[0]
        step_s = SAVE_AT_LEAST_MS / 1000
        per_save = max(1, round(args.cpm * step_s / 60))
        for index in range(args.answers):
            text = _answer(args.chars, index)
            since_recorded, recorded = 0.0, False
            for end in range(per_save, len(text) + per_save, per_save):
                statement = answer_statement(learner, ref, index, text[:end], "en")
                since_recorded += step_s
                if not drafts:
                    record_item_events(store, learner, manifest, [statement], "en")
                elif not recorded or since_recorded >= RECORD_EVERY_S:
                    save_answers(store, learner, manifest, CASE, [statement], [])
                    recorded, since_recorded = True, 0.0
                else:
                    save_answers(store, learner, manifest, CASE, [], [statement])
            if drafts:  # the learner moves on to the next prompt's box, then leaves
                save_answers(store, learner, manifest, CASE, [], [], finish=True)
        count = store.conn.execute("SELECT count(*) FROM statements").fetchone()[0] - before
        case = int(count), _size(store) - before_size
        before = store.conn.execute("SELECT count(*) FROM statements").fetchone()[0]
        _watch(store, learner, args, drafts)
        count = store.conn.execute("SELECT count(*) FROM statements").fetchone()[0] - before
        return (*case, int(count), _size(store) - before_size - case[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--answers", type=int, default=3)
    parser.add_argument("--chars", type=int, default=1500)
    parser.add_argument("--cpm", type=int, default=150, help="characters typed a minute")
    parser.add_argument("--video-minutes", type=float, default=60.0)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args(argv)
    work = make_workdir(args.work, "progress-growth")
    try:
        old_count, old_bytes, old_video, old_video_bytes = _run(work / "per-save", args, False)
        new_count, new_bytes, new_video, new_video_bytes = _run(work / "drafts", args, True)
    finally:
        remove_tree(work)
    minutes = args.answers * args.chars / args.cpm
    print(f"{args.answers} answers of {args.chars} characters at {args.cpm}/min "
          f"({minutes:.0f} min of writing), a save every {SAVE_AT_LEAST_MS / 1000:.0f} s")
    print(f"per save: {old_count} statements, {old_bytes / 1024:.0f} KiB")
    print(f"drafts:   {new_count} statements, {new_bytes / 1024:.0f} KiB")
    print(f"ratio (drafts / per save): statements {new_count / old_count:.3f}, "
          f"bytes {new_bytes / old_bytes:.3f}")
    print(f"{args.video_minutes:.0f} min of video played without a pause")
    print(f"per save: {old_video} statements, {old_video_bytes / 1024:.0f} KiB")
    print(f"drafts:   {new_video} statements, {new_video_bytes / 1024:.0f} KiB")
    print(f"ratio (drafts / per save): statements {new_video / old_video:.3f}, "
          f"bytes {new_video_bytes / old_video_bytes:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
