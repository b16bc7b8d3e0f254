"""Strict JSON and typed reads of JSON values, shared by the manifest and quiz parsers.

They raise :class:`ShapeError` carrying a location; each parser turns it into its own
catalogue error.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import TypeVar

from c4s_desktop.core.packs.paths import printable

ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
MAX_INT = 2**63 - 1  # the largest integer SQLite stores
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

Text = dict[str, str]
JsonObject = dict[str, object]
T = TypeVar("T")



class JsonSyntaxError(Exception):
    """The text is not strict JSON; ``detail`` says what is wrong and where."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class ShapeError(Exception):
    """A JSON value breaks a rule: ``where`` locates it, ``problem`` says how."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


def _unique_keys(pairs: list[tuple[str, object]]) -> JsonObject:
    obj: JsonObject = {}
    for key, value in pairs:
        if key in obj:
            raise JsonSyntaxError(f"the key '{printable(key)}' appears twice in one object")
        obj[key] = value
    return obj


def _no_constant(name: str) -> object:
    raise JsonSyntaxError(f"{name} is not a JSON value")


def load_json(text: str) -> object:
    """Parse strict JSON: no duplicate keys, no NaN or Infinity; raise ``JsonSyntaxError``."""
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise JsonSyntaxError(f"{exc.msg} at line {exc.lineno}, column {exc.colno}") from exc
    except RecursionError as exc:
        raise JsonSyntaxError("its lists and objects nest too deeply") from exc
    except ValueError as exc:  # Python's limit on the digits of an integer
        raise JsonSyntaxError("a number has too many digits") from exc


def describe(value: object) -> str:
    """A short description of a JSON value for a message (``the string 'abc'``, ``1.5``)."""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "..."
        return f"the string '{printable(short)}'"
    return "a list" if isinstance(value, list) else "an object"


def child(where: str, key: str | int) -> str:
    """The location of ``key`` (or a list index) inside the value at ``where``."""
    if isinstance(key, int):
        return f"{where}[{key}]"
    if _PLAIN_KEY.fullmatch(key):
        return f"{where}.{key}" if where else key
    return f'{where}["{printable(key)}"]'


def need(obj: JsonObject, key: str, where: str, check: Callable[[object, str], T]) -> T:
    """``check`` applied to ``obj[key]``; a missing key is an error at its location."""
    at = child(where, key)
    if key not in obj:
        raise ShapeError(at, "this key is missing")
    return check(obj[key], at)


def maybe(obj: JsonObject, key: str, where: str, check: Callable[[object, str], T]) -> T | None:
    """``check`` applied to ``obj[key]``, or None when the key is absent."""
    return check(obj[key], child(where, key)) if key in obj else None


def as_object(value: object, where: str) -> JsonObject:
    """``value`` when it is a JSON object."""
    if not isinstance(value, dict):
        raise ShapeError(where, f"it must be an object, not {describe(value)}")
    return value


def as_list(value: object, where: str, minimum: int = 0) -> list[object]:
    """``value`` when it is a JSON list of at least ``minimum`` entries."""
    if not isinstance(value, list):
        raise ShapeError(where, f"it must be a list, not {describe(value)}")
    if len(value) < minimum:
        raise ShapeError(
            where, f"it must have at least {minimum} entr{'y' if minimum == 1 else 'ies'}"
        )
    return value


def as_string(value: object, where: str) -> str:
    """``value`` when it is a string of valid Unicode (no lone surrogate escapes)."""
    if not isinstance(value, str):
        raise ShapeError(where, f"it must be a string, not {describe(value)}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ShapeError(where, "it is not valid Unicode text") from exc
    return value


def as_bool(value: object, where: str) -> bool:
    """``value`` when it is ``true`` or ``false``."""
    if not isinstance(value, bool):
        raise ShapeError(where, f"it must be true or false, not {describe(value)}")
    return value


def as_int(value: object, where: str, minimum: int) -> int:
    """``value`` when it is a whole number (not a boolean) from ``minimum`` to ``MAX_INT``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ShapeError(where, f"it must be a whole number, not {describe(value)}")
    if not minimum <= value <= MAX_INT:
        limit = f"at least {minimum}" if value < minimum else f"at most {MAX_INT}"
        raise ShapeError(where, f"it must be {limit}, not {describe(value)}")
    return value


def as_number(
    value: object,
    where: str,
    *,
    minimum: float | None = None,
    above: float | None = None,
    maximum: float | None = None,
) -> float:
    """``value`` as a float when it is a finite number (not a boolean) within the bounds."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ShapeError(where, f"it must be a number, not {describe(value)}")
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise ShapeError(where, "it must be a finite number")
    if minimum is not None and number < minimum:
        raise ShapeError(where, f"it must be at least {minimum:g}, not {describe(value)}")
    if above is not None and number <= above:
        raise ShapeError(where, f"it must be more than {above:g}, not {describe(value)}")
    if maximum is not None and number > maximum:
        raise ShapeError(where, f"it must be at most {maximum:g}, not {describe(value)}")
    return number


def as_id(value: object, where: str) -> str:
    """``value`` when it is an id: lowercase letters, digits, ``_`` and ``-``, at most 64."""
    text = as_string(value, where)
    if not ID.fullmatch(text):
        raise ShapeError(
            where,
            f"'{printable(text)}' is not an id (1 to 64 lowercase letters, digits, '_' or '-', "
            "starting with a letter or digit)",
        )
    return text


def language_key(key: str, where: str) -> str:
    """``key`` of the object at ``where`` when it is a language tag like ``en`` or ``pt-BR``."""
    if not LANGUAGE.fullmatch(key):
        raise ShapeError(child(where, key), "the key must be a language tag like 'en' or 'pt-BR'")
    return key


def as_text(value: object, where: str) -> Text:
    """``value`` when it is text: a non-empty object of language tag to string."""
    if not isinstance(value, dict):
        raise ShapeError(
            where, f'it must be text (an object like {{"en": "..."}}), not {describe(value)}'
        )
    if not value:
        raise ShapeError(where, "it must have at least one language")
    return {language_key(k, where): as_string(v, child(where, k)) for k, v in value.items()}
