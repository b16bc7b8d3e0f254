"""The signed-in learner's progress as the views read it: item states and completion figures.

Filled from store-worker jobs (see ``progress_session.py``); the library tree and the lesson
page read it through :meth:`ProgressViewModel.completion` and :meth:`ProgressViewModel.state`.
"""

from __future__ import annotations

from dataclasses import dataclass

from c4s_desktop.core.packs.manifest import Item
from c4s_desktop.core.progress.derive import ItemState
from c4s_desktop.core.progress.summary import Opened, completion, item_done, next_item
from c4s_desktop.ui.library_data import LibraryPack

PackStates = dict[str, dict[str, ItemState]]
"""Item states by pack id, then item id."""


@dataclass(frozen=True)
class ContinueTarget:
    """The item Continue opens; ``instead`` when it stands in for the item opened last,
    which a course update removed."""

    pack_id: str
    item_id: str
    instead: bool = False


class ProgressViewModel:
    """Item states and derived completion of one learner in every installed pack."""

    def __init__(self) -> None:
        self._packs: dict[str, LibraryPack] = {}
        self._items: dict[tuple[str, str], Item] = {}
        self._states: PackStates = {}
        self._figures: dict[str, dict[str, float]] = {}
        self.last_opened: Opened | None = None

    def set_packs(self, packs: list[LibraryPack]) -> None:
        """The installed packs changed: keep the states of those still there."""
        self._packs = {pack.id: pack for pack in packs}
        self._items = {}
        self.set_states({pack_id: states for pack_id, states in self._states.items()
                         if pack_id in self._packs})

    def set_states(self, states: PackStates) -> None:
        """Replace every state (a learner signed in); an empty mapping means nothing done."""
        self._states = {pack_id: dict(states.get(pack_id, {})) for pack_id in self._packs}
        # A pack without states is 0% throughout, what completion() answers for a missing
        # figure: at start (nobody signed in yet) no manifest is parsed for it.
        self._figures = {pack_id: completion(pack.manifest, self._states[pack_id])
                         for pack_id, pack in self._packs.items()
                         if self._states[pack_id]}

    def update_pack(self, pack_id: str, states: dict[str, ItemState]) -> None:
        """New states for items of one pack (after a record); recompute only that pack."""
        pack = self._packs.get(pack_id)
        if pack is None:
            return
        self._states[pack_id].update(states)
        self._figures[pack_id] = completion(pack.manifest, self._states[pack_id])

    def completion(self, pack_id: str, node_id: str | None) -> float:
        """0.0 to 1.0 for a pack (``node_id`` None) or a module, lesson or item of it."""
        return self._figures.get(pack_id, {}).get(node_id or pack_id, 0.0)

    def item_state(self, pack_id: str, item_id: str) -> ItemState:
        """The learner's state of one item (an empty state when never opened)."""
        return self._states.get(pack_id, {}).get(item_id, ItemState())

    def state(self, pack_id: str, item_id: str) -> str:
        """``"new"``, ``"started"`` or ``"done"`` for the lesson page."""
        state = self.item_state(pack_id, item_id)
        item = self._item(pack_id, item_id)
        # Judged against the installed item: an update may have changed what done means.
        if item_done(item, state) if item is not None else state.done:
            return "done"
        return "started" if state.started else "new"

    def _item(self, pack_id: str, item_id: str) -> Item | None:
        """The installed item, None when the pack (just removed) or the item is not."""
        pack = self._packs.get(pack_id)
        if pack is not None and (pack_id, item_id) not in self._items:
            self._items.update(((pack_id, item.id), item)
                               for _m, _l, item in pack.manifest.iter_items())
        return self._items.get((pack_id, item_id))

    def continue_target(self) -> ContinueTarget | None:
        """Where Continue goes: the item opened last, if its course still has it (else what
        :meth:`_instead_of_removed` picks); with nothing opened yet, the first item not done
        of any course. None when there is nothing to open."""
        opened = self.last_opened
        course = self._packs.get(opened.pack_id) if opened is not None else None
        if opened is not None and course is not None:
            if any(item.id == opened.item_id for _m, _l, item in course.manifest.iter_items()):
                return ContinueTarget(course.id, opened.item_id)
            return self._instead_of_removed(course, opened.lesson_id)
        for pack_id, pack in self._packs.items():
            item_id = next_item(pack.manifest, self._states[pack_id])
            if item_id is not None:
                return ContinueTarget(pack_id, item_id)
        return None

    def _instead_of_removed(self, pack: LibraryPack, lesson_id: str | None,
                            ) -> ContinueTarget | None:
        """For an item opened last that an update removed: the first item not done in its
        lesson, else in its course; in a course all done, that lesson's first item, else
        the course's."""
        states = self._states[pack.id]
        places = [(lesson.id, item.id) for _m, lesson, item in pack.manifest.iter_items()]
        in_lesson = [item_id for lesson, item_id in places if lesson == lesson_id]
        undone = [item_id for item_id in in_lesson if not states.get(item_id, ItemState()).done]
        candidates = [*undone, next_item(pack.manifest, states), *in_lesson,
                      *(item_id for _lesson, item_id in places)]
        first = next((item_id for item_id in candidates if item_id is not None), None)
        return None if first is None else ContinueTarget(pack.id, first, instead=True)
