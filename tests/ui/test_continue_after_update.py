"""After a course update: where Continue goes when the item opened last was removed, and
that Continue never does nothing silently."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.ui.progress_view_model import ContinueTarget
from tests.ui.conftest import PACK_ID, Announced, Launch
from tests.ui.test_learners_progress import open_and_wait, parts
from tests.ui.test_update_completions import (
    complete_items,
    install_without_l2_sheet,
    restart,
    signed_in,
)


def test_continue_goes_on_in_the_lesson_of_an_item_an_update_removed(
        qtbot, launch: Launch, app_dir: Path, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    first, progress = signed_in(qtbot, launch)
    window, _ = parts(first)
    open_and_wait(qtbot, window, progress, "l2-text")
    open_and_wait(qtbot, window, progress, "l2-sheet")  # the last item opened
    restart(first)
    install_without_l2_sheet(app_dir, tmp_path, key)

    controller, progress = signed_in(qtbot, launch)
    window, _ = parts(controller)
    assert progress.continue_learning()
    # Lesson 2's first item not done (the course's would be lesson 1's video).
    assert window.opened_item is not None and window.opened_item.item.id == "l2-video"
    assert window.statusBar().currentMessage() == (
        "The item you had open last was removed by a course update; here is the next one.")


def test_continue_says_why_nothing_opens(qtbot, launch: Launch, app_dir: Path,
                                         monkeypatch: pytest.MonkeyPatch,
                                         announced: Announced) -> None:
    restart(signed_in(qtbot, launch)[0])  # installs the course and adds Ana
    complete_items(app_dir, "Ana")
    controller, progress = signed_in(qtbot, launch)
    window, _ = parts(controller)
    assert not progress.continue_learning()
    assert window.opened_item is None
    nothing = "Every course is complete: there is nothing left to continue."
    assert window.statusBar().currentMessage() == nothing
    assert (nothing, False) in announced  # said, too: Continue is often a shortcut key
    # An item the window cannot find (the library changed under it) is said, too.
    monkeypatch.setattr(progress.view, "continue_target",
                        lambda: ContinueTarget(PACK_ID, "no-such-item"))
    progress.continue_action.trigger()
    assert window.opened_item is None
    assert window.statusBar().currentMessage() == (
        "The item to continue with is no longer in the library.")
