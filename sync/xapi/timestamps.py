"""xAPI timestamps as integers (microseconds since 1970, UTC) and back."""

from __future__ import annotations

from datetime import UTC, datetime


def to_micros(text: str) -> int:
    """Microseconds since the epoch of an ISO 8601 timestamp (already validated)."""
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    date_part, _, rest = value.partition("T")
    # fromisoformat takes at most 6 fraction digits and needs seconds and a colon offset.
    time_part, sign, offset = _split_offset(rest)
    if time_part.count(":") == 1:
        time_part += ":00"
    if "." in time_part:
        whole, fraction = time_part.split(".", 1)
        time_part = f"{whole}.{(fraction + '000000')[:6]}"
    if offset and ":" not in offset:
        offset = f"{offset[:2]}:{offset[2:] or '00'}"
    parsed = datetime.fromisoformat(f"{date_part}T{time_part}{sign}{offset}")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    delta = parsed - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _split_offset(rest: str) -> tuple[str, str, str]:
    for sign in ("+", "-"):
        if sign in rest:
            time_part, _, offset = rest.rpartition(sign)
            return time_part, sign, offset
    return rest, "", ""


def from_micros(micros: int) -> str:
    """ISO 8601 UTC with microseconds and a ``Z``."""
    seconds, fraction = divmod(micros, 1_000_000)
    moment = datetime.fromtimestamp(seconds, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{fraction:06d}Z"


def now_micros() -> int:
    """Now, in microseconds since the epoch."""
    moment = datetime.now(UTC)
    delta = moment - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
