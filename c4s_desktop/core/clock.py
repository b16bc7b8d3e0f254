"""UTC timestamps in the one format the project stores and sends."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now_iso() -> str:
    """Now, as ISO 8601 UTC with milliseconds and a ``Z`` (xAPI's preferred form)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def utc_stamp() -> str:
    """Now, as a compact UTC stamp safe in file names (``20261123T164455Z``)."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
