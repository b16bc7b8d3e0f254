"""``c4s library``: installing, listing, removing and checking packs on this machine."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from c4s_desktop.cli.context import Context, human_size, path_arg, progress_printer
from c4s_desktop.cli.refusal import report_refusal
from c4s_desktop.core.errors import C4SError
from c4s_desktop.core.packs.install import plan_install
from c4s_desktop.core.packs.library import list_installed, remove_pack, verify_store
from c4s_desktop.core.packs.manifest import pick_text
from c4s_desktop.core.packs.preview import UpdatePreview
from c4s_desktop.core.packs.repair import repair_store
from c4s_desktop.core.packs.source import open_pack
from c4s_desktop.core.progress.removed_items import learners_with_work_in
from c4s_desktop.core.store.database import Store


def register(groups: Any, common: argparse.ArgumentParser) -> None:
    """Add ``c4s library ...`` to the parser."""
    lib = groups.add_parser("library", help="packs installed on this machine", parents=[common])
    cmds = lib.add_subparsers(dest="command", required=True)

    install = cmds.add_parser("install", help="install or update packs", parents=[common])
    install.add_argument("packs", type=path_arg, nargs="+", metavar="PACK")
    install.add_argument("--allow-untrusted", action="store_true",
                         help="install an unsigned or untrusted pack (admins only)")
    install.add_argument("--force", action="store_true",
                         help="reinstall an equal or older version and repair its files")
    install.set_defaults(run=_install)

    lst = cmds.add_parser("list", help="show installed packs", parents=[common])
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=_list)

    remove = cmds.add_parser("remove", help="remove a pack (progress is kept)",
                             parents=[common])
    remove.add_argument("pack_id", metavar="ID")
    remove.set_defaults(run=_remove)

    verify = cmds.add_parser("verify", help="re-hash the store", parents=[common])
    verify.add_argument("--repair", type=path_arg, action="append", default=[], metavar="PACK",
                        help="replace missing or corrupt files from this pack")
    verify.set_defaults(run=_verify)


def _install(args: argparse.Namespace, ctx: Context) -> int:
    """Install each pack on its own: one that fails does not stop the others.

    Each pack gets a line: what was installed on stdout, ``error:`` on stderr (naming the
    pack file when several were given, then a last line counting the failures). The exit
    code is that of the first pack that failed (so one pack keeps its own code), else 0.
    """
    store = ctx.store()
    several = len(args.packs) > 1
    failed: list[tuple[str, C4SError]] = []
    for path in args.packs:
        try:
            _install_one(store, path, args)
        except C4SError as exc:
            report_refusal(exc, str(path) if several else "")
            failed.append((str(path), exc))
    if not failed:
        return 0
    if several:
        print(f"error: {len(failed)} of {len(args.packs)} packs not installed: "
              f"{', '.join(name for name, _ in failed)}", file=sys.stderr)
    return failed[0][1].exit_code


def _install_one(store: Store, path: Path, args: argparse.Namespace) -> None:
    with open_pack(path) as source:
        plan = plan_install(store, source, allow_untrusted=args.allow_untrusted,
                            force=args.force)
        if plan.preview.is_update:
            _print_preview(plan.preview, learners_with_work_in(store, plan.preview.pack_id,
                                                               plan.preview.removed))
        result = plan.run(progress_printer(f"installing {plan.checked.manifest.id}"))
    verb = "updated" if result.previous_version is not None else "installed"
    print(f"{verb} {result.pack_id} version {result.version}: copied "
          f"{human_size(result.bytes_copied)} in {result.blobs_copied} files, "
          f"{result.blobs_reused} already held"
          + (f", repaired {len(result.repaired)}" if result.repaired else ""))


def _print_preview(preview: UpdatePreview, learners_losing_work: int) -> None:
    backwards = preview.old_version is not None and preview.new_version < preview.old_version
    print(f"{'downgrade' if backwards else 'update'} {preview.pack_id}: "
          f"version {preview.old_version} -> {preview.new_version}")
    for label, ids in (("added", preview.added), ("removed", preview.removed),
                       ("changed", preview.changed), ("moved", preview.moved)):
        print(f"  {label:<8} {len(ids):>3} items" + (f": {', '.join(ids)}" if ids else ""))
    print(f"  to copy  {human_size(preview.bytes_to_copy)}")
    if learners_losing_work:
        print(f"  {learners_losing_work} learner(s) worked on removed items: kept in their "
              "history, no longer counted towards the course")


def _list(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.existing_store()
    packs = list_installed(store) if store is not None else []
    if args.json:
        print(json.dumps([
            {"id": p.id, "version": p.version, "title": p.title, "languages": p.languages,
             "size": p.size, "installed_at": p.installed_at, "updated_at": p.updated_at,
             "publisher": p.publisher_name, "trusted": p.trusted}
            for p in packs
        ], ensure_ascii=False, indent=2))
        return 0
    if not packs:
        print("no packs installed")
    for p in packs:
        title = pick_text(p.title, p.languages[0], p.languages[0])
        print(f"{p.id:<32} v{p.version:<4} {human_size(p.size):>9}  {','.join(p.languages):<12}"
              f" {p.installed_at[:10]}  {title}")
    return 0


def _remove(args: argparse.Namespace, ctx: Context) -> int:
    freed = remove_pack(ctx.store(), args.pack_id)
    print(f"removed {args.pack_id}; freed {human_size(freed)}; learner progress kept")
    return 0


def _verify(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.store()
    report = verify_store(store, progress_printer("checking"))
    print(f"checked {report.checked} files, {human_size(report.bytes_checked)}")
    for label, bad in (("missing", report.missing), ("corrupt", report.corrupt)):
        for sha in sorted(bad):
            print(f"{label}: {sha} used by {', '.join(report.users[sha])}")
    if report.ok:
        print("the store is whole")
        return 0
    if args.repair:
        repaired = repair_store(store, report, args.repair)
        left = len(report.missing) + len(report.corrupt) - len(repaired)
        print(f"repaired {len(repaired)} files; {left} still bad")
        return 0 if left == 0 else 1
    print("some files are damaged; run again with --repair PACK to restore them from a pack")
    return 1
