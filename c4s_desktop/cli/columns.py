"""Text tables for a terminal: cells padded by the columns they take on screen, not by their
length, so a name in Chinese or with an emoji keeps the columns after it in line."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

_DRAWN_OVER = frozenset({"Mn", "Me", "Cf"})
"""Combining marks (a decomposed accent, an emoji's variation selector) sit on the character
before them, and format characters (a zero-width joiner) draw nothing: no column of their own."""


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes: wide and full-width characters (CJK, most
    emoji) two, combining marks and format characters none, the others one."""
    width = 0
    for char in text:
        if unicodedata.category(char) in _DRAWN_OVER or unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def pad(text: str, width: int) -> str:
    """``text`` followed by the spaces that make it ``width`` columns wide."""
    return text + " " * max(0, width - display_width(text))


def table(rows: Sequence[Sequence[str]], indent: str = "", gap: str = "  ") -> list[str]:
    """``rows`` (the first one the headings) as lines of left-aligned columns."""
    widths = [max(display_width(row[n]) for row in rows) for n in range(len(rows[0]))]
    return [(indent + gap.join(pad(cell, width) for cell, width in zip(
        row, widths, strict=True))).rstrip() for row in rows]
