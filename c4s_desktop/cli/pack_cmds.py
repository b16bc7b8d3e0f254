"""``c4s pack``: keys, building, verifying and inspecting packs."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from c4s_desktop.cli.context import Context, human_size, path_arg, progress_printer
from c4s_desktop.core.errors import TrustError
from c4s_desktop.core.packs.build import build_pack
from c4s_desktop.core.packs.manifest import Manifest, parse_manifest, pick_text
from c4s_desktop.core.packs.signing import (
    fingerprint,
    generate_key_files,
    load_private_key,
    read_public_key_file,
    readable_by_others,
    signature_valid,
)
from c4s_desktop.core.packs.source import open_pack
from c4s_desktop.core.packs.trust import trusted_keys
from c4s_desktop.core.packs.verify import check_pack, hash_all


def register(groups: Any, common: argparse.ArgumentParser) -> None:
    """Add ``c4s pack ...`` to the parser."""
    pack = groups.add_parser("pack", help="make, check and look into packs", parents=[common])
    cmds = pack.add_subparsers(dest="command", required=True)

    keygen = cmds.add_parser("keygen", help="make a publisher key pair", parents=[common])
    keygen.add_argument("keyfile", type=path_arg)
    keygen.set_defaults(run=_keygen)

    build = cmds.add_parser("build", help="build and sign a pack from a source folder",
                            parents=[common])
    build.add_argument("src", type=path_arg)
    build.add_argument("-o", "--output", type=path_arg, required=True)
    build.add_argument("--key", type=path_arg, help="private key file to sign with")
    build.add_argument("--folder", action="store_true", help="write a pack folder, not a file")
    build.set_defaults(run=_build)

    verify = cmds.add_parser("verify", help="check a pack completely", parents=[common])
    verify.add_argument("pack", type=path_arg)
    verify.add_argument("--trust", type=path_arg, action="append", default=[],
                        metavar="PUBFILE", help="also trust this public key for the check")
    verify.set_defaults(run=_verify)

    inspect = cmds.add_parser("inspect", help="show what a pack holds", parents=[common])
    inspect.add_argument("pack", type=path_arg)
    inspect.add_argument("--json", action="store_true")
    inspect.set_defaults(run=_inspect)


def _keygen(args: argparse.Namespace, ctx: Context) -> int:
    public = generate_key_files(args.keyfile)
    print(f"private key: {args.keyfile} (keep it secret)")
    _warn_if_shared(args.keyfile)
    print(f"public key:  {args.keyfile}.pub")
    print(f"fingerprint: {fingerprint(public)}")
    return 0


def _warn_if_shared(keyfile: Path) -> None:
    # A warning, not a refusal (as ssh does): an admin may carry the key on a FAT stick,
    # which cannot make a file private; they should know anyone with the stick can sign.
    if readable_by_others(keyfile):
        print(f"warning: {keyfile} can be read by other accounts (its drive or mode does not "
              "keep it private); whoever reads it can sign packs as you: keep it in a folder "
              "only you can read (chmod 600).", file=sys.stderr)


def _build(args: argparse.Namespace, ctx: Context) -> int:
    key = load_private_key(args.key) if args.key else None
    if args.key:
        _warn_if_shared(args.key)
    manifest = build_pack(args.src, args.output, key, folder=args.folder, key_file=args.key,
                          progress=progress_printer("building"))
    signed = "signed" if key else "unsigned"
    print(f"built {args.output}: {manifest.id} version {manifest.version}, "
          f"{len(manifest.files)} files, {human_size(manifest.total_size)}, {signed}")
    return 0


def _verify(args: argparse.Namespace, ctx: Context) -> int:
    trusted = {read_public_key_file(p) for p in args.trust}
    store = ctx.existing_store()
    if store is not None:
        trusted |= trusted_keys(store)
    with open_pack(args.pack) as source:
        checked = check_pack(source, trusted, allow_untrusted=True)
        m = checked.manifest
        print(f"manifest:  ok ({m.id} version {m.version}, {len(m.files)} files, "
              f"{human_size(m.total_size)})")
        print("listing:   ok (every file listed, nothing extra)")
        hash_all(checked, progress_printer("hashing"))
        print(f"checksums: ok ({len(m.files)} of {len(m.files)} files match)")
        if not checked.signed:
            raise TrustError("pack.unsigned", pack=str(args.pack))
        print(f"signature: valid (key {checked.key_fingerprint})")
        if not checked.trusted:
            raise TrustError("pack.untrusted", pack=str(args.pack),
                             publisher=m.publisher.name, fingerprint=checked.key_fingerprint)
        print(f"trust:     trusted publisher '{m.publisher.name}'")
    print(f"{args.pack}: the pack is whole, signed and trusted")
    return 0


def _inspect(args: argparse.Namespace, ctx: Context) -> int:
    with open_pack(args.pack) as source:
        data = source.read_manifest()
        manifest = parse_manifest(data, require_key=False)
        sig = source.read_signature()
        key = manifest.publisher.key
        if sig is None:
            signature = "unsigned"
        elif key and signature_valid(key, data, sig):
            signature = "valid"
        else:
            signature = "INVALID"
    summary = _summary(manifest, signature)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return 0
    lang = manifest.default_language
    print(f"{pick_text(manifest.title, lang, lang)}  [{manifest.id}, version {manifest.version}]")
    print(f"languages: {', '.join(manifest.languages)}")
    fp = f", key {summary['publisher']['fingerprint']}" if key else ""
    print(f"publisher: {manifest.publisher.name}{fp}; signature {signature}")
    print(f"size:      {human_size(manifest.total_size)} in {len(manifest.files)} files")
    for module in manifest.modules:
        print(f"  module {module.id}: {pick_text(module.title, lang, lang)}")
        for lesson in module.lessons:
            print(f"    lesson {lesson.id}: {pick_text(lesson.title, lang, lang)}")
            for item in lesson.items:
                print(f"      {item.type:<10} {item.id}: {pick_text(item.title, lang, lang)}")
    return 0


def _summary(manifest: Manifest, signature: str) -> dict[str, Any]:
    key = manifest.publisher.key
    return {
        "id": manifest.id,
        "version": manifest.version,
        "title": manifest.title,
        "languages": list(manifest.languages),
        "publisher": {
            "name": manifest.publisher.name,
            "key": key,
            "fingerprint": fingerprint(key) if key else None,
        },
        "signature": signature,
        "files": len(manifest.files),
        "size": manifest.total_size,
        "modules": [
            {
                "id": m.id,
                "title": m.title,
                "lessons": [
                    {
                        "id": lesson.id,
                        "title": lesson.title,
                        "items": [
                            {"id": i.id, "type": i.type, "title": i.title} for i in lesson.items
                        ],
                    }
                    for lesson in m.lessons
                ],
            }
            for m in manifest.modules
        ],
    }

