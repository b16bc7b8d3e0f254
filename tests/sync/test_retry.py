"""Backoff with jitter and Retry-After: the waits the engine takes between tries."""

from __future__ import annotations

import email.utils

import pytest

from c4s_desktop.core.sync.retry import RetryPolicy


def test_backoff_doubles_up_to_the_cap_with_jitter_in_the_upper_half() -> None:
    low = RetryPolicy(base=1.0, max_wait=10.0, rand=lambda: 0.0)
    high = RetryPolicy(base=1.0, max_wait=10.0, rand=lambda: 0.999999)
    assert [low.backoff(n) for n in (1, 2, 3, 4, 5, 6)] == [0.5, 1.0, 2.0, 4.0, 5.0, 5.0]
    assert [round(high.backoff(n), 3) for n in (1, 2, 3, 4, 5)] == [1.0, 2.0, 4.0, 8.0, 10.0]


def test_retry_after_in_seconds_or_as_a_date_is_obeyed_up_to_the_cap() -> None:
    policy = RetryPolicy(max_wait=30.0, now=lambda: 1_000_000.0, rand=lambda: 0.0)
    assert policy.retry_after("7", 1) == 7.0
    assert policy.retry_after("120", 1) == 30.0
    date = email.utils.formatdate(1_000_012.0, usegmt=True)
    assert policy.retry_after(date, 1) == pytest.approx(12.0)
    assert policy.retry_after(email.utils.formatdate(999_000.0, usegmt=True), 1) == 0.0
    assert policy.retry_after("soon", 3) == policy.backoff(3)
    assert policy.retry_after(None, 2) == policy.backoff(2)
