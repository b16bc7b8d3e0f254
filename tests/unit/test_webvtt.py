"""The WebVTT reader: real subtitle files and what authoring tools put around the cues."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from c4s_desktop.core.media.webvtt import Cue, cue_at, parse_time, parse_webvtt

DEMO = Path(__file__).resolve().parents[2] / "packs" / "demo" / "src" / "m1" / "l1"

MESSY = """\ufeffWEBVTT - a title after the magic word
Kind: captions
Language: en

NOTE this block is a comment
that spans two lines --> and has an arrow

STYLE
::cue { color: yellow }

intro
00:01.000 --> 00:04.000 align:start position:10% line:0
<v Anna>Hello <i>everyone</i></v> &amp; welcome

00:00:05,500 --> 00:00:07.250
Second line one
Second line two

broken
00:09.000 --> 00:08.000
End before start: skipped

00:10.000 --> 00:12.000
<c.loud>Karaoke</c> <00:00:11.000>timing
"""


def test_the_demo_subtitles_parse_in_order() -> None:
    cues = parse_webvtt((DEMO / "video-en.vtt").read_text("utf-8"))
    assert len(cues) == 9
    assert cues[0] == Cue(0.0, 7.707, cues[0].text)
    assert cues[0].text.startswith("Welcome.")
    assert cues[-1].start == pytest.approx(46.402) and cues[-1].end == pytest.approx(52.009)
    assert all(a.start <= b.start for a, b in itertools.pairwise(cues))


def test_headers_notes_styles_settings_and_tags_are_tolerated() -> None:
    cues = parse_webvtt(MESSY.replace("\n", "\r\n"))
    assert [(c.start, c.end) for c in cues] == [(1.0, 4.0), (5.5, 7.25), (10.0, 12.0)]
    assert cues[0].text == "Hello everyone & welcome"
    assert cues[1].text == "Second line one\nSecond line two"
    assert cues[2].text == "Karaoke timing"


def test_cue_at_finds_the_cue_showing_and_none_in_gaps() -> None:
    cues = parse_webvtt(MESSY)
    assert cue_at(cues, 0.5) is None
    assert cue_at(cues, 1.0) is cues[0]
    assert cue_at(cues, 3.999) is cues[0]
    assert cue_at(cues, 4.0) is None
    assert cue_at(cues, 6.0) is cues[1]
    assert cue_at([], 1.0) is None


def test_overlapping_cues_show_the_latest_started() -> None:
    cues = parse_webvtt("WEBVTT\n\n00:00.000 --> 00:10.000\nlong\n\n"
                        "00:02.000 --> 00:03.000\nshort\n")
    assert cue_at(cues, 2.5) is not None and cue_at(cues, 2.5).text == "short"  # type: ignore[union-attr]
    assert cue_at(cues, 5.0).text == "long"  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "seconds"), [
    ("00:00:01.500", 1.5), ("01:02.5", 62.5), ("1:00:00.000", 3600.0), ("00:61.000", None),
    ("abc", None), ("00:01", None),
])
def test_timestamps(text: str, seconds: float | None) -> None:
    assert parse_time(text) == seconds


def test_garbage_gives_no_cues_and_no_error() -> None:
    assert parse_webvtt("") == []
    assert parse_webvtt("not a subtitle file\n\n-->\n\n\x00\x01") == []
