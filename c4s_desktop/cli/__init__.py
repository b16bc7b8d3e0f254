"""The ``c4s`` admin and automation tool.

Errors are one line on stderr starting ``error:``; exit 0 on success, 2 on a usage error,
and the error class's own code when an operation is refused or fails. This module is the
one place that turns core errors into that.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import NoReturn

from c4s_desktop import __version__
from c4s_desktop.cli import (
    catalog_cmds,
    cert_cmds,
    learner_cmds,
    library_cmds,
    pack_cmds,
    progress_cmds,
    quiz_cmds,
    store_cmds,
    sync_cmds,
    trust_cmds,
)
from c4s_desktop.cli.closed_output import (
    OUTPUT_CLOSED_EXIT,
    OutputClosed,
    guard_stdout,
    restore_stdout,
)
from c4s_desktop.cli.context import Context
from c4s_desktop.cli.refusal import report_refusal
from c4s_desktop.core.errors import C4SError

log = logging.getLogger("c4s")

USAGE_EXIT = 2


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors as one ``error:`` line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        print(f"error: {message} (see '{self.prog} --help')", file=sys.stderr)
        raise SystemExit(USAGE_EXIT)


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="data folder to use (default: $C4S_DATA_DIR, else the user data folder)",
    )
    parser = _Parser(prog="c4s", description=__doc__.splitlines()[0], parents=[common])
    parser.add_argument("--version", action="version", version=f"c4s {__version__}")
    groups = parser.add_subparsers(dest="group", required=True, parser_class=_Parser)
    for module in (pack_cmds, trust_cmds, library_cmds, store_cmds, learner_cmds, quiz_cmds,
                   progress_cmds, cert_cmds, sync_cmds, catalog_cmds):
        module.register(groups, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``c4s``; return the exit code."""
    stdout = guard_stdout()
    closed = False
    try:
        try:
            return _run(argv)
        finally:
            # Written out now rather than at exit, so a reader that has gone is seen here
            # however the command ended (done, refused, --help, --version).
            if sys.stdout is not None:
                sys.stdout.flush()
    except OutputClosed:
        # The reader of our output went away (``| head -1``): nothing to tell anyone.
        closed = True
        return OUTPUT_CLOSED_EXIT
    finally:
        restore_stdout(stdout, closed=closed)


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = Context(getattr(args, "data_dir", None))
    try:
        code: int = args.run(args, ctx)
        return code
    except OutputClosed:  # not an unexpected problem: main() ends quietly
        raise
    except C4SError as exc:
        report_refusal(exc)
        return exc.exit_code
    except KeyboardInterrupt:
        print("error: interrupted; nothing half-done was kept.", file=sys.stderr)
        return 130
    except Exception as exc:
        where = ctx.log_unexpected(exc)
        print(f"error: unexpected problem ({exc.__class__.__name__}: {exc}); {where}",
              file=sys.stderr)
        return 1
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
