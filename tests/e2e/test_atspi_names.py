"""End to end for screen readers: what Orca receives over AT-SPI, not what Qt says in-process.

The real app runs on an Xvfb server and a D-Bus session of the test's own, with Qt's
accessibility bridge on. The system Python, with Debian's pyatspi (the venv cannot import it),
walks the app's accessible tree (tests/e2e/atspi_tree.py prints it as JSON) and every control a
learner can reach must have a name: a button, slider, field or list that a reader announces as
just "button" or "slider" is a dead end for a blind learner.

A combo box is named by its label: on Linux Qt gives AT-SPI the current choice as a combo's name
and the label through the "labelled by" relation, which is what Orca reads with it.

The tests also press buttons over AT-SPI, as a reader's user does, to reach a quiz's questions:
the answer that takes the focus carries the question (a typed answer in its description,
choices in the name of their group), and a Back button says where it goes.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

import pytest

ROOT = Path(__file__).resolve().parents[2]
TREE = Path(__file__).with_name("atspi_tree.py")
SYSTEM_PYTHON = "/usr/bin/python3"
DEMO_PACK = "eu.cluster4smart.essentials"
DEADLINE_S = 120
"""How long the app may take to show what is looked for (the first start installs the demo)."""

CONTROLS = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "entry", "spin button", "slider", "tree", "tree table", "list", "list box",
    "table", "page tab", "link", "menu item", "check menu item", "radio menu item",
}
"""Roles a learner operates: each needs a name."""
CONTENT = {"label", "table cell", "list item", "tree item", "table column header",
           "table row header", "scroll bar", "separator", "image"}
"""Roles whose text is their content (an empty cell is blank, not unnamed)."""


def _missing_tools() -> str | None:
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"needs {tool} (Debian's xvfb and dbus-daemon, which ./dev.sh test installs)"
    if not Path(SYSTEM_PYTHON).exists():
        return f"needs {SYSTEM_PYTHON} with pyatspi (Debian's python3-pyatspi)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                           timeout=60, env=_system_env({}))
    if probe.returncode != 0:
        return (f"{SYSTEM_PYTHON} cannot import pyatspi (install Debian's python3-pyatspi; "
                "./dev.sh test does)")
    return None


def _system_env(extra: dict[str, str]) -> dict[str, str]:
    """An environment for the system Python: none of the venv's or pytest's Python settings."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))}
    env.update(extra)
    return env


class Session:
    """A display and a D-Bus session bus, with the accessibility bus it starts on demand."""

    def __init__(self, root: Path) -> None:
        self.root = root
        runtime = root / "run"
        runtime.mkdir(mode=0o700)
        read_display, write_display = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_display), "-screen", "0", "1366x768x24",
             "-nolisten", "tcp"],
            pass_fds=(write_display,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        os.close(write_display)
        with os.fdopen(read_display) as pipe:
            number = pipe.readline().strip()  # blocks until the server is ready
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.env = {"DISPLAY": f":{number}", "XDG_RUNTIME_DIR": str(runtime),
                    "HOME": os.environ.get("HOME", str(root))}
        # Its own process group: the bus launcher and the accessibility bus it starts go with it.
        self.dbus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env=_system_env(self.env), start_new_session=True)
        assert self.dbus.stdout is not None
        address = self.dbus.stdout.readline().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not start")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address

    def a11y_bus(self) -> subprocess.CompletedProcess[str]:
        return subprocess.run([SYSTEM_PYTHON, str(TREE), "--check-bus"], capture_output=True,
                              text=True, timeout=60, env=_system_env(self.env))

    def close(self) -> None:
        for process in (self.dbus, self.xvfb):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)


def _cannot(reason: str) -> NoReturn:
    """Skip, or fail under CI (``CI=true``), where ./dev.sh test installs what this needs: a
    green CI must not hide a missing install step."""
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    reason = _missing_tools()
    if reason:
        _cannot(reason)
    made = Session(tmp_path_factory.mktemp("atspi"))
    try:
        bus = made.a11y_bus()
        if bus.returncode != 0:
            _cannot("no accessibility bus could be started (Debian's at-spi2-core): "
                    + bus.stderr.strip())
        yield made
    finally:
        made.close()


def app_tree(session: Session, args: list[str], wait_for: str, press: Sequence[str] = (),
             learner: str | None = "Ana") -> list[dict[str, Any]]:
    """The accessible tree of the app started with ``args``, once ``wait_for`` shows, after
    pressing the controls ``press`` names (ROLE:NAME) in turn over AT-SPI, as a reader's user
    would. ``learner`` is signed in at start; None: the app asks who is learning."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    env.update(session.env)
    env.update(QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    command = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(session.root / "data"),
               *(["--learner", learner] if learner else []), "--video-backend", "qt", *args]
    log = session.root / "app.log"  # a file, not a pipe nobody reads while the app runs
    with log.open("w") as app_log:
        app = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                               stderr=app_log)
    try:
        walk = subprocess.run(
            [SYSTEM_PYTHON, str(TREE), "--pid", str(app.pid), "--wait-for", wait_for,
             "--deadline", str(DEADLINE_S), *(f"--press={wanted}" for wanted in press)],
            capture_output=True, text=True, timeout=DEADLINE_S + 60, env=_system_env(session.env))
    finally:
        app.terminate()
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
    assert walk.returncode == 0, (
        f"the app never showed {wait_for!r} over AT-SPI: {walk.stderr[-2000:]}"
        f"{walk.stdout[-2000:]}\napp: {log.read_text(errors='replace')[-2000:]}")
    nodes: list[dict[str, Any]] = json.loads(walk.stdout)["nodes"]
    return nodes


def is_control(node: dict[str, Any]) -> bool:
    """A node a learner operates: a control's role, or anything else the focus can land on."""
    role, states = node["role"], node["states"]
    if role.endswith("menu item"):
        return True  # in the tree while its menu is closed; the keyboard reaches it all the same
    if "showing" not in states:
        return False
    return role in CONTROLS or ("focusable" in states and role not in CONTENT)


def heard_name(node: dict[str, Any]) -> str:
    """What a reader says the control is: its name, else the label it is labelled by."""
    labels = node["relations"].get("labelled by", [])
    if node["role"] == "combo box":  # its name is its current choice: the label names it
        return " ".join(label for label in labels if label.strip())
    return node["name"].strip() or " ".join(label for label in labels if label.strip())


def unnamed(nodes: list[dict[str, Any]]) -> list[str]:
    """The controls a reader would announce by their role alone, or by a file name."""
    bad = []
    for node in nodes:
        if not is_control(node):
            continue
        name = heard_name(node)
        if not name or re.search(r"\.(svg|png)$", name):
            bad.append(f"{node['role']} {node['name']!r} at {node['path']} "
                       f"(description {node['description']!r})")
    return bad


def controls(nodes: list[dict[str, Any]], role: str) -> list[dict[str, Any]]:
    return [node for node in nodes if node["role"] == role and is_control(node)]


def test_the_main_window_and_the_video_player_name_every_control(session: Session) -> None:
    nodes = app_tree(session, ["--lang", "en", "--open", f"{DEMO_PACK}/m1-l1-video"],
                     wait_for="slider:")
    assert unnamed(nodes) == []
    # The walk reached the player and the window around it, so the check above means something.
    assert len(controls(nodes, "slider")) == 2  # position and volume
    assert {"Play", "Full screen", "Mute"} <= {node["name"] for node in nodes}
    assert controls(nodes, "tree") and controls(nodes, "menu item")
    speed, subtitles = (heard_name(node) for node in controls(nodes, "combo box"))
    assert (speed, subtitles) == ("Speed", "Subtitles")
    # A label's name is all a reader gets of it: the time it shows ("0:00", then "0:00 / 0:53"
    # once the length is known), not a fixed word.
    assert any(re.fullmatch(r"\d+:\d\d( / \d+:\d\d)?", node["name"])
               for node in nodes if node["role"] == "label")


def test_search_results_and_the_search_box_name_every_control_in_french(
        session: Session) -> None:
    nodes = app_tree(session, ["--lang", "fr", "--search", "stratégie"], wait_for="list:")
    assert unnamed(nodes) == []
    results = controls(nodes, "list")
    assert len(results) == 1 and results[0]["name"] == "Résultats de la recherche"
    # The box has text, so its clear button shows: it is named too.
    box = next(node for node in nodes if node["role"] == "text" and is_control(node))
    clear = [node for node in nodes
             if node["path"].startswith(box["path"] + "/") and node["role"] == "push button"]
    assert [node["states"].count("showing") for node in clear] == [1]


def prompt_of(quiz: str, number: int) -> str:
    """The English prompt of question ``number`` (from 1) of the demo course's ``quiz``
    ("m3/l2"), from the course's source."""
    path = ROOT / "packs" / "demo" / "src" / quiz / "quiz.json"
    questions = json.loads(path.read_text("utf-8"))["questions"]
    return str(questions[number - 1]["prompt"]["en"])


def parent_of(nodes: list[dict[str, Any]], node: dict[str, Any]) -> dict[str, Any]:
    path = node["path"].rpartition("/")[0]
    return next(other for other in nodes if other["path"] == path)


def test_a_typed_answer_carries_its_question(session: Session) -> None:
    """The focus goes to the answer field, never to the prompt's label: a reader says the
    field's name (what to type) and its description, the question."""
    nodes = app_tree(session, ["--lang", "en", "--open", f"{DEMO_PACK}/m3-l2-quiz"],
                     press=["push button:Start the quiz"], wait_for="text:Your answer")
    assert unnamed(nodes) == []
    [field] = [node for node in controls(nodes, "text") if node["name"] == "Your answer"]
    assert field["description"] == prompt_of("m3/l2", 1)  # a text question, not shuffled
    assert "focusable" in field["states"]
    assert parent_of(nodes, field)["name"] == ""  # the question is not said twice


def test_choices_are_a_group_named_with_the_question(session: Session) -> None:
    """As a form's radio buttons in a group with a legend: Orca says the name of the group
    (a filler or a panel) the focus enters, with the choice."""
    nodes = app_tree(session, ["--lang", "en", "--open", f"{DEMO_PACK}/m1-l2-quiz"],
                     # Past the matching question first (feedback comes at the end).
                     press=["push button:Start the quiz", "push button:Confirm answer"],
                     wait_for="radio button:")
    assert unnamed(nodes) == []
    radios = controls(nodes, "radio button")
    assert len(radios) >= 2
    groups = {parent_of(nodes, radio)["path"] for radio in radios}
    assert len(groups) == 1
    [group] = [node for node in nodes if node["path"] in groups]
    assert group["role"] in ("filler", "panel")
    assert group["name"] == prompt_of("m1/l2", 2)  # not shuffled: a single choice second


def test_back_buttons_say_where_they_go(session: Session) -> None:
    """A reader says a button's name: "Back" alone would not say where to."""
    # Start the quiz shows once the learner is signed in and the item open.
    nodes = app_tree(session, ["--lang", "en", "--open", f"{DEMO_PACK}/m2-l1-quiz"],
                     press=["push button:Start the quiz", "push button:My progress"],
                     wait_for="label:Progress of Ana")
    [back] = [node for node in controls(nodes, "push button") if node["name"].startswith("Back")]
    assert back["name"] == "Back to Quiz: member services"
    # Ana is on this computer now: the learner dialog opens on its list of learners.
    nodes = app_tree(session, ["--lang", "en"], learner=None,
                     press=["push button:Add a new learner"],
                     wait_for="push button:Create and sign in")
    [dialog] = [node for node in nodes if node["role"] == "dialog"]
    backs = [node for node in nodes if node["role"] == "push button"
             and node["path"].startswith(dialog["path"] + "/") and node["name"].startswith("Back")]
    # The PIN page's Back (its page not shown, still in the tree) and the new learner's.
    assert [node["name"] for node in backs] == ["Back to the list of learners"] * 2
    assert ["showing" in node["states"] for node in backs] == [False, True]


def test_a_fact_sheet_read_as_text_gives_a_reader_its_text(session: Session) -> None:
    """A fact sheet's pages are pictures: over AT-SPI their view has a name and no text. Read
    as text, the text itself is there, under each page's heading."""
    nodes = app_tree(session, ["--lang", "en", "--open", f"{DEMO_PACK}/m1-l1-factsheet"],
                     wait_for="push button:Print")
    assert unnamed(nodes) == []
    [pages] = [node for node in nodes if node["name"] == "Fact sheet pages"]
    assert "Read as text" in pages["description"]  # how to get the text, said on focus
    [toggle] = [node for node in nodes if node["name"] == "Read as text"]
    assert "checkable" in toggle["states"]  # a reader says whether it is on
    nodes = app_tree(session, ["--lang", "en", "--open", f"{DEMO_PACK}/m1-l1-factsheet"],
                     press=[f"{toggle['role']}:Read as text"], wait_for="label:Fact sheet text")
    # Qt gives a read-only text area the role of static text ("label"), multi-line.
    [text] = [node for node in nodes if node["name"] == "Fact sheet text"]
    assert {"focusable", "multi line", "read only"} <= set(text["states"])
    assert text["text"].startswith("Page 1 of 1")
    assert "A cluster strategy is a shared decision about priorities." in text["text"]
