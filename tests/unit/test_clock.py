"""The event clock: statements made in the same millisecond keep the order they were made in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from c4s_desktop.core.clock import EventClock, event_now_iso

T0 = datetime(2026, 11, 24, 9, 30, 0, 123456, tzinfo=UTC)
MS = timedelta(milliseconds=1)


def test_stamps_in_the_same_millisecond_are_moved_apart() -> None:
    clock = EventClock()
    stamps = [clock.stamp(T0 + timedelta(microseconds=n)) for n in range(3)]
    assert stamps == [T0.replace(microsecond=123000) + n * MS for n in range(3)]


def test_a_later_clock_is_taken_as_it_is() -> None:
    clock = EventClock()
    clock.stamp(T0)
    assert clock.stamp(T0 + timedelta(seconds=5)) == T0.replace(microsecond=123000) + 5000 * MS


def test_a_clock_set_back_a_little_does_not_reorder_events() -> None:
    clock = EventClock()
    first = clock.stamp(T0)
    assert clock.stamp(T0 - 200 * MS) == first + MS


def test_a_clock_set_back_by_more_than_a_second_is_followed() -> None:
    clock = EventClock()
    clock.stamp(T0)
    back = T0 - timedelta(hours=1)
    assert clock.stamp(back) == back.replace(microsecond=123000)
    assert clock.stamp(back) == back.replace(microsecond=123000) + MS


def test_a_burst_runs_ahead_of_the_clock_without_repeating() -> None:
    clock = EventClock()
    stamps = [clock.stamp(T0) for _ in range(1500)]
    assert stamps[-1] == T0.replace(microsecond=123000) + 1499 * MS
    assert clock.stamp(T0 + MS) == stamps[-1] + MS


def test_the_statement_clock_never_repeats_a_stamp() -> None:
    stamps = [event_now_iso() for _ in range(2000)]
    assert stamps == sorted(set(stamps))
    assert all(s.endswith("Z") and len(s) == len("2026-11-24T09:30:00.123Z") for s in stamps)
