"""The two screens after a questionnaire: the calm crisis screen (shown first when
PHQ-9 item 9 is above zero) and the result (score, band, what it may mean, and that it
is a screening, not a diagnosis). A result is never only a number.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

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


def past_note() -> str:
    return tr(
        "In these answers you noted thoughts of being better off dead or of hurting "
        "yourself. If they are with you now, please reach out (more lines under "
        "\u201cGet help now\u201d, F1):"
    )


def _scrolling(inner: QWidget, parent: QWidget) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(inner)
    return scroll


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


class CrisisLines(QWidget):
    """The crisis lines, one short block each: name, how to reach it, who answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Crisis lines"))
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(SPACE.s)
        self.shown: list[str] = []

    def show_lines(self, lines: Sequence[CrisisLine]) -> None:
        while self.rows.count():
            taken = self.rows.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.shown = []
        for line in lines:
            name = text_label(self)
            name.setText(f"{line.name} ({line.region})")
            name.setFont(scaled_font(name, TYPE.body, bold=True))
            contact = text_label(self)
            contact.setText(line.contact)
            contact.setFont(scaled_font(contact, TYPE.section_title))
            contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            about = text_label(self, muted=True)
            about.setText(line.description)
            for label in (name, contact, about):
                self.rows.addWidget(label)
            self.rows.addSpacing(SPACE.xs)
            self.shown.append(line.contact)


class CrisisPanel(QWidget):
    """Shown before the score when PHQ-9 item 9 is above zero."""

    safe = Signal()
    more_help = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measures-crisis")
        self.setAccessibleName(tr("Before your score"))
        inner = QWidget(self)
        self.card = Card(tr("Before your score"), "measures-crisis-card", inner)
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
        # The two buttons stay in view below the text, however long the list of lines.
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACE.s)
        buttons.addWidget(self.safe_button)
        buttons.addWidget(self.help_button)
        buttons.addStretch(1)
        body = self.card.body
        body.addWidget(self.opening)
        body.addWidget(self.closing)
        body.addWidget(self.reach)
        body.addWidget(self.lines)
        body.addWidget(self.problem)
        self.card.setMaximumWidth(720)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addWidget(self.card)
        inner_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE.s)
        layout.addWidget(_scrolling(inner, self), 1)
        layout.addLayout(buttons)

    def show_lines(self, lines: Sequence[CrisisLine], problem: str = "") -> None:
        self.lines.show_lines(lines)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))


class ResultPanel(QWidget):
    """One scored questionnaire: its score and band, in words, with the notes."""

    edit = Signal()
    back = Signal()
    more_help = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measures-result")
        self.setAccessibleName(tr("Your result"))
        inner = QWidget(self)
        self.card = Card("", "measures-result-card", inner)
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
        self.edit_button = QPushButton(tr("&Edit answers"), self.card)
        self.edit_button.setAccessibleName(tr("Edit the answers of this questionnaire"))
        self.edit_button.setToolTip(tr("The score is worked out again from your new answers"))
        self.edit_button.clicked.connect(lambda: self.edit.emit())
        self.back_button = QPushButton(tr("Back to &overview"), self.card)
        self.back_button.setAccessibleName(tr("Back to the overview"))
        set_role(self.back_button, "primary")
        self.back_button.clicked.connect(lambda: self.back.emit())
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACE.s)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        body = self.card.body
        for widget in (
            self.score,
            self.band,
            self.explanation,
            self.share,
            self.crisis_note,
            self.crisis_lines,
            self.screening,
        ):
            body.addWidget(widget)
        body.addSpacing(SPACE.s)
        body.addLayout(buttons)
        self.card.setMaximumWidth(720)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addWidget(self.card)
        inner_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_scrolling(inner, self))

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
