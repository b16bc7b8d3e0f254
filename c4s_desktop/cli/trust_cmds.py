"""``c4s trust``: the machine's list of trusted publisher keys."""

from __future__ import annotations

import argparse
from typing import Any

from c4s_desktop.cli.context import Context, path_arg
from c4s_desktop.core.packs.signing import read_public_key_file
from c4s_desktop.core.packs.trust import add_trusted, list_trusted, remove_trusted


def register(groups: Any, common: argparse.ArgumentParser) -> None:
    """Add ``c4s trust ...`` to the parser."""
    trust = groups.add_parser("trust", help="publisher keys this machine trusts",
                              parents=[common])
    cmds = trust.add_subparsers(dest="command", required=True)
    add = cmds.add_parser("add", help="trust a publisher's public key", parents=[common])
    add.add_argument("pubfile", type=path_arg)
    add.add_argument("--name", help="a name to remember the publisher by")
    add.set_defaults(run=_add)
    lst = cmds.add_parser("list", help="show the trusted keys", parents=[common])
    lst.set_defaults(run=_list)
    remove = cmds.add_parser("remove", help="stop trusting a key", parents=[common])
    remove.add_argument("key", help="the key in base64, or its fingerprint (at least 8 digits)")
    remove.set_defaults(run=_remove)


def _add(args: argparse.Namespace, ctx: Context) -> int:
    key = read_public_key_file(args.pubfile)
    name = args.name or args.pubfile.stem
    entry = add_trusted(ctx.store(), key, name)
    print(f"trusted {entry.name}: {entry.fingerprint}")
    return 0


def _list(args: argparse.Namespace, ctx: Context) -> int:
    entries = list_trusted(ctx.store())
    if not entries:
        print("no trusted keys")
    for entry in entries:
        # Named as the library names its packs' publisher; the label it was added under after.
        label = f"  (trusted as {entry.name!r})" if entry.name != entry.display_name else ""
        print(f"{entry.fingerprint}  {entry.key}  {entry.display_name}{label}")
    return 0


def _remove(args: argparse.Namespace, ctx: Context) -> int:
    entry = remove_trusted(ctx.store(), args.key)
    print(f"no longer trusted: {entry.display_name} ({entry.fingerprint})")
    return 0
