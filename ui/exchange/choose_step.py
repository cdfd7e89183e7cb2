"""The wizard's first step: which weeks, and what to include.

Weeks: since the last session (the day is shown, or that there is none yet, so it is
the last two weeks), the last two or four weeks, or two days the person picks (a range
that ends before it starts, or is longer than ten years, gets one sentence and the
button waits). What: every section of ``app.exchange.sections.SECTIONS`` with its
translated title, the usual ones ticked.

The choice of sections is kept while the vault is open (the page lives until the
lock); it is not written to the settings file, which anyone using this computer
account can read and which would say that notes for a therapist were made.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.exchange.period import Period, PeriodError, PeriodKind
from app.exchange.sections import DEFAULT_SECTIONS, SECTIONS
from ui.common.busy import BusyBar
from ui.common.design import SPACE
from ui.common.messages import MessageBanner, Tone
from ui.common.surfaces import Card, text_label
from ui.common.theme import set_role
from ui.exchange.words import pydate, qdate, reason, section_title, since_last_session, tr

EARLIEST = date(1900, 1, 1)
# Planned sessions can lie ahead; a year is far enough.
LATEST_DAYS_AHEAD = 366


class ChooseStep(QWidget):
    """See the module docstring. ``gather_requested`` asks the page to gather."""

    gather_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packet-choose-step")
        self.today = today
        self._last_session: date | None = None
        self._last_known = False
        self._busy = False
        self._build()
        self.reset()

    # ----- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.period_card = Card(tr("Which weeks"), "packet-period-card", self)
        self.kinds = QButtonGroup(self)
        self.kind_buttons: dict[PeriodKind, QRadioButton] = {}
        for kind, words in (
            (PeriodKind.SINCE_LAST_SESSION, since_last_session(None, known=False)),
            (PeriodKind.TWO_WEEKS, tr("The last &two weeks")),
            (PeriodKind.FOUR_WEEKS, tr("The last &four weeks")),
            (PeriodKind.CUSTOM, tr("Days I c&hoose")),
        ):
            button = QRadioButton(words, self.period_card)
            button.setObjectName(f"packet-period-{kind.value}")
            button.setAccessibleName(words.replace("&", ""))
            self.kinds.addButton(button)
            self.kind_buttons[kind] = button
            self.period_card.body.addWidget(button)
        self.kinds.buttonToggled.connect(lambda _b, _on: self._kind_changed())

        self.custom_row = QWidget(self.period_card)
        self.start_edit = self._date_edit(tr("First day"), "packet-start")
        self.end_edit = self._date_edit(tr("Last day"), "packet-end")
        from_label = QLabel(tr("Fro&m"), self.custom_row)
        from_label.setBuddy(self.start_edit)
        to_label = QLabel(tr("T&o"), self.custom_row)
        to_label.setBuddy(self.end_edit)
        row = QHBoxLayout(self.custom_row)
        row.setContentsMargins(SPACE.l + SPACE.s, 0, 0, 0)
        row.setSpacing(SPACE.s)
        row.addWidget(from_label)
        row.addWidget(self.start_edit)
        row.addSpacing(SPACE.m)
        row.addWidget(to_label)
        row.addWidget(self.end_edit)
        row.addStretch(1)
        self.period_card.body.addWidget(self.custom_row)
        self.range_problem = text_label(self.period_card, name="packet-range-problem")
        self.range_problem.hide()
        self.period_card.body.addWidget(self.range_problem)
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(lambda _d: self._check())

        self.sections_card = Card(tr("What to include"), "packet-sections-card", self)
        hint = text_label(self.sections_card, muted=True)
        hint.setText(
            tr(
                "You will see everything before anything is saved, and you can leave out "
                "any part or black out words there."
            )
        )
        self.sections_card.body.addWidget(hint)
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACE.xl)
        grid.setVerticalSpacing(SPACE.xs)
        self.section_boxes: dict[str, QCheckBox] = {}
        half = (len(SECTIONS) + 1) // 2
        for number, section in enumerate(SECTIONS):
            title = section_title(section.title)
            box = QCheckBox(title, self.sections_card)
            box.setObjectName(f"packet-section-{section.id}")
            box.setAccessibleName(tr("Include: {section}").format(section=title))
            box.toggled.connect(lambda _on: self._check())
            self.section_boxes[section.id] = box
            grid.addWidget(box, number % half, number // half)
        grid.setColumnStretch(2, 1)
        self.sections_card.body.addLayout(grid)
        self.sections_problem = text_label(self.sections_card, name="packet-sections-problem")
        self.sections_problem.hide()
        self.sections_card.body.addWidget(self.sections_problem)

        self.gather_button = QPushButton(tr("&Look it over"), self)
        self.gather_button.setObjectName("packet-gather")
        self.gather_button.setAccessibleName(tr("Gather the notes and look them over"))
        self.gather_button.setToolTip(tr("Nothing is saved yet: you see it all first"))
        set_role(self.gather_button, "primary")
        self.gather_button.clicked.connect(self._gather_clicked)
        self.cancel_button = QPushButton(tr("&Stop"), self)
        self.cancel_button.setAccessibleName(tr("Stop gathering the notes"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.hide()
        self.busy_bar = BusyBar(self)
        self.busy_bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.busy_words = text_label(self, muted=True, name="packet-busy-words")
        self.busy_words.setText(tr("Gathering your notes\u2026"))
        self.busy_words.hide()
        self.message = MessageBanner(self)
        self.message.setObjectName("packet-choose-message")
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACE.s)
        buttons.addWidget(self.gather_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.busy_words)
        buttons.addWidget(self.busy_bar, 1)
        buttons.addStretch(0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE.l)
        layout.addWidget(self.period_card)
        layout.addWidget(self.sections_card)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _date_edit(self, name: str, object_name: str) -> QDateEdit:
        edit = QDateEdit(self.custom_row)
        edit.setObjectName(object_name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(tr("ddd d MMM yyyy"))
        edit.setMinimumDate(qdate(EARLIEST))
        edit.setMaximumDate(qdate(self.today + timedelta(days=LATEST_DAYS_AHEAD)))
        edit.setAccessibleName(name)
        return edit

    # ----- state -------------------------------------------------------------------

    def reset(self) -> None:
        """The first look: since the last session, the usual sections, nothing busy."""
        self.kind_buttons[PeriodKind.SINCE_LAST_SESSION].setChecked(True)
        self.start_edit.setDate(qdate(self.today - timedelta(days=13)))
        self.end_edit.setDate(qdate(self.today))
        self.set_sections(DEFAULT_SECTIONS)
        self.message.clear_message()
        self.set_busy(False)
        self._kind_changed()

    def set_sections(self, wanted: frozenset[str]) -> None:
        for section_id, box in self.section_boxes.items():
            box.setChecked(section_id in wanted)

    def set_last_session(self, last: date | None) -> None:
        """The day of the last session (None: there is none yet), as the worker read it."""
        self._last_session, self._last_known = last, True
        button = self.kind_buttons[PeriodKind.SINCE_LAST_SESSION]
        words = since_last_session(last, known=True)
        button.setText(words)
        button.setAccessibleName(words.replace("&", ""))

    def kind(self) -> PeriodKind:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return PeriodKind.SINCE_LAST_SESSION

    def set_kind(self, kind: PeriodKind) -> None:
        self.kind_buttons[kind].setChecked(True)

    def set_custom(self, start: date, end: date) -> None:
        self.set_kind(PeriodKind.CUSTOM)
        self.start_edit.setDate(qdate(start))
        self.end_edit.setDate(qdate(end))

    def custom_days(self) -> tuple[date, date]:
        return pydate(self.start_edit.date()), pydate(self.end_edit.date())

    def wanted(self) -> frozenset[str]:
        return frozenset(s for s, box in self.section_boxes.items() if box.isChecked())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.set_busy(busy)
        self.busy_words.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for widget in (self.period_card, self.sections_card):
            widget.setEnabled(not busy)
        self._check()
        if busy:
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def problem(self) -> str:
        """The sentence that keeps "Look it over" waiting, or ""."""
        if self.kind() is PeriodKind.CUSTOM and (problem := self._range_problem()):
            return problem
        if not self.wanted():
            return tr("Tick at least one thing to include.")
        return ""

    def _kind_changed(self) -> None:
        self.custom_row.setEnabled(self.kind() is PeriodKind.CUSTOM)
        self._check()

    def _check(self) -> None:
        custom = self.kind() is PeriodKind.CUSTOM
        range_problem = self._range_problem() if custom else ""
        self.range_problem.setText(range_problem)
        self.range_problem.setAccessibleName(range_problem)
        self.range_problem.setVisible(bool(range_problem))
        sections_problem = "" if self.wanted() else tr("Tick at least one thing to include.")
        self.sections_problem.setText(sections_problem)
        self.sections_problem.setAccessibleName(sections_problem)
        self.sections_problem.setVisible(bool(sections_problem))
        self.gather_button.setEnabled(not self.problem() and not self._busy)

    def _range_problem(self) -> str:
        start, end = self.custom_days()
        try:
            Period(start, end)
        except PeriodError as error:
            return reason(error)
        return ""

    def _gather_clicked(self) -> None:
        if not self.problem() and not self._busy:
            self.message.clear_message()
            self.gather_requested.emit()

    def show_problem(self, text: str) -> None:
        self.message.show_message(text, Tone.PROBLEM)
