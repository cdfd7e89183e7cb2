"""The monthly relationship check-in: six questions, 0..10 (higher is better), one
check-in per calendar month (choosing a month that has one opens it; changes replace
its answers), saved as the person goes. Below it, the answers over time
(``ui/common/chart.py``: one line per question, or a chosen one) and the same in words.

A low answer to "I feel safe" (3 or less) gently offers the safety page
(``context.navigate("safety", "panel")``); when that page isn't there, a calm line
points at "Get help now" (F1).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.reflection.content import SAFETY_QUESTION, Item, bundled
from app.reflection.model import CheckInDraft, MonthlyCheckIn
from ui.common.autosave import Autosave, SaveState, SaveStateLabel
from ui.common.chart import ChartData, ChartWidget, Series, Span, summary_sentences
from ui.common.design import SPACE
from ui.common.messages import MessageBanner, Tone
from ui.common.scrolling import scroll_area
from ui.common.surfaces import Card, text_label
from ui.common.theme import set_role
from ui.reflection import jobs
from ui.reflection.fields import NoteEdit, ScoreField, wrap_label
from ui.reflection.words import pydate, qdate, title, tr

if TYPE_CHECKING:
    from ui.reflection.page import ReflectionPage

LOW_SAFETY = 3
# The chart shows at least this many months up to now.
MIN_MONTHS = 12


def next_month(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1)


def checkin_chart(
    checkins: Sequence[MonthlyCheckIn], questions: Sequence[Item], today: date
) -> ChartData:
    """One line per question in ``questions``; each point is one month (its span)."""
    this_month = today.replace(day=1)
    earliest = this_month
    for _ in range(MIN_MONTHS - 1):
        earliest = (earliest - timedelta(days=1)).replace(day=1)
    start = min([earliest, *(c.month for c in checkins)])
    series = []
    for item in questions:
        values: dict[date, float] = {}
        spans: dict[date, Span] = {}
        for checkin in checkins:
            if item.id not in checkin.scores:
                continue
            last = next_month(checkin.month) - timedelta(days=1)
            middle = checkin.month + timedelta(days=14)
            value = float(checkin.scores[item.id])
            values[middle] = value
            spans[middle] = Span(checkin.month, last, value, value, (last - checkin.month).days + 1)
        series.append(Series(title(item), values, spans))
    return ChartData(
        start=start,
        end=max(today, next_month(this_month) - timedelta(days=1)),
        series=tuple(series),
        empty_text=tr("No monthly check-ins yet."),
        averages_name=tr("monthly answers"),
        caption=tr("Each point is one month\u2019s check-in; higher is better."),
    )


class CheckinTab(QWidget):
    def __init__(self, page: ReflectionPage) -> None:
        super().__init__(page)
        self.page = page
        self.session = page.session
        self._loading = False
        self._month = page.today().replace(day=1)
        self._loaded_month: date | None = None
        self._checkins: list[MonthlyCheckIn] = []
        self._sequence = 0
        self.questions = bundled().checkin
        self.autosave = Autosave(
            self._store,
            self,
            new_text=tr(
                "No check-in for this month yet. Move any slider to begin; it saves as you go."
            ),
        )
        form = QWidget(self)
        label = wrap_label(
            tr(
                "A personal reflection, not a clinical measure: how things feel between "
                "you this month, from 0 to 10, where higher is better. One check-in a "
                "month; choosing a month that already has one opens it, and your changes "
                "replace its answers."
            ),
            form,
        )
        self.month_edit = QDateEdit(form)
        self.month_edit.setDisplayFormat(tr("MMMM yyyy"))
        self.month_edit.setCalendarPopup(True)
        self.month_edit.setAccessibleName(tr("Month of this check-in"))
        self.month_edit.setMaximumDate(qdate(page.today()))
        self.month_edit.setDate(qdate(self._month))
        self.month_edit.dateChanged.connect(self._month_changed)
        month_label = QLabel(tr("M&onth"), form)
        month_label.setBuddy(self.month_edit)
        self.status = SaveStateLabel(self.autosave, form)
        row = QHBoxLayout()
        row.addWidget(month_label)
        row.addWidget(self.month_edit)
        row.addSpacing(SPACE.m)
        row.addWidget(self.status, 1)
        column = QVBoxLayout(form)
        column.setSpacing(SPACE.s)
        column.addWidget(label)
        column.addLayout(row)
        self.scores: dict[str, ScoreField] = {}
        for item in self.questions:
            name = text_label(form)
            name.setText(title(item))
            field = ScoreField(title(item), form)
            field.edited.connect(self._edited)
            column.addWidget(name)
            column.addWidget(field)
            self.scores[item.id] = field
        self.note = NoteEdit(tr("A note about this month"), form)
        self.note.textChanged.connect(self._edited)
        column.addWidget(self.note)

        self.safety_card = Card(tr("Feeling safe matters most"), "reflection-safety", form)
        self.safety_words = wrap_label(
            tr(
                "You said you don't feel very safe. If you'd like, there is a page with "
                "calm, practical support, and people you can talk to."
            ),
            self.safety_card,
            muted=False,
        )
        self.safety_button = QPushButton(tr("See &safety support"), self.safety_card)
        self.safety_button.setAccessibleName(tr("Open the safety support page"))
        self.safety_button.clicked.connect(self.open_safety)
        self.safety_banner = MessageBanner(self.safety_card)
        self.safety_card.body.addWidget(self.safety_words)
        self.safety_card.body.addWidget(self.safety_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.safety_card.body.addWidget(self.safety_banner)
        self.safety_card.hide()
        column.addWidget(self.safety_card)

        chart_title = text_label(form, name="reflection-chart-title")
        chart_title.setText(tr("Over time"))
        set_role(chart_title, "section-title")
        self.question = QComboBox(form)
        self.question.setAccessibleName(tr("Question shown in the chart"))
        self.question.addItem(tr("All questions"), None)
        for item in self.questions:
            self.question.addItem(title(item), item.id)
        self.question.currentIndexChanged.connect(lambda _i: self.draw())
        show_label = QLabel(tr("Show &question"), form)
        show_label.setBuddy(self.question)
        self.show_label = show_label
        chart_row = QHBoxLayout()
        chart_row.addWidget(show_label)
        chart_row.addWidget(self.question)
        chart_row.addStretch(1)
        self.chart = ChartWidget(form)
        self.chart.setAccessibleName(tr("Monthly check-ins chart"))
        self.chart.setMinimumHeight(240)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.words = text_label(form, name="reflection-chart-words")
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setAccessibleName(tr("Monthly check-ins in words"))
        column.addSpacing(SPACE.m)
        column.addWidget(chart_title)
        column.addLayout(chart_row)
        column.addWidget(self.chart)
        column.addWidget(self.words)
        column.addStretch(1)
        form.setMaximumWidth(760)
        scroll = scroll_area(form, self, sideways=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACE.s, 0, 0)
        layout.addWidget(scroll)

    # ----- the month shown ------------------------------------------------------------

    def show_checkins(self, checkins: list[MonthlyCheckIn], *, reload_form: bool = True) -> None:
        self._checkins = checkins
        self.draw()
        if reload_form:
            found = next((c for c in checkins if c.month == self._month), None)
            self.show_checkin(self._month, found)

    def _month_changed(self, chosen: object) -> None:
        if self.page.closed:
            return
        month = pydate(self.month_edit.date()).replace(day=1)
        if month == self._month:
            return
        self.autosave.flush()
        self.show_month(month)

    def show_month(self, month: date) -> None:
        month = month.replace(day=1)
        self._month = month
        with QSignalBlocker(self.month_edit):
            self.month_edit.setDate(qdate(month))
        self._sequence += 1
        sequence = self._sequence
        self._loading = True

        def done(found: MonthlyCheckIn | None) -> None:
            if sequence == self._sequence and not self.page.closed:
                self.show_checkin(month, found)

        self.session.submit(jobs.checkin(month), done, self.page.failed)

    def show_checkin(self, month: date, checkin: MonthlyCheckIn | None) -> None:
        self._loading = True
        try:
            for question, field in self.scores.items():
                field.set_answer(None if checkin is None else checkin.scores.get(question))
            with QSignalBlocker(self.note):
                self.note.setPlainText("" if checkin is None else checkin.note)
        finally:
            self._loading = False
        self._loaded_month = month
        self.autosave.reset(SaveState.SAVED if checkin is not None else SaveState.NEW)
        self._follow_safety()

    def draft(self) -> CheckInDraft:
        scores = {q: f.score() for q, f in self.scores.items()}
        return CheckInDraft(
            self._loaded_month or self._month,
            {q: s for q, s in scores.items() if s is not None},
            self.note.toPlainText(),
        )

    def _edited(self) -> None:
        if self._loading or self.page.closed:
            return
        self._follow_safety()
        self.autosave.changed()

    def _store(self) -> None:
        if self.page.closed or self._loading or self._loaded_month is None:
            return
        draft = self.draft()
        if not draft.scores and not draft.note.strip():
            self.autosave.discard(SaveState.NEW)
            return
        self.page.store(
            self.autosave,
            jobs.save_checkin(draft),
            tr("Your check-in couldn't be saved yet: {reason}"),
        )

    def busy(self) -> bool:
        return self.autosave.has_unsaved_changes() or self.autosave.is_saving() or self._loading

    # ----- safety ---------------------------------------------------------------------

    def _follow_safety(self) -> None:
        safe = self.scores[SAFETY_QUESTION].score()
        low = safe is not None and safe <= LOW_SAFETY
        self.safety_card.setVisible(low)
        if not low:
            self.safety_banner.clear_message()

    def open_safety(self) -> None:
        if self.page.context.navigate("safety", "panel"):
            return
        self.safety_banner.show_message(
            tr(
                "The safety page isn't available just now. \u201cGet help now\u201d (F1) "
                "is always one step away, with people you can call."
            ),
            Tone.INFO,
        )

    # ----- chart ----------------------------------------------------------------------

    def draw(self) -> None:
        chosen = self.question.currentData()
        questions = [q for q in self.questions if chosen is None or q.id == chosen]
        data = checkin_chart(self._checkins, questions, self.page.today())
        self.chart.set_data(data)
        # With none yet, a line saying what will show here stands in for an empty chart.
        some = bool(self._checkins)
        for widget in (self.chart, self.show_label, self.question):
            widget.setVisible(some)
        if some:
            self.words.setText("\n".join(summary_sentences(data)))
        else:
            self.words.setText(
                tr(
                    "No check-ins yet. Once you have one, your answers show here month by "
                    "month, one line per question, with the same in words."
                )
            )

    def before_lock(self) -> None:
        if self.autosave.has_unsaved_changes() and self._loaded_month is not None:
            draft = self.draft()
            if draft.scores or draft.note.strip():
                self.session.submit(jobs.save_checkin(draft))
        self.autosave.close()

    def wipe(self) -> None:
        self.autosave.close()
        for field in self.scores.values():
            field.set_answer(None)
        with QSignalBlocker(self.note):
            self.note.clear()
        self._checkins = []
        self.chart.clear()
        self.words.clear()
        self.status.clear()
        self.safety_card.hide()
        self.safety_banner.clear_message()
