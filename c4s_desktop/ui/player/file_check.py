"""What the player says when an engine cannot play a video, in words the learner can act on.

An engine only knows that it cannot decode the file. Hashing it tells a copy damaged on this
computer, which adding the course again repairs, from a whole file in a format this computer
cannot play, which only whoever made the course can change. A video can be large, so the hash
runs on a thread, as the fact sheets' check does (``item_page.py``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from c4s_desktop.core.packs.pack_files import PackFiles
from c4s_desktop.ui.pool_job import PoolJob

log = logging.getLogger("c4s.video")


class VideoFileCheck(QObject):
    """Checks the file of a video that cannot be played; :attr:`said` gives the verdict."""

    said = Signal(str)
    """What to tell the learner: the file is damaged here, or whole but unplayable."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check: object | None = None  # the check whose answer is still wanted

    def start(self, files: PackFiles, path: str, detail: str) -> str:
        """Log the engine's ``detail`` and check ``path``'s file on a thread; returns what to
        say meanwhile (:attr:`said` follows, unless :meth:`forget` is called first)."""
        where = f"{files.manifest.id}/{path}"
        log.warning("video %s cannot be played: %s", where, detail)
        check = self._check = object()
        PoolJob(lambda _job: files.is_intact(path),
                on_done=lambda intact: self._checked(check, where, bool(intact)),
                on_error=lambda exc: self._checked(check, where, False, exc),
                parent=self, thread_name="c4s-hash").start()
        return self.tr("This video cannot be played; checking its file…")

    def forget(self) -> None:
        """Another video, or none, is open now: a check still running says nothing."""
        self._check = None

    def _checked(self, check: object, where: str, intact: bool,
                 error: BaseException | None = None) -> None:
        if check is not self._check:
            return
        self._check = None
        if intact:
            # The bytes are the ones the pack was signed with: adding it again cannot help.
            log.warning("video %s: its file is whole, so this computer cannot play its format",
                        where)
            self.said.emit(self.tr("This video cannot be played: its file is not in a format "
                                   "this computer can play; tell whoever gave you the course."))
            return
        log.warning("video %s: its file is damaged or missing on this computer%s", where,
                    f" (the check failed: {error!r})" if error is not None else "")
        self.said.emit(self.tr("This video cannot be played: its file is damaged on this "
                               "computer; add its course again (File → Add packs…) to repair "
                               "it."))
