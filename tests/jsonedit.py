"""Editing nested JSON data in tests: put or drop a value at a path of keys and indexes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def put(*path: str | int, value: object) -> Callable[[dict[str, Any]], None]:
    """An edit that sets the value at ``path``."""

    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return mutate


def drop(*path: str | int) -> Callable[[dict[str, Any]], None]:
    """An edit that deletes the key or index at ``path``."""

    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]

    return mutate
