"""The library as a lazily populated tree model: packs → modules → lessons → items."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QStandardItem, QStandardItemModel

from c4s_desktop.core.packs.manifest import Item, Lesson, Module, pick_text
from c4s_desktop.ui.formatting import format_percent, language_name
from c4s_desktop.ui.icons import item_icon, node_icon
from c4s_desktop.ui.library_data import LibraryPack

Completion = Callable[[str, str | None], float]
"""``completion(pack_id, node_id)`` → 0.0 to 1.0; ``node_id`` is None for the pack itself."""

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

# Qt's role and alignment numbers, as plain ints: reading them from ``Qt`` at import would
# make PySide6 build all ninety-odd enum types of the Qt namespace at once.
_USER_ROLE = 0x0100
_ALIGNMENT_ROLE = 7
_RIGHT_VCENTER = 0x0002 | 0x0080
_ACCESSIBLE_TEXT_ROLE = 11
_ACCESSIBLE_DESCRIPTION_ROLE = 12


def no_completion(_pack_id: str, _node_id: str | None) -> float:
    """Completion until progress is wired: nothing done yet."""
    return 0.0


class Column(IntEnum):
    TITLE = 0
    COMPLETION = 1


class Role(IntEnum):
    KIND = _USER_ROLE + 1
    PACK_ID = _USER_ROLE + 2
    NODE_ID = _USER_ROLE + 3
    NODE = _USER_ROLE + 4
    """The row's :class:`_Node` (Python's own object), on the title column."""
    NOTE = _USER_ROLE + 5
    """A pack's languages, by name, on its title: the line the tree shows under the title."""


class _Node:
    """One row of the tree; ``children`` stays None until the view asks for them."""

    __slots__ = ("children", "done", "kind", "pack", "ref", "title")

    def __init__(self, kind: str, ref: Any, pack: LibraryPack) -> None:
        self.kind = kind
        self.ref = ref
        self.pack = pack
        self.children: list[_Node] | None = [] if kind == "item" else None
        self.title = QStandardItem()
        self.done = QStandardItem()

    @property
    def node_id(self) -> str | None:
        return None if self.kind == "pack" else self.ref.id

    def child_refs(self) -> Sequence[Module | Lesson | Item]:
        if self.kind == "pack":
            return self.pack.manifest.modules
        if self.kind == "module":
            return self.ref.lessons
        if self.kind == "lesson":
            return self.ref.items
        return ()


_CHILD_KIND = {"pack": "module", "module": "lesson", "lesson": "item"}


class LibraryModel(QStandardItemModel):
    """Installed packs as a tree; children are made when a view first expands a row.

    The rows are Qt's own items, filled once from Python: a view paints, lays out and sizes
    them without a call back into Python (a Python model answered about 5,000 such calls at
    start, a few microseconds each, and again at every repaint).
    """

    def __init__(
        self, lang: str, completion: Completion = no_completion, parent: QObject | None = None
    ) -> None:
        super().__init__(0, len(Column), parent)
        self._lang = lang
        self._completion = completion
        self._packs: list[_Node] = []
        self._languages: dict[tuple[str, ...], tuple[str, str]] = {}
        self.setHorizontalHeaderLabels([self.tr("Course"), self.tr("Done")])

    # --- Filling ---------------------------------------------------------------------------

    def set_packs(self, packs: list[LibraryPack]) -> None:
        """Show ``packs`` (replacing what was shown)."""
        self.setRowCount(0)
        self._packs = [_Node("pack", pack, pack) for pack in packs]
        root = self.invisibleRootItem()
        for node in self._packs:
            root.appendRow(self._row(node))

    def _row(self, node: _Node) -> list[QStandardItem]:
        """The cells of ``node``'s row, filled (a pack's row reads no manifest: it is parsed
        when the pack is first expanded)."""
        pack = node.pack
        title = pick_text(node.ref.title if node.kind != "pack" else pack.title,
                          self._lang, pack.languages[0])
        first = node.title
        first.setText(title)
        first.setToolTip(title)
        first.setData(title, _ACCESSIBLE_TEXT_ROLE)
        first.setIcon(item_icon(node.ref.type) if node.kind == "item" else node_icon(node.kind))
        first.setData(node.kind, Role.KIND)
        first.setData(pack.id, Role.PACK_ID)
        first.setData(node.node_id, Role.NODE_ID)
        first.setData(node, Role.NODE)
        if node.kind == "pack":
            names, said = self._languages_of(pack.languages)
            first.setData(names, Role.NOTE)
            first.setData(said, _ACCESSIBLE_DESCRIPTION_ROLE)
            first.setToolTip(f"{title}\n{said}")
        node.done.setText(format_percent(self._completion(pack.id, node.node_id)))
        node.done.setData(_RIGHT_VCENTER, _ALIGNMENT_ROLE)
        row = [first, node.done]
        for cell in row:
            cell.setEditable(False)
        return row

    def _languages_of(self, codes: list[str]) -> tuple[str, str]:
        """A pack's languages by name (``English, Français``) and as said to a screen reader
        and in the tooltip (``Languages: English, Français``); made once per set of
        languages, as most packs share theirs."""
        key = tuple(codes)
        if key not in self._languages:
            names = ", ".join(language_name(code) for code in codes)
            said = self.tr("Languages: {languages}").format(languages=names)
            self._languages[key] = names, said
        return self._languages[key]

    def set_completion(self, completion: Completion) -> None:
        """Take completion from ``completion`` from now on, and show the new figures."""
        self._completion = completion
        self.refresh_completion()

    def refresh_completion(self, pack_id: str | None = None) -> None:
        """Show the completion figures again (of one pack, or of all); only the cells whose
        text changed tell the views."""
        for node in self._packs:
            if pack_id is None or node.pack.id == pack_id:
                self._refresh_below(node)

    def _refresh_below(self, node: _Node) -> None:
        text = format_percent(self._completion(node.pack.id, node.node_id))
        if node.done.text() != text:
            node.done.setText(text)
        for child in node.children or ():
            self._refresh_below(child)

    # --- Finding rows ----------------------------------------------------------------------

    def find(self, pack_id: str, node_id: str | None = None) -> QModelIndex:
        """The index of a pack, or of a module, lesson or item of it (fetching on the way)."""
        for node in self._packs:
            if node.pack.id == pack_id:
                found = node if node_id is None else self._find_below(node, node_id)
                return QModelIndex() if found is None else found.title.index()
        return QModelIndex()

    def _find_below(self, node: _Node, node_id: str) -> _Node | None:
        self._fetch(node)
        for child in node.children or ():
            if child.ref.id == node_id:
                return child
            if child.kind != "item" and _contains(child.ref, node_id):
                return self._find_below(child, node_id)
        return None

    def node_ref(self, index: AnyIndex) -> tuple[str, LibraryPack, Any] | None:
        """(kind, pack, module/lesson/item or pack) behind ``index`` (any column), or None."""
        node = self._node(index)
        return None if node is None else (node.kind, node.pack, node.ref)

    def _node(self, index: AnyIndex) -> _Node | None:
        if not index.isValid():
            return None
        node = self.index(index.row(), Column.TITLE, index.parent()).data(Role.NODE)
        return node if isinstance(node, _Node) else None

    # --- Lazy rows (QAbstractItemModel) ----------------------------------------------------

    def hasChildren(self, parent: AnyIndex = _ROOT) -> bool:
        if not parent.isValid():
            return bool(self._packs)
        if parent.column() != Column.TITLE:
            return False
        node = self._node(parent)
        return node is not None and node.kind != "item"

    def canFetchMore(self, parent: AnyIndex) -> bool:
        node = self._node(parent)
        return node is not None and node.children is None

    def fetchMore(self, parent: AnyIndex) -> None:
        node = self._node(parent)
        if node is not None:
            self._fetch(node)

    def _fetch(self, node: _Node) -> None:
        if node.children is not None:
            return
        kind = _CHILD_KIND[node.kind]
        node.children = [_Node(kind, ref, node.pack) for ref in node.child_refs()]
        for child in node.children:
            node.title.appendRow(self._row(child))


def _contains(ref: Module | Lesson, node_id: str) -> bool:
    if isinstance(ref, Module):
        return any(lesson.id == node_id or _contains(lesson, node_id) for lesson in ref.lessons)
    return any(item.id == node_id for item in ref.items)
