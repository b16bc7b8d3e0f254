"""The status bar's Stop, beside the sync status while a long run is in progress.

A learner on paid mobile data watching "Sending progress: 1,200 of 202,000" should not have to
open the details, or quit, to stop it. The button shows only once a run reports progress (it
has lasted a second): a short automatic run every few minutes would otherwise make a button
flicker in and out of the status bar, and of the Tab order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWidget

from c4s_desktop.ui.sync_status import stop_tip


class SyncStopButton(QToolButton):
    """"Stop": asks the run in progress to stop; reached with Tab, as the status is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStop")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setText(self.tr("Stop"))
        # "Stop" alone, heard out of the status bar's context, would not say what stops.
        self.setAccessibleName(self.tr("Stop sync"))
        self.setToolTip(stop_tip())
        self.hide()

    def show_run(self, long_run: bool, stopping: bool, focus_after: QWidget) -> None:
        """Shown while a run that reported progress (``long_run``) goes on, until it is asked
        to stop (``stopping``); the keyboard then goes to ``focus_after``, the status, which
        says "Stopping sync…" and then what is left."""
        visible = long_run and not stopping
        if not visible and self.hasFocus():
            focus_after.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setVisible(visible)
