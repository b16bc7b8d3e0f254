"""A course text's width: a table that wraps to fit gets no scroll bar for Qt's rounding,
and one that cannot fit still scrolls."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from c4s_desktop.ui.document_view import DocumentView

FIGURES = """| Indicator | Two years ago | Today | Peer median |
|---|---|---|---|
| Membership renewal rate | 84 % | 79 % | 85 % |
| Share of public funding in the budget | 68 % | 62 % | 50 % |
"""


def _view(qtbot, markdown: str = "", html: str = "") -> DocumentView:
    view = DocumentView()
    qtbot.addWidget(view)
    if html:
        view.setHtml(html)
    else:
        view.setMarkdown(markdown)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_table_that_wraps_to_fit_never_gets_a_scroll_bar(qtbot) -> None:
    view = _view(qtbot, FIGURES)
    for width in range(260, 420, 3):
        view.resize(width, 300)
        QApplication.processEvents()
        bar = view.horizontalScrollBar()
        assert not bar.isVisible(), f"scroll bar at {width} px for {bar.maximum()} px"


def test_a_table_wider_than_the_view_still_scrolls(qtbot) -> None:
    view = _view(qtbot, html="<table border='1' width='600'><tr><td>a</td><td>b</td></tr></table>")
    view.resize(300, 300)
    QApplication.processEvents()
    assert view.horizontalScrollBar().isVisible()
    assert view.horizontalScrollBar().maximum() > 100
