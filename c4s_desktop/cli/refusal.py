"""How the CLI tells a refusal: the sentence, then what a library or check said, if anything."""

from __future__ import annotations

import logging
import sys

from c4s_desktop.core.errors import C4SError

log = logging.getLogger("c4s")


def report_refusal(exc: C4SError, about: str = "") -> None:
    """Print ``exc`` on stderr (``about`` names what it concerns, e.g. a file) and log it."""
    prefix = f"{about}: " if about else ""
    # One line per refusal, for scripts and logs; the detail is for an admin, in English.
    detail = f" (detail: {exc.technical})" if exc.technical else ""
    log.info("refused: %s%s%s", prefix, exc.message, detail)
    print(f"error: {prefix}{exc.message}{detail}", file=sys.stderr)
