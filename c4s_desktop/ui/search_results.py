"""The search results page: one row per hit (title, where it was found, the snippet with the
match in bold); Enter or a double-click opens it, a subtitle hit at its moment in the video.

:class:`c4s_desktop.ui.search_ui.SearchUi` builds this page when the first results arrive.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.packs.manifest import matching_language, pick_text
from c4s_desktop.core.search.query import MARK_END, MARK_START, Hit
from c4s_desktop.ui.announce import announce
from c4s_desktop.ui.formatting import language_name
from c4s_desktop.ui.icons import item_icon, node_icon
from c4s_desktop.ui.library_data import LibraryPack
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.style import hint_colour

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_PADDING = 6
ICON_SIZE = 22

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class HitTarget:
    """What a hit points at: its title, icon, and the lesson or item to open."""

    title: str
    icon: QIcon
    node: str  # "module", "lesson", or the item's type
    lesson_id: str

    @property
    def is_item(self) -> bool:
        """True for an item (not a module or lesson)."""
        return self.node not in ("module", "lesson")


def find_target(packs: list[LibraryPack], hit: Hit, lang: str) -> HitTarget | None:
    """Where ``hit`` sits in the loaded library, or None when its pack is not shown."""
    pack = next((p for p in packs if p.id == hit.pack_id), None)
    if pack is None:
        return None
    default = pack.manifest.default_language
    for module in pack.manifest.modules:
        if module.id == hit.item_id and module.lessons:
            return HitTarget(pick_text(module.title, lang, default), node_icon("module"),
                             "module", module.lessons[0].id)
        for lesson in module.lessons:
            if lesson.id == hit.item_id:
                return HitTarget(pick_text(lesson.title, lang, default), node_icon("lesson"),
                                 "lesson", lesson.id)
            for item in lesson.items:
                if item.id == hit.item_id:
                    return HitTarget(pick_text(item.title, lang, default), item_icon(item.type),
                                     item.type, lesson.id)
    return None


def one_per_place(hits: list[Hit], packs: list[LibraryPack], lang: str) -> list[Hit]:
    """``hits`` with one hit per place, in the order of each place's best hit.

    A place is an item (or module, or lesson), or a moment of a video's subtitles, which opens
    the video there. An item matches more than once when its title and its text both hold the
    words, or when its course says the same in two languages; the learner needs it once: in
    the language they read (the interface's, else the course's default, else the hit's own),
    and by what its text says rather than by its title, which the row shows anyway.
    """
    defaults = {pack.id: pack.manifest.default_language.split("-")[0] for pack in packs}
    wanted = lang.split("-")[0]

    def preference(hit: Hit) -> tuple[int, bool]:
        spoken = hit.lang.split("-")[0]
        language = 0 if spoken == wanted else 1 if spoken == defaults.get(hit.pack_id) else 2
        return language, hit.kind == "title"

    chosen: dict[tuple[str, str, int | None], Hit] = {}
    for hit in hits:
        moment = None if hit.kind != "subtitle" or hit.start_s is None else round(hit.start_s)
        key = (hit.pack_id, hit.item_id, moment)
        if key not in chosen or preference(hit) < preference(chosen[key]):
            chosen[key] = hit  # a dict keeps the place where the key first came
    return list(chosen.values())


def snippet_html(snippet: str) -> str:
    """The snippet as HTML: escaped, with the matched words in bold."""
    text = html.escape(" ".join(snippet.split()))
    return text.replace(MARK_START, "<b>").replace(MARK_END, "</b>")


def clock(seconds: float) -> str:
    """``1:05`` or ``1:02:03``: a moment in a video."""
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class _HtmlDelegate(QStyledItemDelegate):
    """Draws a row's HTML (``HTML_ROLE``) word-wrapped beside its icon."""

    def _document(
        self, option: QStyleOptionViewItem, index: AnyIndex, width: int, meta: str = ""
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(ROW_PADDING / 2)
        doc.setDefaultStyleSheet(f".meta {{ color: {meta or hint_colour(option.palette)}; }}")
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(50, width))
        return doc

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        return width - ICON_SIZE - 3 * ROW_PADDING

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """The row's background, focus and icon as the style draws them, then the HTML."""
        from PySide6.QtWidgets import QStyle  # a large type to create: not before a search

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = opt.palette.color(role)
        doc = self._document(opt, index, rect.width(), color.name() if selected else "")
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, color)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """As tall as the wrapped HTML at the view's width."""
        doc = self._document(option, index, self._text_width(option))
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + ROW_PADDING)


class _ResultList(QListView):
    escape_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
        else:
            super().keyPressEvent(event)


class SearchResultsPage(QWidget):
    """The hits of the newest search, best first."""

    hit_activated = Signal(object)
    """The learner chose a :class:`Hit` (Enter or double-click)."""
    back_to_box = Signal()
    """Escape in the list: go back to typing."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.hits: list[Hit] = []
        self.heading = plain_label()
        self.heading.setObjectName("item-title")
        self.heading.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.list = _ResultList()
        self.list.setObjectName("search-results")
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(_HtmlDelegate(self.list))
        self.list.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._activated)
        self.list.escape_pressed.connect(self.back_to_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)

    def show_hits(self, text: str, hits: list[Hit], packs: list[LibraryPack]) -> None:
        """List ``hits`` for ``text``; hits of packs not in ``packs`` are left out."""
        self.model.clear()
        self.hits = []
        for hit in one_per_place(hits, packs, self._lang):
            target = find_target(packs, hit, hit.lang)  # titled as the hit will open
            if target is not None:
                self.hits.append(hit)
                self.model.appendRow(self._row(hit, target))
        self.heading.setText(self.tr("Results for “{text}”").format(text=text) if self.hits
                             else self._nothing_found(text, packs))
        if self.hits:
            self.list.setCurrentIndex(self.model.index(0, 0))
        # The results appear while the focus stays in the search box: a reader says how many
        # there are, or that there are none, only when told.
        announce(self.list, self.tr("%n result(s) for “{text}”.", "", len(self.hits)).format(
            text=text) if self.hits else self.heading.text())

    def _nothing_found(self, text: str, packs: list[LibraryPack]) -> str:
        """What to try next: shorter words, or the courses' languages when the learner's is
        not among them (words in it can only find titles someone translated)."""
        spoken: list[str] = []
        for pack in packs:
            spoken += [code for code in pack.languages if code not in spoken]
        if not spoken or matching_language(spoken, self._lang) is not None:
            return self.tr("Nothing found for “{text}”. Try fewer or shorter words.").format(
                text=text)
        names = QLocale().createSeparatedList([language_name(code) for code in spoken])
        if len(spoken) == 1:
            return self.tr("Nothing found for “{text}”. The courses are in {language}: try "
                           "words in that language.").format(text=text, language=names)
        return self.tr("Nothing found for “{text}”. The courses are in {languages}: try words "
                       "in one of these languages.").format(text=text, languages=names)

    def focus_results(self) -> None:
        """Put the keyboard in the list, on the current (else first) hit."""
        if self.model.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _where(self, hit: Hit, target: HitTarget) -> str:
        if hit.kind == "subtitle" and hit.start_s is not None:
            return self.tr("Video at {time}").format(time=clock(hit.start_s))
        if hit.kind == "factsheet" and hit.page is not None:
            return self.tr("Fact sheet, page {n}").format(n=hit.page + 1)
        if hit.kind == "factsheet":
            return self.tr("Fact sheet")
        if hit.kind == "text":
            return self.tr("Case study") if target.node == "case_study" else \
                self.tr("Course text")
        if target.node == "module":
            return self.tr("Module")
        if target.node == "lesson":
            return self.tr("Lesson")
        return self.tr("Title")

    def _row(self, hit: Hit, target: HitTarget) -> QStandardItem:
        where = self._where(hit, target)
        if hit.lang.split("-")[0] != self._lang.split("-")[0]:
            where = f"{where} · {language_name(hit.lang)}"
        plain = " ".join(hit.snippet.replace(MARK_START, "").replace(MARK_END, "").split())
        row = QStandardItem(target.icon, f"{target.title} — {where} — {plain}")
        row.setData(f"{target.title}, {where}: {plain}", Qt.ItemDataRole.AccessibleTextRole)
        meta = f"&nbsp;&nbsp;<span class='meta'>{html.escape(where)}</span>"
        if hit.kind == "title":  # the snippet is the title itself, in the language it matched
            rich = f"{snippet_html(hit.snippet)}{meta}"
        else:
            rich = f"<b>{html.escape(target.title)}</b>{meta}<br>{snippet_html(hit.snippet)}"
        row.setData(rich, HTML_ROLE)
        row.setData(hit, HIT_ROLE)
        row.setEditable(False)
        return row

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, Hit):
            self.hit_activated.emit(hit)
