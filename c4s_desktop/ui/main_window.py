"""The main window: the library tree on the left, the lesson or the opened item on the right."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QWidget,
)

from c4s_desktop.core.packs.blobstore import BlobStore
from c4s_desktop.core.packs.pack_files import PackFiles
from c4s_desktop.ui.formatting import format_percent, format_size
from c4s_desktop.ui.home_page import HomePage
from c4s_desktop.ui.icons import icon
from c4s_desktop.ui.layouts import TITLE_ROOM, fits_screen, within_screen
from c4s_desktop.ui.lesson_page import ItemState, LessonPage, no_state
from c4s_desktop.ui.library_data import ItemPlace, LibraryPack, find_item, lesson_sequence
from c4s_desktop.ui.library_model import Column, Completion, LibraryModel, Role, no_completion
from c4s_desktop.ui.wrapped_names import NamesWithNotes

if TYPE_CHECKING:  # made when first used: the item page (its viewers), a presentation
    from c4s_desktop.ui.item_page import ItemPage
    from c4s_desktop.ui.presenting import PresentationMode

DEFAULT_SIZE = QSize(1280, 700)
MINIMUM_SIZE = QSize(640, 400)
"""Small enough for 1366x768 at 150 % scaling (910x512 logical pixels, less a panel)."""
LIBRARY_WIDTH = 430
LIBRARY_SHARE = 0.35
"""The library's largest share of the window's width at start."""
TREE_INDENT = 14
ITEM_LEVELS = 4
"""Indentations before an item's name: the top rows' branch arrows, pack, module, lesson."""
NAME_ROOM_CHARS = 17
"""Average characters of an item's name that fit on a line however narrow the library is, so
a long word ("d'administration", "digitalización") goes whole onto a line instead of being
cut."""
NAME_PADDING = 32
"""An item's icon (16 pixels) and the delegate's margins round it and its text."""


class MainWindow(QMainWindow):
    """What the learner sees; filled by the app controller, which runs the store jobs."""

    closed = Signal()
    """The learner closed the window (the app ends)."""
    item_opened = Signal(object)
    """The :class:`ItemPlace` just opened on the item page."""
    _built = False  # True once __init__ is done: change events can come before

    def __init__(
        self,
        blobs: BlobStore,
        lang: str,
        completion: Completion = no_completion,
        state: ItemState = no_state,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._blobs = blobs
        self._lang = lang
        self._packs: list[LibraryPack] = []
        self._files: dict[str, PackFiles] = {}
        self.lesson: tuple[LibraryPack, str] | None = None
        self.setWindowTitle(self.tr("C4S Desktop"))
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(within_screen(DEFAULT_SIZE, self.screen()))
        self.opens_maximized = not fits_screen(DEFAULT_SIZE, self.screen())
        """A screen too small for the window's usual size (a 1366x768 laptop with a panel, a
        scaled-up screen) gets all of it: the window opens maximized there."""

        self.model = LibraryModel(lang, completion, self)
        self.tree = QTreeView()
        self.tree.setObjectName("library")
        self.tree.setAccessibleName(self.tr("Library"))
        self.tree.setModel(self.model)
        self.tree.setIndentation(TREE_INDENT)
        # A long title takes two lines, not "…"; a course's languages show under its title.
        NamesWithNotes(self.tree, Column.TITLE, Role.NOTE)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        # Sized by _fit_columns from the texts it can hold, not ResizeToContents: that asks
        # the model for every visible row again at each layout or progress update (two thirds
        # of the model calls at start).
        header.setSectionResizeMode(Column.COMPLETION, QHeaderView.ResizeMode.Fixed)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.tree.activated.connect(self._tree_activated)

        self.home_page = HomePage()
        self.lesson_page = LessonPage(lang, state)
        self.lesson_page.item_activated.connect(self._open_in_lesson)
        self.lesson_page.previous_requested.connect(lambda: self._step_lesson(-1))
        self.lesson_page.next_requested.connect(lambda: self._step_lesson(1))
        self._item_page: ItemPage | None = None
        self._item_page_setups: list[Callable[[ItemPage], None]] = []
        self._presentation: PresentationMode | None = None
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        for page in (self.home_page, self.lesson_page):
            self.pages.addWidget(page)

        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)  # View → Show the library hides it instead
        splitter.addWidget(self.tree)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        # On a scaled-up small screen, a fixed width would leave the item barely half the window.
        library = min(LIBRARY_WIDTH, int(self.width() * LIBRARY_SHARE))
        splitter.setSizes([library, self.width() - library])
        self._library_width = library
        self.setCentralWidget(splitter)

        self.disk_use = QLabel()  # its name for screen readers is the figure it shows
        self.statusBar().addPermanentWidget(self.disk_use)
        self._make_menus()
        self._built = True

    def _make_menus(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.add_packs_action = file_menu.addAction(self.tr("&Add packs…"))
        self.add_packs_action.setShortcut(QKeySequence("Ctrl+O"))
        self.get_packs_action = file_menu.addAction(self.tr("&Get packs…"))
        self.get_packs_action.setToolTip(self.tr("Download packs from your organisation's "
                                                 "server"))
        self.remove_pack_action = file_menu.addAction(self.tr("&Remove pack…"))
        file_menu.addSeparator()
        self.save_progress_action = file_menu.addAction(self.tr("&Save my progress to a "
                                                                "drive…"))
        self.save_progress_action.setToolTip(self.tr("Carry your progress to a computer "
                                                     "that has no network"))
        self.save_progress_action.setEnabled(False)  # until a learner is signed in
        self.load_progress_action = file_menu.addAction(self.tr("&Load progress…"))
        self.load_progress_action.setToolTip(self.tr("Add the progress saved on another "
                                                     "computer"))
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for text, keys, handler in (
            (self.tr("Zoom &in"), [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")],
             lambda: self.item_page.zoom_by(1)),
            (self.tr("Zoom &out"), [QKeySequence.StandardKey.ZoomOut],
             lambda: self.item_page.zoom_by(-1)),
            (self.tr("&Normal size"), [QKeySequence("Ctrl+0")],
             lambda: self.item_page.reset_zoom()),
        ):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(key) for key in keys])  # type: ignore[call-overload]
            action.triggered.connect(handler)
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.find_actions: list[QAction] = []
        """Find in this text (F3), and its previous place (Shift+F3): for the item shown."""
        for text, standard, step in (
            (self.tr("&Find in this text"), QKeySequence.StandardKey.FindNext, 1),
            (self.tr("Find pre&vious"), QKeySequence.StandardKey.FindPrevious, -1),
        ):
            action = view_menu.addAction(text)
            action.setShortcuts(standard)
            action.setEnabled(False)
            action.triggered.connect(partial(self._find_step, step))
            self.find_actions.append(action)
        self.pages.currentChanged.connect(self._update_find_actions)
        view_menu.addSeparator()
        # Checked while shown: a trainer on a projector hides it to give the item the width.
        self.library_action = view_menu.addAction(self.tr("Show the &library"))
        self.library_action.setCheckable(True)
        self.library_action.setChecked(True)
        self.library_action.setShortcuts([QKeySequence("F9"), QKeySequence("Ctrl+L")])
        self.library_action.toggled.connect(self._library_toggled)
        self.present_action = view_menu.addAction(self.tr("P&resent"))
        self.present_action.setCheckable(True)
        self.present_action.setShortcut(QKeySequence("F5"))
        self.present_action.setToolTip(self.tr("Show the open lesson or item alone on the whole "
                                               "screen, for a projector (F5; Esc ends)"))
        self.present_action.toggled.connect(self._present_toggled)
        view_menu.addSeparator()
        self.progress_action = view_menu.addAction(self.tr("My &progress"))
        self.progress_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.progress_action.setToolTip(self.tr("Your progress on every course ({key})").format(
            key=self.progress_action.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText)))
        self.class_progress_action = view_menu.addAction(self.tr("&Class progress…"))
        self.class_progress_action.setEnabled(False)  # until a learner is signed in
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.settings_action = tools_menu.addAction(self.tr("&Settings…"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self._show_shortcuts)
        help_menu.addAction(self.tr("&About C4S Desktop"),
                            self._show_about)
        for menu in (file_menu, view_menu, tools_menu, help_menu):
            menu.setToolTipsVisible(True)  # what an entry does, and its other shortcuts

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window ends the app (an open video saves where the learner is first)."""
        if self._item_page is not None:
            self._item_page.close_video()
        super().closeEvent(event)
        self.closed.emit()

    # --- Filled by the controller ----------------------------------------------------------

    def show_message(self, text: str) -> None:
        """Show ``text`` on the home page."""
        self.home_page.show_message(text)
        self.pages.setCurrentWidget(self.home_page)

    def set_library(self, packs: list[LibraryPack]) -> None:
        """Show ``packs`` in the tree and greet the learner."""
        self._packs = packs
        self._files = {}  # made when an item of the pack is first opened
        self.model.set_packs(packs)
        self._fit_columns()
        if packs:
            _module, first = lesson_sequence(packs[0])[0]
            self._select_in_tree(packs[0].id, first.id)
            self.show_lesson(packs[0].id, first.id)
        else:
            self.show_message(self.tr("Your library is empty. Ask your trainer for a course "
                                      "pack to install."))

    def _fit_columns(self) -> None:
        """Make the done column as wide as its widest text or header; the titles (and the
        courses' languages under them) get the rest."""
        tree = self.tree
        tree.ensurePolished()  # the style sheet's tree font, which the texts are measured in
        metrics = tree.fontMetrics()
        header = tree.header()
        width = header.sectionSizeHint(Column.COMPLETION)
        cell = self.model.index(0, Column.COMPLETION)
        if cell.isValid():
            # What the item delegate puts around a text (margins, the style sheet's padding),
            # read from one real cell; the texts' own widths from the font.
            padding = (tree.sizeHintForIndex(cell).width()
                       - metrics.horizontalAdvance(str(cell.data() or "")))
            width = max(width, *(metrics.horizontalAdvance(text) + padding
                                 for text in (format_percent(0.0), format_percent(1.0))))
        header.resizeSection(Column.COMPLETION, width)
        # The splitter gives a narrow window's room to the page first: keep the titles', at
        # the items' depth (the deepest rows) room for a word of a course's language.
        scroll_bar = tree.verticalScrollBar().sizeHint().width()
        names = (ITEM_LEVELS * tree.indentation() + NAME_PADDING
                 + NAME_ROOM_CHARS * metrics.averageCharWidth())
        tree.setMinimumWidth(max(TITLE_ROOM, names) + header.sectionSize(Column.COMPLETION)
                             + scroll_bar + 2 * tree.frameWidth())

    def changeEvent(self, event: QEvent) -> None:
        """Fit the tree's columns again when the font (say, a larger system font) or the style
        changes."""
        super().changeEvent(event)
        if self._built and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_columns()

    def _show_shortcuts(self) -> None:
        from c4s_desktop.ui.shortcuts_dialog import show_shortcuts  # its widgets: when first asked

        show_shortcuts(self)

    def _show_about(self) -> None:
        from c4s_desktop.ui.about_dialog import show_about  # its widgets: when first asked

        show_about(self, self.item_page.video_engine())

    @property
    def item_page(self) -> ItemPage:
        """The page that shows an opened item, made on first use (its viewers load then)."""
        if self._item_page is None:
            from c4s_desktop.ui.item_page import ItemPage

            page = self._item_page = ItemPage(self._lang)
            page.back_requested.connect(self.back_to_lesson)
            page.previous_requested.connect(lambda: self._step_item(-1))
            page.next_requested.connect(lambda: self._step_item(1))
            page.findable_changed.connect(self._update_find_actions)
            self.pages.addWidget(page)
            for setup in self._item_page_setups:
                setup(page)
        return self._item_page

    def _find_step(self, by: int) -> None:
        if self._item_page is not None:
            self._item_page.find_step(by)

    def _update_find_actions(self, *_changed: object) -> None:
        page = self._item_page
        on = page is not None and self.pages.currentWidget() is page and page.findable
        for action in self.find_actions:
            action.setEnabled(on)

    @property
    def item_page_if_made(self) -> ItemPage | None:
        """The item page if something made it already (reading this never makes it)."""
        return self._item_page

    def on_item_page(self, setup: Callable[[ItemPage], None]) -> None:
        """Call ``setup(page)`` once the item page exists (now, if it does already)."""
        self._item_page_setups.append(setup)
        if self._item_page is not None:
            setup(self._item_page)

    @property
    def lang(self) -> str:
        """The learner's language, which titles are shown in."""
        return self._lang

    @property
    def packs(self) -> list[LibraryPack]:
        """The packs the library shows."""
        return self._packs

    def set_disk_use(self, size: int, folder: str) -> None:
        """Show the data folder's disk use in the status bar."""
        self.disk_use.setText(self.tr("Data folder: {size}").format(size=format_size(size)))
        self.disk_use.setToolTip(folder)

    # --- The library panel -----------------------------------------------------------------

    @property
    def library_shown(self) -> bool:
        """False while the learner has hidden the library (View → Show the library)."""
        return not self.tree.isHidden()

    def show_library(self, shown: bool) -> None:
        """Show or hide the library; hidden, the lesson or item has the window's width. It
        stays as set, whatever is opened, until the learner changes it."""
        self.library_action.setChecked(shown)  # toggled does the rest

    def _library_toggled(self, shown: bool) -> None:
        if shown == self.library_shown:
            return
        if shown:
            room = sum(self.splitter.sizes())
            self.tree.show()
            self.splitter.setSizes([self._library_width, room - self._library_width])
            self.tree.setFocus()  # shown to pick something in it
            return
        self._library_width = self.splitter.sizes()[0] or self._library_width
        had_focus = self.tree.hasFocus()
        self.tree.hide()
        if had_focus:  # else Qt passes the focus on to whatever comes next, the menu bar even
            page = self.pages.currentWidget()
            target = (self._item_page.stack.currentWidget()
                      if page is self._item_page and self._item_page is not None else page)
            if target is not None:
                target.setFocus()

    def _present_toggled(self, on: bool) -> None:
        if self._presentation is None:
            from c4s_desktop.ui.presenting import PresentationMode  # when first presenting

            self._presentation = PresentationMode(self)
        if on:
            self._presentation.enter()
        else:
            self._presentation.leave()

    # --- Lessons and items -----------------------------------------------------------------

    def show_lesson(self, pack_id: str, lesson_id: str, item_id: str | None = None) -> bool:
        """Show a lesson (with ``item_id`` selected); False when there is no such lesson."""
        pack = next((p for p in self._packs if p.id == pack_id), None)
        if pack is None:
            return False
        lessons = lesson_sequence(pack)
        for number, (module, lesson) in enumerate(lessons, start=1):
            if lesson.id == lesson_id:
                self.lesson = (pack, lesson_id)
                self.lesson_page.show_lesson(pack, module, lesson, (number, len(lessons)))
                if item_id is not None:
                    self.lesson_page.select_item(item_id)
                self.pages.setCurrentWidget(self.lesson_page)
                return True
        return False

    def open_item(self, pack_id: str, item_id: str, start_s: float | None = None,
                  lang: str | None = None, page: int | None = None,
                  find: str | None = None, written: str = "") -> bool:
        """Open an item in place of the lesson page; False when there is no such item.

        ``start_s``: for a video, the moment to start at (a search hit in its subtitles).
        ``page``: for a fact sheet, the page to show, from 0 (a search hit's).
        ``lang``: the language to show a text or fact sheet in (a video's subtitles, with
        ``start_s``) instead of the learner's, when the pack has it (a search hit's).
        ``find``: words to show in a text (a search hit's), in the find bar; ``written``:
        the same words as the text writes them (for a fact sheet's pages).
        """
        place = find_item(self._packs, pack_id, item_id)
        if place is None:
            return False
        self._select_in_tree(pack_id, item_id)
        self.show_lesson(pack_id, place.lesson.id, item_id)
        ids = _item_ids(place.pack)
        position = (ids.index(item_id) + 1, len(ids))
        files = self._files.get(pack_id)
        if files is None:
            files = self._files[pack_id] = PackFiles(place.pack.manifest, self._blobs)
        self.item_page.show_item(place, files, position, lang)
        self.pages.setCurrentWidget(self.item_page)
        self.item_opened.emit(place)
        if start_s is not None:
            self.item_page.start_at(start_s, lang)
        if page is not None and self.item_page.showing_pdf:
            self.item_page.pdf_viewer.go_to_page(page)
        if find:
            self.item_page.find_words(find, page, written)
        return True

    @property
    def opened_item(self) -> ItemPlace | None:
        """The item shown on the right, if the item page is showing."""
        page = self._item_page
        return page.place if page is not None and self.pages.currentWidget() is page else None

    def back_to_lesson(self) -> None:
        """Leave the item page for its lesson, with the item selected."""
        place = self._item_page.place if self._item_page is not None else None
        if place is not None:
            self.show_lesson(place.pack.id, place.lesson.id, place.item.id)
            self.lesson_page.setFocus()

    def _select_in_tree(self, pack_id: str, node_id: str) -> None:
        index = self.model.find(pack_id, node_id)
        if index.isValid():
            self.tree.scrollTo(index)
            self.tree.selectionModel().blockSignals(True)
            self.tree.setCurrentIndex(index)
            self.tree.selectionModel().blockSignals(False)
            # Not viewport().update(): wrapping the viewport makes PySide6 set up every
            # widget class it might be (44 enum types, ~10 ms at start).
            self.tree.update(index)

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ref = self.model.node_ref(current)
        if ref is None:
            return
        kind, pack, node = ref
        if kind == "lesson":
            self.show_lesson(pack.id, node.id)
        elif kind == "item":
            place = find_item(self._packs, pack.id, node.id)
            if place is not None:
                self.show_lesson(pack.id, place.lesson.id, node.id)

    def _tree_activated(self, index: QModelIndex) -> None:
        ref = self.model.node_ref(index)
        if ref is not None and ref[0] == "item":
            self.open_item(ref[1].id, ref[2].id)
        elif ref is not None and ref[0] == "lesson":
            self.lesson_page.setFocus()

    def _open_in_lesson(self, item_id: str) -> None:
        if self.lesson is not None:
            self.open_item(self.lesson[0].id, item_id)

    def _step_lesson(self, step: int) -> None:
        if self.lesson is None:
            return
        pack, lesson_id = self.lesson
        ids = [lesson.id for _module, lesson in lesson_sequence(pack)]
        target = ids.index(lesson_id) + step
        if 0 <= target < len(ids):
            self._select_in_tree(pack.id, ids[target])
            self.show_lesson(pack.id, ids[target])

    def _step_item(self, step: int) -> None:
        place = self.item_page.place
        if place is None:
            return
        ids = _item_ids(place.pack)
        target = ids.index(place.item.id) + step
        if 0 <= target < len(ids):
            self.open_item(place.pack.id, ids[target])


def _item_ids(pack: LibraryPack) -> list[str]:
    """The pack's items in course order: Next after a lesson's last item opens the next
    lesson's first, so a learner goes through the course without going back to the tree."""
    return [item.id for _module, _lesson, item in pack.manifest.iter_items()]


