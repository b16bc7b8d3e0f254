"""A power cut (SIGKILL) the moment another learner is signed in while a video plays, before
the store worker runs any job the switch queued: what the first learner watched, and where they
were, are in the database under their name, stored before the switch."""

from __future__ import annotations

import signal
from pathlib import Path

from c4s_desktop.core.learners import find_learner
from c4s_desktop.core.progress.resume import load_position
from c4s_desktop.core.store.database import Store
from tests.reliability.demo_data import PACK, demo_data, run_driver, video_spans

# As in the driver, which is not imported here: it makes Qt offscreen for whoever imports it.
VIDEO = "m1-l1-video"


def _run_until_killed(data: Path) -> float:
    """The position Ana was at when Bob was picked; the driver kills itself once Bob is in."""
    run = run_driver("video_switch_driver", str(data))
    lines = run.stdout.splitlines()
    assert "SWITCHED" in lines, f"the app ended or stopped before the switch: {lines}"
    assert run.returncode == -signal.SIGKILL
    return next(float(line.split()[1]) for line in lines if line.startswith("WATCHED "))


def test_a_power_cut_right_after_a_switch_keeps_the_watching(tmp_path: Path) -> None:
    data = tmp_path / "data"
    demo_data(data, "Ana", "Bob")
    watched = _run_until_killed(data)

    with Store.open(data) as store:
        ana, bob = find_learner(store, "Ana"), find_learner(store, "Bob")
        ana_spans = video_spans(store, ana.id, VIDEO)
        bob_spans = video_spans(store, bob.id, VIDEO)
        ana_at = load_position(store, ana.id, PACK, VIDEO)
        bob_at = load_position(store, bob.id, PACK, VIDEO)
    assert ana_spans and ana_spans[0][0] < 1.0 and ana_spans[-1][1] > 3.0
    assert ana_spans[-1][1] <= watched + 0.5
    assert ana_at is not None and 3.0 < ana_at <= watched + 0.5
    assert bob_spans == [] and bob_at is None
