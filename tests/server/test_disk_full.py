"""A full disk under the server (the audit's finding 5): what only reads keeps working, what
writes gets 503 with ``Retry-After``, the log gets one line instead of a traceback a request,
and an admin command says it in one line.

The disk is a real 8 MiB tmpfs, mounted in a user and mount namespace of its own
(``unshare``), so the test needs no root and leaves nothing mounted behind. The server is
``c4s-sync serve`` on 127.0.0.1, started inside that namespace by the child below.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.namespaces import unshare_or_skip

CHILD = r"""
import json, os, signal, subprocess, sys, uuid
from pathlib import Path
import requests
from tests.server.conftest import VERSION, statement

mount, log_path = Path(sys.argv[1]), Path(sys.argv[2])
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], check=True)
data = mount / "srv"

def cli(*args, stdin=""):
    done = subprocess.run([sys.executable, "-m", "sync.cli", *args, "--data-dir", str(data)],
                          input=stdin, capture_output=True, text=True, timeout=60)
    return [done.returncode, done.stdout, done.stderr]

with open(log_path, "w") as log:
    server = subprocess.Popen([sys.executable, "-m", "sync.cli", "serve", "--port", "0",
                               "--data-dir", str(data)], stdout=subprocess.PIPE, stderr=log,
                              text=True)
url = server.stdout.readline().rsplit(" ", 1)[1].strip()
code = cli("enroll", "--name", "laptop")[1].strip().splitlines()[-1]
cli("admin", "add", "lms", stdin="right-password\n")
creds = requests.post(url + "/devices/enroll", json={"code": code}, timeout=30).json()
device = (creds["username"], creds["secret"])
learner = str(uuid.uuid4())
requests.post(url + "/devices/learners", auth=device, headers=VERSION, timeout=30,
              json={"learners": [{"id": learner, "name": "Ana"}]}).raise_for_status()

def push(tag, auth=device):
    batch = [statement(learner, item=f"{tag}-{n}") for n in range(50)]
    reply = requests.post(url + "/xapi/statements", auth=auth, headers=VERSION, json=batch,
                          timeout=60)
    return [reply.status_code, reply.headers.get("Retry-After")]

def get(path, auth):
    reply = requests.get(url + path, auth=auth, headers=VERSION, timeout=60)
    return [reply.status_code, reply.headers.get("Retry-After")]

found = {"before": push("before")}
with open(mount / "filler", "wb", buffering=0) as filler:
    try:
        while True:
            filler.write(bytes(65536))
    except OSError:
        pass
    try:
        while True:
            filler.write(bytes(512))
    except OSError:
        pass
found["catalog"] = get("/catalog", device)
found["device reads"] = get("/xapi/statements", device)
found["admin reads"] = get("/xapi/statements?limit=5", ("lms", "right-password"))
found["admin wrong password"] = get("/xapi/statements", ("lms", "wrong"))
found["pushes"] = [push(f"full{n}") for n in range(20)]
found["enroll"] = cli("enroll", "--name", "another")
(mount / "filler").unlink()
found["after"] = push("after")
server.send_signal(signal.SIGINT)
server.wait(60)
print(json.dumps(found))
"""


def _in_own_namespace(tmp_path: Path) -> tuple[dict[str, list[object]], str]:
    unshare = unshare_or_skip()
    mount = tmp_path / "disk"
    mount.mkdir()
    log = tmp_path / "server.log"  # off the full disk, as an operator's log should be
    proc = subprocess.run([*unshare, sys.executable,
                           "-c", CHILD, str(mount), str(log)], capture_output=True, text=True,
                          timeout=300, check=True)
    result: dict[str, list[object]] = json.loads(proc.stdout)
    return result, log.read_text()


def test_full_disk_reads_work_writes_get_503_and_the_log_stays_short(tmp_path: Path) -> None:
    found, log = _in_own_namespace(tmp_path)
    assert found["before"] == [200, None]
    # Reads and logins, which used to fail on their rate bucket's write first.
    for read in ("catalog", "device reads", "admin reads"):
        assert found[read] == [200, None], read
    assert found["admin wrong password"] == [401, None]
    for status, retry_after in found["pushes"]:  # type: ignore[misc]
        assert status == 503 and int(str(retry_after)) > 0
    code, _, err = found["enroll"]
    assert code == 6 and "Traceback" not in str(err) and str(err).count("\n") == 1, err
    assert "disk is full" in str(err) and "srv/sync.sqlite" in str(err)
    assert found["after"] == [200, None]
    assert "Traceback" not in log
    assert log.count("cannot grow: its disk is full") == 1, log
