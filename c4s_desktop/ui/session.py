"""Who is learning right now: the one place the window keeps the signed-in learner."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from c4s_desktop.core.learners import Learner


class Session(QObject):
    """Holds the current learner; views read it and listen for changes."""

    learner_changed = Signal(object)
    """The new :class:`Learner`, or None when nobody is signed in."""
    learner_leaving = Signal()
    """A switch away from the signed-in learner has begun (a PIN or a new learner's name may be
    asked first, and the switch may yet be cancelled): whatever still counts for them stops and
    is saved now, so it is stored ahead of the switch's own store work."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._learner: Learner | None = None

    @property
    def learner(self) -> Learner | None:
        return self._learner

    def begin_switch(self) -> None:
        """Say that someone else is about to sign in; the signed-in learner stays until
        :meth:`set_learner`. Nothing is said when nobody is signed in."""
        if self._learner is not None:
            self.learner_leaving.emit()

    def set_learner(self, learner: Learner | None) -> None:
        """Change the current learner and tell every listener."""
        self._learner = learner
        self.learner_changed.emit(learner)

    def update_learner(self, learner: Learner) -> None:
        """Keep the signed-in learner's new facts (a role, a PIN); the same learner is still
        signed in, so nobody is told of a change. Another learner is ignored."""
        if self._learner is not None and self._learner.id == learner.id:
            self._learner = learner
