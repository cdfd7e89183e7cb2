"""One questionnaire being answered: the lead-in, each item with its four answers, the
unscored follow-up question, and how many are answered so far.

Each answer is saved the moment it is chosen (the page runs the operation), so a
half-answered questionnaire is never lost; there is no running total on this screen:
the score is shown only after "See your result" (and, when PHQ-9 item 9 is above
zero, after the crisis screen).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.measures.content import Measure
from app.measures.model import Run
from ui.common.design import SPACE, TYPE
from ui.common.scrolling import scroll_area
from ui.common.surfaces import scaled_font, text_label
from ui.common.theme import set_role
from ui.measures.words import answered_text, day_text, say, tr


class Questionnaire(QWidget):
    """See the module docstring. Emits what the person chose; the page saves it."""

    answered = Signal(str, int)  # item id, value
    follow_up_chosen = Signal(str)  # option id
    finish_requested = Signal()
    later_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Questionnaire"))
        self.measure: Measure | None = None
        self.run: Run | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.follow_group: QButtonGroup | None = None

        self.title = text_label(self, name="measures-form-title")
        set_role(self.title, "section-title")
        self.lead_in = text_label(self, name="measures-lead-in")
        set_role(self.lead_in, "prompt")
        self.items_holder = QWidget(self)
        self.items_layout = QVBoxLayout(self.items_holder)
        self.items_layout.setContentsMargins(0, 0, 0, 0)
        self.items_layout.setSpacing(SPACE.l)
        scroll = scroll_area(self.items_holder, self)
        self.scroller = scroll

        self.progress = text_label(self, muted=True, name="measures-progress")
        self.finish_button = QPushButton(tr("See your &result"), self)
        self.finish_button.setAccessibleName(tr("See your result"))
        self.finish_button.setToolTip(tr("Shows once every question has an answer"))
        set_role(self.finish_button, "primary")
        self.finish_button.clicked.connect(lambda: self.finish_requested.emit())
        self.later_button = QPushButton(tr("&Back, finish later"), self)
        self.later_button.setAccessibleName(tr("Back to the overview; your answers are kept"))
        self.later_button.clicked.connect(lambda: self.later_requested.emit())
        row = QHBoxLayout()
        row.setSpacing(SPACE.s)
        row.addWidget(self.progress, 1)
        row.addWidget(self.later_button)
        row.addWidget(self.finish_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE.s)
        layout.addWidget(self.title)
        layout.addWidget(self.lead_in)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)

    # ----- building ----------------------------------------------------------------

    def _build(self, measure: Measure) -> None:
        while self.items_layout.count():
            taken = self.items_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.groups = {}
        self.follow_group = None
        for item in measure.items:
            block, group = self._question(
                f"{item.number}. {say(item.text)}",
                [(str(o.value), say(o.label)) for o in measure.options],
                tr("question {n} of {total}").format(n=item.number, total=len(measure.items)),
            )
            group.idClicked.connect(lambda value, item_id=item.id: self._chosen(item_id, value))
            self.groups[item.id] = group
            self.items_layout.addWidget(block)
        if measure.follow_up is not None:
            follow = measure.follow_up
            block, group = self._question(
                say(follow.text),
                [(o.id, say(o.label)) for o in follow.options],
                tr("not scored"),
            )
            group.buttonClicked.connect(self._follow_chosen)
            self.follow_group = group
            self.items_layout.addWidget(block)
        self.items_layout.addStretch(1)
        self.measure = measure

    def _question(
        self, text: str, options: list[tuple[str, str]], where: str
    ) -> tuple[QWidget, QButtonGroup]:
        block = QWidget(self.items_holder)
        label = text_label(block)
        label.setText(text)
        label.setFont(scaled_font(label, TYPE.body, bold=True))
        group = QButtonGroup(block)
        group.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(SPACE.l)
        for number, (key, option) in enumerate(options):
            button = QRadioButton(option, block)
            button.setObjectName(f"answer-{key}")
            button.setProperty("answer_key", key)
            button.setAccessibleName(f"{option}, {where}")
            button.setAccessibleDescription(text)
            group.addButton(button, number)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE.xs)
        layout.addWidget(label)
        layout.addLayout(row)
        return block, group

    # ----- showing -----------------------------------------------------------------

    def show_run(self, measure: Measure, run: Run) -> None:
        """Show ``run`` of ``measure`` with its answers so far."""
        if self.measure is not measure:
            self._build(measure)
        self.title.setText(
            tr("{title}, {day}").format(title=say(measure.title), day=day_text(run.day))
        )
        self.lead_in.setText(say(measure.lead_in))
        for item_id, group in self.groups.items():
            value = run.answers.get(item_id)
            self._check(group, None if value is None else str(value))
        if self.follow_group is not None:
            self._check(self.follow_group, run.follow_up)
        self.scroller.verticalScrollBar().setValue(0)
        self.update_run(run)

    @staticmethod
    def _check(group: QButtonGroup, key: str | None) -> None:
        group.setExclusive(False)
        for button in group.buttons():
            button.setChecked(key is not None and button.property("answer_key") == key)
        group.setExclusive(True)

    def update_run(self, run: Run) -> None:
        """The stored run after a save: progress and whether the result can be seen."""
        self.run = run
        total = len(self.measure.items) if self.measure is not None else 0
        self.progress.setText(answered_text(len(run.answers), total))
        self.finish_button.setEnabled(run.complete)

    def first_unanswered(self) -> QRadioButton | None:
        for group in self.groups.values():
            if group.checkedButton() is None:
                button = group.buttons()[0]
                return button if isinstance(button, QRadioButton) else None
        return None

    def focus_first_unanswered(self) -> None:
        button = self.first_unanswered()
        if button is not None:
            button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroller.ensureWidgetVisible(button)
        else:
            self.finish_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def answer_button(self, item_id: str, value: int) -> QRadioButton:
        button = self.groups[item_id].button(value)
        assert isinstance(button, QRadioButton)
        return button

    def _chosen(self, item_id: str, value: int) -> None:
        self.answered.emit(item_id, value)

    def _follow_chosen(self, button: QAbstractButton) -> None:
        self.follow_up_chosen.emit(str(button.property("answer_key")))

    def wipe(self) -> None:
        for group in (*self.groups.values(), self.follow_group):
            if group is not None:
                self._check(group, None)
        self.run = None
        self.title.clear()
        self.progress.clear()
