"""The presenter view: while a presentation is on a projector (a second screen), the laptop's
screen shows the trainer what the class sees, what Page Down brings at the end of it, how long
the presentation has run and the time of day, large enough to read standing, with buttons that
do what a presenter's remote does.

The presentation (presenting.py) makes it when it moves the window to another screen and closes
it when it ends. Its keys are the presentation's: the presentation filters them here as in the
presented window, so a remote works whichever of the two has the focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QResizeEvent, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.packs.manifest import pick_text
from c4s_desktop.ui.layouts import page_button
from c4s_desktop.ui.library_data import ItemPlace, lesson_sequence
from c4s_desktop.ui.plain_text import plain_label

if TYPE_CHECKING:
    from c4s_desktop.core.packs.manifest import Item, Lesson
    from c4s_desktop.ui.main_window import MainWindow
    from c4s_desktop.ui.presenting import PresentationMode

TICK_MS = 1000
"""How often the times shown move on (and what the class sees is read again)."""
MARGIN = 24
"""Pixels between the view's contents and the screen's edges."""
TEXT_SIZES = {
    "presenter-time": (3.5, True), "presenter-caption": (1.3, False),
    "presenter-context": (1.6, False), "presenter-now": (2.8, True),
    "presenter-place": (1.6, False), "presenter-next": (2.2, True),
    "presenter-blank": (1.6, True), "presenter-button": (1.7, False),
}
"""Each label's and button's text size in ems of the app's font, and whether bold: read
standing back."""
SHARES = (1.5, 1.35, 1.2, 1.05, 0.9, 0.8, 0.7, 0.6, 0.5)
"""Shares of those sizes tried in turn, the largest first, until the view fits its screen: larger
where there is room, smaller for a long title, a language of longer words or a small scaled-up
screen; the buttons at the bottom are never cut off."""


class PresenterView(QWidget):
    """The trainer's window on the laptop's screen during a presentation on another one."""

    def __init__(self, presentation: PresentationMode, window: MainWindow) -> None:
        # A window of its own, owned by the main window: it goes when the app does.
        super().__init__(window, Qt.WindowType.Window)
        self._presentation = presentation
        self._window = window
        self.setObjectName("presenter-view")
        self.setWindowTitle(self.tr("Presenter view"))
        # Shown without taking the keyboard from the presented window, where a learner's field
        # may have it; the trainer clicks here to work from this screen.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)

        self.elapsed = _label("presenter-time", self.tr("Time since the presentation started"))
        self.clock = _label("presenter-time", self.tr("Time of day"))
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.now_context = _label("presenter-context")
        self.now_title = _label("presenter-now")
        self.now_place = _label("presenter-place")
        self.next_caption = _label("presenter-caption", text=self.tr("Next, with Page Down"))
        self.next_title = _label("presenter-next")
        self.next_place = _label("presenter-place")
        self.blank_notice = _label("presenter-blank", text=self.tr(
            "The class sees a black screen. Any key or button shows the picture again."))
        self.blank_notice.hide()
        self.previous_button = _button(self.tr("Previous"),
                                       self.tr("Previous screenful, item or lesson"))
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button = _button(self.tr("Next"), self.tr("Next screenful, item or lesson"))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.blank_button = _button("", "")
        self.blank_button.clicked.connect(
            lambda: presentation.set_blank(not presentation.blanked_out))
        self.end_button = _button(self.tr("End the presentation"),
                                  self.tr("End the presentation"))
        self.end_button.clicked.connect(presentation.end)
        # F5 ends it from here too (Esc, B and the Page keys come through the presentation).
        self.addAction(window.present_action)
        self._watched: list[QStackedWidget] = []
        self.text_share = 1.0
        """The share of :data:`TEXT_SIZES` the texts have now (:meth:`_fit`'s choice)."""

        times = QGridLayout()
        times.addWidget(_label("presenter-caption", text=self.tr("Presenting for")), 0, 0)
        times.addWidget(self.elapsed, 1, 0)
        clock_caption = _label("presenter-caption", text=self.tr("Time of day"))
        clock_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        times.addWidget(clock_caption, 0, 1)
        times.addWidget(self.clock, 1, 1)
        buttons = QHBoxLayout()
        for button in (self.previous_button, self.next_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.blank_button, self.end_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        # The screen's size, not the texts', sets the window's: _fit makes the texts fit it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addLayout(times)
        layout.addSpacing(MARGIN)
        layout.addWidget(_label("presenter-caption", text=self.tr("On the screen now")))
        for label in (self.now_context, self.now_title, self.now_place):
            layout.addWidget(label)
        layout.addSpacing(MARGIN)
        for label in (self.next_caption, self.next_title, self.next_place):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.blank_notice)
        layout.addLayout(buttons)
        self.setTabOrder(self.previous_button, self.next_button)
        self.next_button.setFocus()  # the likeliest button, and the remote's keys work from it

        self._started = QElapsedTimer()
        self._started.start()
        self._ticks = QTimer(self)
        self._ticks.setInterval(TICK_MS)
        self._ticks.timeout.connect(self._tick)
        self._ticks.start()
        window.item_opened.connect(self.refresh)
        window.pages.currentChanged.connect(self.refresh)
        # Connected after the window's own: the next lesson is shown when these run.
        window.lesson_page.previous_requested.connect(self.refresh)
        window.lesson_page.next_requested.connect(self.refresh)
        presentation.blanked.connect(self._show_blank)
        _app().fontChanged.connect(self._fit)  # a larger system text size, say
        self._show_blank(presentation.blanked_out)
        self._tick()
        self._fit()

    def show_on(self, screen: QScreen) -> None:
        """Fill ``screen`` (the one the presented window came from) with the view."""
        self.setScreen(screen)
        self.setGeometry(screen.availableGeometry())
        self.showFullScreen()

    def refresh(self) -> None:
        """Show what the class sees and what Page Down brings at the end of it."""
        window = self._window
        page = window.pages.currentWidget()
        item_page = window.item_page_if_made
        steps = True
        if item_page is not None and page is item_page and item_page.place is not None:
            place = item_page.place
            number, count = _place_in_lesson(place.lesson, place.item)
            now = (self._text(place, place.lesson.title), item_page.title.text(),
                   self._item_of(number, count))
            viewer = item_page.stack.currentWidget()
            self._watch_steps(viewer)
            if getattr(viewer, "answering", False):  # the remote keeps the question on screen
                upcoming = (self.tr("Nothing until the quiz attempt is finished"), "")
            else:
                upcoming = self._after_item(place)
        elif page is window.lesson_page and window.lesson is not None:
            now, upcoming = self._lesson_and_next()
        else:  # the search results, My progress: their Page keys are their own
            now = ("", self.tr("Another page of the app"), "")
            upcoming = None
            steps = False
        changed = [_set(label, text) for label, text in
                   zip((self.now_context, self.now_title, self.now_place), now, strict=True)]
        if self.next_caption.isHidden() != (upcoming is None):
            self.next_caption.setVisible(upcoming is not None)
            changed.append(True)
        for label, text in zip((self.next_title, self.next_place), upcoming or ("", ""),
                               strict=True):
            changed.append(_set(label, text))
        self.previous_button.setEnabled(steps)
        self.next_button.setEnabled(steps)
        if any(changed):
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the texts to the new size (full screen comes after the first layout)."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Give the labels and buttons the largest text sizes with which everything fits."""
        font = _app().font()
        em, unit = ((font.pointSizeF(), "pt") if font.pointSizeF() > 0
                    else (float(font.pixelSize()), "px"))
        layout = self.layout()
        for share in SHARES:
            # A style sheet of the view's own, not setFont: polishing by the app's style sheet
            # (a new theme) would put back the sizes the widgets had before.
            self.setStyleSheet("".join(
                f"#{name} {{ font-size: {em * size * share:.2f}{unit}; "
                f"font-weight: {'bold' if bold else 'normal'}; }}\n"
                for name, (size, bold) in TEXT_SIZES.items()))
            self.text_share = share
            if layout is not None:
                layout.activate()  # the rows' sizes measured again now, not at the next turn
            if layout is None or (layout.totalMinimumSize().width() <= self.width() and
                                  layout.totalHeightForWidth(self.width()) <= self.height()):
                break

    def _watch_steps(self, viewer: QWidget | None) -> None:
        """Follow the pages of a viewer that has some (a quiz's questions and results), since
        what Page Down does changes with them."""
        if isinstance(viewer, QStackedWidget) and viewer not in self._watched:
            viewer.currentChanged.connect(self.refresh)
            self._watched.append(viewer)

    def _after_item(self, place: ItemPlace) -> tuple[str, str]:
        """The item that Next opens after ``place``'s (the course's order, lessons running
        on), or the end of the course."""
        sequence = [(lesson, item) for _module, lesson, item in place.pack.manifest.iter_items()]
        at = next(index for index, (_lesson, item) in enumerate(sequence)
                  if item.id == place.item.id)
        if at + 1 == len(sequence):
            return self.tr("The end of the course"), ""
        lesson, item = sequence[at + 1]
        title = self._text(place, item.title)
        if lesson.id == place.lesson.id:
            return title, self._item_of(*_place_in_lesson(lesson, item))
        return title, self.tr("The first item of the next lesson, {lesson}").format(
            lesson=self._text(place, lesson.title))

    def _lesson_and_next(self) -> tuple[tuple[str, str, str], tuple[str, str]]:
        """On a lesson's page: the lesson shown, and the next one (Page Down's)."""
        assert self._window.lesson is not None
        pack, lesson_id = self._window.lesson
        lessons = lesson_sequence(pack)
        at = next(index for index, (_module, lesson) in enumerate(lessons)
                  if lesson.id == lesson_id)
        lang, default = self._window.lang, pack.manifest.default_language
        module, lesson = lessons[at]
        now = (pick_text(module.title, lang, default), pick_text(lesson.title, lang, default),
               self._lesson_of(at + 1, len(lessons)))
        if at + 1 == len(lessons):
            return now, (self.tr("The end of the course"), "")
        _module, following = lessons[at + 1]
        return now, (pick_text(following.title, lang, default),
                     self._lesson_of(at + 2, len(lessons)))

    def _text(self, place: ItemPlace, text: dict[str, str]) -> str:
        return pick_text(text, self._window.lang, place.pack.manifest.default_language)

    def _item_of(self, number: int, count: int) -> str:
        return self.tr("Item {number} of {count}").format(number=number, count=count)

    def _lesson_of(self, number: int, count: int) -> str:
        return self.tr("Lesson {number} of {count}").format(number=number, count=count)

    def _step(self, step: int) -> None:
        """What Page Down (1) or Page Up (-1) does: on a blacked-out screen, show the picture
        again (only that, as any key does); else the presentation's next or previous step."""
        if self._presentation.blanked_out:
            self._presentation.set_blank(False)
        else:
            self._presentation.step(step)
        self.refresh()  # a screenful of the same item changes nothing else that is watched

    def _show_blank(self, blanked: bool) -> None:
        self.blank_notice.setVisible(blanked)
        text = self.tr("Show the screen") if blanked else self.tr("Blank the screen")
        self.blank_button.setText(text)
        self.blank_button.setAccessibleName(text)
        self._fit()

    def _tick(self) -> None:
        seconds = self._started.elapsed() // 1000
        minutes, seconds = divmod(seconds, 60)
        _set(self.elapsed, f"{minutes:02d}:{seconds:02d}")
        _set(self.clock, QLocale().toString(QTime.currentTime(),
                                            QLocale.FormatType.ShortFormat))
        self.refresh()  # what the class sees, also when something unwatched changed it


def _place_in_lesson(lesson: Lesson, item: Item) -> tuple[int, int]:
    """``item``'s number in ``lesson`` (from 1) and the lesson's number of items."""
    ids = [entry.id for entry in lesson.items]
    return ids.index(item.id) + 1, len(ids)


def _label(name: str, description: str = "", text: str = "") -> QLabel:
    """A label sized by ``name`` (:data:`TEXT_SIZES`) and coloured by the style sheet;
    course titles in it show literally."""
    label = plain_label(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    if description:
        # The description, not the name: a label's name is the text a screen reader reads.
        label.setAccessibleDescription(description)
    return label


def _button(text: str, name: str) -> QPushButton:
    button = page_button(text)
    button.setObjectName("presenter-button")
    button.setAccessibleName(name)
    return button


def _set(label: QLabel, text: str) -> bool:
    """Set ``label``'s text, hiding it while empty (no blank line in the layout); True if
    that changed anything."""
    if label.text() == text and label.isHidden() != bool(text):
        return False
    label.setText(text)
    label.setVisible(bool(text))
    return True


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
