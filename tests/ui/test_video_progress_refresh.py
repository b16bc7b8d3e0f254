"""A watched span of video shows in the tree and the lesson page at once, like opening an item."""

from __future__ import annotations

from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.library_model import Column
from tests.ui.conftest import Launch
from tests.ui.test_video_player import DEMO_PACK, VIDEO, WAIT_MS, open_demo_video


def completion_text(controller: AppController, node_id: str) -> str:
    assert controller.window is not None
    row = controller.window.model.find(DEMO_PACK, node_id)
    return str(row.siblingAtColumn(Column.COMPLETION).data())


def test_a_watched_span_updates_the_tree_without_reopening(qtbot, launch: Launch) -> None:
    controller, view = open_demo_video(launch, "qt")
    progress = controller.progress
    assert progress is not None
    assert completion_text(controller, VIDEO) == "0%"
    view.play()
    qtbot.waitUntil(lambda: view.engine.position > 4.0, timeout=WAIT_MS)
    with qtbot.waitSignal(progress.recorded, timeout=WAIT_MS) as recorded:
        view.toggle_play()  # pausing closes the span: it is recorded
    assert recorded.args == [DEMO_PACK, VIDEO]
    # Kept with the file played: a course update may replace it (summary.item_completion).
    files = progress.view.item_state(DEMO_PACK, VIDEO).files
    assert len(files) == 1 and next(iter(files.values())).seconds > 3.5
    assert completion_text(controller, VIDEO) not in ("0%", "100%")
    assert progress.view.state(DEMO_PACK, VIDEO) == "started"
