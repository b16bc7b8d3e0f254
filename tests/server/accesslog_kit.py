"""Reading the server's access log in tests: one regular expression for a line, and waiting
for lines (a line is in the file before its reply has fully gone out, but the wait keeps the
tests honest should that ever change)."""

from __future__ import annotations

import re
import time
from pathlib import Path

WAIT_S = 20.0

LINE = re.compile(
    r'^(?P<client>\S+) - (?P<who>\S+) '
    r'\[(?P<time>\d\d/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/\d{4}'
    r':\d\d:\d\d:\d\d \+0000)\] '
    r'"(?P<method>\S+) (?P<path>\S+) HTTP/(?P<version>[\d.]+)" '
    r'(?P<status>\d{3}) (?P<bytes>\d+|-) '
    r'"(?P<referer>(?:[^"\\]|\\.)*)" "(?P<agent>(?:[^"\\]|\\.)*)" (?P<ms>\d+\.\d)$')
"""A line in the Combined Log Format with the milliseconds added, as log tools read it."""


def log_files(path: Path) -> list[Path]:
    """``path`` and its rotated files, oldest first."""
    rotated = sorted(path.parent.glob(path.name + ".*"),
                     key=lambda p: int(p.name.rsplit(".", 1)[1]), reverse=True)
    return [*rotated, path] if path.exists() else rotated


def read_lines(path: Path) -> list[str]:
    """Every line of ``path`` and its rotated files, oldest first."""
    return [line for file in log_files(path)
            for line in file.read_text("latin-1").splitlines()]


def wait_for_lines(path: Path, count: int) -> list[str]:
    """The lines once there are at least ``count`` of them."""
    deadline = time.monotonic() + WAIT_S
    while True:
        lines = read_lines(path) if path.parent.exists() else []
        if len(lines) >= count:
            return lines
        assert time.monotonic() < deadline, f"{len(lines)} lines, not {count}: {lines}"
        time.sleep(0.01)


def fields(line: str) -> dict[str, str]:
    """The fields of a line, which must be well formed."""
    match = LINE.match(line)
    assert match, f"not a Combined Log Format line: {line!r}"
    return match.groupdict()
