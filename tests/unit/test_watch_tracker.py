"""What counts as watched: played spans only, never what was skipped."""

from __future__ import annotations

import pytest

from c4s_desktop.core.progress.intervals import covered
from c4s_desktop.ui.player.watch_tracker import WatchTracker


def play(tracker: WatchTracker, start: float, seconds: float, clock: float, rate: float = 1.0,
         step: float = 0.2) -> float:
    """Tick like a player from ``start`` for ``seconds`` of wall time; returns the clock."""
    ticks = round(seconds / step)
    for n in range(ticks + 1):
        tracker.tick(start + n * step * rate, clock + n * step, rate)
    return clock + ticks * step


def test_continuous_play_is_one_span() -> None:
    tracker = WatchTracker()
    play(tracker, 0.0, 10.0, clock=100.0)
    assert tracker.interrupt() == pytest.approx((0.0, 10.0))
    assert tracker.spans == [pytest.approx((0.0, 10.0))]


def test_skipping_ahead_does_not_count() -> None:
    tracker = WatchTracker()
    clock = play(tracker, 0.0, 5.0, clock=0.0)
    # The position jumps from 5 s to 40 s between two ticks 0.2 s apart: a skip.
    clock = play(tracker, 40.0, 5.0, clock=clock + 0.2)
    tracker.interrupt()
    assert tracker.spans == [pytest.approx((0.0, 5.0)), pytest.approx((40.0, 45.0))]
    assert covered(tracker.spans) == pytest.approx(10.0)


def test_seeking_back_and_rewatching_unions() -> None:
    tracker = WatchTracker()
    clock = play(tracker, 0.0, 10.0, clock=0.0)
    assert tracker.interrupt() == pytest.approx((0.0, 10.0))  # the learner seeks back
    play(tracker, 4.0, 10.0, clock=clock + 1.0)
    tracker.interrupt()
    assert tracker.spans == [pytest.approx((0.0, 14.0))]


def test_rate_two_counts_the_video_seconds_played() -> None:
    tracker = WatchTracker()
    play(tracker, 0.0, 5.0, clock=0.0, rate=2.0)
    assert tracker.interrupt() == pytest.approx((0.0, 10.0))


def test_half_speed_counts_too() -> None:
    tracker = WatchTracker()
    play(tracker, 0.0, 8.0, clock=0.0, rate=0.5)
    assert tracker.interrupt() == pytest.approx((0.0, 4.0))


def test_playing_fast_while_the_rate_says_normal_is_a_jump() -> None:
    tracker = WatchTracker()
    # 10 video seconds pass in 2 wall seconds at rate 1: that is skipping, not watching.
    for n in range(3):
        tracker.tick(n * 5.0, n * 1.0, 1.0)
    assert tracker.interrupt() is None
    assert tracker.spans == []


def test_spans_under_a_second_are_dropped() -> None:
    tracker = WatchTracker()
    play(tracker, 3.0, 0.6, clock=0.0)
    assert tracker.interrupt() is None
    assert tracker.spans == []


def test_a_stall_splits_the_span_without_losing_it() -> None:
    tracker = WatchTracker()
    clock = play(tracker, 0.0, 5.0, clock=0.0)
    tracker.tick(5.0, clock + 3.0)  # buffering: 3 s with no progress
    play(tracker, 5.2, 5.0, clock=clock + 3.2)
    tracker.interrupt()
    assert tracker.spans == [pytest.approx((0.0, 10.2))]


def test_cut_records_long_viewing_in_pieces_that_join() -> None:
    tracker = WatchTracker()
    clock = play(tracker, 0.0, 10.0, clock=0.0)
    assert tracker.cut() == pytest.approx((0.0, 10.0))
    assert tracker.open_span == pytest.approx((10.0, 10.0))
    play(tracker, 10.2, 5.0, clock=clock + 0.2)
    assert tracker.interrupt() == pytest.approx((10.0, 15.2))
    assert tracker.spans == [pytest.approx((0.0, 15.2))]


def test_cut_keeps_growing_a_span_too_short_to_keep() -> None:
    tracker = WatchTracker()
    play(tracker, 0.0, 0.4, clock=0.0)
    assert tracker.cut() is None
    assert tracker.open_span == pytest.approx((0.0, 0.4))


def test_small_backward_jitter_is_not_a_seek() -> None:
    tracker = WatchTracker()
    tracker.tick(0.0, 0.0)
    tracker.tick(1.0, 1.0)
    tracker.tick(0.9, 1.2)  # engines report slightly stale positions now and then
    tracker.tick(2.0, 2.0)
    assert tracker.interrupt() == pytest.approx((0.0, 2.0))
