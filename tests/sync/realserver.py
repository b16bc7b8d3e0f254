"""The real ``c4s-sync`` server in a child process, on 127.0.0.1 port 0, SQLite in tmp_path
(or the PostgreSQL database given with ``--db``).

A child process (not a thread) so a test can kill it without warning, as a crash or a power
cut would, and start it again on the same data folder.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

STARTUP_TIMEOUT_S = 60.0
READY_PREFIX = "c4s-sync listening on "


class ServerProcess:
    """One server data folder, served by a child process that can be killed and restarted."""

    def __init__(self, data_dir: Path, *args: str, db: str | None = None) -> None:
        """``args`` go to ``c4s-sync serve``; ``db`` (a database URL) to every command."""
        self.data_dir = data_dir
        self.args = args
        self.common = ("--db", db) if db else ()
        self.process: subprocess.Popen[str] | None = None
        self.url = ""
        self.restarts = 0

    def admin(self, *args: str, stdin: str | None = None) -> str:
        """Run a ``c4s-sync`` admin command on this data folder; return what it printed."""
        done = subprocess.run(
            [sys.executable, "-m", "sync.cli", *args, "--data-dir", str(self.data_dir),
             *self.common],
            input=stdin, capture_output=True, text=True, timeout=STARTUP_TIMEOUT_S, check=True)
        return done.stdout

    def start(self) -> tuple[str, int]:
        """Start serving; return the address it listens on."""
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sync.cli", "serve", "--data-dir", str(self.data_dir),
             "--port", "0", *self.common, *self.args],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        line: list[str] = []
        reader = threading.Thread(target=lambda: line.append(self._stdout_line()), daemon=True)
        reader.start()
        reader.join(STARTUP_TIMEOUT_S)
        if not line or not line[0].startswith(READY_PREFIX):
            self.kill()
            raise RuntimeError(f"c4s-sync did not start: {line}")
        self.url = line[0][len(READY_PREFIX):].strip().rstrip("/") + "/"
        host, port = self.url.split("//", 1)[1].rstrip("/").rsplit(":", 1)
        return host, int(port)

    def _stdout_line(self) -> str:
        assert self.process is not None and self.process.stdout is not None
        return self.process.stdout.readline()

    def kill(self) -> None:
        """Stop the server at once (SIGKILL: no clean shutdown)."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(STARTUP_TIMEOUT_S)
        self.process = None

    def stop(self) -> int:
        """Stop the server as systemd does (SIGTERM); return its exit code."""
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(STARTUP_TIMEOUT_S)
        self.process = None
        return code

    def restart(self) -> tuple[str, int]:
        """Kill the server and start it again on the same data; return its new address."""
        self.kill()
        self.restarts += 1
        return self.start()

    def enroll_code(self, name: str) -> str:
        """A one-time enrollment code, from the admin command (printed on its last line)."""
        return self.admin("enroll", "--name", name).strip().splitlines()[-1]

    def statement_ids(self) -> list[str]:
        """Every statement id the server's database holds, one entry per row."""
        conn = sqlite3.connect(f"file:{self.data_dir / 'sync.sqlite'}?mode=ro", uri=True)
        try:
            return [r[0] for r in conn.execute("SELECT id FROM statements")]
        finally:
            conn.close()

    def __enter__(self) -> ServerProcess:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.kill()
