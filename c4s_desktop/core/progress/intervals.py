"""Watched spans of a video as a set of disjoint intervals, in seconds."""

from __future__ import annotations

Interval = tuple[float, float]


def merge(intervals: list[Interval]) -> list[Interval]:
    """Sorted, disjoint intervals covering the same points (touching spans join)."""
    out: list[Interval] = []
    for start, end in sorted((min(a, b), max(a, b)) for a, b in intervals):
        if end <= start:
            continue
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def covered(intervals: list[Interval], length: float | None = None) -> float:
    """Seconds covered by merged intervals, clipped to ``[0, length]`` when given."""
    total = 0.0
    for start, end in merge(intervals):
        if length is not None:
            start, end = max(0.0, start), min(length, end)
        total += max(0.0, end - start)
    return total


def format_segments(intervals: list[Interval]) -> str:
    """The xAPI video profile's played-segments form: ``0.000[.]12.500[,]20.000[.]31.000``."""
    return "[,]".join(f"{a:.3f}[.]{b:.3f}" for a, b in merge(intervals))


def parse_segments(text: str) -> list[Interval]:
    """Read the played-segments form; malformed parts are skipped."""
    out: list[Interval] = []
    for part in text.split("[,]"):
        bounds = part.split("[.]")
        if len(bounds) != 2:
            continue
        try:
            out.append((float(bounds[0]), float(bounds[1])))
        except ValueError:
            continue
    return merge(out)
