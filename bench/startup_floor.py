"""The app's main window built from constants, with no app code: the floor of ``startup.py``.

It makes what the library screen shows at start (the same Qt classes, style, palette, style
sheets, icons and sizes: menus, the learning and search toolbars, the library tree with 50
packs and the first one open, the lesson page, the status bar), reads the system's colour
scheme as the app's theme does, waits for the first paint and saves a PNG, as the bare window
and ``--screenshot`` do. No store, no jobs, no module of ``c4s_desktop``: the time it takes
beyond the bare window is what a window like the app's costs in PySide6 before the app does
any work of its own.

Run by ``startup.py --floor``; alone: ``python bench/startup_floor.py OUT.png [PACKS]``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeySequence,
    QPaintEvent,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


class StatusLabel(QLabel):
    """The status bar's disk use: its first paint means the window has painted."""

    painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:  # grab() paints it again
            self.painted = True
            QTimer.singleShot(0, grab)


@cache
def icon(name: str) -> QIcon:
    """One of the app's icons, as ``c4s_desktop.ui.icons`` loads them: from the PNG renderings
    that setup makes, or from the drawing while they are missing."""
    sizes = (16, 20, 24, 32, 48, 64) + ((128, 256) if name == "app" else ())
    pngs = [RESOURCES / "icons" / "png" / f"{name}-{size}.png" for size in sizes]
    if not all(png.is_file() for png in pngs):
        return QIcon(str(RESOURCES / "icons" / f"{name}.svg"))
    rendered = QIcon()
    for png in pngs:
        rendered.addFile(str(png))
    return rendered


def themed(app: QApplication) -> None:
    """The app's theme: the system's scheme read, a palette and the style sheets set."""
    dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {role.Window: "#eff0f1", role.Base: "#ffffff", role.Text: "#1b1d20",
               role.Button: "#e7e8ea", role.Highlight: "#1565c0", role.Mid: "#a9adb2"}
    for which, colour in colours.items():
        palette.setColor(which, QColor(colour))
    app.setPalette(palette)
    sheets = ["app.qss", "focus.qss"] + (["dark.qss"] if dark else [])
    app.setStyleSheet("\n".join((RESOURCES / "styles" / name).read_text("utf-8")
                                for name in sheets))


def library(window: QMainWindow, packs: int) -> QTreeView:
    """The library tree: ``packs`` rows, the first pack and its first module open; a course's
    row holds its languages on a second line, as the app's does (rows of unequal heights)."""
    model = QStandardItemModel(window)
    model.setHorizontalHeaderLabels(["Course", "Done"])
    for n in range(packs):
        row = [QStandardItem(icon("pack"), f"Cluster management essentials {n + 1}\n"
                                           "English, Français"), QStandardItem("0%")]
        if n == 0:
            for m in range(4):
                module = [QStandardItem(icon("module"), f"Module {m + 1}"), QStandardItem("0%")]
                if m == 0:
                    for lesson in range(2):
                        module[0].appendRow([QStandardItem(icon("lesson"), f"Lesson {lesson + 1}"),
                                             QStandardItem("0%")])
                row[0].appendRow(module)
        model.appendRow(row)
    tree = QTreeView()
    tree.setObjectName("library")
    tree.setModel(model)
    tree.setUniformRowHeights(False)
    tree.setIndentation(14)
    tree.setAllColumnsShowFocus(True)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    first = model.index(0, 0)
    tree.expand(first)
    tree.expand(model.index(0, 0, first))
    tree.setCurrentIndex(model.index(0, 0, model.index(0, 0, first)))
    return tree


def lesson_page() -> QWidget:
    """The lesson page of the lesson selected at start."""
    page = QWidget()
    column = QVBoxLayout(page)
    for name, text in (("lesson-module", "Strategy and governance"),
                       ("lesson-title", "Building a cluster strategy"),
                       ("", "4 items · about 30 min")):
        label = QLabel(text)
        label.setObjectName(name)
        column.addWidget(label)
    items = QTreeWidget()
    items.setObjectName("lesson-items")
    items.setHeaderLabels(["Item", "Type", "Length", "State"])
    items.setRootIsDecorated(False)
    rows = []
    for kind, title in (("video", "Video: from shared ambition to roadmap"),
                        ("document", "Course text: building a cluster strategy"),
                        ("factsheet", "Cluster strategy at a glance"),
                        ("quiz", "Quiz: cluster strategy")):
        row = QTreeWidgetItem([title, kind.title(), "", "New"])
        row.setIcon(0, icon(kind))
        items.addTopLevelItem(row)
        rows.append(row)
    items.setCurrentItem(rows[0])
    column.addWidget(items, 1)
    hint = QLabel("Double-click an item, or select it and press Enter, to open it.")
    hint.setObjectName("hint")
    column.addWidget(hint)
    buttons = QHBoxLayout()
    previous = QPushButton("Previous lesson")
    previous.setEnabled(False)
    buttons.addWidget(previous)
    buttons.addStretch(1)
    buttons.addWidget(QPushButton("Next lesson"))
    column.addLayout(buttons)
    return page


def menus(window: QMainWindow) -> None:
    """The menu bar: File, View, Tools, Help."""
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    for text, keys in (("&Add packs…", "Ctrl+O"), ("&Get packs…", ""), ("&Remove pack…", ""),
                       ("&Quit", "Ctrl+Q")):
        action = file_menu.addAction(text)
        action.setShortcut(QKeySequence(keys))
    view_menu = bar.addMenu("&View")
    for text, keys in (("Zoom &in", "Ctrl++"), ("Zoom &out", "Ctrl+-"),
                       ("&Normal size", "Ctrl+0"), ("My &progress", "Ctrl+Shift+P")):
        action = QAction(text, window)
        action.setShortcut(QKeySequence(keys))
        view_menu.addAction(action)
    bar.addMenu("&Tools").addAction("&Settings…")
    bar.addMenu("&Help").addAction("&About C4S Desktop")


def toolbars(window: QMainWindow) -> None:
    """The learning toolbar (Continue, My progress, the learner) and the search box."""
    learning = QToolBar("Learning")
    learning.addAction("Continue").setEnabled(False)
    learning.addAction("My progress")
    learner = QToolButton()
    learner.setIcon(icon("learner"))
    learner.setText("Nobody signed in")
    learner.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    learning.addWidget(learner)
    window.addToolBar(learning)
    search = window.addToolBar("Search")
    box = QLineEdit()
    box.setPlaceholderText("Search the courses")
    box.setMinimumWidth(340)
    search.addWidget(box)


def grab() -> None:
    """Save the painted window and end, as ``--screenshot`` does."""
    window.grab().save(sys.argv[1])
    app.quit()


app = QApplication([sys.argv[0], "-style", "Fusion"])
themed(app)
window = QMainWindow()
window.setWindowTitle("C4S Desktop")
window.setWindowIcon(icon("app"))
window.resize(1280, 700)
menus(window)
toolbars(window)
splitter = QSplitter()
splitter.addWidget(library(window, int(sys.argv[2]) if len(sys.argv) > 2 else 50))
pages = QStackedWidget()
pages.setObjectName("pages")
pages.addWidget(lesson_page())
splitter.addWidget(pages)
splitter.setSizes([430, 850])
window.setCentralWidget(splitter)
window.statusBar().addPermanentWidget(StatusLabel("Data folder: 17.1 MB"))
window.show()
app.exec()
