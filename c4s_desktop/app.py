"""The ``c4s-desktop`` entry point (also ``python main.py``).

Only the standard library is imported at module level: Qt and the rest load inside
:func:`main`, and the heavy parts (QtPdf, video) only when first needed, so start-up stays fast
on old laptops.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from c4s_desktop.core import heap
from c4s_desktop.ui.launch import SUPPORTED_LANGUAGES, VIDEO_BACKENDS, parse_open_target

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from c4s_desktop.ui.controller import AppController

QT_FREE_AT_START = (
    "c4s_desktop.core.datadir",
    "c4s_desktop.core.logs",
    "c4s_desktop.core.learners",
    "c4s_desktop.core.packs.blobstore",
    "c4s_desktop.core.progress.item_events",
    "c4s_desktop.core.search.index",
    "c4s_desktop.core.search.query",
    "c4s_desktop.ui.first_launch",
    "c4s_desktop.ui.library_data",
    "c4s_desktop.ui.progress_jobs",
    "c4s_desktop.ui.progress_view_model",
)
"""What the start imports that needs no Qt, imported before PySide6 (see _import_qt_free_first)."""

COLLECTOR_PAUSE_MAX_MS = 10_000
"""The cycle collector runs again this long after start even if the window never got ready."""


def build_parser() -> argparse.ArgumentParser:
    """The command line of the desktop app."""
    parser = argparse.ArgumentParser(
        prog="c4s-desktop",
        description="C4S Desktop: offline training for cluster managers and SMEs.",
    )
    parser.add_argument("--data-dir", metavar="DIR",
                        help="the data folder (default: $C4S_DATA_DIR, else your user data folder)")
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES,
                        help="the language of the app and of the courses (default: the system's)")
    parser.add_argument("--open", metavar="PACK_ID/ITEM_ID", dest="open_target",
                        help="open this item of an installed course at start")
    parser.add_argument("--video-backend", choices=VIDEO_BACKENDS,
                        help="the video engine to use (default: libVLC when installed, else Qt)")
    parser.add_argument("--learner", metavar="NAME",
                        help="sign in this learner at start, without asking (added without a "
                             "PIN when new; a learner with a PIN is refused)")
    parser.add_argument("--search", metavar="TEXT",
                        help="search the courses for TEXT at start and show the results")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="start, wait until the window is complete, save it as a PNG and exit")
    parser.add_argument("--demo-packs", metavar="DIR",
                        help="where the packs offered on first launch are (default: the bundled "
                             "demo course)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; the return value is the process exit code."""
    heap.cap_arenas()  # before any thread starts: see c4s_desktop.core.heap
    args = build_parser().parse_args(argv)
    open_target = parse_open_target(args.open_target) if args.open_target else None
    if args.open_target and open_target is None:
        print("c4s-desktop: --open takes PACK_ID/ITEM_ID, for example "
              "eu.cluster4smart.essentials/m1-l1-text", file=sys.stderr)
        return 2
    if args.screenshot and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    heap.pause_collector()  # until the window is ready: see c4s_desktop.core.heap
    try:
        return _run(args, open_target)
    finally:
        heap.resume_collector()


def _run(args: argparse.Namespace, open_target: tuple[str, str] | None) -> int:
    from pathlib import Path

    _import_qt_free_first()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from c4s_desktop.core.datadir import resolve_data_dir
    from c4s_desktop.ui.controller import AppController
    from c4s_desktop.ui.first_launch import bundled_demo_dir
    from c4s_desktop.ui.launch import LaunchOptions
    from c4s_desktop.ui.style import STYLE_ARGS, apply_style, apply_theme
    from c4s_desktop.ui.translations import install_translators, system_language

    _drop_sources_read_by_pyside()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):  # made by whoever runs main() in-process
        app, use_style = existing, apply_style
    else:
        app = QApplication([sys.argv[0] if sys.argv else "c4s-desktop", *STYLE_ARGS])
        use_style = apply_theme
    app.setApplicationName("C4S Desktop")
    app.setQuitOnLastWindowClosed(False)
    lang = args.lang or system_language()
    install_translators(app, lang)
    use_style(app)
    options = LaunchOptions(
        data_dir=resolve_data_dir(args.data_dir),
        lang=lang,
        lang_from_settings=args.lang is None,
        demo_dir=Path(args.demo_packs) if args.demo_packs else bundled_demo_dir(),
        screenshot=Path(args.screenshot).absolute() if args.screenshot else None,
        open_target=open_target,
        video_backend=args.video_backend,
        learner=args.learner,
        ask_learner=not args.screenshot,
        search=args.search,
    )
    controller = AppController(options)
    if options.screenshot is not None:
        from c4s_desktop.ui.screenshot import capture_when_ready

        capture_when_ready(controller, options.screenshot)
    controller.finished.connect(app.exit)
    controller.ready.connect(heap.resume_collector)
    controller.ready.connect(lambda: _close_on_quit_signals(app, controller))
    QTimer.singleShot(COLLECTOR_PAUSE_MAX_MS, heap.resume_collector)  # even if never ready
    QTimer.singleShot(0, controller.start)
    code = app.exec()
    controller.shutdown()
    if controller.restart:
        _relaunch()
    return code


def _close_on_quit_signals(app: QApplication, controller: AppController) -> None:
    """From now on a shutdown's SIGTERM closes the window as Quit does (an open video saves
    where the learner is), or ends the app when there is no window yet."""
    from c4s_desktop.ui.quit_signals import close_on_quit_signals

    def close() -> None:
        window = controller.window
        if window is not None:
            window.close()
        else:
            app.exit(0)

    close_on_quit_signals(app, close)


def _import_qt_free_first() -> None:
    """Import the Qt-free modules the start needs before PySide6 is imported.

    Once imported, PySide6 reads the source of every module imported after it, to see whether
    it opts in to its ``__feature__`` switches (which this app does not use): about 0.2 ms a
    module, more from a cold disk. Modules imported before it are never read: with these first,
    the start has it read 30 modules instead of 83. They (and what they import) are tested to
    stay free of Qt; one that stops being so only loses this saving.
    """
    import importlib

    for name in QT_FREE_AT_START:
        importlib.import_module(name)


def _drop_sources_read_by_pyside() -> None:
    """Empty ``linecache``, where PySide6 left the source of every module imported after it.

    PySide6 reads each newly imported module's source to see whether it uses PySide6 (for its
    ``from __feature__ import`` opt-in, which this app does not use), and ``linecache`` keeps
    the lines: about 2 MiB for the modules of the start. They are only a cache for tracebacks
    (read again when one needs them), so they go before the window is built.
    """
    import linecache

    linecache.clearcache()


def _relaunch() -> None:
    """Start the app again as it was started, but without ``--lang`` (a new one was chosen)."""
    import subprocess

    args: list[str] = []
    skip = False
    for arg in sys.orig_argv[1:]:
        if skip or arg == "--lang" or arg.startswith("--lang="):
            skip = arg == "--lang"
            continue
        args.append(arg)
    subprocess.Popen([sys.executable, *args], start_new_session=True)
