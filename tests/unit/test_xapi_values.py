"""The value checks under the statement validator: timestamps that name a real instant, and
strict JSON whose every refusal is a StatementInvalid (never a bare ValueError).

The device checks statements from a progress file with these, and the server checks what it
is sent and its ``since``/``until`` parameters with them: what passes here is stored.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.exchange.bundle_file import read_bundle, write_bundle
from c4s_desktop.core.exchange.content import Bundle, BundleLearner
from c4s_desktop.core.xapi.statements import make_statement
from c4s_desktop.core.xapi.validate import (
    StatementInvalid,
    check_statement,
    check_timestamp,
    load_json,
)
from sync.xapi.timestamps import to_micros

LEARNER = "3f1c8a52-7d1e-4f3a-9a61-3d2f0e5b7c11"


def _statement(**fields: Any) -> dict[str, Any]:
    made = make_statement(LEARNER, "completed", "urn:c4s:activity:org.example.test/l1-text",
                          "document")
    made.update(fields)
    return made


@pytest.mark.parametrize("text", [
    "9999-99-99T00:00:00Z",       # the audit's: month 99
    "2026-02-30T00:00:00Z",       # a day February never has
    "2023-02-29T12:00:00Z",       # 29 February of a common year
    "1900-02-29T12:00:00Z",       # ... and of a century that is not a leap year
    "2026-04-31T00:00:00Z",
    "2026-00-10T00:00:00Z",
    "2026-01-00T00:00:00Z",
    "0000-01-01T00:00:00Z",       # no year 0 in the calendar Python (and the server) use
    "2026-01-01T24:00:00Z",
    "2026-01-01T12:60:00Z",
    "2026-01-01T12:00:60Z",       # a leap second: the server cannot turn it into a number
    "2026-01-01T12:00:00+24:00",
    "2026-01-01T12:00:00+05:60",
    "2026-01-01T12:00:00-9999",
    "0001-01-01T00:30:00+01:00",  # before year 1 once in UTC
    "9999-12-31T23:59:59-00:01",  # after 9999 once in UTC
    "2026-01-01T12:00:00Z\n",     # a pattern's $ takes a trailing newline
    "٢٠٢٦-01-01T12:00:00Z",       # Arabic-Indic digits match \\d
    "2026-01-01 12:00:00Z",
    "2026-01-01T12:00:00",
    "2026-01-01T12:00:00-00:00",
])
def test_a_timestamp_that_names_no_real_instant_is_refused(text: str) -> None:
    with pytest.raises(StatementInvalid) as info:
        check_statement(_statement(timestamp=text))
    assert info.value.field == "timestamp"
    with pytest.raises(StatementInvalid):
        check_timestamp(text, "since")


@pytest.mark.parametrize("text", [
    "2024-02-29T23:59:59Z",
    "2000-02-29T00:00:00Z",
    "2026-12-31T23:59:59.999999999+14:00",
    "2026-06-01T12:00+05:30",
    "2026-06-01T12:00:00+0530",
    "2026-06-01T12:00:00-03",
    "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999Z",
    "2026-01-01T00:00:00+23:59",
])
def test_every_real_instant_is_taken_and_the_server_can_store_it(text: str) -> None:
    assert check_timestamp(text, "timestamp") == text
    check_statement(_statement(timestamp=text))
    to_micros(text)


@given(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                    timezones=st.builds(timezone, st.integers(-23 * 60 - 59, 23 * 60 + 59)
                                        .map(lambda minutes: timedelta(minutes=minutes)))),
       st.integers(0, 2), st.booleans())
def test_what_is_taken_converts_on_the_server_to_the_same_instant(
        moment: datetime, precision: int, colon: bool) -> None:
    if precision < 2:
        moment = moment.replace(microsecond=0)
    if precision < 1:
        moment = moment.replace(second=0)
    text = (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
            f"T{moment.hour:02d}:{moment.minute:02d}"
            + (f":{moment.second:02d}" if precision >= 1 else "")
            + (f".{moment.microsecond:06d}" if precision == 2 else ""))
    offset = moment.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    text += "Z" if minutes == 0 else f"{sign}{hours:02d}{':' if colon else ''}{rest:02d}"
    assert check_timestamp(text, "timestamp") == text
    since_epoch = moment.astimezone(UTC) - datetime(1970, 1, 1, tzinfo=UTC)
    assert to_micros(text) == since_epoch // timedelta(microseconds=1)


def test_a_progress_file_with_an_impossible_timestamp_is_refused_on_load(
        tmp_path: Path) -> None:
    """The audit's case: a .c4sprogress whose statement says 9999-99-99 (checksums right)
    loaded, and the server then failed every sync of it."""
    bad = _statement(timestamp="9999-99-99T00:00:00Z")
    path = tmp_path / "ana.c4sprogress"
    write_bundle(Bundle([BundleLearner(LEARNER, "Ana")], [bad]), path)
    with pytest.raises(InputError) as info:
        read_bundle(path)
    assert info.value.code == "exchange.bad_record"
    assert "timestamp must be a date and time that exist" in str(info.value.params["detail"])


@pytest.mark.parametrize(("body", "problem"), [
    (b'{"id": ' + b"7" * 5000 + b"}", "a number of more than 4300 digits"),
    (b"[" * 100_000 + b"]" * 100_000, "nests arrays or objects too deeply"),
    (b'{"result": {"score": {"raw": 1e400}}}', "the number 1e400 is too large"),
    (b'{"a": -1E999}', "too large"),
])
def test_json_python_cannot_hold_is_a_statement_error(body: bytes, problem: str) -> None:
    with pytest.raises(StatementInvalid) as info:
        load_json(body)
    assert problem in info.value.problem


def test_a_trailing_newline_is_no_part_of_any_format() -> None:
    for field, value in (("id", "3f1c8a52-7d1e-4f3a-9a61-3d2f0e5b7c12\n"),
                         ("version", "1.0.3\n"), ("version", "1.0.٣")):
        with pytest.raises(StatementInvalid) as info:
            check_statement(_statement(**{field: value}))
        assert info.value.field == field
    with pytest.raises(StatementInvalid):
        check_statement(_statement(verb={"id": "http://adlnet.gov/expapi/verbs/completed\n"}))
