"""Sync in the status bar: one button saying the state, and the details it opens.

States: "Not set up", "Syncing…", "Synced", "N statement(s) waiting", "Offline" (the server
cannot be reached now: the progress waits, nothing to do), "Needs attention" (the
server refused the credentials or set statements aside: an administrator should look) and
"Sync stopped" (the learner stopped a run: automatic runs wait for "Sync now" or the next start).
A run that lasts says how far it is ("Sending progress: 12,400 of 202,000"), and that closing
the app loses nothing; the details can stop it (so can the status bar's Stop, see
:mod:`c4s_desktop.ui.sync_stop`).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.errors import SyncError
from c4s_desktop.core.sync.progress import RECEIVING
from c4s_desktop.ui.errors import error_text
from c4s_desktop.ui.formatting import format_count
from c4s_desktop.ui.icons import icon
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.sync_jobs import StatusSnapshot
from c4s_desktop.ui.sync_scheduler import OFFLINE_CODES

REJECT_COLUMNS = 3
Progress = tuple[int, int]
"""``(done, total)`` of a run, as :mod:`c4s_desktop.core.sync.progress` reports it."""


class SyncState(Enum):
    """What the status bar says about sync."""

    NOT_SET_UP = "not_set_up"
    SYNCING = "syncing"
    SYNCED = "synced"
    WAITING = "waiting"
    OFFLINE = "offline"
    ATTENTION = "attention"
    STOPPED = "stopped"


def state_of(snapshot: StatusSnapshot, syncing: bool = False, paused: bool = False) -> SyncState:
    """The state a status snapshot shows (``paused``: the learner stopped sync)."""
    status = snapshot.status
    if not status.configured:
        return SyncState.NOT_SET_UP
    if syncing:
        return SyncState.SYNCING
    if paused:  # what the learner just did comes first: the last error is in the details
        return SyncState.STOPPED
    if status.last_error_code in OFFLINE_CODES:
        return SyncState.OFFLINE
    if status.last_error_code is not None or status.set_aside:
        return SyncState.ATTENTION
    if status.waiting:
        return SyncState.WAITING
    return SyncState.SYNCED if status.last_success else SyncState.WAITING


def progress_text(progress: Progress) -> str:
    """``Sending progress: 12,400 of 202,000``, or for a pull (no total known)
    ``Receiving progress: 1,500 so far``, in the learner's language and number format."""
    done, total = progress
    translate = QCoreApplication.translate
    if total == RECEIVING:
        return translate("SyncProgress", "Receiving progress: {received} so far").format(
            received=format_count(done))
    return translate("SyncProgress", "Sending progress: {sent} of {total}").format(
        sent=format_count(done), total=format_count(total))


def nothing_lost_text() -> str:
    """What closing the app in the middle of a run does (nothing to worry about)."""
    return QCoreApplication.translate(
        "SyncProgress", "Closing the app now loses nothing: what is not sent yet stays on "
                        "this computer and goes with the next sync.")


def stopping_text() -> str:
    """What a run says between the learner's stop and its end (a moment)."""
    return QCoreApplication.translate("SyncProgress", "Stopping sync…")


def paused_text() -> str:
    """When sync starts again after the learner stopped it."""
    return QCoreApplication.translate(
        "SyncProgress", "Sync starts again when you choose Sync now, or the next time the app "
                        "starts.")


def stop_tip() -> str:
    """What stopping a run does (the tooltip of both Stop buttons)."""
    return QCoreApplication.translate(
        "SyncProgress", "Stop sync now. What is not sent yet stays on this computer and goes "
                        "with the next sync.")


def format_instant(iso: str | None) -> str:
    """A stored UTC time as the learner's local date and time."""
    if not iso:
        return ""
    when = QDateTime.fromString(iso.replace("Z", "+00:00"), Qt.DateFormat.ISODateWithMs)
    if not when.isValid():
        when = QDateTime.fromString(iso.replace("Z", "+00:00"), Qt.DateFormat.ISODate)
    return when.toLocalTime().toString("yyyy-MM-dd HH:mm") if when.isValid() else iso


class SyncStatusButton(QToolButton):
    """The status-bar button: an icon and a few words; a click opens the details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.state: SyncState | None = None
        self.snapshot: StatusSnapshot | None = None
        self.setText(self.tr("Sync…"))

    def show_status(self, snapshot: StatusSnapshot, syncing: bool = False,
                    progress: Progress | None = None, *, stopping: bool = False,
                    paused: bool = False) -> None:
        """Show the state of ``snapshot`` (``syncing``: a run is in progress, which has
        reached ``progress`` if it reported any, and ``stopping`` if the learner stopped it;
        ``paused``: the learner stopped sync and no run started since)."""
        self.snapshot = snapshot
        self.state = state_of(snapshot, syncing, paused)
        waiting = snapshot.status.waiting
        if stopping:
            running = stopping_text()
        else:
            running = self.tr("Syncing…") if progress is None else progress_text(progress)
        texts = {
            SyncState.NOT_SET_UP: self.tr("Sync not set up"),
            SyncState.SYNCING: running,
            SyncState.SYNCED: self.tr("Synced"),
            SyncState.WAITING: self.waiting_text(waiting),
            SyncState.OFFLINE: self.tr("Offline"),
            SyncState.ATTENTION: self.tr("Sync needs attention"),
            SyncState.STOPPED: self.stopped_text(waiting),
        }
        self.setText(texts[self.state])
        self.setIcon(self._icon(self.state))
        tip = self.tr("Sync: {state}. Click for details.").format(state=texts[self.state])
        if self.state is SyncState.OFFLINE:
            tip += " " + self.waiting_text(waiting)
        elif self.state is SyncState.SYNCING:
            tip += " " + nothing_lost_text()
        elif self.state is SyncState.STOPPED:
            tip += " " + paused_text()
        self.setToolTip(tip)
        self.setAccessibleName(self.tr("Sync status"))
        self.setAccessibleDescription(texts[self.state])

    def waiting_text(self, waiting: int) -> str:
        """``12,400 statements waiting`` (also what screen readers hear as a run ends).

        A method, for its ``self.tr``: lupdate reads ``QCoreApplication.translate`` as no
        plural, and would list the message again without its forms.
        """
        return self.tr("%Ln statement(s) waiting", "", waiting)

    def stopped_text(self, waiting: int) -> str:
        """``Sync stopped: 12,400 statements waiting``: the learner stopped sync, this is
        left."""
        return self.tr("Sync stopped: {waiting}").format(waiting=self.waiting_text(waiting))

    def _icon(self, state: SyncState) -> QIcon:
        return icon(f"sync_{state.value}")  # resources/icons/sync_<state>.svg


class SyncDetailsDialog(QDialog):
    """Server, last success, waiting, last error and refused statements; "Sync now", "Set up…"."""

    sync_requested = Signal()
    stop_requested = Signal()
    setup_requested = Signal()
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync"))
        self.setAccessibleName(self.tr("Sync details"))
        self.setMinimumWidth(560)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.server = plain_label()
        self.server.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_success = QLabel()
        self.waiting = QLabel()
        self.last_error = plain_label()
        self.last_error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.server)
        form.addRow(self.tr("Last synced:"), self.last_success)
        form.addRow(self.tr("Waiting to be sent:"), self.waiting)
        form.addRow(self.tr("Last error:"), self.last_error)
        self.rejects_label = QLabel(self.tr("Statements the server refused (for an "
                                            "administrator; they are kept here):"))
        self.rejects_label.setWordWrap(True)
        self.rejects = QTableWidget(0, REJECT_COLUMNS)
        self.rejects.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"),
                                                self.tr("Reason")])
        self.rejects.horizontalHeader().setStretchLastSection(True)
        self.rejects.verticalHeader().hide()
        self.rejects.setAccessibleName(self.tr("Refused statements"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sync_button = self.buttons.addButton(self.tr("Sync &now"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        # In the place of "Sync now" while a run is in progress (one cannot start one then).
        self.stop_button = self.buttons.addButton(self.tr("Sto&p sync"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.stop_button.setToolTip(stop_tip())
        self.stop_button.hide()
        self.setup_button = self.buttons.addButton(self.tr("&Set up…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button = self.buttons.addButton(self.tr("Send refused &again"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_button.clicked.connect(self.sync_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.setup_button.clicked.connect(self.setup_requested)
        self.retry_button.clicked.connect(self.retry_requested)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.rejects_label)
        layout.addWidget(self.rejects, 1)
        layout.addWidget(self.buttons)

    def show_status(self, snapshot: StatusSnapshot, state: SyncState,
                    progress: Progress | None = None, *, waiting: int | None = None,
                    stopping: bool = False) -> None:
        """Fill the dialog from ``snapshot`` (and the run's ``progress``, if it reported).

        ``waiting``: the statements still to send while a run goes on (else the snapshot's
        count); ``stopping``: the learner stopped the run in progress.
        """
        status = snapshot.status
        summaries = {
            SyncState.NOT_SET_UP: self.tr("This computer does not send progress to a server "
                                          "yet. An administrator can set it up with an "
                                          "enrollment code."),
            SyncState.SYNCING: self.tr("Syncing with the server now…"),
            SyncState.SYNCED: self.tr("All progress recorded here is on the server."),
            SyncState.WAITING: self.tr("Some progress waits to be sent; it goes with the next "
                                       "sync."),
            SyncState.OFFLINE: self.tr("The server cannot be reached now. Progress is kept "
                                       "here and sent when the server is back."),
            SyncState.ATTENTION: self.tr("Sync needs an administrator's attention: see the "
                                         "last error below."),
            SyncState.STOPPED: self.tr("You stopped sync. What was not sent stays on this "
                                       "computer and goes with the next sync."),
        }
        summary = summaries[state]
        if state is SyncState.SYNCING:
            if stopping:
                summary = stopping_text()
            lines = [summary] if progress is None else [summary, progress_text(progress)]
            summary = "\n".join([*lines, nothing_lost_text()])
        elif state is SyncState.STOPPED:
            summary = "\n".join([summary, paused_text()])
        self.summary.setText(summary)
        self.server.setText(status.server or self.tr("none"))
        self.last_success.setText(format_instant(status.last_success) or self.tr("never"))
        waiting = status.waiting if waiting is None else waiting
        self.waiting.setText(self.tr("%Ln statement(s)", "", waiting))
        error = (error_text(SyncError(status.last_error_code, **status.last_error_params))
                 if status.last_error_code else self.tr("none"))
        self.last_error.setText(error)
        self.rejects.setRowCount(len(snapshot.rejects))
        for row, reject in enumerate(snapshot.rejects):
            what = f"{reject.verb.rsplit('/', 1)[-1]} {reject.activity}"
            for column, text in enumerate((format_instant(reject.at), what, reject.reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.rejects.setItem(row, column, item)
        has_rejects = bool(snapshot.rejects)
        self.rejects_label.setVisible(has_rejects)
        self.rejects.setVisible(has_rejects)
        self.retry_button.setVisible(has_rejects)
        self._show_buttons(status.configured and state is not SyncState.SYNCING,
                           state is SyncState.SYNCING, stopping)
        self.setup_button.setText(self.tr("&Set up…") if not status.configured
                                  else self.tr("Connect to another &server…"))
        if not has_rejects:
            self.adjustSize()  # no empty space where the hidden table was

    def _show_buttons(self, can_sync: bool, syncing: bool, stopping: bool) -> None:
        # The keyboard's place follows the button that takes over: "Sync now" hides as its
        # run starts and "Stop sync" as it ends, and either would drop the focus.
        had_focus = self.sync_button.hasFocus() or self.stop_button.hasFocus()
        self.sync_button.setVisible(not syncing)
        self.sync_button.setEnabled(can_sync)
        self.stop_button.setVisible(syncing)
        self.stop_button.setEnabled(syncing and not stopping)
        if had_focus and self.stop_button.isEnabled():
            self.stop_button.setFocus()
        elif had_focus and can_sync:
            self.sync_button.setFocus()
