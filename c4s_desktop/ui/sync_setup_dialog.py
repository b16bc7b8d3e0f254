"""Set up sync: the server's address and the one-time enrollment code an administrator gave.

An ``http://`` address of another computer gets a warning under the address, and Connect
waits until the user ticks that they accept an unencrypted connection (core decides which
addresses: :mod:`c4s_desktop.core.sync.plain_http`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.sync.plain_http import accepted_for, is_plain_http_remote
from c4s_desktop.ui.plain_text import plain_label


class SyncSetupDialog(QDialog):
    """Asks for the server and the code; the flow enrolls and calls :meth:`show_result`."""

    connect_requested = Signal(str, str)
    """``(server URL, enrollment code)``."""

    def __init__(self, parent: QWidget | None = None, server: str = "",
                 plain_http_accepted: str = "") -> None:
        """``plain_http_accepted``: the address whose unencrypted http the user accepted in the
        saved setup; that address alone starts accepted, any other asks again."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up sync"))
        self.setAccessibleName(self.tr("Set up sync"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("Progress recorded on this computer is sent to your "
                               "organisation's server, and comes back on any computer the "
                               "learner uses. Ask an administrator for the server's address "
                               "and a one-time enrollment code."))
        intro.setWordWrap(True)
        self.server = QLineEdit(server)
        self.server.setPlaceholderText("https://sync.example.org/")
        self.server.setAccessibleName(self.tr("Server address"))
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH-JKLM")
        self.code.setAccessibleName(self.tr("Enrollment code"))
        self._plain_http_accepted = plain_http_accepted
        self.http_warning = plain_label(self.tr(
            "This address starts with http://, so the connection is not encrypted: the "
            "enrollment code, this computer's sync password and learners' progress could be "
            "read by anyone on the network. Use https:// if the server offers it."))
        self.http_warning.setObjectName("form-error")
        self.http_warning.setWordWrap(True)
        self.http_accept = QCheckBox(self.tr("Connect without &encryption anyway"))
        form = QFormLayout()
        form.addRow(self.tr("Server &address:"), self.server)
        form.addRow("", self.http_warning)
        form.addRow("", self.http_accept)
        form.addRow(self.tr("Enrollment &code:"), self.code)
        self._form = form
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(self.tr("Status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(self.tr("C&onnect"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self._connect)
        self.buttons.rejected.connect(self.reject)
        self.server.textChanged.connect(self._server_changed)
        self.code.textChanged.connect(self._update)
        self.http_accept.toggled.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._busy = False
        self._plain_http = True  # as the rows start: shown (the check below hides them)
        self._server_changed()

    def _address(self) -> str:
        server = self.server.text().strip()
        return server if "://" in server else "https://" + server

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the height once the style sheet has made the warning bold (it wraps longer)."""
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # Qt sizes a window by its layout's minimum, which leaves out height-for-width: the
        # word-wrapped warning would be cut to a line or two without this.
        self.resize(self.width(), self.heightForWidth(self.width()))

    def _server_changed(self) -> None:
        address = self._address()
        plain = is_plain_http_remote(address)
        if plain != self._plain_http:
            self._plain_http = plain
            self._form.setRowVisible(self.http_warning, plain)
            self._form.setRowVisible(self.http_accept, plain)
            if self.isVisible():
                self._fit_height()
        # Any edit of the address asks again; only the saved, accepted address starts ticked.
        self.http_accept.setChecked(plain and accepted_for(address, self._plain_http_accepted))
        self._update()

    def _update(self) -> None:
        filled = bool(self.server.text().strip() and self.code.text().strip())
        accepted = self.http_accept.isChecked() or not self._plain_http
        self.connect_button.setEnabled(filled and accepted and not self._busy)

    def _connect(self) -> None:
        server = self._address()
        self._busy = True
        self._update()
        self.message.setText(self.tr("Connecting to {server}…").format(server=server))
        self.connect_requested.emit(server, self.code.text().strip())

    def show_result(self, error: str | None) -> None:
        """Close on success; else say what went wrong and let the user try again."""
        self._busy = False
        self._update()
        if error is None:
            self.accept()
        else:
            self.message.setText(error)
