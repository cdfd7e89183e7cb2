"""The two screens after a questionnaire: the calm crisis screen (shown first when
PHQ-9 item 9 is above zero) and the result (score, band, what it may mean, and that it
is a screening, not a diagnosis). A result is never only a number.

Both are a ``CardView``: one card, its buttons right under it (never at the far bottom
of the page), the card scrolling only when it is taller than the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.measures.content import Measure
from app.measures.model import Run
from ui.common.design import SPACE, TYPE
from ui.common.surfaces import Card, scaled_font, text_label
from ui.common.theme import set_role
from ui.measures.words import day_text, say, tr

if TYPE_CHECKING:
    from app.content.crisis_lines import CrisisLine


# Beside a score (not on the crisis screen itself), the first lines only; every line
# is one key away under "Get help now" (F1).
PAST_LINES = 2
# The crisis screen's and the result's card: about a reading width.
CARD_WIDTH = 720


def past_note() -> str:
    return tr(
        "In these answers you noted thoughts of being better off dead or of hurting "
        "yourself. If they are with you now, please reach out (more lines under "
        "\u201cGet help now\u201d, F1):"
    )


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """Buttons side by side from the left, the first being the main one."""
    row = QHBoxLayout()
    row.setSpacing(SPACE.s)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class FittingScroll(QScrollArea):
    """A scroll area as tall as what it holds when there is room, shorter (and then
    scrolling) when there is not: what comes under it stays right under it."""

    def __init__(self, inner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setWidget(inner)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        frame = 2 * self.frameWidth()
        height = inner.heightForWidth(max(1, self.width() - frame))
        if height < 0:
            height = inner.sizeHint().height()
        return QSize(hint.width(), height + frame)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped text is as tall as this new width makes it


class CardView(QWidget):
    """A view of one card with its buttons right under it. The card scrolls when it is
    taller than the page, so the buttons stay in view however long it is."""

    def __init__(
        self, name: str, accessible_name: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        inner = QWidget(self)
        self.card = Card(title, f"{name}-card", inner)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addWidget(self.card)
        self.scroll = FittingScroll(inner, self)
        self.scroll.setMaximumWidth(CARD_WIDTH)
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE.m)
        layout.addWidget(self.scroll)
        layout.addLayout(self.buttons)
        layout.addStretch(1)

    def add_buttons(self, *buttons: QPushButton) -> None:
        self.buttons.addLayout(button_row(*buttons))


def crisis_words() -> tuple[str, str, str]:
    """The crisis screen's three paragraphs (also used beside a past flagged score)."""
    return (
        tr(
            "You said that, over these two weeks, you've had thoughts that you would be "
            "better off dead or of hurting yourself. Thank you for answering honestly. "
            "Thoughts like these can feel very heavy, and you don't have to carry them alone."
        ),
        tr(
            "If you might act on them, or you don't feel safe right now, please reach out "
            "now. These lines are free and someone will listen:"
        ),
        tr(
            "If you are in danger right now, call your local emergency number (911 in the "
            "United States). Please tell your clinician about this answer, too."
        ),
    )


def where_text(line: CrisisLine) -> str:
    """Who a line is for, by place name ("" for a place without one: never a code)."""
    from app.content import crisis_lines as lines_content
    from ui.shell.help_dialog import region_name

    if line.kind == lines_content.DIRECTORY:
        return tr("For people anywhere")
    if line.region.strip().upper() not in lines_content.REGIONS:
        return ""
    return tr("For people in {place}").format(place=region_name(line.region))


class CrisisLines(QWidget):
    """The crisis lines, one short block each: name, where it serves (a place's name,
    never its code), how to reach it, who answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Crisis lines"))
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(SPACE.m)
        self.shown: list[str] = []

    def show_lines(self, lines: Sequence[CrisisLine]) -> None:
        while self.rows.count():
            taken = self.rows.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.shown = []
        for line in lines:
            block = QWidget(self)
            name = text_label(block)
            name.setText(line.name)
            name.setFont(scaled_font(name, TYPE.body, bold=True))
            where = text_label(block, muted=True)
            where.setText(where_text(line))
            where.setVisible(bool(where.text()))
            contact = text_label(block)
            contact.setText(line.contact)
            contact.setFont(scaled_font(contact, TYPE.section_title))
            contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            about = text_label(block, muted=True)
            about.setText(line.description)
            column = QVBoxLayout(block)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(SPACE.xs)
            for label in (name, where, contact, about):
                column.addWidget(label)
            self.rows.addWidget(block)
            self.shown.append(line.contact)


class CrisisPanel(CardView):
    """Shown before the score when PHQ-9 item 9 is above zero."""

    safe = Signal()
    more_help = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "measures-crisis", tr("Before your score"), tr("Before your score"), parent
        )
        first, second, third = crisis_words()
        self.opening = text_label(self.card, name="measures-crisis-opening")
        self.opening.setText(first)
        self.reach = text_label(self.card, name="measures-crisis-reach")
        self.reach.setText(second)
        self.lines = CrisisLines(self.card)
        self.problem = text_label(self.card, name="measures-crisis-problem")
        self.problem.hide()
        self.closing = text_label(self.card, name="measures-crisis-closing")
        self.closing.setText(third)
        self.safe_button = QPushButton(tr("&I'm safe right now"), self)
        self.safe_button.setAccessibleName(tr("I'm safe right now: show my score"))
        set_role(self.safe_button, "primary")
        self.safe_button.clicked.connect(lambda: self.safe.emit())
        self.help_button = QPushButton(tr("More &ways to get help…"), self)
        self.help_button.setAccessibleName(tr("More ways to get help (F1)"))
        self.help_button.setToolTip(
            tr("Every crisis and support line, and the emergency number (F1)")
        )
        self.help_button.clicked.connect(lambda: self.more_help.emit())
        for widget in (self.opening, self.closing, self.reach, self.lines, self.problem):
            self.card.body.addWidget(widget)
        self.add_buttons(self.safe_button, self.help_button)

    def show_lines(self, lines: Sequence[CrisisLine], problem: str = "") -> None:
        self.lines.show_lines(lines)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))


class ResultPanel(CardView):
    """One scored questionnaire: its score and band, in words, with the notes."""

    edit = Signal()
    back = Signal()
    more_help = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("measures-result", tr("Your result"), "", parent)
        self.score = text_label(self.card, name="measures-result-score")
        self.score.setFont(scaled_font(self.score, TYPE.page_title, bold=True))
        self.band = text_label(self.card, name="measures-result-band")
        self.band.setFont(scaled_font(self.band, TYPE.section_title))
        self.explanation = text_label(self.card, name="measures-result-explanation")
        self.share = text_label(self.card, name="measures-result-share")
        set_role(self.share, "prompt")
        self.crisis_note = text_label(self.card, name="measures-result-crisis")
        self.crisis_lines = CrisisLines(self.card)
        self.screening = text_label(self.card, muted=True, name="measures-result-screening")
        self.edit_button = QPushButton(tr("&Edit answers"), self)
        self.edit_button.setAccessibleName(tr("Edit the answers of this questionnaire"))
        self.edit_button.setToolTip(tr("The score is worked out again from your new answers"))
        self.edit_button.clicked.connect(lambda: self.edit.emit())
        self.back_button = QPushButton(tr("Back to &overview"), self)
        self.back_button.setAccessibleName(tr("Back to the overview"))
        set_role(self.back_button, "primary")
        self.back_button.clicked.connect(lambda: self.back.emit())
        for widget in (
            self.score,
            self.band,
            self.explanation,
            self.share,
            self.crisis_note,
            self.crisis_lines,
            self.screening,
        ):
            self.card.body.addWidget(widget)
        self.add_buttons(self.back_button, self.edit_button)

    def show_result(
        self,
        measure: Measure,
        run: Run,
        lines: Sequence[CrisisLine] = (),
        today: date | None = None,
    ) -> None:
        fill_result(self, measure, run, lines, today)

    def wipe(self) -> None:
        for label in (self.score, self.band, self.explanation, self.share, self.crisis_note):
            label.clear()
        self.card.title.clear()
        self.crisis_lines.show_lines(())


def fill_result(
    panel: ResultPanel,
    measure: Measure,
    run: Run,
    lines: Sequence[CrisisLine] = (),
    today: date | None = None,
) -> None:
    """Write ``run``'s result into ``panel`` (its score must be set)."""
    assert run.score is not None
    band = measure.band_for(run.score)
    title = tr("Your {name} on {day}").format(name=say(measure.name), day=day_text(run.day, today))
    panel.card.title.setText(title)
    panel.card.title.show()
    panel.card.setAccessibleName(title)
    panel.score.setText(tr("{score} of {top}").format(score=run.score, top=measure.max_score))
    panel.band.setText(
        tr("{band} ({low} to {high})").format(band=say(band.label), low=band.low, high=band.high)
    )
    panel.explanation.setText(say(band.explanation))
    panel.share.setText(say(measure.share_note))
    panel.screening.setText(say(measure.screening_note))
    flagged = run.crisis
    if flagged:
        panel.crisis_note.setText(past_note())
    panel.crisis_note.setVisible(flagged)
    panel.crisis_lines.show_lines(lines[:PAST_LINES] if flagged else ())
    panel.crisis_lines.setVisible(flagged)
