"""What the command line asked for, once parsed: the app controller's input."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SUPPORTED_LANGUAGES = ("en", "fr", "es", "hu")
VIDEO_BACKENDS = ("vlc", "qt")


@dataclass(frozen=True)
class LaunchOptions:
    """One start of the app."""

    data_dir: Path
    lang: str
    demo_dir: Path
    screenshot: Path | None = None
    open_target: tuple[str, str] | None = None
    video_backend: str | None = None
    lang_from_settings: bool = False
    """``lang`` is only the first-run guess: the data folder's setting wins (no ``--lang``)."""
    learner: str | None = None
    ask_learner: bool = False
    """Ask who is learning at start (the app does, unless taking a screenshot)."""
    search: str | None = None


def parse_open_target(text: str) -> tuple[str, str] | None:
    """``PACK_ID/ITEM_ID`` as a pair, or None when it is not of that shape."""
    pack_id, sep, item_id = text.strip().partition("/")
    if not sep or not pack_id or not item_id or "/" in item_id:
        return None
    return pack_id, item_id
