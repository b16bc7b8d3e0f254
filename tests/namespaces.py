"""A private mount namespace for tests that fill a real (tiny) disk without root."""

from __future__ import annotations

import shutil
import subprocess

import pytest


def unshare_or_skip() -> list[str]:
    """The command prefix that runs a program as root of its own user and mount namespace,
    where it may mount a small tmpfs; skips the test where such namespaces are not allowed."""
    unshare = shutil.which("unshare")
    if unshare is None or shutil.which("mount") is None:
        pytest.skip("needs unshare and mount (util-linux)")
    prefix = [unshare, "--user", "--map-root-user", "--mount"]
    probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=30)
    if probe.returncode != 0:
        pytest.skip("user namespaces are not allowed here")
    return prefix
