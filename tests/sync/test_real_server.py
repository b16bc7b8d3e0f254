"""The sync engine and downloads against the real ``c4s-sync`` server (SQLite, loopback)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.cli import main
from c4s_desktop.core.errors import CancelledError, SyncError
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.packs.library import get_installed
from c4s_desktop.core.packs.signing import public_key_b64
from c4s_desktop.core.packs.trust import add_trusted
from c4s_desktop.core.progress.log import item_state, record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.catalog import Catalog
from c4s_desktop.core.sync.credentials import require_credentials
from c4s_desktop.core.sync.engine import SyncEngine
from c4s_desktop.core.sync.enroll import enroll_device
from c4s_desktop.core.sync.learners import adopt_learner, save_cursor
from c4s_desktop.core.sync.outbox import list_rejects
from c4s_desktop.core.sync.pack_download import download_pack
from c4s_desktop.core.sync.retry import RetryPolicy
from c4s_desktop.core.sync.status import sync_status
from c4s_desktop.core.sync.transport import Transport
from tests import packkit
from tests.sync.conftest import PACK, add_statements, completions, fast_config, learner_id
from tests.sync.faultproxy import Fault, FaultProxy
from tests.sync.realserver import ServerProcess


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with ServerProcess(tmp_path_factory.mktemp("server")) as running:
        yield running


def enrolled(server: ServerProcess, root: Path, name: str = "Ana") -> Store:
    store = Store.open(root)
    create_learner(store, name)
    enroll_device(store, root, server.url, server.enroll_code(root.name))
    return store


def test_push_registers_learners_and_delivers_everything(
        tmp_path: Path, server: ServerProcess) -> None:
    store = enrolled(server, tmp_path / "laptop")
    try:
        sent = add_statements(store, 1100)
        report = SyncEngine(store, config=fast_config()).run_once()
        assert report.learners_registered == 1
        assert report.sent == 1100 and report.waiting == 0 and report.set_aside == 0
        assert {s["id"] for s in sent} <= set(server.statement_ids())
        again = SyncEngine(store, config=fast_config()).run_once()
        assert again.sent == 0 and again.learners_registered == 0 and again.pulled == 0
        status = sync_status(store, store.data_dir.root)
        assert status.server == server.url and status.kind == "c4s"
        assert status.last_success and status.waiting == 0
    finally:
        store.close()


def test_refused_statements_are_set_aside_with_the_servers_reason(
        tmp_path: Path, server: ServerProcess) -> None:
    store = enrolled(server, tmp_path / "laptop")
    try:
        good = add_statements(store, 30)
        bad = completions(learner_id(store), 1, "bad")[0]
        bad["timestamp"] = "yesterday"
        record(store, [bad])
        good += add_statements(store, 30, prefix="more")
        report = SyncEngine(store, config=fast_config()).run_once()
        assert report.sent == 60 and report.set_aside == 1
        [reject] = list_rejects(store)
        assert reject.statement_id == bad["id"] and reject.status == 400
        assert "timestamp" in reject.reason
        held = set(server.statement_ids())
        assert {s["id"] for s in good} <= held and bad["id"] not in held
    finally:
        store.close()


def test_a_learner_who_moves_gets_their_progress_back(
        tmp_path: Path, server: ServerProcess) -> None:
    old = enrolled(server, tmp_path / "old-laptop")
    new = Store.open(tmp_path / "new-laptop")
    try:
        ana = learner_id(old)
        add_statements(old, 40)
        SyncEngine(old, config=fast_config()).run_once()
        adopt_learner(new, ana, "Ana")
        mine = completions(ana, 1, "written-on-the-new-laptop")[0]
        record(new, [mine])
        # The old laptop sends a different statement under the same id: a conflict.
        clash = dict(mine, result={"success": False})
        record(old, [clash])
        SyncEngine(old, config=fast_config()).run_once()
        enroll_device(new, new.data_dir.root, server.url, server.enroll_code("new"))
        report = SyncEngine(new, config=fast_config(pull_page=9)).run_once()
        assert report.pulled == 40
        assert all(item_state(new, ana, PACK, f"item{n}").done for n in range(40))
        row = new.db.execute("SELECT body, origin FROM statements WHERE id = ?",
                             [mine["id"]]).fetchone()
        assert json.loads(row[0]) == mine and row[1] == "local"
        [reject] = list_rejects(new)
        assert reject.statement_id == mine["id"] and reject.status == 409
        assert SyncEngine(new, config=fast_config()).run_once().pulled == 0
    finally:
        old.close()
        new.close()


def test_a_revoked_device_is_told_so(tmp_path: Path, server: ServerProcess) -> None:
    store = enrolled(server, tmp_path / "stolen")
    try:
        add_statements(store, 3)
        device = require_credentials(store.data_dir.root).device_id
        server.admin("revoke", device)
        with pytest.raises(SyncError) as caught:
            SyncEngine(store, config=fast_config()).run_once()
        assert caught.value.code == "sync.unauthorized"
        assert sync_status(store, store.data_dir.root).waiting == 3
    finally:
        store.close()


def test_a_revoked_device_with_nothing_to_send_is_told_so(
        tmp_path: Path, server: ServerProcess) -> None:
    """No learner and nothing waiting: the run still asks with its credentials once."""
    root = tmp_path / "empty"
    with Store.open(root) as store:
        enroll_device(store, root, server.url, server.enroll_code("empty"))
        report = SyncEngine(store, config=fast_config()).run_once()
        assert report.requests == 2  # About, and the check of the credentials
        server.admin("revoke", require_credentials(root).device_id)
        with pytest.raises(SyncError) as caught:
            SyncEngine(store, config=fast_config()).run_once()
        assert caught.value.code == "sync.unauthorized"
        assert sync_status(store, root).last_error_code == "sync.unauthorized"


def test_enrollment_code_is_single_use(tmp_path: Path, server: ServerProcess) -> None:
    code = server.enroll_code("once")
    with Store.open(tmp_path / "a") as first, Store.open(tmp_path / "b") as second:
        enroll_device(first, first.data_dir.root, server.url, code)
        with pytest.raises(SyncError) as caught:
            enroll_device(second, second.data_dir.root, server.url, code)
    assert caught.value.code == "sync.enroll_refused"


def test_the_servers_own_rate_limit_is_waited_out(tmp_path: Path) -> None:
    with ServerProcess(tmp_path / "server", "--rate", "5", "--burst", "2") as server:
        store = enrolled(server, tmp_path / "laptop")
        try:
            add_statements(store, 300)
            report = SyncEngine(store, config=fast_config(batch_count=30)).run_once()
            assert report.sent == 300 and report.waiting == 0
            assert report.statuses.get(429, 0) > 0
            assert len(server.statement_ids()) == 300
        finally:
            store.close()


def test_download_from_the_server_resumes_after_a_cut(
        tmp_path: Path, server: ServerProcess, key: Ed25519PrivateKey) -> None:
    src = packkit.write_source(tmp_path / "src", lessons=2, media_size=1_500_000)
    pack = packkit.build(src, tmp_path / "pack", key, folder=True)
    server.admin("trust", "add", str(packkit.write_pub(tmp_path / "k.pub", key)))
    server.admin("publish", str(pack))
    store = enrolled(server, tmp_path / "laptop")
    try:
        add_trusted(store, public_key_b64(key), "test")
        creds = require_credentials(store.data_dir.root)
        host, port = server.url.split("//")[1].rstrip("/").split(":")
        size = sum(f["size"] for f in packkit.load_manifest(pack)["files"].values())
        with FaultProxy((host, int(port))) as proxy:
            proxy.cut_after = size // 2
            via_proxy = Transport(replace(creds, server=proxy.url,
                                          endpoint=proxy.url + "xapi/"))
            offers = Catalog(via_proxy).fetch(store)
            assert [o.id for o in offers] == ["org.example.test"]
            result = download_pack(store, via_proxy, "org.example.test",
                                   policy=RetryPolicy(base=0.01, max_wait=0.1))
            assert proxy.cut_after is None
            assert proxy.stats.to_client <= size * 1.02 + 50_000
        assert result.version == 1
        assert get_installed(store, "org.example.test") is not None
    finally:
        store.close()


def test_cli_enrolls_adopts_a_learner_and_syncs(
        tmp_path: Path, server: ServerProcess, capsys: pytest.CaptureFixture[str]) -> None:
    old = enrolled(server, tmp_path / "old")
    try:
        add_statements(old, 5)
        SyncEngine(old, config=fast_config()).run_once()
        ana = learner_id(old)
    finally:
        old.close()
    data = str(tmp_path / "new")
    code = server.enroll_code("new")
    assert main(["--data-dir", data, "sync", "setup", "--server", server.url,
                 "--code", code, "--name", "new laptop"]) == 0
    assert main(["--data-dir", data, "sync", "adopt", ana, "Ana"]) == 0
    assert main(["--data-dir", data, "sync", "run"]) == 0
    out = capsys.readouterr().out
    assert "enrolled with" in out and "pulled 5," in out
    assert main(["--data-dir", data, "sync", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["server"] == server.url and status["waiting"] == 0
    assert status["last_success"] and status["last_error"] is None


def test_progress_carried_on_a_stick_reaches_the_server_through_a_computer_that_syncs(
        tmp_path: Path, server: ServerProcess) -> None:
    """The offline laptop never syncs; the trainer's laptop loads its file and relays it."""
    offline_root, stick = tmp_path / "offline", tmp_path / "stick"
    stick.mkdir()
    offline = Store.open(offline_root)
    create_learner(offline, "Zsófi")
    made = add_statements(offline, 40, name="Zsófi")
    zsofi = learner_id(offline, "Zsófi")
    offline.close()
    assert main(["--data-dir", str(offline_root), "progress", "save", "--to", str(stick)]) == 0
    [carried] = stick.iterdir()
    assert carried.suffix == ".c4sprogress"

    trainer_root = tmp_path / "trainer"
    enrolled(server, trainer_root, name="Trainer").close()
    assert main(["--data-dir", str(trainer_root), "progress", "load", str(carried)]) == 0
    trainer = Store.open(trainer_root)
    try:
        report = SyncEngine(trainer, config=fast_config()).run_once()
        assert report.learners_registered == 2 and report.sent == 40 and report.set_aside == 0
        assert {s["id"] for s in made} <= set(server.statement_ids())
        assert SyncEngine(trainer, config=fast_config()).run_once().sent == 0
    finally:
        trainer.close()

    # Zsófi's record is whole on a third computer that syncs.
    third = enrolled(server, tmp_path / "third", name="Someone")
    try:
        adopt_learner(third, zsofi, "Zsófi")
        assert SyncEngine(third, config=fast_config()).run_once().pulled == 40
        assert all(item_state(third, zsofi, PACK, f"item{n}").done for n in range(40))
    finally:
        third.close()

    # When the offline laptop gets a connection at last, sending the same statements again
    # is harmless: each is taken as delivered, none is refused.
    offline = Store.open(offline_root)
    try:
        enroll_device(offline, offline_root, server.url, server.enroll_code("offline"))
        late = SyncEngine(offline, config=fast_config()).run_once()
        assert late.sent == 40 and late.set_aside == 0 and late.waiting == 0
    finally:
        offline.close()


def test_what_a_device_sent_does_not_come_back_and_others_statements_do(
        tmp_path: Path, server: ServerProcess) -> None:
    laptop = enrolled(server, tmp_path / "laptop")
    other = Store.open(tmp_path / "other")
    try:
        ana = learner_id(laptop)
        add_statements(laptop, 100)
        first = SyncEngine(laptop, config=fast_config()).run_once()
        assert first.sent == 100 and first.received == 0  # the push is not fetched back
        adopt_learner(other, ana, "Ana")
        enroll_device(other, other.data_dir.root, server.url, server.enroll_code("other"))
        assert SyncEngine(other, config=fast_config()).run_once().pulled == 100
        theirs = completions(ana, 5, "on-the-other-laptop")
        record(other, theirs)
        SyncEngine(other, config=fast_config()).run_once()
        add_statements(laptop, 7, prefix="more")
        later = SyncEngine(laptop, config=fast_config()).run_once()
        assert later.sent == 7
        assert later.received == 5 and later.pulled == 5  # only what the other laptop sent
        assert all(item_state(laptop, ana, PACK, f"on-the-other-laptop{n}").done
                   for n in range(5))
    finally:
        laptop.close()
        other.close()


def test_a_restored_database_gets_back_what_it_had_sent_since_its_backup(
        tmp_path: Path, server: ServerProcess) -> None:
    root = tmp_path / "laptop"
    laptop = enrolled(server, root)
    ana = learner_id(laptop)
    add_statements(laptop, 10)
    SyncEngine(laptop, config=fast_config()).run_once()
    laptop.backup("before the damage")
    later = add_statements(laptop, 30, prefix="after-the-backup")
    assert SyncEngine(laptop, config=fast_config()).run_once().sent == 30
    laptop.close()
    assert main(["--data-dir", str(root), "store", "restore"]) == 0
    restored = Store.open(root)
    try:
        assert not item_state(restored, ana, PACK, "after-the-backup0").started
        report = SyncEngine(restored, config=fast_config()).run_once()
        assert report.pulled == 30
        assert all(item_state(restored, ana, PACK, s["object"]["id"].rsplit("/", 1)[1]).done
                   for s in later)
    finally:
        restored.close()


def test_a_first_pull_cut_short_goes_on_as_a_first_pull(
        tmp_path: Path, server: ServerProcess) -> None:
    """Cut after its first page, a restored database's first pull still gets back, next
    time, every statement of its own: none is skipped as "already held here"."""
    root = tmp_path / "laptop"
    laptop = enrolled(server, root)
    ana = learner_id(laptop)
    SyncEngine(laptop, config=fast_config()).run_once()
    laptop.backup("empty")
    add_statements(laptop, 30)
    SyncEngine(laptop, config=fast_config()).run_once()
    laptop.close()
    assert main(["--data-dir", str(root), "store", "restore"]) == 0
    restored = Store.open(root)
    try:
        cut = threading.Event()

        def store_call(step: Any) -> Any:
            result = step(restored)
            if getattr(step, "func", None) is save_cursor:
                cut.set()  # the network goes once the first page is in
            return result

        engine = SyncEngine(None, root, config=fast_config(pull_page=9), store_call=store_call)
        with pytest.raises(CancelledError):
            engine.run_once(cut)
        assert 0 < item_count(restored, ana) < 30
        report = SyncEngine(restored, config=fast_config(pull_page=9)).run_once()
        assert item_count(restored, ana) == 30 and report.pulled == 30 - 9
    finally:
        restored.close()


def test_a_pull_stopped_with_a_page_on_its_way_ends_at_once_and_keeps_its_place(
        tmp_path: Path, server: ServerProcess) -> None:
    """A stop while the proxy holds the second page of what another laptop sent: the run
    ends without its answer, the first page is kept with its cursor and nothing of the
    second, even once its answer comes; the next run brings the rest, each statement once."""
    laptop = enrolled(server, tmp_path / "laptop")
    other = Store.open(tmp_path / "other")
    stop, release = threading.Event(), threading.Event()
    pages: list[str] = []

    def plan(method: str, path: str, _number: int) -> Fault:
        if method == "GET" and path.startswith("/xapi/statements"):
            pages.append(path)
            if len(pages) == 2:
                stop.set()
                release.wait(60)  # the read timeout below is longer: only a stop ends this
        return Fault.PASS

    try:
        ana = learner_id(laptop)
        SyncEngine(laptop, config=fast_config()).run_once()  # Ana's first pull: nothing yet
        adopt_learner(other, ana, "Ana")
        enroll_device(other, other.data_dir.root, server.url, server.enroll_code("other"))
        record(other, completions(ana, 30, "on-the-other-laptop"))
        SyncEngine(other, config=fast_config()).run_once()
        host, port = server.url.split("//")[1].rstrip("/").split(":")
        creds = require_credentials(laptop.data_dir.root)
        with FaultProxy((host, int(port)), plan) as proxy:
            via_proxy = replace(creds, server=proxy.url, endpoint=proxy.url + "xapi/")
            engine = SyncEngine(laptop, config=fast_config(pull_page=9, read=120.0),
                                credentials=via_proxy)
            try:
                with pytest.raises(CancelledError):
                    engine.run_once(stop)
                assert not release.is_set() and len(pages) == 2  # the page is still held
                assert item_count(laptop, ana) == 9
            finally:
                release.set()
            # The held page's answer reaches the request the run left behind: unread.
            for left_behind in [t for t in threading.enumerate() if t.name == "c4s-request"]:
                left_behind.join(30)
                assert not left_behind.is_alive()
        assert item_count(laptop, ana) == 9
        report = SyncEngine(laptop, config=fast_config(pull_page=9)).run_once()
        assert report.pulled == 21 and item_count(laptop, ana) == 30
    finally:
        release.set()
        laptop.close()
        other.close()


def item_count(store: Store, learner: str) -> int:
    return int(store.db.execute("SELECT count(*) FROM item_progress WHERE learner_id = ? "
                                "AND done = 1", [learner]).fetchone()[0])


def test_statements_queued_before_a_course_update_are_all_sent_after_it(
        tmp_path: Path, server: ServerProcess) -> None:
    """Progress recorded offline, then a course update removes one of its items and rewords
    another, then the network returns: every statement goes, the removed item's too."""
    from c4s_desktop.core.packs.install import install_pack
    from c4s_desktop.core.progress.item_events import record_item_events
    from c4s_desktop.core.progress.video_events import watched_statement
    from c4s_desktop.core.xapi.statements import activity_iri, make_statement

    store = enrolled(server, tmp_path / "laptop")
    try:
        key = packkit.make_key()
        add_trusted(store, public_key_b64(key), "test")
        source = packkit.source_manifest()
        src = packkit.write_source(tmp_path / "src", source)
        install_pack(store, packkit.build(src, tmp_path / "v1", key, folder=True))
        manifest = get_installed(store, PACK).manifest()
        ana = learner_id(store)
        queued = [watched_statement(ana, PACK, "l1-video", 0, 6, 12.5, "en", "l1")]
        queued.append(make_statement(ana, "completed", activity_iri(PACK, "l1-sheet"),
                                     "factsheet"))
        record_item_events(store, ana, manifest, queued)
        waiting = sync_status(store, store.data_dir.root).waiting
        assert waiting >= len(queued)

        items = source["modules"][0]["lessons"][0]["items"]
        source["version"] = 2
        source["modules"][0]["lessons"][0]["items"] = [i for i in items if i["id"] != "l1-sheet"]
        items[0]["title"] = {"en": "The video, renamed"}
        (src / "manifest.json").write_text(json.dumps(source), "utf-8")
        install_pack(store, packkit.build(src, tmp_path / "v2", key, folder=True))
        assert sync_status(store, store.data_dir.root).waiting >= waiting  # none dropped

        report = SyncEngine(store, config=fast_config()).run_once()
        assert report.waiting == 0 and report.set_aside == 0
        assert {s["id"] for s in queued} <= set(server.statement_ids())
    finally:
        store.close()
