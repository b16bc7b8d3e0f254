"""A sync run's progress reaches a person at a readable pace: nothing in a short run, then
a few reports a second, ending at the total. The clock is the test's, not the wall's."""

from __future__ import annotations

from c4s_desktop.core.sync.progress import RECEIVING, Paced, ProgressPace


class Clock:
    """Seconds the test moves on by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def paced(clock: Clock) -> tuple[Paced, list[tuple[int, int]]]:
    heard: list[tuple[int, int]] = []
    return Paced(lambda done, total: heard.append((done, total)),
                 ProgressPace(quiet=1.0, every=0.25, clock=clock)), heard


def test_a_run_shorter_than_a_second_reports_nothing_not_even_its_end() -> None:
    clock = Clock()
    report, heard = paced(clock)
    for done in (0, 500, 1000):
        clock.now += 0.3
        report(done, 1000)
    assert heard == []


def test_a_long_push_reports_a_few_times_a_second_and_always_its_end() -> None:
    clock = Clock()
    report, heard = paced(clock)
    clock.now += 1.0
    report(0, 2000)  # the quiet second is over
    for done in range(100, 2100, 100):  # a batch every 0.1 s
        clock.now += 0.1
        report(done, 2000)
    assert heard == [(0, 2000), (300, 2000), (600, 2000), (900, 2000), (1200, 2000),
                     (1500, 2000), (1800, 2000), (2000, 2000)]


def test_a_pull_has_no_end_to_let_through_early() -> None:
    clock = Clock()
    report, heard = paced(clock)
    clock.now += 1.5
    report(500, RECEIVING)
    clock.now += 0.1
    report(1000, RECEIVING)  # too soon after the last, and a pull has no known last page
    clock.now += 0.2
    report(1500, RECEIVING)
    assert heard == [(500, RECEIVING), (1500, RECEIVING)]
