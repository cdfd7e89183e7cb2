"""Log a moment a boundary was tested, or change one: the day (and the time, when it
matters), what happened, whether it held, bent or was not held, how I felt (0 to 10,
if I want to say) and what I will try next time.

Nothing is chosen for the outcome at first: the person says how it went. Saving runs
on the worker; a value the core refuses is shown here as its one line, and every
field keeps what was typed. Ctrl+Return saves from any field; Escape cancels.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.boundaries.model import MAX_DAYS_AHEAD, BoundaryEvent, EventDraft, Outcome
from ui.boundaries import jobs
from ui.boundaries.words import (
    MARKS,
    outcome_word,
    pydate,
    pytime,
    qdate,
    qtime,
    reason,
    shown,
)
from ui.common.day_time import EARLIEST, day_and_time
from ui.common.feeling_field import FeelingField
from ui.common.messages import MessageBanner
from ui.common.saving_dialog import SavingDialog, form_label, text_field
from ui.common.surfaces import text_label

if TYPE_CHECKING:
    from ui.shell.session import Session


def tr(text: str) -> str:
    return QCoreApplication.translate("BoundaryMoment", text)


class MomentDialog(SavingDialog):
    """See the module docstring. ``saved`` carries the moment as stored."""

    def __init__(
        self,
        session: Session,
        boundary_id: int,
        statement: str,
        today: date,
        parent: QWidget | None = None,
        *,
        event: BoundaryEvent | None = None,
        origin: object | None = None,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._boundary_id = boundary_id
        self._event = event
        self._origin = origin
        title = tr("Change this moment") if event is not None else tr("Log a moment")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("boundary-moment")
        self.setMinimumWidth(520)

        self.boundary_words = text_label(self, muted=True, name="boundary-moment-boundary")
        self.boundary_words.setText(shown(statement, 300))
        intro = text_label(self, muted=True)
        intro.setText(
            tr(
                "Every moment counts, whichever way it went: noticing is how a boundary "
                "gets easier to keep."
            )
        )
        self.banner = MessageBanner(self)

        when = day_and_time(
            self,
            today=today,
            days_ahead=MAX_DAYS_AHEAD,
            day_name=tr("Day it happened"),
            time_name=tr("Time it happened"),
            now=now,
        )
        self.day, self.has_time, self.at = when.day, when.has_time, when.at
        when_row = when.row

        self.what = text_field(self, tr("What happened"), tr("A few words are enough."), 3)

        self.outcomes = QButtonGroup(self)
        self.outcomes.setExclusive(True)
        self.outcome_buttons: dict[Outcome, QRadioButton] = {}
        outcome_row = QHBoxLayout()
        for outcome, text in (
            (Outcome.HELD, tr("&Held")),
            (Outcome.BENT, tr("&Bent")),
            (Outcome.NOT_HELD, tr("&Not held")),
        ):
            button = QRadioButton(f"{MARKS[outcome]} {text}", self)
            button.setAccessibleName(outcome_word(outcome))
            self.outcomes.addButton(button)
            self.outcome_buttons[outcome] = button
            outcome_row.addWidget(button)
        outcome_row.addStretch(1)

        self.feelings = FeelingField(self)
        self.has_feeling, self.feeling = self.feelings.has_feeling, self.feelings.scale

        self.next_time = text_field(
            self,
            tr("What I will try next time"),
            tr("Optional. One small thing is plenty."),
            2,
        )

        self.save_on_ctrl_return(self.what, self.next_time, self.day, self.at, self.feeling)
        self.buttons = self.add_buttons(
            tr("Save moment"), tr("Close without saving: what you typed here is let go")
        )

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(form_label(tr("&Day"), self.day), when_row)
        form.addRow(form_label(tr("&What happened"), self.what), self.what)
        form.addRow(tr("How it went"), outcome_row)
        form.addRow(tr("How I felt"), self.feelings)
        form.addRow(form_label(tr("Ne&xt time"), self.next_time), self.next_time)

        layout = QVBoxLayout(self)
        layout.addWidget(self.boundary_words)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

        if event is not None:
            self._fill(event)
        self.what.setFocus()

    def _fill(self, event: BoundaryEvent) -> None:
        self.day.setMinimumDate(qdate(min(EARLIEST, event.happened)))
        self.day.setMaximumDate(qdate(max(pydate(self.day.maximumDate()), event.happened)))
        self.day.setDate(qdate(event.happened))
        if event.at is not None:
            self.has_time.setChecked(True)
            self.at.setTime(qtime(event.at))
        self.what.setPlainText(event.what_happened)
        self.outcome_buttons[event.outcome].setChecked(True)
        self.feelings.set_value(event.feeling)
        self.next_time.setPlainText(event.next_time)

    # ----- the draft ---------------------------------------------------------------

    def outcome(self) -> Outcome | None:
        return next((o for o, b in self.outcome_buttons.items() if b.isChecked()), None)

    def draft(self) -> EventDraft:
        outcome = self.outcome()
        return EventDraft(
            happened=pydate(self.day.date()),
            # None chosen: the core says, in its own words, to choose one.
            outcome=outcome if outcome is not None else cast(Outcome, ""),
            at=pytime(self.at.time()) if self.has_time.isChecked() else None,
            what_happened=self.what.toPlainText(),
            feeling=self.feelings.value(),
            next_time=self.next_time.toPlainText(),
        )

    def refusal(self, error: BaseException) -> str:
        return reason(error)

    def save(self) -> None:
        """Save on the worker; a refused value shows here and nothing is lost."""
        if self._saving:
            return
        draft, event = self.draft(), self._event
        self._save_on_worker(
            jobs.log_event(self._boundary_id, draft)
            if event is None
            else jobs.update_event(event.id, draft)
        )

    def wipe(self) -> None:
        """Forget every field (the vault is locking)."""
        self.boundary_words.clear()
        self.what.clear()
        self.next_time.clear()
        self.banner.clear_message()
