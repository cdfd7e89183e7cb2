"""The Markdown preview: emphasis as people write it, headings in proportion to the
text, nothing written ever live, and a comfortable line length on wide windows."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont, QPalette, QTextDocument, QTextFragment
from PySide6.QtWidgets import QStyle, QWidget

from ui.journal.body_edit import PlainBodyEdit
from ui.journal.markdown_view import InertMarkdownView
from ui.journal.reading_column import column_width


def fragments(view: InertMarkdownView) -> dict[str, QTextFragment]:
    """Every text fragment of the document by its text."""
    found: dict[str, QTextFragment] = {}
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            found[it.fragment().text()] = it.fragment()
            it += 1
        block = block.next()
    return found


def shown(qtbot: Any, widget: QWidget, width: int = 500, height: int = 400) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def test_underscores_and_stars_both_mean_emphasis_and_strong(qtbot: Any) -> None:
    view = InertMarkdownView()
    shown(qtbot, view)
    view.show_markdown("one _soft_ two *also soft* three __firm__ four **also firm** end")
    found = fragments(view)
    for text in ("soft", "also soft"):
        char_format = found[text].charFormat()
        assert char_format.fontItalic(), text
        assert not char_format.fontUnderline(), f"{text!r} is emphasis, not underlined"
    for text in ("firm", "also firm"):
        char_format = found[text].charFormat()
        assert char_format.fontWeight() >= QFont.Weight.Bold.value, text
        assert not char_format.fontUnderline(), f"{text!r} is strong, not underlined"
    assert view.toPlainText() == "one soft two also soft three firm four also firm end"


def test_headings_are_in_proportion_to_the_body_text(qtbot: Any) -> None:
    view = InertMarkdownView()
    shown(qtbot, view)
    body = view.font().pointSizeF()
    assert body > 0
    view.show_markdown("# First\n\n## Second\n\n### Third\n\n#### Fourth\n\nBody *words*")
    found = fragments(view)

    def size(text: str) -> float:
        return found[text].charFormat().font().pointSizeF()

    assert size("First") == pytest.approx(body * 1.5, rel=0.02)
    assert size("Second") == pytest.approx(body * 1.3, rel=0.02)
    assert size("Third") == pytest.approx(body * 1.15, rel=0.02)
    assert size("Fourth") == pytest.approx(body, rel=0.02)
    assert found["Fourth"].charFormat().fontWeight() >= QFont.Weight.Bold.value
    assert size("Body ") == pytest.approx(body, rel=0.02)
    # What is drawn follows: the first heading's line is about 1.5 lines of body text.
    heading_line = view.document().begin().layout().lineAt(0).height()
    body_line = view.document().lastBlock().layout().lineAt(0).height()
    assert 1.3 < heading_line / body_line < 1.7

    # A larger text size (the scale setting) makes the headings larger too.
    bigger = QFont(view.font())
    bigger.setPointSizeF(body * 2)
    view.setFont(bigger)
    assert fragments(view)["First"].charFormat().font().pointSizeF() == pytest.approx(
        body * 3, rel=0.02
    )


def test_nothing_written_becomes_live_html_or_loads_anything(qtbot: Any) -> None:
    view = InertMarkdownView()
    shown(qtbot, view)
    view.show_markdown(
        "Hello <b>not bold</b> <a href='http://example.com'>x</a>"
        " <img src='http://example.com/spy.png'>\n\n"
        "![picture](http://example.com/picture.png)\n\n"
        '<style>body { color: red }</style>\n\n<iframe src="http://example.com"></iframe>'
    )
    view.repaint()
    text = view.toPlainText()
    assert "<b>not bold</b>" in text
    assert "<img src='http://example.com/spy.png'>" in text
    assert "<style>" in text and "<iframe" in text
    found = fragments(view)
    assert all(f.charFormat().fontWeight() < QFont.Weight.Bold.value for f in found.values())
    assert view.refused_resources >= 1, "the picture was asked for and refused"
    image = QTextDocument.ResourceType.ImageResource.value
    from PySide6.QtCore import QUrl

    held = view.document().resource(image, QUrl("http://example.com/picture.png"))
    assert held is None or held.isNull()


@pytest.mark.parametrize("make", [InertMarkdownView, PlainBodyEdit])
def test_a_wide_text_area_keeps_a_centred_reading_column(qtbot: Any, make: Any) -> None:
    area = make()
    shown(qtbot, area, width=1600)
    if isinstance(area, InertMarkdownView):
        area.show_markdown("words " * 400)
    else:
        area.setPlainText("words " * 400)
    margins = area.viewportMargins()
    assert margins.left() > 0 and margins.left() == margins.right(), "centred"
    # The column, and room for the scroll bar when it is not showing.
    bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, area)
    assert column_width(area) - 1 <= area.viewport().width() <= column_width(area) + bar + 1
    # The margins are the field's own ground, not a box inside a box.
    assert area.autoFillBackground() and area.backgroundRole() == QPalette.ColorRole.Base
    assert area.horizontalScrollBar().maximum() == 0, "lines wrap inside the column"

    # A narrow window: no margins, the text uses the room there is.
    area.resize(300, 300)
    assert area.viewportMargins().left() == 0

    # A larger font widens the column (about the same number of characters a line).
    area.resize(1600, 400)
    before = area.viewport().width()
    bigger = QFont(area.font())
    bigger.setPointSizeF(area.font().pointSizeF() * 1.5)
    area.setFont(bigger)
    assert area.viewport().width() > before * 1.3
