"""One start of the app as a learner starts it, ended as soon as it is ready: the child run by
``startup.py --interactive``.

No ``--screenshot``: the learner is asked who they are (after the paint) and sync is on (the
bench's data folder is not set up for it, as most learners' is not). ``ready`` means what it
means for ``--screenshot``: the library is shown and no store job is left. The controller's
``start`` is wrapped from outside to end the run there; the app's code is not changed.
"""

from __future__ import annotations

import sys
from typing import Any


def main() -> int:
    """Wrap ``AppController.start`` to quit at ``ready``, then run the app like ``main.py``."""
    from c4s_desktop.app import main as app_main
    from c4s_desktop.ui import controller

    original = controller.AppController.start

    def start(self: Any) -> None:
        self.ready.connect(lambda: self.finished.emit(0))
        original(self)

    controller.AppController.start = start  # type: ignore[method-assign]
    return app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
