"""A power cut (SIGKILL) while a video plays, between two recorded spans: the span being
watched was kept as a draft with the position, and the next start records it, so the
watching is not lost although spans are now recorded once a minute instead of every 10 s."""

from __future__ import annotations

import json
import signal
from pathlib import Path

from c4s_desktop.core.learners import find_learner
from c4s_desktop.core.progress.intervals import parse_segments
from c4s_desktop.core.progress.resume import load_position
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import EXT_SEGMENT
from tests.reliability.demo_data import PACK, demo_data, run_driver, video_spans

# As in the driver, which is not imported here: it makes Qt offscreen for whoever imports it.
VIDEO = "m1-l1-video"


def test_a_span_cut_by_a_power_cut_is_recorded_at_the_next_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    demo_data(data, "Ana")
    with Store.open(data, write=False) as store:
        ana = find_learner(store, "Ana")
    assert ana is not None

    run = run_driver("video_play_driver", str(data))
    assert "KEPT" in run.stdout.splitlines(), run.stdout
    assert run.returncode == -signal.SIGKILL
    with Store.open(data, write=False) as store:
        # Nothing recorded yet: a minute had not passed, and the span had not ended.
        assert video_spans(store, ana.id, VIDEO) == []
        drafts = store.db.execute("SELECT body FROM drafts").fetchall()
        assert len(drafts) == 1
        kept = parse_segments(
            json.loads(drafts[0][0])["result"]["extensions"][EXT_SEGMENT])
        position = load_position(store, ana.id, PACK, VIDEO)
    assert len(kept) == 1 and kept[0][1] - kept[0][0] >= 3.0
    assert position is not None and position >= kept[0][1] - 0.5

    # The next start, which opens a text and closes.
    done = run_driver("reading_driver", str(data), "m1-l1-text", "0", "close")
    assert done.returncode == 0, done.stdout
    with Store.open(data, write=False) as store:
        assert video_spans(store, ana.id, VIDEO) == kept
        assert store.db.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0


def test_a_shutdown_saves_where_the_video_stands_and_closes_the_store(tmp_path: Path) -> None:
    """A shutdown or log-off sends SIGTERM: the app closes as Quit does, so the position is
    where the learner was, not the last periodic save's (every 5 s), and the store closes."""
    data = tmp_path / "data"
    demo_data(data, "Ana")
    run = run_driver("video_term_driver", str(data))
    lines = run.stdout.splitlines()
    assert run.returncode == 0 and "EXIT 0" in lines, run.stdout
    watched = float(next(line for line in lines if line.startswith("WATCHED ")).split()[1])
    with Store.open(data, write=False) as store:
        ana = find_learner(store, "Ana")
        assert ana is not None
        position = load_position(store, ana.id, PACK, VIDEO)
        # The span watched was recorded on closing, not left as a draft for the next start.
        assert store.db.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0
        spans = video_spans(store, ana.id, VIDEO)
    assert position is not None and position >= watched
    assert len(spans) == 1 and spans[0][1] >= watched - 0.5
