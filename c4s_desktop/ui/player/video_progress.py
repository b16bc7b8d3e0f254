"""Where the player's records go: store-worker jobs for the video's learner, else memory.

The video's learner is whoever was signed in when it opened (:meth:`VideoProgress.follow`), not
whoever is signed in at the moment of a save: on a shared computer the next learner may sign in
while a span is still open, and what was watched belongs to the one who watched it. The player
opens the video again for a new learner. With nobody signed in, positions and spans stay in
memory for this run and nothing is recorded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from c4s_desktop.core.progress import drafts
from c4s_desktop.core.progress.intervals import Interval
from c4s_desktop.core.progress.resume import load_position, save_position
from c4s_desktop.core.progress.video_events import watched_statement
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import Statement
from c4s_desktop.ui.library_data import ItemPlace
from c4s_desktop.ui.session import Session
from c4s_desktop.ui.worker import Job, StoreWorker

log = logging.getLogger("c4s.video")
Key = tuple[str | None, str, str]


@dataclass(frozen=True)
class WatchedSpan:
    """A span of a video played: its seconds, the video's length, the subtitle or app
    language, and the SHA-256 of the file played."""

    span: Interval
    length: float
    lang: str
    file_sha256: str


class VideoProgress(QObject):
    """Saves positions and watched spans of videos; loads the saved position."""

    recorded = Signal(str, str, str, object)
    """(learner id, pack id, item id, the learner's new item states in that pack by item id):
    a watched span is stored, with the lesson, module or course it completes."""

    def __init__(self, worker: StoreWorker | None, session: Session | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._session = session
        self._positions: dict[Key, float] = {}
        self._learner_id: str | None = None  # whose records these are (see follow)
        self.unrecorded: list[tuple[str, str, Interval]] = []
        """Spans watched while nobody was signed in: (pack id, item id, span)."""

    def follow(self) -> None:
        """Save for the learner signed in now, until the next call (a video opens)."""
        learner = self._session.learner if self._session is not None else None
        self._learner_id = learner.id if learner is not None and self._worker is not None else None

    def load_position(self, place: ItemPlace, done: Callable[[float | None], None]) -> None:
        """Call ``done`` with where the learner stopped in the video (None: never)."""
        learner_id = self._learner_id
        pack_id, item_id, duration = place.pack.id, place.item.id, place.item.duration_s
        remembered = self._positions.get((learner_id, pack_id, item_id))
        if learner_id is None or self._worker is None or remembered is not None:
            done(remembered)
            return

        def failed(exc: BaseException) -> None:
            log.warning("cannot read the resume point: %s", exc)
            done(None)

        if not self._run(lambda store, _task: load_position(store, learner_id, pack_id, item_id,
                                                           duration),
                         on_done=done, on_error=failed):
            done(None)

    def save_position(self, place: ItemPlace, seconds: float,
                      watching: WatchedSpan | None = None) -> None:
        """Remember ``seconds`` as where the learner is in the video; with ``watching``, keep
        the span still being watched as a draft (``core/progress/drafts.py``), in the same
        transaction, so a power cut loses no more of it than of the position."""
        learner_id = self._learner_id
        pack_id, item_id = place.pack.id, place.item.id
        self._positions[(learner_id, pack_id, item_id)] = seconds
        if learner_id is None or self._worker is None:
            return
        draft = self._statement(learner_id, place, watching) if watching else None

        def save(store: Store, _task: object) -> None:
            with store.transaction() as db:
                save_position(store, learner_id, pack_id, item_id, seconds)
                if draft is not None:
                    drafts.keep(db, learner_id, pack_id, item_id, draft)

        self._run(save, on_error=lambda exc: log.warning("cannot save the resume point: %s", exc))

    def drop_draft(self, place: ItemPlace) -> None:
        """Forget the draft of the span being watched: it was not watched after all (the
        video cannot be played), so the next start must not record it."""
        learner_id = self._learner_id
        if learner_id is None or self._worker is None:
            return
        pack_id, item_id = place.pack.id, place.item.id

        def drop(store: Store, _task: object) -> None:
            with store.transaction() as db:
                drafts.discard(db, learner_id, pack_id, item_id)

        self._run(drop, on_error=lambda exc: log.warning("cannot drop the span's draft: %s", exc))

    def record_span(self, place: ItemPlace, watched: WatchedSpan) -> None:
        """Record that the learner watched a span of the video (a learning event); it
        replaces the span's draft."""
        learner_id = self._learner_id
        pack_id, item_id = place.pack.id, place.item.id
        if learner_id is None or self._worker is None:
            self.unrecorded.append((pack_id, item_id, watched.span))
            return
        statement = self._statement(learner_id, place, watched)
        manifest, lang = place.pack.manifest, watched.lang

        self._run(lambda store, _task: drafts.record_in_place(store, learner_id, manifest,
                                                              [statement], lang),
                  on_done=lambda states: self.recorded.emit(learner_id, pack_id, item_id, states))

    @staticmethod
    def _statement(learner_id: str, place: ItemPlace, watched: WatchedSpan) -> Statement:
        (start, end), length = watched.span, watched.length
        return watched_statement(learner_id, place.pack.id, place.item.id, start, end, length,
                                 watched.lang, lesson_id=place.lesson.id,
                                 file_sha256=watched.file_sha256)

    def _run(self, job: Job[Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> bool:
        """Queue ``job``; False (logged) when the store is already closed (the app is ending)."""
        assert self._worker is not None
        try:
            self._worker.run(job, on_done=on_done, on_error=on_error)
        except RuntimeError as exc:
            log.warning("video progress not saved, the store is closed: %s", exc)
            return False
        return True
