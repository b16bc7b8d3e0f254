"""``c4s-sync``: the central server's command line.

The server itself (xAPI statements, enrollment, the pack catalog) is the subject of the
sync issue; until it lands, this command says so instead of pretending to work.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from c4s_desktop import __version__


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``c4s-sync``; return the exit code."""
    parser = argparse.ArgumentParser(prog="c4s-sync", description="C4S central sync server")
    parser.add_argument("--version", action="version", version=f"c4s-sync {__version__}")
    parser.add_argument("--data-dir", help="the server's data folder")
    parser.parse_args(argv)
    print("error: the sync server is not part of this version yet.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
