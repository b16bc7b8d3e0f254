"""C4S Desktop: an offline training client for cluster management courses."""

from __future__ import annotations

__version__ = "0.1.0"
