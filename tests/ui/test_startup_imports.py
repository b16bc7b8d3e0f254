"""Start-up loads only what the first painted library needs (desktop issue, section 9).

The app is started as the learner starts it, in a fresh interpreter, on a data folder holding
the demo course, and takes its ``--screenshot`` (the window painted with the library, no job
left). The modules it loaded by then are compared with the ones that must wait until first
needed: video engines, PDF rendering, networking, signing, sqlite-utils and their kin. Each of
these costs tens of milliseconds or megabytes at every start; see ``bench/startup.py``.

If this fails after your change, import the named module inside the function that needs it
(``TYPE_CHECKING`` for annotations), not at the top of a module the window imports.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.trust import seed_default_trust
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import set_meta
from c4s_desktop.ui.first_launch import DEMO_OFFERED, bundled_demo_dir

ROOT = Path(__file__).resolve().parents[2]
DEMO_ID = "eu.cluster4smart.essentials"

NOT_AT_START = (
    "vlc",  # python-vlc and libVLC: the first video
    "PySide6.QtMultimedia",  # Qt's video engine: the first video
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtPdf",  # fact sheets: the first PDF opened
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",  # printing: the print button
    "PySide6.QtNetwork",  # sync: the first sync
    "requests",
    "urllib.request",
    "http.client",
    "ssl",
    "cryptography",  # signatures: installing a pack, issuing a certificate
    "pypdf",  # PDF text for search: indexing at install
    "segno",  # QR codes: saving a certificate
    "sqlite_utils",  # its table helpers: the first write (plain sqlite3 reads at start)
    "click",
    "dateutil",
    "pluggy",
    "importlib.metadata",
    "_hashlib",  # OpenSSL's libcrypto (3 MiB): hashing a pack, checking a PIN
    "c4s_desktop.core.packs.install",  # the install pipeline: adding a pack
    "c4s_desktop.core.messages",  # every error message: the first error shown
    "packaging",  # version checks: reading a pack's manifest from outside
    "c4s_desktop.core.progress.report",  # the progress report: My progress
    "c4s_desktop.core.progress.session_end",  # ending sessions a power cut left open
    "c4s_desktop.core.store.daily_backup",  # the day's backup: at close
    "c4s_desktop.ui.announce",  # what screen readers are told: the first status said
    "c4s_desktop.ui.opening_dialog",  # a slow opening's window: after a second of it
    "c4s_desktop.ui.progress_screen",
    "c4s_desktop.ui.learner_dialog",  # asking who learns: after the paint, if ever
    "c4s_desktop.ui.sync_flow",  # sync: interactive runs only
    "c4s_desktop.ui.search_results",  # the results page: the first search
    "c4s_desktop.ui.item_page",  # the item page and its text viewer: the first item opened
    "c4s_desktop.ui.document_view",
    "c4s_desktop.ui.presenting",  # a trainer's presentation: View → Present
    "c4s_desktop.ui.presenter_view",  # its presenter view: presenting on a second screen
    "c4s_desktop.ui.shortcuts_dialog",  # the list of shortcuts: Help → Keyboard shortcuts
    "c4s_desktop.ui.handled_keys",
    "logging.handlers",  # sockets, pickle, queues: the app rotates its log itself
    "uuid",  # with platform: the first learner or statement made
    "c4s_desktop.core.search.extract",  # the indexer's parsers: installing or healing a pack
    "c4s_desktop.core.media.webvtt",  # subtitles: indexing, or the first video
    "html.parser",
    "PySide6.QtSvg",  # SVG drawing: icons are shown from their PNG renderings
)

NO_TYPES_AT_START = ("QStyle",)
"""Qt classes whose Python type (with its enums: QStyle has thirty-odd, ~8 ms) the start never
needs: the app starts in Fusion from the command line and looks its theme keeper up by name."""

# Runs in the child: the app's own entry point, then the loaded modules, the shared libraries
# mapped and the Python types PySide6 made for QtWidgets classes (it makes one when first used)
# on stdout at exit.
CHILD = """
import atexit, json, sys
def report():
    widgets = sys.modules.get("PySide6.QtWidgets")
    with open("/proc/self/maps") as maps:
        libraries = {line.split()[-1] for line in maps if ".so" in line}
    print("MODULES " + json.dumps(sorted(sys.modules)))
    print("LIBRARIES " + json.dumps(sorted(libraries)))
    print("TYPES " + json.dumps(sorted(vars(widgets)) if widgets else []))
atexit.register(report)
from c4s_desktop.app import main
sys.exit(main(sys.argv[1:]))
"""


def _line(stdout: str, prefix: str) -> str:
    return next(x for x in stdout.splitlines() if x.startswith(prefix))[len(prefix):]


def _library_of_one(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    with Store.open(data) as store:
        seed_default_trust(store)
        install_pack(store, bundled_demo_dir() / f"{DEMO_ID}.c4spack")
        set_meta(store, DEMO_OFFERED, "1")
    return data


def test_painted_library_loads_no_heavy_module(tmp_path: Path) -> None:
    rendered = ROOT / "resources" / "icons" / "png"
    assert any(rendered.glob("app-*.png")), (
        "the icons' PNG renderings are missing: ./dev.sh renders them at setup "
        "(python -m c4s_desktop.ui.icon_raster)")
    data = _library_of_one(tmp_path)
    shot = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "--data-dir", str(data), "--lang", "en",
         "--screenshot", str(shot)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert shot.is_file()  # the library was painted: start-up really ran to its end
    loaded = set(json.loads(_line(done.stdout, "MODULES ")))
    assert "c4s_desktop.ui.main_window" in loaded
    early = sorted(name for name in NOT_AT_START if name in loaded)
    assert early == [], f"loaded at start, before first needed: {early}"
    types = set(json.loads(_line(done.stdout, "TYPES ")))
    assert "QMainWindow" in types  # the report sees the types the window made
    assert sorted(name for name in NO_TYPES_AT_START if name in types) == []
    libraries = [Path(path).name for path in json.loads(_line(done.stdout, "LIBRARIES "))]
    assert any(name.startswith("libQt6Widgets") for name in libraries)  # the report sees them
    svg = [name for name in libraries if "svg" in name.lower()]
    assert svg == [], f"Qt's SVG library and plugins loaded at start: {svg}"


def test_the_modules_imported_before_qt_need_no_qt() -> None:
    """``app.QT_FREE_AT_START`` are imported before PySide6, which then never reads their
    source (see ``app._import_qt_free_first``): that only works while none of them loads Qt."""
    code = ("import json, sys\n"
            "from c4s_desktop.app import _import_qt_free_first\n"
            "_import_qt_free_first()\n"
            "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))]\n"
            "print(json.dumps(sorted(qt)))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert json.loads(done.stdout) == []


# An interactive start (the learner is asked who they are, sync is on), then one sync run on a
# data folder that is not set up for sync; the modules loaded by then on stdout.
INTERACTIVE_CHILD = """
import json, sys
from c4s_desktop.ui import controller

original_start = controller.AppController.start

def start(self):
    self.ready.connect(lambda: after_ready(self))
    original_start(self)

def after_ready(app_controller):
    sync = app_controller.sync
    sync.scheduler.finished.connect(lambda *_: report(app_controller))
    sync.sync_now()

def report(app_controller):
    print("MODULES " + json.dumps(sorted(sys.modules)))
    print("TYPES " + json.dumps(sorted(vars(sys.modules["PySide6.QtWidgets"]))))
    app_controller.finished.emit(0)

controller.AppController.start = start
from c4s_desktop.app import main
sys.exit(main(sys.argv[1:]))
"""

NOT_WITHOUT_SYNC = ("requests", "urllib3", "ssl", "http.client", "c4s_desktop.core.sync.engine",
                    "sqlite_utils")
"""Loaded only for a data folder set up for sync (the network code) or at the first write
(sqlite-utils): listing the learners at start reads through plain sqlite3."""


def test_an_interactive_start_without_sync_loads_no_network_code(tmp_path: Path) -> None:
    data = _library_of_one(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", INTERACTIVE_CHILD, "--data-dir", str(data), "--lang", "en"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(_line(done.stdout, "MODULES ")))
    assert "c4s_desktop.ui.sync_flow" in loaded  # the sync run really happened
    assert "c4s_desktop.ui.learner_dialog" in loaded  # and the learner was asked
    early = sorted(name for name in NOT_WITHOUT_SYNC if name in loaded)
    assert early == [], f"loaded without sync set up or any write: {early}"
    types = set(json.loads(_line(done.stdout, "TYPES ")))
    assert "QDialog" in types  # the learner dialog's type: the report sees what was made
    assert sorted(name for name in NO_TYPES_AT_START if name in types) == []
