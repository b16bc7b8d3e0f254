"""``c4s store``: backups and recovery of the local database."""

from __future__ import annotations

import argparse
from typing import Any

from c4s_desktop.cli.context import Context, path_arg
from c4s_desktop.core.store.backups import list_backups, restore_in


def register(groups: Any, common: argparse.ArgumentParser) -> None:
    """Add ``c4s store ...`` to the parser."""
    store = groups.add_parser("store", help="the local database: backups and recovery",
                              parents=[common])
    cmds = store.add_subparsers(dest="command", required=True)
    backup = cmds.add_parser("backup", help="write a backup of the database now",
                             parents=[common])
    backup.set_defaults(run=_backup)
    lst = cmds.add_parser("backups", help="list the backups, newest first", parents=[common])
    lst.set_defaults(run=_list)
    restore = cmds.add_parser("restore", help="replace a damaged database by a backup",
                              parents=[common])
    restore.add_argument("--backup", type=path_arg, help="the backup to use (default: newest)")
    restore.set_defaults(run=_restore)


def _backup(args: argparse.Namespace, ctx: Context) -> int:
    print(f"backup written: {ctx.store().backup('manual')}")
    return 0


def _list(args: argparse.Namespace, ctx: Context) -> int:
    backups = list_backups(ctx.data_dir.backups)
    if not backups:
        print("no backups")
    for path in backups:
        print(path)
    return 0


def _restore(args: argparse.Namespace, ctx: Context) -> int:
    data_dir = ctx.data_dir
    done = restore_in(data_dir, args.backup)
    kept = f"; the database it replaced was kept in {data_dir.backups}" if done.replaced else ""
    print(f"restored {done.backup}{kept}")
    return 0
