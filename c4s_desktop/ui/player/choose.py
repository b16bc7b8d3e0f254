"""Which engine plays: libVLC when it works here, else Qt Multimedia, unless one is forced."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from c4s_desktop.ui.player.engine import VideoEngine


def choose_engine(preference: str | None) -> tuple[VideoEngine, str]:
    """A new engine and a note for the status bar ("" when nothing needs saying).

    ``preference`` is ``--video-backend``: ``"vlc"``, ``"qt"`` or None (libVLC first). A
    forced libVLC that is missing falls back to Qt Multimedia, and the note says so.
    """
    from c4s_desktop.ui.player.qt_engine import QtEngine

    if preference == "qt":
        return QtEngine(), ""
    from c4s_desktop.ui.player.vlc_engine import VlcEngine, libvlc_problem

    if libvlc_problem() is None:
        return VlcEngine(), ""
    if preference == "vlc":
        return QtEngine(), QCoreApplication.translate(
            "choose",
            "The VLC video engine was asked for, but VLC is not installed or does not work on "
            "this computer, so videos play with Qt Multimedia instead.",
        )
    return QtEngine(), ""


def describe_engine(engine: VideoEngine | None, preference: str | None) -> str:
    """The engine in use as the About dialog says it; before any video, the one that will be."""
    if engine is not None:
        return engine.label
    from c4s_desktop.ui.player.vlc_engine import libvlc_problem, libvlc_version

    if preference != "qt" and libvlc_problem() is None:
        text = QCoreApplication.translate("choose", "libVLC {version}")
        return text.format(version=libvlc_version())
    return QCoreApplication.translate("choose", "Qt Multimedia")
