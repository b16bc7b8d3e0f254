"""Kill-and-resume part of the install benchmark (see ``bench/install.py``).

``c4s library install`` runs in a child process and gets SIGKILL once the data folder's
``store/`` holds a chosen share of the pack's bytes. The library must then show no pack, and
a re-run must copy at most the bytes still missing (pack size minus complete blobs already
staged or stored) plus one blob.

Both the killed install and the re-run happen in fresh processes, so they run the same code
even while other people edit the repository during a long benchmark (a newer schema written
by the child would otherwise be refused by a benchmark process started on older code).
Run on its own, ``python bench/install_kill.py DATA PACK`` is that re-run: it prints one JSON
object with what the library showed before and after, the bytes copied and the store check.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchkit import child_env, iter_files, mb, tree_bytes

CLI = "import sys; from c4s_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
POLL_SECONDS = 0.002


def kill_install_at(data: Path, pack: Path, threshold: int,
                    prepare: Callable[[], None]) -> int | None:
    """Run ``c4s library install`` in a child; SIGKILL it once ``store/`` holds ``threshold``
    bytes. Returns the bytes under ``store/`` at the kill, or None if it finished first."""
    prepare()
    child = subprocess.Popen(
        [sys.executable, "-c", CLI, "library", "install", "--data-dir", str(data), str(pack)],
        env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    while child.poll() is None:
        held = tree_bytes(data / "store")
        if held >= threshold:
            child.send_signal(signal.SIGKILL)
            child.wait()
            return held
        time.sleep(POLL_SECONDS)
    _, err = child.communicate()
    if child.returncode != 0:
        print(f"  child install failed ({child.returncode}): {err.decode(errors='replace')}")
    return None


def complete_bytes(data: Path, blobs: dict[str, int]) -> tuple[int, int]:
    """(bytes of complete blobs staged or in the store, bytes in partial ``.part`` files)."""
    complete = partial = 0
    seen: set[str] = set()
    for path, size in iter_files(data / "store"):
        name = path.name
        if name in blobs and size == blobs[name] and name not in seen:
            seen.add(name)
            complete += size
        elif name.endswith(".part"):
            partial += size
    return complete, partial


def run_resume_check(data: Path, pack: Path) -> dict[str, Any]:
    """Run :func:`resume_check` in a fresh process and return its JSON answer."""
    done = subprocess.run([sys.executable, __file__, str(data), str(pack)], env=child_env(),
                          capture_output=True, text=True)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["?"])[-1]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def resume_check(data: Path, pack: Path) -> dict[str, Any]:
    """List the library, install ``pack`` again, list it again and re-hash the store."""
    from c4s_desktop.core.errors import C4SError
    from c4s_desktop.core.packs.install import install_pack
    from c4s_desktop.core.packs.library import list_installed, verify_store
    from c4s_desktop.core.store.database import Store

    try:
        with Store.open(data) as store:
            before = [f"{p.id} v{p.version}" for p in list_installed(store)]
            result = install_pack(store, pack)
            after = [f"{p.id} v{p.version}" for p in list_installed(store)]
            whole = verify_store(store).ok
    except C4SError as exc:
        return {"error": exc.message}
    return {"before": before, "after": after, "bytes_copied": result.bytes_copied,
            "whole": whole}


def report_kill_resume(data: Path, pack: Path, blobs: dict[str, int], fraction: float,
                       prepare: Callable[[], None]) -> None:
    """Kill an install at ``fraction`` of the bytes, re-run it, print the verdicts."""
    total, largest = sum(blobs.values()), max(blobs.values())
    held = kill_install_at(data, pack, int(fraction * total), prepare)
    if held is None:
        print(f"  the child finished before {fraction:.0%} of the bytes: kill not measured")
        return
    complete, partial = complete_bytes(data, blobs)
    missing = total - complete
    print(f"  killed at {mb(held)} under store/ (aimed at {fraction:.0%} of {mb(total)}): "
          f"{mb(complete)} in complete blobs, {mb(partial)} in partial files")
    answer = run_resume_check(data, pack)
    if "error" in answer:
        print(f"  could not re-run the install: {answer['error']} -> FAIL")
        return
    print(f"  library after the kill: {answer['before'] or 'no pack'} -> "
          f"{'ok' if not answer['before'] else 'FAIL'}")
    print(f"  after the re-run: library {answer['after']}, store re-hashed "
          f"{'whole' if answer['whole'] else 'BAD'}")
    copied = answer["bytes_copied"]
    ok = copied <= missing + largest
    print(f"  rerun copied {mb(copied)}, missing {mb(missing)}, largest blob {mb(largest)} "
          f"-> {'ok' if ok else 'FAIL'}")


if __name__ == "__main__":
    print(json.dumps(resume_check(Path(sys.argv[1]), Path(sys.argv[2]))))
