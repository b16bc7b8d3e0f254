"""A small, tolerant WebVTT reader: the cues of a subtitle file, with times in seconds.

It accepts what authoring tools write in practice: a BOM, a header with text after
``WEBVTT``, header metadata, NOTE, STYLE and REGION blocks, cue identifiers, cue settings after
the timing, ``hh:mm:ss.ttt`` or ``mm:ss.ttt`` times (a comma is taken for the dot), and markup
such as ``<v Speaker>``, ``<i>`` or ``<00:00:05.000>``, which is dropped from the text. A block
that cannot be read is skipped, never an error.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass

ARROW = "-->"
_TAG = re.compile(r"<[^>]*>")
_TIME = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2})[.,](\d{1,3})$")
_SKIPPED_BLOCKS = ("NOTE", "STYLE", "REGION")


@dataclass(frozen=True)
class Cue:
    """One subtitle: shown from ``start`` (included) to ``end`` (excluded), in seconds."""

    start: float
    end: float
    text: str


def parse_time(text: str) -> float | None:
    """Seconds of a WebVTT timestamp (``01:02:03.500`` or ``02:03.500``), or None."""
    match = _TIME.match(text.strip())
    if match is None:
        return None
    hours, minutes, seconds, fraction = match.groups()
    if int(minutes) > 59 or int(seconds) > 59:
        return None
    return (int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
            + int(fraction.ljust(3, "0")) / 1000)


def _timing(line: str) -> tuple[float, float] | None:
    left, arrow, right = line.partition(ARROW)
    if not arrow:
        return None
    start = parse_time(left)
    end_text = right.strip().split(maxsplit=1)  # cue settings follow the end time
    end = parse_time(end_text[0]) if end_text else None
    if start is None or end is None or end <= start:
        return None
    return start, end


def _clean(lines: list[str]) -> str:
    text = "\n".join(html.unescape(_TAG.sub("", line)).strip() for line in lines)
    return text.strip()


def _cue(block: list[str]) -> Cue | None:
    for index, line in enumerate(block[:2]):  # an optional identifier line, then the timing
        timing = _timing(line)
        if timing is not None:
            text = _clean(block[index + 1:])
            return Cue(timing[0], timing[1], text) if text else None
    return None


def parse_webvtt(text: str) -> list[Cue]:
    """The cues of a WebVTT document, sorted by start time."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    cues: list[Cue] = []
    for number, block in enumerate(blocks):
        if not block:
            continue
        first = block[0].strip()
        if number == 0 and first.startswith("WEBVTT") and ARROW not in block[0]:
            block = block[1:]  # the header and its metadata lines
            block = block[next((i for i, line in enumerate(block) if ARROW in line), len(block)):]
            if not block:
                continue
        if first.split(maxsplit=1)[0] in _SKIPPED_BLOCKS and ARROW not in first:
            continue
        cue = _cue(block)
        if cue is not None:
            cues.append(cue)
    cues.sort(key=lambda cue: (cue.start, cue.end))
    return cues


def cue_at(cues: list[Cue], t: float) -> Cue | None:
    """The cue showing at ``t`` seconds (the latest-starting one if several overlap)."""
    index = bisect.bisect_right([cue.start for cue in cues], t)
    for cue in reversed(cues[:index]):
        if cue.start <= t < cue.end:
            return cue
    return None
