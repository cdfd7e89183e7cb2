"""Note one time I asked, or change one: when (the day, and the time if I want), how,
what they answered, the reason they gave, what they said, how I felt (0 to 10, if I
want to say), whether they brought it up themselves, what I do next, and the plan it
belongs to.

Nothing is chosen for the answer at first: the person says how it went. Saving runs on
the worker; a value the core refuses shows here as its one line, and every field keeps
what was typed. Ctrl+Return saves from any field; Escape cancels.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.invitations.model import MAX_DAYS_AHEAD, Answer, Attempt, AttemptDraft, How
from app.sessions.model import DeclineReason
from ui.common.day_time import EARLIEST, day_and_time
from ui.common.feeling_field import FeelingField
from ui.common.messages import MessageBanner
from ui.common.saving_dialog import SavingDialog, form_label, text_field
from ui.common.surfaces import text_label
from ui.invitations import jobs
from ui.invitations.words import answer_word, how_word, reason, reason_label, shown
from ui.sessions.words import pydate, pytime, qdate, qtime

if TYPE_CHECKING:
    from ui.shell.session import Session


def tr(text: str) -> str:
    return QCoreApplication.translate("InvitationAttempt", text)


class AttemptDialog(SavingDialog):
    """See the module docstring. ``saved`` carries the attempt as stored.

    ``plans`` are (id, name) of the plans it may belong to; ``plan_id`` is chosen first.
    """

    def __init__(
        self,
        session: Session,
        today: date,
        plans: list[tuple[int, str]],
        parent: QWidget | None = None,
        *,
        attempt: Attempt | None = None,
        plan_id: int | None = None,
        origin: object | None = None,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._attempt = attempt
        self._origin = origin
        title = tr("Change this attempt") if attempt is not None else tr("Note an attempt")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("invitation-attempt")
        self.setMinimumWidth(560)

        intro = text_label(self, muted=True)
        intro.setText(
            tr(
                "Whatever they said, asking kindly took courage. Their answer is theirs to "
                "give; this note is for you."
            )
        )
        self.banner = MessageBanner(self)

        when = day_and_time(
            self,
            today=today,
            days_ahead=MAX_DAYS_AHEAD,
            day_name=tr("Day you asked"),
            time_name=tr("Time you asked"),
            now=now,
        )
        self.day, self.has_time, self.at = when.day, when.has_time, when.at
        when_row = when.row

        self.how = QComboBox(self)
        self.how.setAccessibleName(tr("How you asked"))
        for how in How:
            self.how.addItem(how_word(how), how.value)

        self.answers = QButtonGroup(self)
        self.answers.setExclusive(True)
        self.answer_buttons: dict[Answer, QRadioButton] = {}
        answer_grid = QGridLayout()
        mnemonics = {
            Answer.YES: tr("&Yes"),
            Answer.MAYBE: tr("&Maybe"),
            Answer.NOT_NOW: tr("&Not now"),
            Answer.NO: tr("N&o"),
            Answer.NOT_REACHED: tr("We didn't &get to it"),
        }
        for n, answer in enumerate(Answer):
            button = QRadioButton(mnemonics[answer], self)
            button.setAccessibleName(answer_word(answer))
            self.answers.addButton(button)
            self.answer_buttons[answer] = button
            answer_grid.addWidget(button, n // 3, n % 3)

        self.reason = QComboBox(self)
        self.reason.setAccessibleName(tr("The reason they gave"))
        self.reason.addItem(tr("No reason given, or not a no"), None)
        for value in DeclineReason:
            self.reason.addItem(reason_label(value), value.value)

        self.their_words = text_field(
            self, tr("What they said"), tr("Optional. Their words, as you remember them."), 2
        )
        self.raised = QCheckBox(tr("They &brought it up themselves"), self)
        self.raised.setAccessibleName(tr("They brought it up themselves"))
        self.raised.setToolTip(tr("Then there is no need to wait before talking about it again"))

        self.feelings = FeelingField(self)
        self.has_feeling, self.feeling = self.feelings.has_feeling, self.feelings.scale

        self.next_step = text_field(
            self,
            tr("What I do next"),
            tr("Optional. Something for yourself counts too."),
            2,
        )
        self.plan = QComboBox(self)
        self.plan.setAccessibleName(tr("The plan this attempt belongs to"))
        self.plan.addItem(tr("No plan"), None)
        for pid, name in plans:
            self.plan.addItem(shown(name, 80), pid)
        chosen = attempt.plan_id if attempt is not None else plan_id
        if chosen is not None and self.plan.findData(chosen) < 0:
            self.plan.addItem(tr("A plan in the trash"), chosen)
        self.plan.setCurrentIndex(max(0, self.plan.findData(chosen)))

        self.save_on_ctrl_return(self.their_words, self.next_step, self.day, self.at, self.feeling)
        self.buttons = self.add_buttons(
            tr("Save &attempt"), tr("Close without saving: what you typed here is let go")
        )

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(form_label(tr("&Day"), self.day), when_row)
        form.addRow(form_label(tr("&How"), self.how), self.how)
        form.addRow(tr("What they answered"), answer_grid)
        form.addRow(form_label(tr("&Reason they gave"), self.reason), self.reason)
        form.addRow(form_label(tr("What they sa&id"), self.their_words), self.their_words)
        form.addRow("", self.raised)
        form.addRow(tr("How I felt"), self.feelings)
        form.addRow(form_label(tr("What I do ne&xt"), self.next_step), self.next_step)
        form.addRow(form_label(tr("&Plan"), self.plan), self.plan)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

        if attempt is not None:
            self._fill(attempt)
        self.day.setFocus()

    def _fill(self, attempt: Attempt) -> None:
        self.day.setMinimumDate(qdate(min(EARLIEST, attempt.happened)))
        self.day.setMaximumDate(qdate(max(pydate(self.day.maximumDate()), attempt.happened)))
        self.day.setDate(qdate(attempt.happened))
        if attempt.at is not None:
            self.has_time.setChecked(True)
            self.at.setTime(qtime(attempt.at))
        self.how.setCurrentIndex(self.how.findData(attempt.how.value))
        self.answer_buttons[attempt.answer].setChecked(True)
        if attempt.reason is not None:
            self.reason.setCurrentIndex(self.reason.findData(attempt.reason.value))
        self.their_words.setPlainText(attempt.their_words)
        self.raised.setChecked(attempt.they_raised)
        self.feelings.set_value(attempt.feeling)
        self.next_step.setPlainText(attempt.next_step)

    def answer(self) -> Answer | None:
        return next((a for a, b in self.answer_buttons.items() if b.isChecked()), None)

    def draft(self) -> AttemptDraft:
        answer = self.answer()
        reason = self.reason.currentData()
        plan_id = self.plan.currentData()
        return AttemptDraft(
            happened=pydate(self.day.date()),
            how=How(self.how.currentData()),
            # None chosen: the core says, in its own words, to choose one.
            answer=answer if answer is not None else cast(Answer, ""),
            at=pytime(self.at.time()) if self.has_time.isChecked() else None,
            reason=None if reason is None else DeclineReason(reason),
            their_words=self.their_words.toPlainText(),
            feeling=self.feelings.value(),
            next_step=self.next_step.toPlainText(),
            they_raised=self.raised.isChecked(),
            plan_id=None if plan_id is None else int(plan_id),
        )

    def refusal(self, error: BaseException) -> str:
        return reason(error)

    def save(self) -> None:
        """Save on the worker; a refused value shows here and nothing is lost."""
        if self._saving:
            return
        draft, attempt = self.draft(), self._attempt
        self._save_on_worker(
            jobs.log_attempt(draft) if attempt is None else jobs.update_attempt(attempt.id, draft)
        )

    def wipe(self) -> None:
        """Forget every field (the vault is locking)."""
        self.their_words.clear()
        self.next_step.clear()
        self.banner.clear_message()
