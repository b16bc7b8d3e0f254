"""The sync setup dialog warns about an unencrypted server on another computer and connects to
one only once the user accepts it; the acceptance is remembered for that address alone.

The "LAN" server is the real ``c4s-sync`` on 127.0.0.1, reached as
``http://sync.classroom.test/`` through a forward proxy on loopback (see ``lan_proxy``).
"""

from __future__ import annotations

from pathlib import Path

from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.credentials import require_credentials
from c4s_desktop.ui.sync_flow import SyncFlow
from c4s_desktop.ui.sync_setup_dialog import SyncSetupDialog
from c4s_desktop.ui.sync_status import SyncState
from tests.sync.lan_proxy import LAN_URL, LanSync
from tests.ui.conftest import Launch
from tests.ui.test_sync_status import WAIT_MS, sync_of, wait_state


def open_setup(qtbot, flow: SyncFlow) -> SyncSetupDialog:  # type: ignore[no-untyped-def]
    flow.open_details().setup_button.click()
    setup = flow.setup
    assert isinstance(setup, SyncSetupDialog)
    qtbot.waitUntil(setup.isVisible, timeout=WAIT_MS)
    return setup


def warns(setup: SyncSetupDialog) -> bool:
    return setup.http_warning.isVisible() and setup.http_accept.isVisible()


def test_only_plain_http_to_another_computer_is_warned_about(qtbot) -> None:  # type: ignore[no-untyped-def]
    setup = SyncSetupDialog()
    qtbot.addWidget(setup)
    setup.show()
    setup.code.setText("ABCD-EFGH-JKLM")
    for address, warned in [("http://192.168.1.20:8080/", True),
                            ("https://192.168.1.20/", False),
                            ("192.168.1.20", False),  # no scheme: the dialog uses https
                            ("http://127.0.0.1:8080/", False),
                            ("http://[::1]/", False),
                            ("http://localhost/", False),
                            ("http://127.0.0.1.evil.com/", True)]:
        setup.server.setText(address)
        assert warns(setup) is warned, address
        assert setup.connect_button.isEnabled() is not warned, address
    assert "not encrypted" in setup.http_warning.text()
    label = setup.http_warning  # the dialog grew to show all of its lines
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))


def test_connecting_to_a_lan_server_over_http_needs_the_users_acceptance(
        qtbot, launch: Launch, app_dir: Path, lan: LanSync) -> None:
    flow = sync_of(launch())
    wait_state(qtbot, flow, SyncState.NOT_SET_UP)
    setup = open_setup(qtbot, flow)
    assert not warns(setup)
    setup.code.setText(lan.server.enroll_code("laptop"))
    setup.server.setText(LAN_URL)
    assert warns(setup) and not setup.http_accept.isChecked()
    assert not setup.connect_button.isEnabled()
    setup.http_accept.setChecked(True)
    assert setup.connect_button.isEnabled()
    setup.server.setText(LAN_URL + "x")  # a changed address asks again
    assert warns(setup) and not setup.connect_button.isEnabled()
    setup.server.setText(LAN_URL)
    assert not setup.connect_button.isEnabled()
    assert lan.proxy.stats.requests == 0, "nothing may be sent before the user agrees"

    setup.http_accept.setChecked(True)
    setup.connect_button.click()
    qtbot.waitUntil(lambda: not setup.isVisible(), timeout=WAIT_MS)
    wait_state(qtbot, flow, SyncState.SYNCED)
    assert require_credentials(app_dir).plain_http_accepted == LAN_URL
    assert lan.proxy.stats.requests > 0


def test_the_accepted_server_syncs_and_sets_up_again_without_asking_another_does_not(
        qtbot, launch: Launch, app_dir: Path, lan: LanSync) -> None:
    from c4s_desktop.core.sync.enroll import enroll_device

    with Store.open(app_dir) as store:  # as the dialog does once the user accepted
        enroll_device(store, app_dir, LAN_URL, lan.server.enroll_code("laptop"))
    flow = sync_of(launch())
    wait_state(qtbot, flow, SyncState.SYNCED)  # the scheduled sync asks nothing
    setup = open_setup(qtbot, flow)
    assert setup.server.text() == LAN_URL
    assert warns(setup) and setup.http_accept.isChecked()
    setup.code.setText(lan.server.enroll_code("laptop again"))
    assert setup.connect_button.isEnabled()
    setup.server.setText("http://sync2.classroom.test/")
    assert warns(setup) and not setup.http_accept.isChecked()
    assert not setup.connect_button.isEnabled()
