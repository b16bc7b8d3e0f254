"""The value checks under the statement validator: formats, primitive types, strict JSON.

Each raises :class:`StatementInvalid` naming the JSON path of the value at fault.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from c4s_desktop.core.errors import InputError

HEX = "[0-9a-fA-F]"
UUID_RE = re.compile(rf"^{HEX}{{8}}-{HEX}{{4}}-{HEX}{{4}}-{HEX}{{4}}-{HEX}{{12}}$")
IRI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")
MBOX_RE = re.compile(r"^mailto:[^@\s]+@[^@\s]+$")
SHA1_RE = re.compile(r"^[0-9a-fA-F]{40}$")
LANG_RE = re.compile(
    r"^(([A-Za-z]{2,3}|[A-Za-z]{5,8})(-[A-Za-z0-9]{1,8})*|[xX](-[A-Za-z0-9]{1,8})+)$"
)
# re.ASCII where \d appears: otherwise it also matches other scripts' digits (Arabic-Indic,
# Devanagari...), which no other LRS parses.
VERSION_RE = re.compile(r"^1\.0(\.\d+)?$", re.ASCII)
TIMESTAMP_RE = re.compile(
    r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})"
    r"T(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2})(?:\.[0-9]+)?)?"
    r"(?:Z|(?P<sign>[+-])(?P<off_hour>[0-9]{2})(?::?(?P<off_minute>[0-9]{2}))?)"
)
DURATION_RE = re.compile(
    r"^P(?=\d|T\d)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?"
    r"(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$", re.ASCII
)
NEGATIVE_ZERO_OFFSET = re.compile(r"-00(:?00)?$")


class StatementInvalid(InputError):
    """A statement breaks a rule of xAPI 1.0.3; ``field`` is the JSON path at fault."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__("xapi.invalid", field=field, problem=problem)
        self.field = field
        self.problem = problem


def join(path: str, key: str) -> str:
    """The JSON path of ``key`` inside ``path``."""
    return f"{path}.{key}" if path else key


def fail(path: str, problem: str) -> StatementInvalid:
    """The error for the value at ``path`` (raise it)."""
    return StatementInvalid(path or "statement", problem)


def as_object(value: object, path: str, allowed: tuple[str, ...],
              required: tuple[str, ...] = ()) -> dict[str, Any]:
    """A JSON object with only ``allowed`` keys, all ``required`` ones, and no null value."""
    if not isinstance(value, dict):
        raise fail(path, "must be a JSON object")
    for key, item in value.items():
        if key not in allowed:
            raise fail(join(path, key), "is not a property the specification allows here")
        if item is None:
            raise fail(join(path, key), "must not be null")
    for key in required:
        if key not in value:
            raise fail(join(path, key), "is required")
    return value


def as_string(value: object, path: str) -> str:
    """``value`` as a string, else an error."""
    if not isinstance(value, str):
        raise fail(path, "must be a string")
    return value


def formatted(value: object, path: str, pattern: re.Pattern[str], what: str) -> str:
    """A string matching ``pattern`` (``what`` says which format, for the message)."""
    text = as_string(value, path)
    # fullmatch: with match, a pattern ending in ``$`` also takes a trailing newline.
    if not pattern.fullmatch(text):
        raise fail(path, f"must be {what}")
    return text


def as_iri(value: object, path: str) -> str:
    """An IRI: a scheme, a colon, no white space (best effort, as Data 2.2 allows)."""
    return formatted(value, path, IRI_RE, "an IRI with a scheme")


def as_uuid(value: object, path: str) -> str:
    """A UUID in its standard 8-4-4-4-12 string form."""
    return formatted(value, path, UUID_RE, "a UUID in its standard string form")


def as_boolean(value: object, path: str) -> bool:
    """A JSON boolean (a string "true" is refused, Data 2.2)."""
    if not isinstance(value, bool):
        raise fail(path, "must be true or false (a JSON boolean)")
    return value


def as_number(value: object, path: str) -> float:
    """A JSON number (a string of digits or a boolean is refused, Data 2.2)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise fail(path, "must be a number")
    return float(value)


def check_timestamp(value: object, path: str) -> str:
    """An ISO 8601 date and time with a time zone that names a real instant.

    The month, the day (29 February only in a leap year), the hour, minute, second and the
    offset must all exist, and the instant must fall within the years 1 to 9999 in UTC:
    the server turns timestamps into numbers, and one it cannot convert would otherwise be
    stored and then break every later read of it. A leap second (``:60``) is refused for
    the same reason. ``-00:00`` is refused (RFC 3339's unknown offset).
    """
    text = as_string(value, path)
    match = TIMESTAMP_RE.fullmatch(text)
    if match is None:
        raise fail(path, "must be an ISO 8601 timestamp with a time zone")
    if NEGATIVE_ZERO_OFFSET.search(text):
        raise fail(path, "must not use the unknown-offset time zone -00:00")
    off_hour, off_minute = int(match["off_hour"] or 0), int(match["off_minute"] or 0)
    if off_hour > 23 or off_minute > 59:
        raise fail(path, "must have a time zone offset of at most 23:59")
    sign = -1 if match["sign"] == "-" else 1
    zone = timezone(sign * timedelta(hours=off_hour, minutes=off_minute))
    try:
        moment = datetime(int(match["year"]), int(match["month"]), int(match["day"]),
                          int(match["hour"]), int(match["minute"]), int(match["second"] or 0),
                          tzinfo=zone)
    except ValueError as exc:
        raise fail(path, "must be a date and time that exist (year 0001 or later, month 01-12, "
                         "a day the month has, hour 00-23, minute and second 00-59)") from exc
    try:
        moment.astimezone(UTC)
    except OverflowError as exc:
        raise fail(path, "must fall within the years 0001 to 9999 in UTC") from exc
    return text


def check_language_map(value: object, path: str) -> None:
    """A language map: RFC 5646 tags to strings."""
    if not isinstance(value, dict):
        raise fail(path, "must be a language map (a JSON object)")
    for key, text in value.items():
        if not LANG_RE.match(key):
            raise fail(join(path, key), "is not an RFC 5646 language tag")
        as_string(text, join(path, key))


def check_extensions(value: object, path: str) -> None:
    """An extensions object: IRI keys, any values (null included)."""
    if not isinstance(value, dict):
        raise fail(path, "must be a JSON object")
    for key in value:
        as_iri(key, join(path, key))


def as_list(value: object, path: str) -> list[Any]:
    """A JSON array."""
    if not isinstance(value, list):
        raise fail(path, "must be an array")
    return value


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise StatementInvalid(key, "appears twice in one JSON object")
        result[key] = value
    return result


def _refuse_constant(name: str) -> float:
    raise StatementInvalid("statement", f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    # 1e400 is valid JSON but becomes infinity, which json.dumps writes back as the invalid
    # token Infinity: whoever reads the statement later could not parse it.
    number = float(text)
    if not math.isfinite(number):
        raise StatementInvalid("statement", f"the number {text[:20]} is too large")
    return number


def load_json(data: bytes) -> Any:
    """Parse a request body strictly: UTF-8, no repeated keys, no NaN or Infinity, no number
    or nesting beyond what Python converts; every refusal is :class:`StatementInvalid`."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise StatementInvalid("statement", "the body is not UTF-8") from exc
    parse_constant: Callable[[str], float] = _refuse_constant
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys,
                          parse_constant=parse_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise StatementInvalid("statement", f"the body is not valid JSON ({exc.msg})") from exc
    except ValueError as exc:
        # An integer of more digits than int() converts is valid JSON that Python refuses
        # with a bare ValueError.
        raise StatementInvalid("statement", "the body holds a number of more than "
                               f"{sys.get_int_max_str_digits()} digits") from exc
    except RecursionError as exc:
        raise StatementInvalid("statement", "the body nests arrays or objects too deeply"
                               ) from exc
