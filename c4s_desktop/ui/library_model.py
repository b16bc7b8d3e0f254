"""The library as a lazily populated tree model: packs → modules → lessons → items."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from c4s_desktop.core.packs.manifest import Item, Lesson, Module, pick_text
from c4s_desktop.ui.formatting import format_percent
from c4s_desktop.ui.icons import item_icon, node_icon
from c4s_desktop.ui.library_data import LibraryPack

Completion = Callable[[str, str | None], float]
"""``completion(pack_id, node_id)`` → 0.0 to 1.0; ``node_id`` is None for the pack itself."""

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
"""Every row's flags, made once: the view asks for them at every paint (an enum ``|`` each)."""


def no_completion(_pack_id: str, _node_id: str | None) -> float:
    """Completion until progress is wired: nothing done yet."""
    return 0.0


class Column(IntEnum):
    TITLE = 0
    LANGUAGES = 1
    COMPLETION = 2


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    PACK_ID = Qt.ItemDataRole.UserRole + 2
    NODE_ID = Qt.ItemDataRole.UserRole + 3


class _Node:
    """One row of the tree; ``children`` stays None until the view asks for them."""

    __slots__ = ("children", "kind", "pack", "parent", "ref", "row")

    def __init__(
        self, kind: str, ref: Any, pack: LibraryPack, parent: _Node | None, row: int
    ) -> None:
        self.kind = kind
        self.ref = ref
        self.pack = pack
        self.parent = parent
        self.row = row
        self.children: list[_Node] | None = [] if kind == "item" else None

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
_TEXT_ROLES = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole))
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROLES_ANSWERED = _TEXT_ROLES | {_DECORATION, _ALIGNMENT, *(int(role) for role in Role)}


class LibraryModel(QAbstractItemModel):
    """Installed packs as a tree; children are made when a view first expands a row."""

    def __init__(
        self, lang: str, completion: Completion = no_completion, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self._completion = completion
        self._packs: list[_Node] = []

    # --- Filling ---------------------------------------------------------------------------

    def set_packs(self, packs: list[LibraryPack]) -> None:
        """Show ``packs`` (replacing what was shown)."""
        self.beginResetModel()
        self._packs = [_Node("pack", pack, pack, None, row) for row, pack in enumerate(packs)]
        self.endResetModel()

    def set_completion(self, completion: Completion) -> None:
        """Take completion from ``completion`` from now on, and repaint that column."""
        self._completion = completion
        self.refresh_completion()

    def refresh_completion(self, pack_id: str | None = None) -> None:
        """Tell views that completion figures (of one pack, or of all) may have changed."""
        # One signal per run of siblings, not per row: each signal makes the view measure
        # its resize-to-contents columns again, which over 50 packs cost half a second.
        if pack_id is None:
            self._changed_rows(self._packs)
            for node in self._packs:
                self._changed_below(node)
            return
        for node in self._packs:
            if node.pack.id == pack_id:
                self._changed_rows([node])
                self._changed_below(node)

    def _changed_below(self, node: _Node) -> None:
        if node.children:
            self._changed_rows(node.children)
            for child in node.children:
                self._changed_below(child)

    def _changed_rows(self, siblings: list[_Node]) -> None:
        if siblings:
            first = self.createIndex(siblings[0].row, Column.COMPLETION, siblings[0])
            last = self.createIndex(siblings[-1].row, Column.COMPLETION, siblings[-1])
            self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole])

    # --- Finding rows ----------------------------------------------------------------------

    def find(self, pack_id: str, node_id: str | None = None) -> QModelIndex:
        """The index of a pack, or of a module, lesson or item of it (fetching on the way)."""
        for node in self._packs:
            if node.pack.id == pack_id:
                found = node if node_id is None else self._find_below(node, node_id)
                return QModelIndex() if found is None else self.createIndex(found.row, 0, found)
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
        """(kind, pack, module/lesson/item or pack) behind ``index``, or None."""
        node = self._node(index)
        return None if node is None else (node.kind, node.pack, node.ref)

    # --- QAbstractItemModel ----------------------------------------------------------------

    def _node(self, index: AnyIndex) -> _Node | None:
        return index.internalPointer() if index.isValid() else None

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        siblings = self._children(parent)
        if not 0 <= row < len(siblings) or not 0 <= column < len(Column):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def _children(self, parent: AnyIndex) -> list[_Node]:
        node = self._node(parent)
        return self._packs if node is None else (node.children or [])

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, _parent: AnyIndex = _ROOT) -> int:
        return len(Column)

    def hasChildren(self, parent: AnyIndex = _ROOT) -> bool:
        node = self._node(parent)
        return bool(self._packs) if node is None else node.kind != "item"

    def canFetchMore(self, parent: AnyIndex) -> bool:
        node = self._node(parent)
        return node is not None and node.children is None

    def fetchMore(self, parent: AnyIndex) -> None:
        node = self._node(parent)
        if node is not None and node.children is None:
            self._fetch(node, parent)

    def _fetch(self, node: _Node, parent: AnyIndex | None = None) -> None:
        if node.children is not None:
            return
        refs = node.child_refs()
        index = parent if parent is not None else self.createIndex(node.row, 0, node)
        kind = _CHILD_KIND[node.kind]
        if refs:
            self.beginInsertRows(index, 0, len(refs) - 1)
        node.children = [_Node(kind, ref, node.pack, node, row) for row, ref in enumerate(refs)]
        if refs:
            self.endInsertRows()

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.TITLE: self.tr("Course"),
            Column.LANGUAGES: self.tr("Languages"),
            Column.COMPLETION: self.tr("Done"),
        }.get(Column(section))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks for about ten roles per cell at every paint: the roles answered here
        # are plain ints compared once, and every other role returns before any work.
        if role not in _ROLES_ANSWERED:
            return None
        node = self._node(index)
        if node is None:
            return None
        column = index.column()
        if role in _TEXT_ROLES:
            return self._text(node, column)
        if role == _DECORATION:
            if column != Column.TITLE:
                return None
            return item_icon(node.ref.type) if node.kind == "item" else node_icon(node.kind)
        if role == _ALIGNMENT:
            return _RIGHT if column == Column.COMPLETION else None
        if role == Role.KIND:
            return node.kind
        if role == Role.PACK_ID:
            return node.pack.id
        if role == Role.NODE_ID:
            return node.node_id
        return None

    def _text(self, node: _Node, column: int) -> str | None:
        pack = node.pack  # a pack's row reads no manifest: it is parsed when first expanded
        if column == Column.TITLE:
            return pick_text(node.ref.title if node.kind != "pack" else pack.title,
                             self._lang, pack.languages[0])
        if column == Column.LANGUAGES:
            return ", ".join(pack.languages) if node.kind == "pack" else None
        if column == Column.COMPLETION:
            return format_percent(self._completion(node.pack.id, node.node_id))
        return None


def _contains(ref: Module | Lesson, node_id: str) -> bool:
    if isinstance(ref, Module):
        return any(lesson.id == node_id or _contains(lesson, node_id) for lesson in ref.lessons)
    return any(item.id == node_id for item in ref.items)
