"""``c4s-sync``: run the central server and administer it.

Every command takes ``--data-dir`` (the server's folder) and ``--db`` (a PostgreSQL URL; by
default the SQLite file in the data folder), so one data folder holds everything.
"""

from __future__ import annotations

import argparse
import getpass
import ipaddress
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from c4s_desktop import __version__
from c4s_desktop.core.errors import C4SError, InputError
from c4s_desktop.core.packs.signing import fingerprint
from sync.config import ACCESS_LOG_FILE, STANDARD_OUTPUT, Limits, ServerConfig, resolve_data_dir
from sync.messages import explain

if TYPE_CHECKING:
    from sync.db.engine import Database

ENV_DB = "C4S_SYNC_DB"
DEFAULT_PORT = 8765


def _common(*, top: bool) -> argparse.ArgumentParser:
    """``--data-dir`` and ``--db``, accepted before or after the command's name.

    Only the top-level parser sets defaults: a subcommand's default would overwrite a value
    given before the command (``c4s-sync --data-dir X enroll``).
    """
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=None if top else argparse.SUPPRESS,
                        help="the server's data folder "
                             "(default: $C4S_SYNC_DATA_DIR, else the platform's data folder)")
    common.add_argument("--db", default=os.environ.get(ENV_DB) if top else argparse.SUPPRESS,
                        help="a postgresql:// URL (default: $C4S_SYNC_DB, else SQLite in the "
                             "data folder)")
    return common


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    common = _common(top=False)
    parser = argparse.ArgumentParser(prog="c4s-sync", description="C4S central sync server",
                                     parents=[_common(top=True)])
    parser.add_argument("--version", action="version", version=f"c4s-sync {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("init", parents=[common], help="make the server's database (serve makes "
                   "it too on its first start)")
    sub.add_parser("check", parents=[common], help="check that the database is intact")

    serve = sub.add_parser("serve", parents=[common], help="run the server")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on "
                       "(default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help="0 picks a free port")
    limits = Limits()
    serve.add_argument("--max-body", type=int, default=limits.max_body,
                       help="largest request body in bytes, after gunzip (413 above)")
    serve.add_argument("--max-batch", type=int, default=limits.max_batch,
                       help="most statements in one POST")
    serve.add_argument("--rate", type=float, default=limits.rate,
                       help="requests per second per device on average (429 above)")
    serve.add_argument("--burst", type=int, default=limits.burst,
                       help="requests a device may make at once")
    logged = serve.add_mutually_exclusive_group()
    logged.add_argument("--access-log", metavar="PATH|-",
                        help="one line per request (Combined Log Format plus milliseconds) "
                             "to PATH, rotated at 10 MiB with 5 kept, or to standard output "
                             "with '-' (default: DATA_DIR/logs/access.log)")
    logged.add_argument("--no-access-log", action="store_true", help="write no access log")

    enroll = sub.add_parser("enroll", parents=[common], help="make a one-time enrollment code")
    enroll.add_argument("--name", required=True, help="the device's name, e.g. 'laptop 3'")
    sub.add_parser("devices", parents=[common], help="list enrolled devices")
    revoke = sub.add_parser("revoke", parents=[common], help="end a device's access at once")
    revoke.add_argument("device", help="the device's id (dev-...) or name")

    admin = sub.add_parser("admin", parents=[common], help="admin accounts (read/write all)")
    admin_sub = admin.add_subparsers(dest="admin_command", required=True)
    admin_add = admin_sub.add_parser("add", parents=[common],
                                     help="add an account or set its password (from stdin "
                                          "when it is not a terminal)")
    admin_add.add_argument("user")
    admin_remove = admin_sub.add_parser("remove", parents=[common], help="remove an account")
    admin_remove.add_argument("user")

    publish = sub.add_parser("publish", parents=[common],
                             help="verify a pack and add it to the catalog")
    publish.add_argument("pack", type=Path, help="a .c4spack file or a pack folder")
    publish.add_argument("--allow-new-publisher", action="store_true",
                         help="accept a new version signed with another key than the "
                              "published one")

    trust = sub.add_parser("trust", parents=[common], help="publisher keys packs must be "
                           "signed with")
    trust_sub = trust.add_subparsers(dest="trust_command", required=True)
    trust_add = trust_sub.add_parser("add", parents=[common], help="trust a .pub key file")
    trust_add.add_argument("keyfile", type=Path)
    trust_add.add_argument("--name", help="a name for the key (default: the file's name)")
    trust_sub.add_parser("list", parents=[common], help="list trusted keys")
    trust_remove = trust_sub.add_parser("remove", parents=[common], help="stop trusting a key")
    trust_remove.add_argument("key", help="the key (base64) or its fingerprint")
    _backup_parsers(sub, common)
    return parser


def _backup_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                    common: argparse.ArgumentParser) -> None:
    backup = sub.add_parser("backup", parents=[common],
                            help="copy the database and blobs/ into a new folder, readable "
                                 "by you only (SQLite; the server may keep running)")
    backup.add_argument("dest", type=Path, help="the new (or empty) folder to write")
    restore = sub.add_parser("restore", parents=[common],
                             help="put a backup in place of the database (SQLite; stop the "
                                  "server first); devices then send again what it lacks")
    restore.add_argument("backup", type=Path,
                         help="a folder made by `backup`, a stopped server's folder, or a "
                              "sync.sqlite file")
    sub.add_parser("mark-restored", parents=[common],
                   help="after restoring a database by other means (pg_restore): have "
                        "devices send again what it lacks")


def _config(args: argparse.Namespace, limits: Limits | None = None) -> ServerConfig:
    return ServerConfig(resolve_data_dir(args.data_dir), args.db, limits or Limits())


def _access_log(args: argparse.Namespace) -> str | None:
    """Where ``serve`` logs requests: a path given on the command line is taken from the
    current folder, the default (``logs/access.log``) from the data folder."""
    if args.no_access_log:
        return None
    if args.access_log is None:
        return ACCESS_LOG_FILE
    if args.access_log == STANDARD_OUTPUT:
        return STANDARD_OUTPUT
    return str(Path(args.access_log).expanduser().absolute())


def _read_password(user: str) -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"Password for {user}: ")
    if getpass.getpass("Again: ") != first:
        raise InputError("server.passwords_differ")
    return first


def _when(moment: float | None) -> str:
    if moment is None:
        return "-"
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _run(args: argparse.Namespace) -> int:
    from sync.serve import open_database, serve

    if args.command == "serve":
        limits = Limits(max_body=args.max_body, max_batch=args.max_batch, rate=args.rate,
                        burst=args.burst)
        config = replace(_config(args, limits), access_log=_access_log(args))
        _warn_if_exposed(args.host)

        def ready(url: str) -> None:
            # The address first and alone on its line: scripts and tests read it.
            print(f"c4s-sync listening on {url}", flush=True)
            where = ("off" if config.access_log is None else "standard output"
                     if config.access_log == STANDARD_OUTPUT else config.access_log_path)
            print(f"Access log: {where}", file=sys.stderr, flush=True)

        serve(config, args.host, args.port, on_ready=ready)
        return 0
    config = _config(args)
    if args.command in ("backup", "restore"):
        return _backup_command(args, config)
    db = open_database(config, create=args.command == "init")
    # First, so that what scripts read last (enroll's code alone on the last line) stays.
    print(f"Database: {db.where}" + (f" (data folder {config.data_dir})"
                                     if config.db_url else ""))
    try:
        return _admin_command(args, config, db)
    except Exception as exc:
        from sync.db.failures import storage_error

        error = storage_error(exc, db.where)
        if error is None:
            raise
        raise error from exc
    finally:
        db.dispose()


def _warn_if_exposed(host: str) -> None:
    """Warn that a bind beyond this machine carries credentials in clear over the network."""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        print(f"Warning: {host} lets other machines connect over plain HTTP, which shows device "
              "secrets and admin passwords to the network; put a reverse proxy that terminates "
              "TLS in front (docs/server.md, \"TLS: a reverse proxy\").", file=sys.stderr,
              flush=True)


def _admin_command(args: argparse.Namespace, config: ServerConfig, db: object) -> int:
    from sync.auth import accounts
    from sync.catalog import packs, trust
    from sync.db.engine import Database
    from sync.db.instance import renew_instance

    assert isinstance(db, Database)
    if args.command == "init":
        print(f"The database {db.where} is ready.")
    elif args.command == "check":
        print(f"The database {db.where} is intact.")
    elif args.command == "enroll":
        _warn_same_name(db, args.name)
        code, expires = accounts.create_code(db, args.name)
        print(f"One-time enrollment code for {args.name!r}, valid until {_when(expires)}:")
        print(code)
    elif args.command == "devices":
        for d in accounts.list_devices(db):
            state = f"revoked {_when(d.revoked_at)}" if d.revoked_at else "active"
            seen = (f"last seen {_when(d.last_seen_at)} from {d.last_address or '?'}"
                    if d.last_seen_at is not None else "never seen")
            print(f"{d.device_id}  {d.name!r}  enrolled {_when(d.created_at)}  "
                  f"{d.learners} learner(s)  {seen}  {state}")
    elif args.command == "revoke":
        device_id = accounts.revoke_device(db, args.device)
        print(f"Revoked {device_id}: its next request is refused.")
    elif args.command == "admin" and args.admin_command == "add":
        accounts.add_admin(db, args.user, _read_password(args.user))
        print(f"Admin account {args.user} is ready.")
    elif args.command == "admin":
        accounts.remove_admin(db, args.user)
        print(f"Removed admin account {args.user}.")
    elif args.command == "publish":
        started = time.monotonic()
        done = packs.publish(config, db, args.pack,
                             allow_new_publisher=args.allow_new_publisher)
        if done.already:
            print(f"{done.pack_id} version {done.version} is already published.")
        else:
            print(f"Published {done.pack_id} version {done.version}: {done.files} files, "
                  f"{done.copied} new, in {time.monotonic() - started:.1f} s.")
    elif args.command == "mark-restored":
        with db.write() as conn:
            instance = renew_instance(conn)
        print(f"Database instance is now {instance.instance_id}: devices will send again "
              f"what it lacks, and pull again from {instance.restored_through or 'the start'}.")
    elif args.trust_command == "add":
        key = trust.add_key_file(db, args.keyfile, args.name)
        print(f"Trusted {fingerprint(key)}")
    elif args.trust_command == "list":
        for key, name in trust.trusted_keys(db).items():
            print(f"{fingerprint(key)}  {name}  {key}")
    else:
        key = trust.remove_key(db, args.key)
        print(f"No longer trusted: {fingerprint(key)}")
    return 0


def _backup_command(args: argparse.Namespace, config: ServerConfig) -> int:
    from sync.db.backup import backup, restore

    if args.command == "backup":
        done = backup(config, args.dest)
        print(f"Backed up {done.statements} statements and {done.blobs} blob file(s) to "
              f"{done.database.parent} (readable by you only).")
        return 0
    done = restore(config, args.backup)
    if done.replaced is not None:
        print(f"The database it replaced is kept as {done.replaced}.")
    print(f"Restored {done.statements} statements (the newest stored "
          f"{done.instance.restored_through or '-'}) and {done.blobs} new blob file(s) into "
          f"{done.database}. Devices will send again what the backup lacks on their next "
          "sync; devices enrolled after the backup must be enrolled again.")
    return 0


def _warn_same_name(db: Database, name: str) -> None:
    """Warn that ``name`` is already an active device's: ``revoke NAME`` will then need an
    id, and the operator may have meant to revoke the laptop this one replaces."""
    from sync.auth import accounts

    for device in accounts.list_devices(db):
        if device.name == name and device.revoked_at is None:
            print(f"Warning: {device.device_id}, enrolled {_when(device.created_at)}, is "
                  f"already called {name!r}; revoke it by its id if this one replaces it.",
                  file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``c4s-sync``; return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except C4SError as exc:
        print(f"error: {explain(exc)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
