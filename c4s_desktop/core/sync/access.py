"""How the sync code reaches the store: directly, or through the app's one writer thread.

The engine does its network work on whatever thread runs it and hands every database step
to a :class:`StoreCall`. The CLI and tests call the store directly; the app passes a
function that runs the step on its store worker and waits for the result, so a slow server
never holds up the writer (ARCHITECTURE decision 6).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from c4s_desktop.core.store.database import Store

T = TypeVar("T")


class StoreCall(Protocol):
    """Runs ``step(store)`` where the store may be used, and returns its result."""

    def __call__(self, step: Callable[[Store], T], /) -> T: ...


def direct(store: Store) -> StoreCall:
    """A :class:`StoreCall` for code that owns the store on its own thread."""

    def call(step: Callable[[Store], T], /) -> T:
        return step(store)

    return call


def store_access(store: Store | None, store_call: StoreCall | None) -> StoreCall:
    """``store_call`` when given, else direct access to ``store`` (one of them is needed)."""
    if store_call is not None:
        return store_call
    if store is None:
        raise ValueError("sync code needs a store or a store_call")
    return direct(store)
