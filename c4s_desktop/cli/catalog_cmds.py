"""``c4s catalog``: packs offered by the sync server, downloaded and installed here."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from c4s_desktop.cli.context import Context, human_size
from c4s_desktop.core.packs.manifest import pick_text
from c4s_desktop.core.sync.catalog import Catalog, download_rate_limit, set_download_rate_limit
from c4s_desktop.core.sync.credentials import require_credentials
from c4s_desktop.core.sync.pack_download import download_pack
from c4s_desktop.core.sync.transport import Transport

_UNITS = {"": 1, "k": 1000, "m": 1000_000, "g": 1000_000_000}


def rate_arg(text: str) -> int:
    """``500k``, ``2M``, ``1500`` (bytes per second); ``0`` or ``off`` for no cap."""
    if text.lower() in ("off", "none", "0"):
        return 0
    found = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([kKmMgG]?)(?:B/s|B)?", text.strip())
    if not found:
        raise argparse.ArgumentTypeError(f"not a rate: {text!r} (try 500k or 2M)")
    return int(float(found.group(1)) * _UNITS[found.group(2).lower()])


def register(groups: Any, common: argparse.ArgumentParser) -> None:
    """Add ``c4s catalog ...`` to the parser."""
    catalog = groups.add_parser("catalog", help="packs offered by the sync server",
                                parents=[common])
    cmds = catalog.add_subparsers(dest="command", required=True)
    lst = cmds.add_parser("list", help="show the packs the server offers", parents=[common])
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=_list)
    get = cmds.add_parser("get", help="download and install a pack (resumes a broken one)",
                          parents=[common])
    get.add_argument("pack_id", metavar="ID")
    get.add_argument("--limit-rate", type=rate_arg, metavar="RATE",
                     help="bandwidth cap for this download, e.g. 500k (default: the setting)")
    get.set_defaults(run=_get)
    limit = cmds.add_parser("limit", help="show or set the download bandwidth cap",
                            parents=[common])
    limit.add_argument("rate", type=rate_arg, nargs="?", metavar="RATE",
                       help="bytes per second, e.g. 500k or 2M; 'off' for no cap")
    limit.set_defaults(run=_limit)


def _transport(ctx: Context) -> Transport:
    return Transport(require_credentials(ctx.root))


def _list(args: argparse.Namespace, ctx: Context) -> int:
    transport = _transport(ctx)
    try:
        packs = Catalog(transport).fetch(ctx.existing_store())
    finally:
        transport.close()
    if args.json:
        print(json.dumps([asdict(p) for p in packs], indent=2, ensure_ascii=False))
        return 0
    if not packs:
        print("the server offers no packs")
    for p in packs:
        lang = p.languages[0] if p.languages else "en"
        here = ("not installed" if p.installed_version is None
                else f"v{p.installed_version} installed")
        print(f"{p.id:<32} v{p.version:<4} {human_size(p.size):>9}  {here:<16} "
              f"{pick_text(p.title, lang, lang)}")
    return 0


def _get(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.store()
    rate = args.limit_rate if args.limit_rate is not None else download_rate_limit(store)
    transport = _transport(ctx)
    try:
        result = download_pack(store, transport, args.pack_id, progress=_printer(),
                               rate_limit=rate or None)
    finally:
        transport.close()
    verb = "updated" if result.previous_version is not None else "installed"
    print(f"{verb} {result.pack_id} version {result.version}: {result.blobs_copied} files "
          f"downloaded, {result.blobs_reused} already held")
    return 0


def _limit(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.store()
    if args.rate is not None:
        set_download_rate_limit(store, args.rate)
    rate = download_rate_limit(store)
    print(f"download cap: {human_size(rate) + '/s' if rate else 'none'}")
    return 0


def _printer() -> Callable[[str, int, int], None] | None:
    if not sys.stderr.isatty():
        return None
    last = [""]

    def report(phase: str, done: int, total: int) -> None:
        pct = 100 if total == 0 else done * 100 // total
        text = f"\r{phase}: {pct:3d}% of {human_size(total)}"
        if text != last[0]:
            last[0] = text
            print(text, end="\n" if pct >= 100 else "", file=sys.stderr, flush=True)

    return report
