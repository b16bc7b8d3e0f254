"""``c4s sync``: connecting this machine to a sync server or LRS, syncing, and its status."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import asdict
from typing import Any

from c4s_desktop.cli.context import Context, progress_printer
from c4s_desktop.core.errors import InputError
from c4s_desktop.core.sync.engine import SyncEngine
from c4s_desktop.core.sync.enroll import connect_lrs, enroll_device
from c4s_desktop.core.sync.learners import adopt_learner
from c4s_desktop.core.sync.outbox import list_rejects, retry_rejects
from c4s_desktop.core.sync.plain_http import is_plain_http_remote
from c4s_desktop.core.sync.progress import RECEIVING, ProgressCallback
from c4s_desktop.core.sync.status import sync_status


def register(groups: Any, common: argparse.ArgumentParser) -> None:
    """Add ``c4s sync ...`` to the parser."""
    sync = groups.add_parser("sync", help="send progress to the sync server and fetch it back",
                             parents=[common])
    cmds = sync.add_subparsers(dest="command", required=True)

    setup = cmds.add_parser("setup", help="connect this machine to a server", parents=[common])
    setup.add_argument("--server", required=True, metavar="URL",
                       help="the C4S server's address, or a generic LRS's xAPI endpoint")
    how = setup.add_mutually_exclusive_group(required=True)
    how.add_argument("--code", help="the one-time enrollment code from the administrator")
    how.add_argument("--user", help="user name for a generic LRS (password read from stdin)")
    setup.add_argument("--name", help="this device's name on the server (default: host name)")
    setup.add_argument("--allow-http", action="store_true",
                       help="accept an http:// server on another computer (a LAN server "
                            "without TLS): credentials and progress then cross the network "
                            "unencrypted")
    setup.set_defaults(run=_setup)

    run = cmds.add_parser("run", help="sync once now", parents=[common])
    run.add_argument("--json", action="store_true")
    run.set_defaults(run=_run)

    status = cmds.add_parser("status", help="server, last success, statements waiting",
                             parents=[common])
    status.add_argument("--json", action="store_true")
    status.set_defaults(run=_status)

    rejects = cmds.add_parser("rejects", help="statements the server refused, and why",
                              parents=[common])
    rejects.add_argument("--json", action="store_true")
    rejects.add_argument("--retry", action="store_true",
                         help="put them back in the outbox (after the server was fixed)")
    rejects.set_defaults(run=_rejects)

    adopt = cmds.add_parser("adopt", help="add a learner from another device under their id; "
                            "their progress comes back on the next sync", parents=[common])
    adopt.add_argument("learner_id", metavar="ID")
    adopt.add_argument("name", metavar="NAME")
    adopt.set_defaults(run=_adopt)


def _read_password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("password: ")
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise InputError("sync.no_password")
    return password


def _setup(args: argparse.Namespace, ctx: Context) -> int:
    # Refused before the store opens or a password is read: nothing is asked, nothing is sent.
    if is_plain_http_remote(args.server) and not args.allow_http:
        raise InputError("sync.plain_http", server=args.server.strip())
    store = ctx.store()
    if args.code:
        creds = enroll_device(store, ctx.root, args.server, args.code, args.name)
        print(f"enrolled with {creds.server} as device {creds.device_id or creds.username}")
    else:
        creds = connect_lrs(store, ctx.root, args.server, args.user, _read_password())
        print(f"connected to the LRS at {creds.endpoint} as {creds.username}")
    return 0


def _sending_printer() -> ProgressCallback | None:
    """The push's percentage on stderr when it is a terminal; the engine says nothing in a
    run's first second, so only a long push shows it (a pull has no total to show)."""
    printer = progress_printer("sending")
    if printer is None:
        return None

    def report(done: int, total: int) -> None:
        if total != RECEIVING:
            printer(done, total)

    return report


def _run(args: argparse.Namespace, ctx: Context) -> int:
    report = SyncEngine(ctx.store(), ctx.root).run_once(progress=_sending_printer())
    if args.json:
        print(json.dumps(asdict(report), indent=2))
    else:
        if report.requeued:
            print(f"the server was restored from a backup: {report.requeued} statements "
                  "were queued to be sent again")
        print(f"sent {report.sent}, pulled {report.pulled}, set aside {report.set_aside}, "
              f"{report.waiting} waiting")
    return 0


def _status(args: argparse.Namespace, ctx: Context) -> int:
    status = sync_status(ctx.settled_store(), ctx.root)  # what a cut run left is waiting too
    if args.json:
        print(json.dumps(status.as_json(), indent=2))
        return 0
    if not status.configured:
        print("not set up (run 'c4s sync setup')")
    else:
        print(f"server:       {status.server} ({status.kind})")
    print(f"last success: {status.last_success or 'never'}")
    print(f"waiting:      {status.waiting}")
    if status.set_aside:
        print(f"set aside:    {status.set_aside} (see 'c4s sync rejects')")
    if status.last_error:
        print(f"last error:   {status.last_error}")
    return 0


def _rejects(args: argparse.Namespace, ctx: Context) -> int:
    if args.retry:
        print(f"{retry_rejects(ctx.store())} statements put back in the outbox")
        return 0
    store = ctx.existing_store()
    rejects = list_rejects(store) if store is not None else []
    if args.json:
        print(json.dumps([asdict(r) for r in rejects], indent=2, ensure_ascii=False))
        return 0
    if not rejects:
        print("no statement was refused")
    for r in rejects:
        print(f"{r.at}  {r.statement_id}  {r.status}  {r.verb.rsplit('/', 1)[-1]} "
              f"{r.activity}\n    {r.reason}")
    return 0


def _adopt(args: argparse.Namespace, ctx: Context) -> int:
    learner = adopt_learner(ctx.store(), args.learner_id, args.name)
    print(f"added {learner.name} ({learner.id}); run 'c4s sync run' to bring back their progress")
    return 0
