"""``python -m c4s_desktop.cli`` runs the ``c4s`` tool."""

from __future__ import annotations

import sys

from c4s_desktop.cli import main

sys.exit(main())
