"""``c4s progress save`` and ``c4s progress load``: progress carried on a USB stick."""

from __future__ import annotations

import argparse
import platform
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from c4s_desktop.cli.context import Context, progress_printer
from c4s_desktop.core.errors import NotFoundError
from c4s_desktop.core.exchange.bundle_file import SUFFIX, default_name, read_bundle, write_bundle
from c4s_desktop.core.exchange.content import collect
from c4s_desktop.core.exchange.merge import merge
from c4s_desktop.core.learners import find_learner
from c4s_desktop.core.progress.last_run import draft_count
from c4s_desktop.core.sync.credentials import load_credentials


def add_commands(cmds: Any, common: argparse.ArgumentParser) -> None:
    """Add ``save`` and ``load`` to the ``c4s progress`` group."""
    save = cmds.add_parser(
        "save", parents=[common],
        help=f"save learners' progress to a {SUFFIX} file (for a computer with no network)")
    save.add_argument("--to", required=True, type=Path,
                      help="the file, or a folder (a USB stick) to save it in")
    save.add_argument("--learner", action="append",
                      help="a learner's name or id (repeat it; default: every learner)")
    save.set_defaults(run=_save)
    load = cmds.add_parser("load", parents=[common],
                           help=f"merge the progress in a {SUFFIX} file into this computer's")
    load.add_argument("file", type=Path)
    load.set_defaults(run=_load)


def _save(args: argparse.Namespace, ctx: Context) -> int:
    # Settled first: the file is for a computer rarely synced, and must hold what a cut run
    # left (a learner's last answer or video span) rather than wait for the app's next start.
    store = ctx.settled_store()
    if store is None:
        raise NotFoundError("exchange.nothing")
    ids = None if not args.learner else [find_learner(store, x).id for x in args.learner]
    creds = load_credentials(ctx.root)
    device = platform.node() or "computer"
    chosen = collect(store, ids, server=creds.endpoint if creds else "", device=device)
    target: Path = args.to
    if target.is_dir():
        target = target / default_name(device, datetime.now())
    saved = write_bundle(chosen, target, progress=progress_printer("saving"))
    print(f"saved the progress of {len(chosen.learners)} learner(s), "
          f"{saved} statement(s), to {target}")
    if ctx.app_holds_folder and (open_now := draft_count(store)):
        print(f"warning: {open_now} answer(s) or video span(s) still open in the app running on "
              "this data folder are not in this file; the app records them when the learner "
              "moves on", file=sys.stderr)
    return 0


def _load(args: argparse.Namespace, ctx: Context) -> int:
    bundle = read_bundle(args.file)
    creds = load_credentials(ctx.root)
    report = merge(ctx.store(), bundle, creds.endpoint if creds else "")
    print(f"loaded {args.file}: {report.learners_added} learner(s) new here, "
          f"{report.learners_known} already here; {report.statements_new} new statement(s), "
          f"{report.statements_known} already here")
    for given, here in report.renamed:
        print(f"'{given}' is called '{here}' here: another learner has that name")
    return 0
