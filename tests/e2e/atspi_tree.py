"""Print, as JSON, what a screen reader sees of a running app over AT-SPI.

Run with the SYSTEM Python (Debian's python3-pyatspi), not the project's venv, on the D-Bus
session the app runs on::

    /usr/bin/python3 tests/e2e/atspi_tree.py --pid PID [--press ROLE:NAME]... \
        [--wait-for ROLE:NAME] [--deadline S]
    /usr/bin/python3 tests/e2e/atspi_tree.py --check-bus

It finds the application whose process is PID and waits (polling, up to the deadline) until it
has a showing window. With ``--press``, it then does what a reader's user does with Enter on
each control named, in turn (its first action: press, click...), once that control shows. Then
it waits, with ``--wait-for``, for a showing node of that role whose name contains NAME, and
prints one JSON object: ``{"nodes": [...]}``, each node with its path from the application,
role, name, description, states, action names, relations (``labelled by``...) and, for a label,
its text. Exit status 3: no such application or node before the deadline (the JSON then says
what was seen). ``--check-bus`` prints the accessibility bus's address (starting the bus if need
be) and exits 4 when there is none. Used by tests/e2e/test_atspi_names.py and by hand for audits.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]  # Debian's python3-pyatspi

MAX_NODES = 4000
MAX_CHILDREN = 60
"""Rows of a long list or tree past this many are not walked: a few show what they all are."""


def _states(node: Any) -> list[str]:
    try:
        return sorted(pyatspi.stateToString(s) for s in node.getState().getStates())
    except Exception:  # a node that went away while walking
        return []


def _actions(node: Any) -> list[str]:
    try:  # the node may go away between the calls, as a page changes after a press
        action = node.queryAction()
        return [action.getName(i) for i in range(action.nActions)]
    except (NotImplementedError, Exception):
        return []


def _text(node: Any, role: str) -> str | None:
    """What a label or a text area shows, when it differs from its name (a reader may say
    only the name); the first 200 characters."""
    if role not in ("label", "text"):
        return None
    try:
        text = node.queryText()
        return str(text.getText(0, min(text.characterCount, 200)))
    except (NotImplementedError, Exception):
        return None


def _relations(node: Any) -> dict[str, list[str]]:
    """Relation type (``labelled-by``...) -> the names of its targets."""
    out: dict[str, list[str]] = {}
    try:
        relations = node.getRelationSet()
    except Exception:
        return out
    for relation in relations:
        try:
            kind = pyatspi.relationToString(relation.getRelationType()).lower()
            kind = kind.removeprefix("relation_").replace("_", "-")
            targets = [relation.getTarget(i) for i in range(relation.getNTargets())]
            out[kind] = [(t.name or "") for t in targets if t is not None]
        except Exception:
            continue
    return out


def walk(app: Any) -> list[dict[str, Any]]:
    """Every node under ``app``, depth first, as plain dicts."""
    return [described for _node, described in walk_nodes(app)]


def walk_nodes(app: Any) -> list[tuple[Any, dict[str, Any]]]:
    """Every node under ``app``, depth first: the accessible object and its plain dict."""
    out: list[tuple[Any, dict[str, Any]]] = []
    stack: list[tuple[Any, str]] = [(app, "")]
    while stack and len(out) < MAX_NODES:
        node, path = stack.pop()
        try:
            role = node.getRoleName()
            name = node.name or ""
            description = node.description or ""
            count = node.childCount
        except Exception:
            continue
        out.append((node, {
            "path": path, "role": role, "name": name, "description": description,
            "states": _states(node), "actions": _actions(node), "relations": _relations(node),
            "text": _text(node, role), "children": count}))
        children = []
        for index in range(min(count, MAX_CHILDREN)):
            try:
                child = node.getChildAtIndex(index)
            except Exception:
                child = None
            if child is not None:
                children.append((child, f"{path}/{index}"))
        stack.extend(reversed(children))
    return out


def find_app(pid: int) -> Any | None:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        try:
            app = desktop.getChildAtIndex(index)
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def _ready(nodes: list[dict[str, Any]], wait_for: str | None) -> bool:
    windows = [n for n in nodes if n["role"] in ("frame", "dialog", "window")
               and "showing" in n["states"]]
    if not windows:
        return False
    if not wait_for:
        return True
    return any(_matches(n, wait_for) for n in nodes)


def _matches(node: dict[str, Any], wanted: str) -> bool:
    """Whether ``node`` shows, with the role and (part of) the name ``wanted`` (ROLE:NAME)."""
    role, _, name = wanted.partition(":")
    return node["role"] == role and name in node["name"] and "showing" in node["states"]


def press(app: Any, wanted: str) -> bool:
    """Do the first action of the first node matching ``wanted`` (ROLE:NAME, the name
    containing NAME); False when there is none yet or it has no action."""
    for node, described in walk_nodes(app):
        if _matches(described, wanted) and described["actions"]:
            try:
                return bool(node.queryAction().doAction(0))
            except Exception:  # gone meanwhile: looked for again
                return False
    return False


def check_bus() -> int:
    """Print the accessibility bus's address; 4 when the session cannot give one."""
    from gi.repository import Gio, GLib  # type: ignore[import-not-found]

    try:
        session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        reply = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress",
                                  None, GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, 20000,
                                  None)
    except GLib.Error as exc:
        print(f"no accessibility bus: {exc.message}", file=sys.stderr)
        return 4
    address = reply.unpack()[0]
    print(address)
    return 0 if address else 4


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-bus", action="store_true")
    parser.add_argument("--pid", type=int)
    parser.add_argument("--press", metavar="ROLE:NAME", action="append", default=[])
    parser.add_argument("--wait-for", metavar="ROLE:NAME")
    parser.add_argument("--deadline", type=float, default=60.0, metavar="S")
    args = parser.parse_args()
    if args.check_bus:
        return check_bus()
    if args.pid is None:
        parser.error("--pid is required")
    end = time.monotonic() + args.deadline
    nodes: list[dict[str, Any]] = []
    to_press: list[str] = list(args.press)
    while True:
        app = find_app(args.pid)
        nodes = walk(app) if app is not None else []
        if to_press and _ready(nodes, None) and press(app, to_press[0]):
            to_press.pop(0)
            continue
        if not to_press and _ready(nodes, args.wait_for):
            print(json.dumps({"nodes": nodes}, ensure_ascii=False))
            return 0
        if time.monotonic() > end:
            print(json.dumps({"nodes": nodes, "timeout": True, "not_pressed": to_press},
                             ensure_ascii=False))
            return 3
        time.sleep(0.25)  # polling interval, not a timing assertion


if __name__ == "__main__":
    sys.exit(main())
