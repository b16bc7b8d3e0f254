"""After a course update: the completions an update caused, recorded at sign-in."""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.learners import find_learner
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import get_installed
from c4s_desktop.core.progress.item_events import ItemRef, completed, record_item_events
from c4s_desktop.core.progress.report import learner_report
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import VERBS
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.progress_session import ProgressSession
from tests import packkit
from tests.jsonedit import drop
from tests.ui.conftest import PACK_ID, Launch, write_course_source
from tests.ui.test_learners_progress import parts

L2_SHEET = ("modules", 0, "lessons", 1, "items", 2)
"""Where lesson 2's fact sheet sits in the UI tests' course."""


def install_without_l2_sheet(app_dir: Path, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    """Install version 2 of the UI tests' course, which drops lesson 2's fact sheet."""
    src = write_course_source(tmp_path / "v2-src")
    manifest = packkit.source_manifest(version=2, lessons=2)
    drop(*L2_SHEET)(manifest)
    (src / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    with Store.open(app_dir) as store:
        install_pack(store, packkit.build(src, tmp_path / "v2", key, folder=True))


def complete_items(app_dir: Path, learner_name: str, skip: set[str] = frozenset()) -> None:
    """Record, as the app would, that the learner finished every item but ``skip``, without
    opening any (so there is nothing to continue from)."""
    with Store.open(app_dir) as store:
        learner = find_learner(store, learner_name)
        manifest = get_installed(store, PACK_ID).manifest()
        for _module, lesson, item in manifest.iter_items():
            if item.id not in skip:
                ref = ItemRef(manifest, lesson, item)
                record_item_events(store, learner.id, manifest, [completed(learner.id, ref)])


def signed_in(qtbot, launch: Launch) -> tuple[AppController, ProgressSession]:
    controller = launch(learner="Ana")
    _window, progress = parts(controller)
    qtbot.waitUntil(progress.continue_action.isEnabled, timeout=10_000)  # states loaded
    return controller, progress


def restart(controller: AppController) -> None:
    controller.shutdown()
    assert controller.window is not None
    controller.window.close()


def test_signing_in_records_the_completion_an_update_caused(
        qtbot, launch: Launch, app_dir: Path, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    restart(signed_in(qtbot, launch)[0])
    complete_items(app_dir, "Ana", skip={"l2-sheet"})
    install_without_l2_sheet(app_dir, tmp_path, key)
    restart(signed_in(qtbot, launch)[0])
    with Store.open(app_dir) as store:
        ana = find_learner(store, "Ana")
        course = learner_report(store, ana).courses[0]
        stamps = store.db.execute(
            "SELECT timestamp FROM statements WHERE learner_id = ? AND verb = ? "
            "AND item_id IS NULL", [ana.id, VERBS["completed"]]).fetchall()
    assert course.complete and stamps == [(course.completed_at,)]
