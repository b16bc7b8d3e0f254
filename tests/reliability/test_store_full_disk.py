"""A full disk is told as a full disk, never as damage, and reading still works on it.

The disk is a real 4 MiB tmpfs, mounted in a user and mount namespace of its own (``unshare``),
so the test needs no root and leaves nothing mounted behind.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.namespaces import unshare_or_skip

CHILD = """
import json, subprocess, sys
from pathlib import Path
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.store.database import Store

mount, data = Path(sys.argv[1]), Path(sys.argv[1]) / "d"
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], check=True)
with Store.open(data) as store:
    create_learner(store, "Ann")

def fill():
    with open(mount / "filler", "ab", buffering=0) as filler:
        try:
            while True:
                filler.write(bytes(4096))
        except OSError:
            pass

fill()

def c4s(*args):
    proc = subprocess.run([sys.executable, "-m", "c4s_desktop.cli", "--data-dir", str(data),
                           *args], capture_output=True, text=True)
    return [proc.returncode, proc.stdout, proc.stderr]

found = {"read": c4s("progress", "show", "--learner", "Ann"), "list": c4s("library", "list"),
         "write": c4s("store", "backup")}
(data / "c4s.lock").unlink()  # as in a copied folder: the lock file must be made anew
fill()
found["write, new lock"] = c4s("store", "backup")
(mount / "filler").unlink()
found["after"] = c4s("progress", "show", "--learner", "Ann")
print(json.dumps(found))
"""


def _in_own_namespace(tmp_path: Path) -> dict[str, list[object]]:
    unshare = unshare_or_skip()
    mount = tmp_path / "disk"
    mount.mkdir()
    proc = subprocess.run([*unshare, sys.executable,
                           "-c", CHILD, str(mount)], capture_output=True, text=True,
                          timeout=300, check=True)
    result: dict[str, list[object]] = json.loads(proc.stdout)
    return result


def test_full_disk_reads_work_and_writes_say_disk_full(tmp_path: Path) -> None:
    found = _in_own_namespace(tmp_path)
    code, out, err = found["read"]
    assert code == 0, err
    assert str(out).startswith("Ann:")
    code, out, err = found["list"]
    assert (code, out, err) == (0, "no packs installed\n", "")
    for write in ("write", "write, new lock"):
        code, out, err = found[write]
        assert code == 6
        assert str(err).startswith("error: The disk holding"), err
        assert "is full; free some space and try again (nothing was lost)." in str(err)
    code, out, err = found["after"]
    assert code == 0 and str(out).startswith("Ann:"), err
