"""Sync in the app's status bar, against the real ``c4s-sync`` server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.sync_flow import SyncFlow
from c4s_desktop.ui.sync_setup_dialog import SyncSetupDialog
from c4s_desktop.ui.sync_status import SyncState, SyncStatusButton
from tests.sync.conftest import add_statements, fast_config
from tests.sync.realserver import ServerProcess
from tests.ui.conftest import PACK_ID, Launch

WAIT_MS = 30_000


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with ServerProcess(tmp_path / "server") as running:
        yield running


def sync_of(controller: AppController) -> SyncFlow:
    assert controller.sync is not None
    controller.sync.scheduler.config = fast_config(attempts=2)
    return controller.sync


def wait_state(qtbot, flow: SyncFlow, state: SyncState,  # type: ignore[no-untyped-def]
               timeout: int = WAIT_MS) -> None:
    qtbot.waitUntil(lambda: flow.button.state is state and not flow.scheduler.running,
                    timeout=timeout)


def add_waiting(qtbot, controller: AppController, count: int) -> None:  # type: ignore[no-untyped-def]
    """Record ``count`` statements of Ana's through the store worker, as the app records."""
    done: list[object] = []

    def job(store: Store, _task: object) -> None:
        if not store.db.execute("SELECT 1 FROM learners WHERE name = 'Ana'").fetchone():
            create_learner(store, "Ana")
        add_statements(store, count, prefix=f"item{len(done)}-")

    controller.worker.run(job, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)


def test_not_set_up_then_enrolled_waiting_synced_and_offline(
        qtbot, launch: Launch, server: ServerProcess) -> None:
    controller = launch()
    flow = sync_of(controller)
    wait_state(qtbot, flow, SyncState.NOT_SET_UP)
    assert flow.button.text() == "Sync not set up"

    details = flow.open_details()
    assert details.isVisible() and details.sync_button.isEnabled() is False
    details.setup_button.click()
    setup = flow.setup
    assert isinstance(setup, SyncSetupDialog) and setup.isVisible()
    setup.server.setText(server.url)
    setup.code.setText(server.enroll_code("laptop"))
    setup.connect_button.click()
    qtbot.waitUntil(lambda: not setup.isVisible(), timeout=WAIT_MS)
    wait_state(qtbot, flow, SyncState.SYNCED)
    assert flow.button.text() == "Synced"

    add_waiting(qtbot, controller, 3)
    flow.refresh()
    wait_state(qtbot, flow, SyncState.WAITING)
    assert flow.button.text() == "3 statements waiting"
    assert details.waiting.text() == "3 statements"

    details.sync_button.click()
    wait_state(qtbot, flow, SyncState.SYNCED)
    assert len(server.statement_ids()) == 3
    assert details.last_error.text() == "none"

    server.kill()
    add_waiting(qtbot, controller, 1)
    flow.sync_now()
    wait_state(qtbot, flow, SyncState.OFFLINE)
    assert flow.button.text() == "Offline"
    assert "cannot be reached" in details.last_error.text()
    assert "1 statement waiting" in flow.button.toolTip()


def test_a_recorded_statement_is_synced_shortly_after(
        qtbot, launch: Launch, app_dir: Path, server: ServerProcess) -> None:
    from c4s_desktop.core.sync.enroll import enroll_device

    with Store.open(app_dir) as store:
        enroll_device(store, app_dir, server.url, server.enroll_code("laptop"))
    controller = launch(learner="Ana")
    flow = sync_of(controller)
    wait_state(qtbot, flow, SyncState.SYNCED)
    flow.scheduler.activity_timer.setInterval(50)
    assert controller.window is not None
    controller.window.open_item(PACK_ID, "l1-text")  # records "launched"
    qtbot.waitUntil(lambda: len(server.statement_ids()) >= 1, timeout=WAIT_MS)
    wait_state(qtbot, flow, SyncState.SYNCED)


def test_a_run_asked_for_during_a_run_follows_it_never_beside_it(
        qtbot, launch: Launch, app_dir: Path, server: ServerProcess) -> None:
    from c4s_desktop.core.sync.enroll import enroll_device

    with Store.open(app_dir) as store:
        enroll_device(store, app_dir, server.url, server.enroll_code("laptop"))
    controller = launch()
    flow = sync_of(controller)
    wait_state(qtbot, flow, SyncState.SYNCED)
    starts: list[int] = []
    flow.scheduler.started.connect(lambda: starts.append(1))
    flow.sync_now()
    first = flow.scheduler.job
    flow.sync_now()
    assert flow.scheduler.job is first  # the second request waits for the first run
    qtbot.waitUntil(lambda: len(starts) == 2, timeout=WAIT_MS)
    wait_state(qtbot, flow, SyncState.SYNCED)
    QApplication.processEvents()
    assert len(starts) == 2


def test_a_refused_statement_needs_attention_and_is_listed_for_an_admin(
        qtbot, launch: Launch, app_dir: Path, server: ServerProcess) -> None:
    from c4s_desktop.core.progress.log import record
    from c4s_desktop.core.sync.enroll import enroll_device
    from tests.sync.conftest import completions, learner_id

    with Store.open(app_dir) as store:
        create_learner(store, "Ana")
        bad = completions(learner_id(store), 1, prefix="bad")[0]
        bad["verb"]["id"] = "completed"  # not an IRI: the server refuses it
        record(store, [bad, *completions(learner_id(store), 2)])
        enroll_device(store, app_dir, server.url, server.enroll_code("laptop"))
    controller = launch()
    flow = sync_of(controller)
    wait_state(qtbot, flow, SyncState.ATTENTION)
    assert flow.button.text() == "Sync needs attention"
    assert len(server.statement_ids()) == 2  # the others went through
    details = flow.open_details()
    qtbot.waitUntil(lambda: details.rejects.rowCount() == 1, timeout=WAIT_MS)
    assert details.rejects.isVisibleTo(details) and details.retry_button.isVisibleTo(details)
    reason = details.rejects.item(0, 2)
    assert reason is not None and "verb.id" in reason.text()


def test_progress_made_on_another_computer_comes_back_and_shows(
        qtbot, launch: Launch, app_dir: Path, server: ServerProcess, tmp_path: Path) -> None:
    from c4s_desktop.core.progress.log import record
    from c4s_desktop.core.sync.engine import SyncEngine
    from c4s_desktop.core.sync.enroll import enroll_device
    from c4s_desktop.core.sync.learners import adopt_learner
    from c4s_desktop.core.xapi.statements import activity_iri, make_statement
    from tests.sync.conftest import learner_id

    other = tmp_path / "other-laptop"
    with Store.open(other) as store:
        create_learner(store, "Ana")
        ana = learner_id(store)
        record(store, [make_statement(ana, "completed", activity_iri(PACK_ID, "l1-text"),
                                      "document")])
        enroll_device(store, other, server.url, server.enroll_code("other"))
        SyncEngine(store, config=fast_config()).run_once()
    with Store.open(app_dir) as store:
        adopt_learner(store, ana, "Ana")
        enroll_device(store, app_dir, server.url, server.enroll_code("laptop"))
    controller = launch(learner="Ana")
    flow = sync_of(controller)
    wait_state(qtbot, flow, SyncState.SYNCED)
    assert controller.progress is not None
    view = controller.progress.view
    qtbot.waitUntil(lambda: view.item_state(PACK_ID, "l1-text").done, timeout=WAIT_MS)


def test_a_long_push_shows_how_far_it_is_in_the_status_bar_and_details(
        qtbot, launch: Launch, app_dir: Path, server: ServerProcess) -> None:
    from c4s_desktop.core.sync.enroll import enroll_device
    from c4s_desktop.core.sync.progress import ProgressPace

    with Store.open(app_dir) as store:
        create_learner(store, "Ana")
        add_statements(store, 1200)
        enroll_device(store, app_dir, server.url, server.enroll_code("laptop"))
    controller = launch()
    flow = sync_of(controller)
    # Every report heard, none paced away: the pace has its own (clock-driven) unit test.
    flow.scheduler.config = fast_config(attempts=2, batch_count=500,
                                        pace=ProgressPace(quiet=0.0, every=0.0))
    details = flow.open_details()
    shown: list[tuple[str, str, str]] = []
    # Connected after the flow's own slot, so this sees what each report put on screen.
    flow.scheduler.progressed.connect(lambda _done, _total: shown.append(
        (flow.button.text(), flow.button.toolTip(), details.summary.text())))
    wait_state(qtbot, flow, SyncState.SYNCED)
    assert [text for text, _tip, _summary in shown] == [
        "Sending progress: 0 of 1,200", "Sending progress: 500 of 1,200",
        "Sending progress: 1,000 of 1,200", "Sending progress: 1,200 of 1,200"]
    text, tip, summary = shown[1]
    assert "Closing the app now loses nothing" in tip
    assert summary.splitlines()[:2] == ["Syncing with the server now…", text]
    assert "Closing the app now loses nothing" in summary
    assert flow.button.text() == "Synced" and len(server.statement_ids()) == 1200
    assert "loses nothing" not in flow.button.toolTip()


def test_the_first_run_waits_a_moment_after_start(qtbot, tmp_path: Path) -> None:
    """The window is painted and answers the learner before a run loads the network code."""
    from c4s_desktop.core.datadir import DataDir
    from c4s_desktop.ui.sync_scheduler import FIRST_RUN_DELAY_MS, SyncScheduler
    from c4s_desktop.ui.worker import StoreWorker

    assert FIRST_RUN_DELAY_MS >= 1000
    worker = StoreWorker()
    with qtbot.waitSignal(worker.opened, timeout=WAIT_MS):
        worker.start(tmp_path / "data")
    scheduler = SyncScheduler(worker, DataDir(tmp_path / "data"))
    runs: list[object] = []
    scheduler.started.connect(lambda: runs.append("started"))
    scheduler.finished.connect(lambda report, error: runs.append((report, error)))
    try:
        scheduler.start(delay_ms=400)
        assert runs == [] and not scheduler.running
        assert scheduler.timer.isActive() and scheduler.timer.interval() == 400
        qtbot.waitUntil(lambda: len(runs) == 2, timeout=WAIT_MS)
        assert runs == ["started", (None, None)]  # this data folder is not set up
    finally:
        scheduler.shutdown()
        worker.stop()


def test_each_state_has_an_icon_of_its_own(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The app's own drawings (resources/icons/sync_*.svg), not the style's standard pixmaps."""
    button = SyncStatusButton()
    qtbot.addWidget(button)
    drawn = {}
    for state in SyncState:
        image = button._icon(state).pixmap(24, 24).toImage()
        assert not image.isNull(), state
        drawn[state] = bytes(image.constBits())
    assert len(set(drawn.values())) == len(SyncState)
