"""The Today page: the first thing after unlocking.

A greeting and the date, one steady line of encouragement, and cards for today's
check-in, the next planned session, homework due, the "bring up next time" queue and
a prompt to write about. Everything is read in one small job on the worker
(``ui.today.data``); the page paints its greeting and empty cards at once, then fills
them in. A card that could not be loaded says so in one kind line; the others show.

Privacy: what Today shows stays in its own labels. It never sets a window title, a
notification or a tray text, and logs only the type of an error. It is emptied on
lock (``before_lock``) and the workspace destroys it afterwards.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.platform import timestamps
from ui.common.design import SPACE, TYPE
from ui.common.scrolling import scroll_area
from ui.common.surfaces import Card, scaled_font, text_label
from ui.common.text import app_text, error_words
from ui.shell import navigation
from ui.shell.context import ModuleContext
from ui.today.cards import HomeworkRow, button

if TYPE_CHECKING:
    from app.platform.changes import Changes, Topic
    from app.sessions.model import HomeworkItem, TodayHomework
    from ui.today.data import NextSession, TodayData

log = logging.getLogger(__name__)

# At most this many open homework items are listed; the rest are "and N more".
HOMEWORK_SHOWN: Final = 5
# The greeting follows the time of day, and a new day reloads the page.
TICK_MS: Final = 60_000
MAX_WIDTH: Final = 720


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayPage", text)


def tr_n(text: str, n: int) -> str:
    return QCoreApplication.translate("TodayPage", text, None, n)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _short_day(day: date, today: date) -> str:
    """ "Thu 13 Mar", with the year when it is not this year's."""
    pattern = tr("ddd d MMM") if day.year == today.year else tr("ddd d MMM yyyy")
    return QLocale().toString(_qdate(day), pattern)


def _long_day(day: date) -> str:
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)


def _time(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def greeting(now: datetime) -> str:
    """Good morning / afternoon / evening (and a plain hello in the small hours)."""
    if 5 <= now.hour < 12:
        return tr("Good morning")
    if 12 <= now.hour < 18:
        return tr("Good afternoon")
    if now.hour >= 18:
        return tr("Good evening")
    return tr("Hello")


def _reason(error: BaseException) -> str:
    """A user error is one plain sentence already; anything else gets a kind word."""
    from app.platform.errors import UserError

    if isinstance(error, UserError):
        return error_words(error)
    log.error("today: a change could not be saved (%s)", type(error).__name__)
    return tr("Something went wrong on our side. Please try again.")


def _refresh_topics() -> tuple[Topic, ...]:
    """The kinds of change that alter what Today shows."""
    from app.checkins.ops import CHECKINS
    from app.sessions import ops

    return (CHECKINS, ops.SESSIONS, ops.HOMEWORK, ops.TOPICS, ops.SCHEDULES, ops.PROVIDERS)


class TodayPage(QWidget):
    """Today's check-in, next session, homework due, a prompt and a line of encouragement.

    ``now`` gives the current local time (aware); tests pass a fixed one.
    ``loaded`` is emitted each time the cards have been filled (or have said they could
    not be), for the benchmarks and tests that wait for it.
    """

    loaded = Signal()

    def __init__(
        self,
        context: ModuleContext,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = timestamps.local_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("today-page")
        self.setAccessibleName(tr("Today"))
        self.context = context
        self.session = context.session
        self._now = now
        self._closed = False
        self._sequence = 0  # answers to an older load are ignored
        self._stale = False  # data changed while the page was hidden
        self._day: date | None = None  # the day shown
        # Items ticked off here today stay in the list, ticked, so a slip can be undone.
        self._ticked: dict[int, HomeworkItem] = {}
        self._homework_note = ""
        self._homework_rows: list[HomeworkRow] = []

        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self.reload()

    # ----- building --------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget(self)
        content.setObjectName("today-content")
        content.setMaximumWidth(MAX_WIDTH)
        content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.greeting = QLabel(content)
        self.greeting.setObjectName("today-greeting")
        self.greeting.setTextFormat(Qt.TextFormat.PlainText)
        self.greeting.setWordWrap(True)
        self.greeting.setFont(scaled_font(self.greeting, TYPE.page_title))
        self.date_label = text_label(content, muted=True, name="today-date")
        self.encouragement = text_label(content, name="today-encouragement")
        italic = QFont(self.encouragement.font())
        italic.setItalic(True)
        italic.setPointSizeF(italic.pointSizeF() * 1.05)
        self.encouragement.setFont(italic)
        self.encouragement.setText("\u00a0")  # holds its line until the words come

        self.checkin_card = self._build_checkin(content)
        self.session_card = self._build_session(content)
        self.homework_card = self._build_homework(content)
        self.topics_card = self._build_topics(content)
        self.prompt_card = self._build_prompt(content)
        self.cards = (
            self.checkin_card,
            self.session_card,
            self.homework_card,
            self.topics_card,
            self.prompt_card,
        )

        self.privacy = text_label(content, muted=True, name="today-privacy")
        self.privacy.setText(tr("This is your private space. Nothing here leaves this computer."))

        column = QVBoxLayout(content)
        column.setContentsMargins(SPACE.xl, SPACE.xl, SPACE.xl, SPACE.xl)
        column.setSpacing(14)
        column.addWidget(self.greeting)
        column.addWidget(self.date_label)
        column.addSpacing(2)
        column.addWidget(self.encouragement)
        column.addSpacing(6)
        for card in self.cards:
            column.addWidget(card)
        column.addSpacing(4)
        column.addWidget(self.privacy)
        column.addStretch(1)

        holder = QWidget(self)
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addStretch(1)
        centre.addWidget(content, 100)
        centre.addStretch(1)
        scroll = scroll_area(holder, self, name="today-scroll", sideways=True)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._show_greeting(self._now())

    def _build_checkin(self, parent: QWidget) -> Card:
        card = Card(tr("Today's check-in"), "today-checkin", parent)
        self.checkin_text = text_label(card, name="today-checkin-text")
        self.checkin_button = button(tr("Check in now"), card, name="today-checkin-button")
        self.checkin_button.clicked.connect(lambda: self._go("checkins"))
        self.checkin_button.hide()
        card.body.addWidget(self.checkin_text)
        card.body.addLayout(_row(self.checkin_button))
        return card

    def _build_session(self, parent: QWidget) -> Card:
        card = Card(tr("Next session"), "today-session", parent)
        self.session_kind = text_label(card, name="today-session-kind")
        bold = QFont(self.session_kind.font())
        bold.setBold(True)
        self.session_kind.setFont(bold)
        self.session_when = text_label(card, name="today-session-when")
        self.session_with = text_label(card, muted=True, name="today-session-with")
        self.session_button = button(tr("Open"), card, name="today-session-button")
        self.session_button.clicked.connect(self._open_session)
        self.session_button.hide()
        self._session_id: int | None = None
        for widget in (self.session_kind, self.session_when, self.session_with):
            widget.hide()
            card.body.addWidget(widget)
        card.body.addLayout(_row(self.session_button))
        return card

    def _build_homework(self, parent: QWidget) -> Card:
        card = Card(tr("Homework"), "today-homework", parent)
        self.homework_list = QVBoxLayout()
        self.homework_list.setSpacing(10)
        self.homework_empty = text_label(card, name="today-homework-empty")
        self.homework_empty.hide()
        self.homework_more = text_label(card, muted=True, name="today-homework-more")
        self.homework_more.hide()
        self.homework_more_button = button(
            tr("See all homework"),
            card,
            name="today-homework-more-button",
            accessible=tr("See all your homework on the sessions page"),
        )
        self.homework_more_button.clicked.connect(lambda: self._go("sessions"))
        self.homework_more_button.hide()
        card.body.addLayout(self.homework_list)
        card.body.addWidget(self.homework_empty)
        card.body.addWidget(self.homework_more)
        card.body.addLayout(_row(self.homework_more_button))
        return card

    def _build_topics(self, parent: QWidget) -> Card:
        card = Card(tr("To bring up next time"), "today-topics", parent)
        self.topics_text = text_label(card, name="today-topics-text")
        self.topics_button = button(
            tr("See your list"),
            card,
            name="today-topics-button",
            accessible=tr("See your list of things to bring up"),
        )
        self.topics_button.clicked.connect(lambda: self._go("sessions"))
        self.topics_button.hide()
        card.body.addWidget(self.topics_text)
        card.body.addLayout(_row(self.topics_button))
        card.hide()  # shown when the list has something on it
        return card

    def _build_prompt(self, parent: QWidget) -> Card:
        card = Card(tr("A question for today"), "today-prompt", parent)
        self.prompt_text = text_label(card, name="today-prompt-text")
        self.prompt_text.setAccessibleName(tr("Prompt of the day"))
        self.prompt_button = button(
            tr("Write about this"),
            card,
            name="today-prompt-button",
            accessible=tr("Write about today's question in your journal"),
        )
        self.prompt_button.clicked.connect(self._write_about_prompt)
        self.prompt_button.hide()
        self._prompt_id: str | None = None
        card.body.addWidget(self.prompt_text)
        card.body.addLayout(_row(self.prompt_button))
        return card

    # ----- loading ---------------------------------------------------------------------

    def shown_day(self) -> date | None:
        """The day the cards show (None before the first answer and after locking)."""
        return self._day

    def reload(self) -> None:
        """Read everything again in one worker job, then fill the cards."""
        if self._closed or not self.session.is_unlocked():
            return
        from ui.today.data import load_job

        self._sequence += 1
        sequence = self._sequence
        now = self._now()
        self._stale = False
        self._show_greeting(now)

        def done(data: TodayData) -> None:
            if sequence == self._sequence and not self._closed:
                self._show(data)

        def failed(error: BaseException) -> None:
            if sequence != self._sequence or self._closed:
                return
            log.error("today could not be loaded (%s)", type(error).__name__)
            self._show_failure(now.date())

        self.session.submit(load_job(now), done, failed)

    def _show(self, data: TodayData) -> None:
        from ui.today.data import Failed

        if self._day != data.day:
            self._ticked.clear()  # yesterday's ticks belong to yesterday
        self._day = data.day
        if isinstance(data.encouragement, Failed):
            self.encouragement.clear()
            self.encouragement.hide()
        else:
            self.encouragement.setText(app_text(data.encouragement))
            self.encouragement.show()
        self._show_checkin(data.checkin)
        self._show_session(data.next_session)
        self._show_homework(data.homework)
        self._show_topics(data.topics)
        self._show_prompt(data.prompt)
        self.loaded.emit()

    def _show_failure(self, day: date) -> None:
        """The whole job failed (the vault is busy or damaged): each card says so."""
        from ui.today.data import Failed

        failed = Failed("")
        self._day = day
        self.encouragement.clear()
        self.encouragement.hide()
        self._show_checkin(failed)
        self._show_session(failed)
        self._show_homework(failed)
        self._show_topics(failed)
        self._show_prompt(failed)
        self.loaded.emit()

    # ----- the cards -------------------------------------------------------------------

    def _show_checkin(self, checkin: object) -> None:
        from app.checkins.model import CheckIn

        card = self.checkin_card
        card.clear_problem()
        self.checkin_button.setVisible(self._has_page("checkins"))
        if isinstance(checkin, CheckIn):
            self.checkin_text.setText(
                tr(
                    "Done for today. Mood {mood}, stress {stress}, craving {craving} (out of 10)."
                ).format(mood=checkin.mood, stress=checkin.stress, craving=checkin.craving)
            )
            self.checkin_button.setText(tr("Change it"))
            self.checkin_button.setAccessibleName(tr("Change today's check-in"))
        elif checkin is None:
            self.checkin_text.setText(
                tr("A minute to notice how you are. There are no wrong answers.")
            )
            self.checkin_button.setText(tr("Check in now"))
            self.checkin_button.setAccessibleName(tr("Check in now"))
        else:
            self.checkin_text.clear()
            self.checkin_button.setText(tr("Go to check-ins"))
            self.checkin_button.setAccessibleName(tr("Go to check-ins"))
            card.show_problem(tr("Today's check-in couldn't be loaded just now."))
        self.checkin_text.setVisible(bool(self.checkin_text.text()))

    def _show_session(self, found: object) -> None:
        from ui.today.data import NextSession

        card = self.session_card
        card.clear_problem()
        has_page = self._has_page("sessions")
        self._session_id = None
        for widget in (self.session_kind, self.session_when, self.session_with):
            widget.clear()
            widget.hide()
        if isinstance(found, NextSession):
            self._session_id = found.id
            self.session_kind.setText(app_text(found.kind_name))
            self.session_when.setText(self._when(found))
            if found.provider:
                self.session_with.setText(tr("With {name}").format(name=found.provider))
            self.session_button.setText(tr("Open"))
            self.session_button.setAccessibleName(tr("Open your next session"))
        elif found is None:
            self.session_when.setText(
                tr("No sessions planned. Add one, or set up a repeating schedule.")
            )
            self.session_button.setText(tr("Plan a session"))
            self.session_button.setAccessibleName(tr("Plan a session"))
        else:
            card.show_problem(tr("Your next session couldn't be loaded just now."))
            self.session_button.setText(tr("Go to sessions"))
            self.session_button.setAccessibleName(tr("Go to sessions"))
        for widget in (self.session_kind, self.session_when, self.session_with):
            widget.setVisible(bool(widget.text()))
        self.session_button.setVisible(has_page)

    def _when(self, found: NextSession) -> str:
        now = self._now()
        start = found.start.astimezone(now.tzinfo)
        end = found.end.astimezone(now.tzinfo)
        how = {
            "video": tr("by video"),
            "phone": tr("by phone"),
            "in_person": tr("in person"),
        }.get(str(found.format), "")
        if start <= now:
            when = tr("Happening now, until {time}").format(time=_time(end))
        elif start.date() == now.date():
            when = tr("Today at {time}").format(time=_time(start))
        elif (start.date() - now.date()).days == 1:
            when = tr("Tomorrow at {time}").format(time=_time(start))
        else:
            when = tr("{day} at {time}").format(day=_long_day(start.date()), time=_time(start))
        return tr("{when}, {how}").format(when=when, how=how) if how else when

    def _show_homework(self, homework: object) -> None:
        from app.sessions.model import TodayHomework
        from ui.today.data import homework_items

        card = self.homework_card
        card.clear_problem()
        focused = self._focused_item()
        self._clear_homework_rows()
        self.homework_more.hide()
        self.homework_more_button.hide()
        if not isinstance(homework, TodayHomework):
            self.homework_empty.clear()
            self.homework_empty.hide()
            card.show_problem(tr("Your homework couldn't be loaded just now."))
            return
        items = homework_items(homework)
        open_ids = {item.id for item in items}
        for item_id in [i for i in self._ticked if i in open_ids]:
            del self._ticked[item_id]  # opened again elsewhere
        shown = items[:HOMEWORK_SHOWN]
        for item in shown:
            self._add_homework_row(item, self._detail(item, homework), done=False)
        for item in self._ticked.values():
            self._add_homework_row(item, tr("Done today"), done=True)
        hidden = len(items) - len(shown)
        if hidden > 0:
            more = tr_n("And %Ln more.", hidden) if hidden != 1 else tr("And 1 more.")
            self.homework_more.setText(more)
            self.homework_more.show()
            self.homework_more_button.setVisible(self._has_page("sessions"))
        if not self._homework_rows:
            self.homework_empty.setText(
                tr(
                    "Nothing due today. When a session gives you something to try, "
                    "it will show up here to tick off."
                )
            )
            self.homework_empty.show()
        else:
            self.homework_empty.clear()
            self.homework_empty.hide()
        if self._homework_note:
            card.show_problem(self._homework_note)
        self._restore_focus(focused)

    def _detail(self, item: HomeworkItem, homework: TodayHomework) -> str:
        now = self._now()
        if item.due is not None and item in homework.overdue:
            return tr("Was due {day}").format(day=_short_day(item.due, now.date()))
        if item.due is not None:
            return tr("Due today")
        start = item.session_start.astimezone(now.tzinfo).date()
        return tr("From your session on {day}").format(day=_short_day(start, now.date()))

    def _add_homework_row(self, item: HomeworkItem, detail: str, *, done: bool) -> None:
        row = HomeworkRow(item.id, item.text, detail, done, self.homework_card)
        row.toggled.connect(lambda item_id, now_done, it=item: self._set_done(it, now_done))
        self.homework_list.addWidget(row)
        # Shown now, not when the layout gets round to it: focus can only be given back
        # to a widget that is visible (see _restore_focus).
        row.show()
        self._homework_rows.append(row)

    def _clear_homework_rows(self) -> None:
        for row in self._homework_rows:
            row.wipe()
            self.homework_list.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._homework_rows = []

    def homework_rows(self) -> list[HomeworkRow]:
        return list(self._homework_rows)

    def _focused_item(self) -> int | None:
        focus = QApplication.focusWidget()
        for row in self._homework_rows:
            if focus is not None and (focus is row or row.isAncestorOf(focus)):
                return row.item_id
        return None

    def _restore_focus(self, item_id: int | None) -> None:
        """Keep the keyboard on the item just ticked (its row was built anew)."""
        if item_id is None:
            return
        for row in self._homework_rows:
            if row.item_id == item_id:
                row.check.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        target = self._homework_rows[0].check if self._homework_rows else self.homework_card
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_done(self, item: HomeworkItem, done: bool) -> None:
        """Tick an item off (or open it again); the page reloads from the change."""
        if self._closed:
            return
        from ui.today.data import done_op

        self._homework_note = ""
        self.homework_card.clear_problem()

        def saved(_value: object) -> None:
            if self._closed:
                return
            if done:
                self._ticked[item.id] = item
            else:
                self._ticked.pop(item.id, None)

        def failed(error: BaseException) -> None:
            if self._closed:
                return
            self._homework_note = tr("That couldn't be saved: {reason}").format(
                reason=_reason(error)
            )
            for row in self._homework_rows:
                if row.item_id == item.id:
                    row.set_done_quietly(not done)
            self.homework_card.show_problem(self._homework_note)
            self.reload()

        self.session.run_op(done_op(item.id, done, self._now), saved, failed, origin=self)

    def _show_topics(self, topics: object) -> None:
        from ui.today.data import OpenTopics

        card = self.topics_card
        card.clear_problem()
        if isinstance(topics, OpenTopics):
            if topics.count == 0:
                self.topics_text.clear()
                self.topics_button.hide()
                card.hide()
                return
            lines = [f"\u2022 {text}" for text in topics.first]
            hidden = topics.count - len(topics.first)
            if hidden > 0:
                lines.append(tr_n("and %Ln more", hidden) if hidden != 1 else tr("and 1 more"))
            self.topics_text.setText("\n".join(lines))
            self.topics_button.setVisible(self._has_page("sessions"))
        else:
            self.topics_text.clear()
            self.topics_button.hide()
            card.show_problem(tr("Your list of things to bring up couldn't be loaded just now."))
        self.topics_text.setVisible(bool(self.topics_text.text()))
        card.show()

    def _show_prompt(self, prompt: object) -> None:
        from app.journal.model import Prompt

        card = self.prompt_card
        card.clear_problem()
        if isinstance(prompt, Prompt):
            self._prompt_id = prompt.id
            self.prompt_text.setText(app_text(prompt.text))
            self.prompt_button.setVisible(self._has_page("journal"))
        else:
            self._prompt_id = None
            self.prompt_text.clear()
            self.prompt_button.hide()
            card.show_problem(tr("Today's question couldn't be loaded just now."))
        self.prompt_text.setVisible(bool(self.prompt_text.text()))

    # ----- going elsewhere -------------------------------------------------------------

    @staticmethod
    def _has_page(module_id: str) -> bool:
        return any(module.id == module_id for module in navigation.modules())

    def _go(self, module_id: str, ref: str | None = None) -> None:
        if not self._closed:
            self.context.navigate(module_id, ref)

    def _open_session(self) -> None:
        self._go("sessions", None if self._session_id is None else str(self._session_id))

    def _write_about_prompt(self) -> None:
        # The journal starts an entry from the prompt when its page understands the
        # reference; otherwise it opens on its welcome, which offers the same prompt.
        self._go("journal", None if self._prompt_id is None else f"prompt:{self._prompt_id}")

    # ----- time and changes ------------------------------------------------------------

    def _show_greeting(self, now: datetime) -> None:
        self.greeting.setText(greeting(now))
        self.date_label.setText(_long_day(now.date()))

    def _tick(self) -> None:
        """Once a minute: follow the time of day; a new day reloads (or will, when shown)."""
        if self._closed:
            return
        now = self._now()
        self._show_greeting(now)
        if self._day is not None and now.date() != self._day:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._closed:
            return
        now = self._now()
        if self._stale or (self._day is not None and now.date() != self._day):
            self.reload()
        else:
            self._show_greeting(now)

    def apply_changes(self, changes: Changes) -> None:
        """Check-ins, sessions, homework or topics changed: reload now, or when shown."""
        if self._closed or not changes.touches(*_refresh_topics()):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # ----- lock ------------------------------------------------------------------------

    def before_lock(self) -> None:
        """The vault closes next: forget everything shown."""
        if self._closed:
            return
        self._closed = True
        self._sequence += 1
        self._timer.stop()
        self.wipe()

    def wipe(self) -> None:
        """Empty every label and list (the titles stay: they are the app's own words)."""
        self._clear_homework_rows()
        self._ticked.clear()
        self._homework_note = ""
        self._session_id = None
        self._prompt_id = None
        self._day = None
        for label in (
            self.encouragement,
            self.checkin_text,
            self.session_kind,
            self.session_when,
            self.session_with,
            self.homework_empty,
            self.homework_more,
            self.topics_text,
            self.prompt_text,
        ):
            label.clear()
            label.hide()
        for control in (
            self.checkin_button,
            self.session_button,
            self.homework_more_button,
            self.topics_button,
            self.prompt_button,
        ):
            control.hide()
        for card in self.cards:
            card.clear_problem()
        self.topics_card.hide()


def _row(*widgets: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 2, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
