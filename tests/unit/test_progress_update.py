"""A learner's progress across a course update: time spent on items the update removed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.learners import Learner, create_learner
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import get_installed
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress.item_events import completed, exited, launched
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.progress.report import CourseProgress, build_report
from c4s_desktop.core.progress.video_events import watched_statement
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import activity_iri, make_statement
from tests import packkit
from tests.jsonedit import drop
from tests.unit.conftest import ref
from tests.unit.test_progress_report import PACK, VIDEO_LENGTH, at

DAY = 86_400.0
L2_SHEET = ("modules", 0, "lessons", 1, "items", 2)
"""Where lesson 2's fact sheet sits in packkit's manifest."""
L1_VIDEO = ("modules", 0, "lessons", 0, "items", 0)


def install_version(store: Store, tmp_path: Path, key: Ed25519PrivateKey, version: int,
                    *edits: Callable[[dict[str, Any]], None], lessons: int = 2) -> Manifest:
    """Build version ``version`` of the test pack (packkit's, with ``edits``), install it
    over the one installed, and return its manifest."""
    source = packkit.source_manifest(version=version, lessons=lessons)
    for edit in edits:
        edit(source)
    src = packkit.write_source(tmp_path / f"v{version}-src", source, lessons=lessons)
    install_pack(store, packkit.build(src, tmp_path / f"v{version}", key, folder=True))
    return get_installed(store, PACK).manifest()


def course(store: Store, learner: Learner, manifest: Manifest) -> CourseProgress:
    return build_report(store, learner, [manifest]).courses[0]


def test_time_spent_on_items_an_update_removed_stays_in_their_course(
        store: Store, manifest: Manifest, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    cy = create_learner(store, "Cy")
    text, sheet = ref(manifest, "l1-text"), ref(manifest, "l2-sheet")
    video = ref(manifest, "l1-video")
    record(store, [
        at(launched(cy.id, text), 0),                      # 60 s reading
        at(launched(cy.id, sheet), 60),                    # 300 s on the sheet, then closed
        at(completed(cy.id, sheet), 60),
        at(exited(cy.id, sheet), 360),
        at(launched(cy.id, video), DAY),                   # next day: 10 s of video
        at(watched_statement(cy.id, PACK, "l1-video", 0, 10, VIDEO_LENGTH, "en", "l1"),
           DAY + 15),
        at(launched(cy.id, ref(manifest, "l2-text")), DAY + 20),  # 120 s, then closed
        at(exited(cy.id, ref(manifest, "l2-text")), DAY + 140),
        # A lesson no version has any more, completed: not an item, so no time of its own.
        at(make_statement(cy.id, "completed", activity_iri(PACK, "gone-lesson"), "lesson"),
           DAY + 140),
        at(launched(cy.id, text), DAY + 400),              # 30 s, then closed
        at(exited(cy.id, text), DAY + 430),
    ])
    spent = 60 + 300 + 10 + 120 + 30
    assert course(store, cy, manifest).time_spent_s == pytest.approx(spent)
    v2 = install_version(store, tmp_path, key, 2, drop(*L2_SHEET), drop(*L1_VIDEO))
    assert course(store, cy, v2).time_spent_s == pytest.approx(spent)
