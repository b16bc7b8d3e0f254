"""Where the app's bundled resources (trust keys, translations, icons) live."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The ``resources/`` folder beside the ``c4s_desktop`` package (found once: it resolves
    symbolic links, a few system calls asked for by every icon and style sheet)."""
    return Path(__file__).resolve().parent.parent.parent / "resources"


def default_trust_keys() -> list[tuple[str, str]]:
    """(name, base64 key) of every ``resources/trust/*.pub``: keys trusted on a new machine."""
    folder = resources_dir() / "trust"
    keys: list[tuple[str, str]] = []
    for pub in sorted(folder.glob("*.pub")):
        keys.append((pub.stem, pub.read_text(encoding="ascii").strip()))
    return keys
