"""``c4s learners``: the learners of this computer, and which of them are trainers."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from typing import Any

from c4s_desktop.cli.columns import table
from c4s_desktop.cli.context import Context
from c4s_desktop.core.errors import InputError, NotFoundError
from c4s_desktop.core.learners import find_learner, list_learners, rename_learner, set_pin
from c4s_desktop.core.learners.trainers import set_trainer
from c4s_desktop.core.store.database import Store


def register(groups: Any, common: argparse.ArgumentParser) -> None:
    """Add ``c4s learners ...`` to the parser."""
    learners = groups.add_parser("learners", help="the learners of this computer",
                                 parents=[common])
    cmds = learners.add_subparsers(dest="command", required=True)
    lst = cmds.add_parser("list", help="every learner: PIN, trainer, last seen",
                          parents=[common])
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=_list)
    _with_remove(cmds, common, "trainer", _trainer,
                 "make a learner a trainer, who sees every learner's progress (needs a PIN: "
                 "asked for when the learner has none, from standard input when it is not a "
                 "terminal)",
                 "take the role away (the learner keeps their PIN)")
    rename = cmds.add_parser("rename", parents=[common],
                             help="give a learner another name (their PIN and progress stay)")
    rename.add_argument("name", metavar="NAME", help="the learner's name or id")
    rename.add_argument("new_name", metavar="NEW_NAME")
    rename.set_defaults(run=_rename)
    _with_remove(cmds, common, "pin", _pin,
                 "give a learner who forgot their PIN a new one (asked for, from standard input "
                 "when it is not a terminal); their progress stays",
                 "take the PIN away instead (a trainer always keeps one)")


def _with_remove(cmds: Any, common: argparse.ArgumentParser, name: str,
                 run: Callable[[argparse.Namespace, Context], int], text: str,
                 remove_text: str) -> None:
    """A command that gives a learner something, or takes it away with ``--remove``."""
    command = cmds.add_parser(name, parents=[common], help=text)
    command.add_argument("name", metavar="NAME", help="the learner's name or id")
    command.add_argument("--remove", action="store_true", help=remove_text)
    command.set_defaults(run=run)


def _list(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.existing_store()
    learners = list_learners(store) if store is not None else []
    if args.json:
        print(json.dumps([
            {"id": x.id, "name": x.name, "pin": x.has_pin, "trainer": x.trainer,
             "created_at": x.created_at, "last_seen_at": x.last_seen_at}
            for x in learners
        ], ensure_ascii=False, indent=2))
        return 0
    if not learners:
        print("no learners on this computer")
        return 0
    rows = [("name", "pin", "trainer", "last seen (UTC)")]
    for x in learners:
        seen = x.last_seen_at[:16].replace("T", " ") if x.last_seen_at else "never"
        rows.append((x.name, _yes(x.has_pin), _yes(x.trainer), seen))
    print("\n".join(table(rows)))
    return 0


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _learners_store(ctx: Context, name: str) -> Store:
    """The store to change a learner in; a data folder never used has no learner to change,
    and is not made for nothing."""
    if ctx.existing_store() is None:
        raise NotFoundError("learner.not_found", learner=name)
    return ctx.store()


def _trainer(args: argparse.Namespace, ctx: Context) -> int:
    store = _learners_store(ctx, args.name)
    learner = find_learner(store, args.name)
    if args.remove:
        if not learner.trainer:
            print(f"{learner.name} is not a trainer")
            return 0
        set_trainer(store, learner.id, False)
        print(f"{learner.name} is no longer a trainer (their PIN is kept)")
        return 0
    pin = None if learner.has_pin else _read_pin(learner.name)
    set_trainer(store, learner.id, True, pin)
    print(f"{learner.name} is now a trainer: they see every learner's progress")
    return 0


def _rename(args: argparse.Namespace, ctx: Context) -> int:
    store = _learners_store(ctx, args.name)
    learner = find_learner(store, args.name)
    renamed = rename_learner(store, learner.id, args.new_name)
    print(f"{learner.name} is now called {renamed.name}")
    return 0


def _pin(args: argparse.Namespace, ctx: Context) -> int:
    store = _learners_store(ctx, args.name)
    learner = find_learner(store, args.name)
    if args.remove:
        set_pin(store, learner.id, None)
        print(f"{learner.name} has no PIN now: anyone on this computer can open their progress")
        return 0
    pin = _read_pin(learner.name)
    if pin is None:
        raise InputError("learner.bad_pin")
    set_pin(store, learner.id, pin)
    print(f"{learner.name} has a new PIN")
    return 0


def _read_pin(name: str) -> str | None:
    """A new PIN for ``name``: typed twice on a terminal (a typo would lock the profile with
    a PIN nobody knows), else one line of standard input. None when nothing was given."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n") or None
    pin = getpass.getpass(f"new PIN for {name} (4 to 8 digits): ")
    if pin and getpass.getpass("the same PIN again: ") != pin:
        raise InputError("learner.pin_mismatch")
    return pin or None
