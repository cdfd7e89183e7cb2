"""Repeat: a schedule for sessions on the same weekdays every week (an IOP group every
Tuesday and Thursday at 18:00, say). Creating it plans the sessions a few months
ahead; the page plans more as time goes on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.sessions.model import (
    LATEST_DAY,
    MAX_MINUTES,
    MAX_NAME_CHARS,
    MIN_MINUTES,
    Format,
    Provider,
    Schedule,
    SchedulePattern,
)
from ui.common.messages import MessageBanner, Tone
from ui.sessions import jobs
from ui.sessions.choices import format_box, kind_box, provider_box
from ui.sessions.words import (
    PLAIN,
    first_weekday,
    plural,
    pydate,
    pytime,
    qdate,
    qtime,
    reason,
    weekday_name,
)

if TYPE_CHECKING:
    from ui.shell.session import Session as VaultSession

EARLIEST = date(1970, 1, 1)


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionRepeat", text)


class RepeatDialog(QDialog):
    """Weekdays, time, length, kind, format, provider, first and last day."""

    def __init__(
        self,
        session: VaultSession,
        clock: Callable[[], datetime],
        providers: list[Provider],
        parent: QWidget | None = None,
        *,
        origin: object | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Repeating sessions"))
        self.setAccessibleName(tr("Repeating sessions"))
        self.session = session
        self._clock = clock
        self._origin = origin
        self._providers = providers
        self.created: tuple[Schedule, int] | None = None
        today = clock().date()

        intro = QLabel(
            tr(
                "For sessions on the same days every week. They're planned a few months "
                "ahead, and you can still change or cancel any one of them."
            ),
            self,
        )
        intro.setTextFormat(PLAIN)
        intro.setWordWrap(True)
        self.banner = MessageBanner(self)

        self.weekdays: dict[int, QCheckBox] = {}
        days_row = QHBoxLayout()
        first = first_weekday()
        for offset in range(7):
            weekday = (first + offset) % 7
            box = QCheckBox(weekday_name(weekday, short=True), self)
            box.setAccessibleName(weekday_name(weekday))
            self.weekdays[weekday] = box
            days_row.addWidget(box)
        days_row.addStretch(1)

        self.start = QTimeEdit(self)
        self.start.setTime(qtime(time(18, 0)))
        self.start.setAccessibleName(tr("Start time"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(180)
        self.minutes.setSuffix(tr(" min"))
        self.minutes.setAccessibleName(tr("Length in minutes"))
        self.kind = kind_box(self)
        self.format = format_box(self)
        self.provider = provider_box(self)
        for provider in providers:
            self.provider.addItem(provider.name, provider.id)
        self.provider.setCurrentIndex(-1)
        self.provider.lineEdit().setMaxLength(MAX_NAME_CHARS)
        self.provider.lineEdit().setPlaceholderText(tr("A name, or choose from the list"))
        self.provider.lineEdit().setAccessibleName(tr("Provider or group"))
        self.first_day = QDateEdit(self)
        self.first_day.setCalendarPopup(True)
        self.first_day.setDisplayFormat(tr("ddd d MMM yyyy"))
        self.first_day.setMinimumDate(qdate(EARLIEST))
        self.first_day.setMaximumDate(qdate(LATEST_DAY))
        self.first_day.setDate(qdate(today))
        self.first_day.setAccessibleName(tr("First day"))
        self.has_last_day = QCheckBox(tr("Ends on"), self)
        self.has_last_day.setAccessibleName(tr("The schedule has a last day"))
        self.last_day = QDateEdit(self)
        self.last_day.setCalendarPopup(True)
        self.last_day.setDisplayFormat(tr("ddd d MMM yyyy"))
        self.last_day.setMinimumDate(qdate(EARLIEST))
        self.last_day.setMaximumDate(qdate(LATEST_DAY))
        self.last_day.setDate(qdate(today + timedelta(weeks=16)))
        self.last_day.setAccessibleName(tr("Last day"))
        self.last_day.setEnabled(False)
        self.has_last_day.toggled.connect(self.last_day.setEnabled)
        last_row = QHBoxLayout()
        last_row.addWidget(self.has_last_day)
        last_row.addWidget(self.last_day, 1)

        form = QFormLayout()
        form.addRow(tr("Every"), days_row)
        form.addRow(self._label(tr("&Starts at"), self.start), self.start)
        form.addRow(self._label(tr("&Length"), self.minutes), self.minutes)
        form.addRow(self._label(tr("&Kind"), self.kind), self.kind)
        form.addRow(self._label(tr("&How"), self.format), self.format)
        form.addRow(self._label(tr("&Provider"), self.provider), self.provider)
        form.addRow(self._label(tr("&First day"), self.first_day), self.first_day)
        form.addRow("", last_row)

        self.buttons = QDialogButtonBox(self)
        self.plan_button = self.buttons.addButton(
            tr("Plan these sessions"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.plan_button.setAccessibleName(tr("Plan these sessions"))
        self.plan_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(tr("Cancel"))
        self.buttons.accepted.connect(self.plan)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def pattern(self) -> SchedulePattern:
        text = self.provider.currentText().strip()
        match = next((p for p in self._providers if p.name == text), None)
        return SchedulePattern(
            weekdays=frozenset(d for d, box in self.weekdays.items() if box.isChecked()),
            start_time=pytime(self.start.time()),
            minutes=self.minutes.value(),
            kind_id=str(self.kind.currentData()),
            format=Format(self.format.currentData()),
            provider_id=None if match is None else match.id,
            provider_text="" if match is not None else text,
        )

    def plan(self) -> None:
        """Create the schedule; a refused value is shown here and nothing is made."""
        last = pydate(self.last_day.date()) if self.has_last_day.isChecked() else None
        first = pydate(self.first_day.date())

        def done(result: tuple[Schedule, int]) -> None:
            self.created = result
            self.accept()

        def failed(error: BaseException) -> None:
            self.banner.show_message(reason(error), Tone.PROBLEM)

        def failed_again(error: BaseException) -> None:
            self.plan_button.setEnabled(True)
            failed(error)

        self.plan_button.setEnabled(False)
        self.session.run_op(
            jobs.create_schedule(first, self.pattern(), last, self._clock),
            done,
            failed_again,
            origin=self._origin,
        )


def planned_words(planned: int) -> str:
    return plural(
        planned,
        "Your repeating schedule is set. 1 session is planned so far.",
        "Your repeating schedule is set. %Ln sessions are planned so far.",
        "SessionRepeat",
    )
