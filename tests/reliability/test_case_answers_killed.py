"""The real app killed (SIGKILL) while a case-study answer is being written: the answer kept
as a draft is shown after the restart and recorded as a statement there, before the cut
session's end, and the typing before it did not become a statement per save (audit M1)."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import VERBS
from tests.reliability.demo_data import CASE, CASE_ANSWERS, demo_data

ROOT = Path(__file__).resolve().parents[2]
DEADLINE_S = 90


def _run(data: Path, mode: str, until: bytes) -> tuple[subprocess.Popen[bytes], bytes]:
    """Start the driver and read its output until the line starting with ``until``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "tests.reliability.case_driver", str(data),
                             mode], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    deadline = time.monotonic() + DEADLINE_S
    output = b""
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        while until not in output or not output.endswith(b"\n"):
            if not selector.select(timeout=max(0.0, deadline - time.monotonic())):
                proc.kill()
                pytest.fail(f"the app never printed {until!r}: {output!r}")
            chunk = os.read(proc.stdout.fileno(), 65536)
            assert chunk, f"the app ended before printing {until!r}: {output!r}"
            output += chunk
    return proc, output


def _case_rows(data: Path) -> tuple[list[tuple[str, str]], int]:
    """(verb name, response or '') of the case study's statements in stored order, and how
    many drafts are kept."""
    names = {iri: name for name, iri in VERBS.items()}
    with Store.open(data, write=False) as store:
        rows = store.db.execute(
            "SELECT verb, coalesce(json_extract(body, '$.result.response'), ''), timestamp "
            "FROM statements WHERE item_id = ? ORDER BY rowid", [CASE]).fetchall()
        drafts = store.db.execute("SELECT count(*) FROM drafts").fetchone()[0]
    return [(names[verb], response, stamp) for verb, response, stamp in rows], drafts


def test_a_draft_cut_by_a_power_cut_is_shown_and_recorded_at_the_next_start(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    demo_data(data, "Ana")

    proc, _ = _run(data, "write", b"SAVED " + CASE_ANSWERS[1].encode())
    proc.send_signal(signal.SIGKILL)  # the power goes
    assert proc.wait(timeout=30) == -signal.SIGKILL
    rows, drafts = _case_rows(data)
    # The first answer is a statement at once; the change after it is a draft, not another.
    assert [(verb, response) for verb, response, _ in rows] == [
        ("launched", ""), ("responded", CASE_ANSWERS[0])]
    assert drafts == 1

    proc, output = _run(data, "read", b"ANSWERS ")
    assert proc.wait(timeout=DEADLINE_S) == 0
    shown = json.loads(output.split(b"ANSWERS ", 1)[1].splitlines()[0])
    assert shown == [CASE_ANSWERS[1], "", ""]
    rows, drafts = _case_rows(data)
    assert drafts == 0
    verbs = [(verb, response) for verb, response, _ in rows]
    assert verbs[:4] == [("launched", ""), ("responded", CASE_ANSWERS[0]),
                         ("responded", CASE_ANSWERS[1]), ("exited", "")]
    # The cut session ends after its last answer, not at the first one.
    assert rows[3][2] > rows[2][2] > rows[1][2]
