"""``c4s cert``: check a course certificate PDF offline (no Qt, no network, no data folder)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from c4s_desktop.cli.context import Context, path_arg
from c4s_desktop.core.certificates.device_key import device_key, device_key_path
from c4s_desktop.core.certificates.pdf_reader import VerifiedCertificate, verify_pdf
from c4s_desktop.core.errors import C4SError
from c4s_desktop.core.packs.signing import public_key_b64


def register(groups: Any, common: argparse.ArgumentParser) -> None:
    """Add ``c4s cert ...`` to the parser."""
    cert = groups.add_parser("cert", help="course certificates", parents=[common])
    cmds = cert.add_subparsers(dest="command", required=True)
    verify = cmds.add_parser("verify", help="check a certificate PDF and print what it states",
                             parents=[common])
    verify.add_argument("pdf", type=path_arg, metavar="FILE.pdf")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(run=_verify)


def _this_device(ctx: Context, verified: VerifiedCertificate) -> bool:
    """True when the certificate was signed by this data folder's own device key."""
    path = device_key_path(ctx.root)
    if not path.is_file():
        return False
    try:
        return public_key_b64(device_key(ctx.root)) == verified.sealed.public_key
    except C4SError:  # an unreadable key only means "not known to be this device's"
        return False


def format_verified(verified: VerifiedCertificate, this_device: bool) -> str:
    """The facts of a verified certificate, one per line."""
    facts = verified.facts
    width = max(len(m.title) for m in facts.modules) if facts.modules else 0
    lines = [
        "certificate OK: the signature matches the facts",
        f"id:          {facts.certificate_id}",
        f"learner:     {facts.learner}",
        f"course:      {facts.course} ({facts.course_id})",
        f"publisher:   {facts.publisher}",
        f"completed:   {facts.completed_on}",
        "modules:",
        *(f"  {m.title:<{width}}  {'-' if m.score is None else f'{m.score}%'}"
          for m in facts.modules),
        f"signed by device key {verified.sealed.key_fingerprint}"
        + (" (this computer)" if this_device else ""),
    ]
    return "\n".join(lines)


def _verify(args: argparse.Namespace, ctx: Context) -> int:
    verified = verify_pdf(args.pdf)
    this_device = _this_device(ctx, verified)
    if args.json:
        print(json.dumps({"ok": True, "facts": verified.facts.to_dict(),
                          "key": verified.sealed.public_key,
                          "key_fingerprint": verified.sealed.key_fingerprint,
                          "this_device": this_device}, ensure_ascii=False, indent=2))
    else:
        print(format_verified(verified, this_device))
    return 0
