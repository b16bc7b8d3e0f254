"""One start of the app with a timestamp at each step: the child run by ``startup.py --phases``.

It runs ``c4s_desktop.app.main`` exactly as ``main.py`` does (same arguments), after wrapping a
few controller methods from outside to note the time (``time.monotonic``, the clock the
launcher uses too) when each step ends, and prints them as one ``PHASES {json}`` line on stderr
when the process exits. The app's code is not changed for this.
"""

from __future__ import annotations

import atexit
import json
import sys
import time
from collections.abc import Callable
from typing import Any

MARKS: list[tuple[str, float]] = [("interpreter started, bench script running", time.monotonic())]


def mark(what: str) -> None:
    """Note that ``what`` just happened (the first time only)."""
    if all(name != what for name, _t in MARKS):
        MARKS.append((what, time.monotonic()))


def after(owner: Any, name: str, what: str, before: str | None = None) -> None:
    """Wrap ``owner.name`` to mark ``what`` when it returns (and ``before`` when it starts)."""
    original: Callable[..., Any] = getattr(owner, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if before is not None:
            mark(before)
        result = original(*args, **kwargs)
        mark(what)
        return result

    setattr(owner, name, wrapped)


def main() -> int:
    """Import what ``main.py`` imports, wrap, run the app."""
    from c4s_desktop import app
    from c4s_desktop.core.store import database
    from c4s_desktop.ui import controller, main_window, screenshot

    mark("app modules imported (c4s_desktop.app, controller, PySide6)")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                    and isinstance(watched.window(), main_window.MainWindow)):
                mark("window painted for the first time (library not yet in it)")
            return False

    first_paint = FirstPaint()
    original_start = controller.AppController.start
    original_init = main_window.MainWindow.__init__

    def start(self: Any) -> None:
        mark("QApplication made, translators and style applied, event loop running")
        original_start(self)

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        mark("main window built")
        # Watching paints from here on only: an application-wide filter sees every event in
        # Python, which would slow the window's building itself by tens of milliseconds.
        qt_app = QApplication.instance()
        if qt_app is not None:
            qt_app.installEventFilter(first_paint)

    controller.AppController.start = start  # type: ignore[method-assign]
    main_window.MainWindow.__init__ = init  # type: ignore[method-assign]
    after(database.Store, "open", "store opened (worker thread)")
    after(controller.AppController, "_opened", "window services wired and window shown")
    after(controller.AppController, "_library_loaded", "library shown in the window",
          before="library job done (worker thread) and delivered")
    after(controller.AppController, "_became_idle", "ready: no job left (disk use, index check)")
    after(screenshot, "_save", "screenshot grabbed and saved")
    atexit.register(lambda: print("PHASES " + json.dumps(MARKS), file=sys.stderr))
    code = app.main(sys.argv[1:])
    mark("app.main returned: store closed, worker thread joined")
    return code


if __name__ == "__main__":
    sys.exit(main())
