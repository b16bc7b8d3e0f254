"""Store-worker jobs for learners and their progress (run in the writer thread, never the UI)."""

from __future__ import annotations

from dataclasses import dataclass

from c4s_desktop.core.errors import NotFoundError
from c4s_desktop.core.learners import Learner, create_learner, find_learner, list_learners, sign_in
from c4s_desktop.core.progress.late_completions import record_late_completions
from c4s_desktop.core.progress.log import item_states
from c4s_desktop.core.progress.summary import Opened, last_opened
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.library_data import LibraryPack
from c4s_desktop.ui.progress_view_model import PackStates


@dataclass(frozen=True)
class LearnerProgress:
    """What the window needs once a learner is signed in."""

    learner_id: str
    states: PackStates
    last_opened: Opened | None
    learners: list[Learner]


def load_progress(store: Store, learner_id: str, packs: list[LibraryPack],
                  language: str | None) -> LearnerProgress:
    """The learner's item states in every installed pack, their last opened item, and all
    learners; first, the ``completed`` statements a course update owes them (recorded in
    ``language``: ``late_completions``)."""
    states = {pack.id: item_states(store, learner_id, pack.id) for pack in packs}
    # Only a course with an item done can be complete: the others' manifests stay unparsed.
    begun = [pack.manifest for pack in packs
             if any(state.done for state in states[pack.id].values())]
    record_late_completions(store, learner_id, begun, states, language)
    return LearnerProgress(learner_id, states, last_opened(store, learner_id),
                           list_learners(store))


def sign_in_by_name(store: Store, name: str) -> Learner:
    """Sign in the learner called ``name`` (``--learner``), adding them without a PIN if new.

    A learner who has a PIN is refused (``learner.wrong_pin``): the command line never
    bypasses a PIN.
    """
    try:
        learner = find_learner(store, name)
    except NotFoundError:
        learner = create_learner(store, name)
    return sign_in(store, learner.id)


def create_and_sign_in(store: Store, name: str, pin: str | None) -> Learner:
    """Add a learner and sign them in."""
    return sign_in(store, create_learner(store, name, pin).id, pin)
