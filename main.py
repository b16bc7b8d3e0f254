"""Start C4S Desktop: ``python main.py`` is the same as ``c4s-desktop``."""

from __future__ import annotations

import sys

from c4s_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
