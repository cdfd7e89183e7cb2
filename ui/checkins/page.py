"""The daily check-in page: today's quick form, another day's on request, and the trends.

One check-in per day; saving a day that has one replaces it. A check-in saves by
itself, the way a journal entry does (``ui/common/autosave.py``): about a second after
a change, with "Saving…" and "Saved" beside the form; Ctrl+S saves at once. Leaving a
day (choosing another day) saves its changes first, and locking (quit and window close
lock first) queues the last save before the vault closes, so nothing entered is lost.
A form the person has not touched is never saved: opening a day creates nothing.
Saving, loading and the trends run on the database worker.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.checkins.form import CheckinForm, CheckinValues
from ui.checkins.trends import TrendsPanel, period_start
from ui.common.autosave import Autosave, SaveState, SaveStateLabel
from ui.common.design import SPACE, TYPE
from ui.common.messages import MessageBanner, Tone
from ui.common.scrolling import scroll_area
from ui.common.surfaces import PageHeader, scaled_font
from ui.common.text import error_words
from ui.shell.context import ModuleContext

if TYPE_CHECKING:
    from app.checkins.model import CheckIn
    from app.platform.changes import Changes, OpResult
    from app.vault.vault import Vault

log = logging.getLogger(__name__)

SAVE_KEY = "Ctrl+S"
# Typing a date fires a change per keystroke; load the day once typing pauses.
LOAD_DELAY_MS = 250
EARLIEST_DAY = date(1900, 1, 1)


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinPage", text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _long_day(day: date) -> str:
    return QLocale().toString(_qdate(day), tr("dddd d MMMM yyyy"))


def _reason(error: BaseException) -> str:
    """A user error is one plain sentence already; anything else gets a kind word."""
    from app.platform.errors import UserError

    if isinstance(error, UserError):
        return error_words(error)
    log.error("check-in job failed: %s", type(error).__name__)
    return tr("Something went wrong on our side. Please try again.")


# ----- worker jobs (run on the database thread) ------------------------------------------


def _load_job(day: date) -> Callable[[Vault], CheckIn | None]:
    def job(vault: Vault) -> CheckIn | None:
        from app.checkins.repository import CheckInRepository

        return CheckInRepository(vault.connection).get(day)

    return job


def _save_op(day: date, values: CheckinValues) -> Callable[[Vault], OpResult[CheckIn]]:
    def op(vault: Vault) -> OpResult[CheckIn]:
        from app.checkins import ops
        from app.checkins.model import CheckIn

        return ops.save(vault.connection, CheckIn(day=day, **asdict(values)))

    return op


def _range_job(start: date, end: date) -> Callable[[Vault], list[CheckIn]]:
    def job(vault: Vault) -> list[CheckIn]:
        from app.checkins.repository import CheckInRepository

        return CheckInRepository(vault.connection).between(start, end)

    return job


# ----- the page ----------------------------------------------------------------------------


class CheckinPage(QWidget):
    """Today's check-in (or another day's) and the trends over 7, 30, 90 or 365 days."""

    def __init__(
        self,
        context: ModuleContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkin-page")
        self.setAccessibleName(tr("Check-ins"))
        self.context = context
        self.session = context.session
        self._today = today
        self._day = today()
        self._loading = False
        self._closed = False
        # Answers that arrive after the person moved on are ignored.
        self._load_sequence = 0
        self._trend_sequence = 0
        self._marked_days: list[date] = []
        # The day whose check-in the form shows (what a save stores): the date field
        # may already name the next day while that one loads.
        self._loaded_day: date | None = None
        self.autosave = Autosave(
            self._store,
            self,
            new_text=tr("No check-in for this day yet. It saves as you go."),
        )

        self._build()
        self._bind_keys()
        self.load_day(self._day)
        self.refresh_trends()

    # ----- building --------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget(self)
        content.setObjectName("checkin-content")

        self.header = PageHeader(tr("Check-ins"), content, name="checkin-header")
        self.header.set_subtitle(
            tr(
                "A minute for yourself. There are no right answers: noticing how you are "
                "is the point."
            )
        )
        self.intro = self.header.subtitle
        self.bring_up_button = QPushButton(tr("Bring up next time…"), content)
        self.bring_up_button.setAccessibleName(tr("Bring this up at my next session"))
        self.bring_up_button.setToolTip(
            tr("Add something about this day to your list for your next session")
        )
        self.bring_up_button.clicked.connect(self.bring_up)
        self.header.add_action(self.bring_up_button)

        self.heading = QLabel(content)
        self.heading.setFont(scaled_font(self.heading, TYPE.section_title))
        self.heading.setWordWrap(True)

        # Which day.
        self.previous_day = QToolButton(content)
        self.previous_day.setText("\u2039")
        self.previous_day.setAccessibleName(tr("Previous day"))
        self.previous_day.setToolTip(tr("Previous day"))
        self.previous_day.clicked.connect(lambda: self._step_day(-1))
        self.date_edit = QDateEdit(content)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(tr("ddd d MMM yyyy"))
        self.date_edit.setMinimumDate(_qdate(EARLIEST_DAY))
        self.date_edit.setMaximumDate(_qdate(self._today()))
        self.date_edit.setDate(_qdate(self._day))
        self.date_edit.setAccessibleName(tr("Day of this check-in"))
        self.date_edit.setToolTip(tr("Choose another day to see or change its check-in"))
        self.date_edit.dateChanged.connect(self._date_changed)
        self.next_day = QToolButton(content)
        self.next_day.setText("\u203a")
        self.next_day.setAccessibleName(tr("Next day"))
        self.next_day.setToolTip(tr("Next day"))
        self.next_day.clicked.connect(lambda: self._step_day(1))
        self.today_button = QPushButton(tr("T&oday"), content)
        self.today_button.setAccessibleName(tr("Go to today"))
        self.today_button.clicked.connect(self.go_to_today)
        day_label = QLabel(tr("&Day"), content)
        day_label.setBuddy(self.date_edit)
        day_row = QHBoxLayout()
        day_row.setSpacing(4)
        day_row.addWidget(day_label)
        day_row.addSpacing(6)
        day_row.addWidget(self.previous_day)
        day_row.addWidget(self.date_edit)
        day_row.addWidget(self.next_day)
        day_row.addSpacing(6)
        day_row.addWidget(self.today_button)
        day_row.addStretch(1)
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(LOAD_DELAY_MS)
        self._load_timer.timeout.connect(lambda: self.load_day(self._day))

        self.form = CheckinForm(content)
        self.form.edited.connect(self._edited)

        # No Save button: the check-in saves by itself; this says where it stands.
        self.status = SaveStateLabel(self.autosave, content)
        self.status.setObjectName("checkin-save-state")
        self.status.setToolTip(
            tr("Changes save by themselves; {key} saves at once.").format(key=_native(SAVE_KEY))
        )
        self.banner = MessageBanner(content)

        line = QFrame(content)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        self.trends = TrendsPanel(content)
        self.trends.period_changed.connect(lambda _days: self.refresh_trends())

        column = QVBoxLayout(content)
        column.setContentsMargins(SPACE.xl, SPACE.l, SPACE.xl, SPACE.xl)
        column.setSpacing(SPACE.m)
        column.addWidget(self.header)
        column.addLayout(day_row)
        column.addWidget(self.heading)
        column.addWidget(self.form)
        column.addWidget(self.status)
        column.addWidget(self.banner)
        column.addSpacing(8)
        column.addWidget(line)
        column.addWidget(self.trends, 1)
        content.setMaximumWidth(860)
        content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        holder = QWidget(self)
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addWidget(content, 1)
        scroll = scroll_area(holder, self, sideways=True)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._show_heading()

    def _bind_keys(self) -> None:
        self.save_action = QAction(tr("Save check-in now"), self)
        self.save_action.setShortcut(QKeySequence(SAVE_KEY))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(lambda _checked=False: self.save())
        self.addAction(self.save_action)

    # ----- the day shown ---------------------------------------------------------------

    def current_day(self) -> date:
        return self._day

    def is_dirty(self) -> bool:
        """True when the form has changes not yet handed to the worker."""
        return self.autosave.has_unsaved_changes()

    def go_to_today(self) -> None:
        self.show_day(self._today())

    def show_day(self, day: date) -> None:
        """Switch to ``day`` (unsaved changes to the day shown are saved first)."""
        today = self._today()
        self.date_edit.setMaximumDate(_qdate(today))
        self.date_edit.setDate(_qdate(max(EARLIEST_DAY, min(day, today))))
        # setDate fires dateChanged only when the date differs; load now, not later.
        self._load_timer.stop()
        if self._loaded_day != self._day or self._loading:
            self.load_day(self._day)

    def show_item(self, ref: str) -> None:
        """Another page asked for a check-in (``ref`` is its day, ``YYYY-MM-DD``, as in
        the timeline): show that day."""
        if self._closed:
            return
        try:
            day = date.fromisoformat(ref)
        except ValueError:
            return
        self.show_day(day)

    def _step_day(self, days: int) -> None:
        self.show_day(self._day + timedelta(days=days))

    def _date_changed(self, qdate: QDate) -> None:
        if self._closed:
            return
        day = _pydate(qdate)
        if day == self._day:
            return
        # The day shown keeps its changes before the form moves on.
        self.autosave.flush()
        self._day = day
        self._show_heading()
        self._load_timer.start()

    def _show_heading(self) -> None:
        today = self._today()
        if self._day == today:
            self.heading.setText(tr("How are you doing today?"))
        elif self._day == today - timedelta(days=1):
            self.heading.setText(tr("How were you doing yesterday?"))
        else:
            self.heading.setText(
                tr("How were you doing on {day}?").format(day=_long_day(self._day))
            )
        self.heading.setAccessibleName(self.heading.text())
        self.next_day.setEnabled(self._day < today)
        self.previous_day.setEnabled(self._day > EARLIEST_DAY)
        self.today_button.setEnabled(self._day != today)

    # ----- loading and saving ----------------------------------------------------------

    def load_day(self, day: date) -> None:
        """Fill the form with ``day``'s check-in (or a fresh form when it has none)."""
        if self._closed:
            return
        # Changes to the day shown are saved before the form shows another.
        self.autosave.flush()
        self._load_sequence += 1
        sequence = self._load_sequence
        self._loading = True
        self.form.setEnabled(False)

        def done(checkin: CheckIn | None) -> None:
            if sequence != self._load_sequence or self._closed:
                return
            self._loading = False
            self._loaded_day = day
            self.form.set_values(checkin)
            self.form.setEnabled(True)
            self.autosave.reset(SaveState.SAVED if checkin is not None else SaveState.NEW)

        def failed(error: BaseException) -> None:
            if sequence != self._load_sequence or self._closed:
                return
            self._loading = False
            self._loaded_day = day
            self.form.set_values(None)
            self.form.setEnabled(True)
            self.autosave.reset(SaveState.NEW)
            self.banner.show_message(
                tr("This day's check-in couldn't be loaded: {reason}").format(
                    reason=_reason(error)
                ),
                Tone.PROBLEM,
            )

        # A problem belongs to the day it happened on.
        if self.banner.tone is Tone.PROBLEM:
            self.banner.clear_message()
        self.session.submit(_load_job(day), done, failed)

    def bring_up(self) -> None:
        """Put something about the day shown on the list for the next session (the
        note, as a start)."""
        from ui.common.bring_up import bring_up

        if self._closed:
            return
        bring_up(
            self,
            self.session,
            self.form.values().note,
            "checkin",
            self._day.isoformat(),
            lambda text: self.banner.show_message(text, Tone.SUCCESS),
            lambda text: self.banner.show_message(text, Tone.PROBLEM),
        )

    def save(self) -> None:
        """Save the changes now (Ctrl+S); otherwise they save by themselves about a
        second after they are made. Nothing happens when nothing changed."""
        self.autosave.flush()

    def _store(self) -> None:
        """Autosave: hand the form to the worker, for the day whose check-in it shows."""
        day = self._loaded_day
        if self._closed or self._loading or day is None:
            return
        values = self.form.values()
        ticket = self.autosave.begin()

        def done(_saved: CheckIn) -> None:
            self.autosave.finished(ticket)
            if not self._closed and self.banner.tone is Tone.PROBLEM:
                self.banner.clear_message()

        def failed(error: BaseException) -> None:
            self.autosave.failed(ticket)
            if not self._closed:
                self.banner.show_message(
                    tr("Your check-in couldn't be saved yet: {reason}").format(
                        reason=_reason(error)
                    ),
                    Tone.PROBLEM,
                )

        self.session.run_op(_save_op(day, values), done, failed, origin=self)

    def apply_changes(self, changes: Changes) -> None:
        """Check-ins changed (here or elsewhere, e.g. Today): redraw the trends, and
        reload the day shown unless it has changes of its own or this page saved it."""
        from app.checkins.ops import CHECKINS

        if self._closed or not changes.touches(CHECKINS):
            return
        self.refresh_trends()
        busy = self.autosave.has_unsaved_changes() or self.autosave.is_saving()
        if changes.origin is not self and not busy and not self._loading:
            self.load_day(self._day)

    def _edited(self) -> None:
        if self._loading or self._closed:
            return
        self.autosave.changed()

    # ----- trends ----------------------------------------------------------------------

    def refresh_trends(self) -> None:
        """Load the chosen period (ending today) and redraw the chart."""
        if self._closed:
            return
        self._trend_sequence += 1
        sequence = self._trend_sequence
        end = self._today()
        start = period_start(end, self.trends.days())

        def done(checkins: list[CheckIn]) -> None:
            if sequence == self._trend_sequence and not self._closed:
                self.trends.show_checkins(checkins, end)
                self._mark_calendar([c.day for c in checkins])

        def failed(error: BaseException) -> None:
            if sequence == self._trend_sequence and not self._closed:
                self.trends.show_problem(
                    tr("Your trends couldn't be loaded: {reason}").format(reason=_reason(error))
                )

        self.session.submit(_range_job(start, end), done, failed)

    def _mark_calendar(self, days: list[date]) -> None:
        """Show days that have a check-in in bold in the date picker."""
        calendar = self.date_edit.calendarWidget()
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        plain = QTextCharFormat()
        for day in self._marked_days:
            calendar.setDateTextFormat(_qdate(day), plain)
        for day in days:
            calendar.setDateTextFormat(_qdate(day), bold)
        self._marked_days = list(days)

    # ----- lock ------------------------------------------------------------------------

    def before_lock(self) -> None:
        """The vault closes next: save unsaved changes, then forget everything shown."""
        if self._closed:
            return
        day = self._loaded_day
        if self.autosave.has_unsaved_changes() and not self._loading and day is not None:
            # Runs on the worker before the vault's close job; no answer is awaited.
            self.session.submit(_save_op(day, self.form.values()))
        self._closed = True
        self.autosave.close()
        self.wipe()

    def wipe(self) -> None:
        """Empty the form, the chart and every message (on lock)."""
        self._load_timer.stop()
        self.autosave.close()
        self.form.clear()
        self.trends.clear()
        self.banner.clear_message()
        self.status.clear()
        self.date_edit.calendarWidget().setDateTextFormat(QDate(), QTextCharFormat())
        self._marked_days = []
        with contextlib.suppress(RuntimeError):
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(_qdate(self._today()))
            self.date_edit.blockSignals(False)
        self._day = self._today()
        self._show_heading()


def _native(portable: str) -> str:
    return QKeySequence(portable).toString(QKeySequence.SequenceFormat.NativeText)
