"""The sessions page: Upcoming, Past and Month on the left; program hours and the
partner's answers on the right, where a session opens in the editor when chosen.

Everything is read on the database worker: the page shows its frame at once and fills
in as answers arrive. Changes run as operations (``app.sessions.ops``); the page, like
every other, redraws from ``apply_changes`` when one touches the module's topics.
Once built, it plans the repeating schedules' sessions ahead (``extend_schedules``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import settings as app_settings
from app.platform import timestamps
from app.sessions.model import LATEST_DAY, PartnerResponse, SessionFilter, Status
from ui.common.design import SPACE
from ui.common.messages import Tone
from ui.common.notice import Notice
from ui.common.scrolling import scroll_area
from ui.common.surfaces import Card, PageHeader
from ui.common.theme import set_role
from ui.sessions import export, jobs
from ui.sessions.editor import SessionEditor
from ui.sessions.hours_panel import WEEKS, HoursPanel
from ui.sessions.month_view import MonthView
from ui.sessions.partner_panel import PartnerPanel
from ui.sessions.providers_dialog import ProvidersDialog
from ui.sessions.reminders import REMIND_MINUTES_BEFORE, Reminders
from ui.sessions.schedule_dialog import RepeatDialog, planned_words
from ui.sessions.session_list import SessionListModel, SessionTable
from ui.sessions.trash_dialog import SessionTrashDialog
from ui.sessions.upcoming_view import UpcomingView
from ui.sessions.words import (
    PLAIN,
    first_weekday,
    kind_choices,
    reason,
    response_label,
    status_name,
)
from ui.shell.context import ModuleContext

if TYPE_CHECKING:
    from app.platform.changes import Changes
    from app.sessions.model import Provider

log = logging.getLogger(__name__)

NEW_KEY = "Ctrl+N"
UPCOMING, PAST, MONTH = 0, 1, 2


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionsPage", text)


def _native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class PastFilters(QWidget):
    """Kind, status and the partner's answer, for the Past list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(tr("Show past sessions of this kind"))
        self.kind.addItem(tr("All kinds"), None)
        for kind_id, name in kind_choices():
            self.kind.addItem(name, kind_id)
        self.status = QComboBox(self)
        self.status.setAccessibleName(tr("Show past sessions with this status"))
        self.status.addItem(tr("Any status"), None)
        for value in Status:
            self.status.addItem(status_name(value), value)
        self.partner = QComboBox(self)
        self.partner.setAccessibleName(tr("Show past sessions by your partner's answer"))
        self.partner.addItem(tr("Partner: any"), None)
        for value in PartnerResponse:
            self.partner.addItem(response_label(value), value)
        for combo in (self.kind, self.status, self.partner):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind, 1)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.partner, 1)

    def current(self) -> SessionFilter:
        status = self.status.currentData()
        partner = self.partner.currentData()
        return SessionFilter(
            kind_id=self.kind.currentData(),
            status=None if status is None else Status(status),
            partner=None if partner is None else PartnerResponse(partner),
        )

    def is_filtered(self) -> bool:
        return self.current() != SessionFilter()

    def reset(self) -> None:
        for combo in (self.kind, self.status, self.partner):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(0)


class SessionsPage(QWidget):
    """See the module docstring."""

    # The Upcoming tab's lists arrived (after opening, and after each change).
    loaded = Signal()

    def __init__(
        self,
        context: ModuleContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = timestamps.local_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessions-page")
        self.setAccessibleName(tr("Sessions"))
        self.context = context
        self.session = context.session
        self._clock = clock
        self._closed = False
        self._overview_sequence = 0
        self._month_sequence = 0
        self._hours_sequence = 0
        self._partner_sequence = 0
        # What to show once the editor has closed (another session, asked for meanwhile).
        self._next_action: Callable[[], None] | None = None
        # Replaceable in tests: the warning before a calendar export, and where to save.
        self.ask_export_options: Callable[[], bool | None] = lambda: export.ask_export_options(self)
        self.ask_calendar_path: Callable[[], str] = lambda: export.ask_calendar_path(self)
        self.repeat_dialog: RepeatDialog | None = None
        self.providers_dialog: ProvidersDialog | None = None
        self.trash_dialog: SessionTrashDialog | None = None
        self._build()
        self._bind_keys()
        self._start()

    def today(self) -> date:
        return self._clock().date()

    # ----- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.header = PageHeader(tr("Sessions"), self, name="sessions-header")
        self.heading = self.header.title
        self.new_button = QPushButton(tr("&New session"), self)
        self.new_button.setAccessibleName(tr("New session"))
        self.new_button.setToolTip(tr("Add a session ({key})").format(key=_native(NEW_KEY)))
        self.new_button.clicked.connect(lambda: self.new_session())
        self.repeat_button = QPushButton(tr("&Repeat…"), self)
        self.repeat_button.setAccessibleName(tr("Set up repeating sessions"))
        self.repeat_button.setToolTip(tr("Sessions on the same days every week"))
        self.repeat_button.clicked.connect(self.open_repeat)
        self.providers_button = QPushButton(tr("Prov&iders…"), self)
        self.providers_button.setAccessibleName(tr("Your providers"))
        self.providers_button.setToolTip(
            tr("The people and groups you see, to choose from in a session")
        )
        self.providers_button.clicked.connect(self.open_providers)
        self.trash_button = QPushButton(tr("Trash…"), self)  # every letter of it is taken
        self.trash_button.setAccessibleName(tr("Sessions in the trash"))
        self.trash_button.setToolTip(tr("Deleted sessions, kept for 30 days"))
        self.trash_button.clicked.connect(self.open_trash)
        self.export_button = QPushButton(tr("Add to &calendar…"), self)
        self.export_button.setAccessibleName(tr("Save planned sessions as a calendar file"))
        self.export_button.setToolTip(tr("Save your planned sessions as a calendar (.ics) file"))
        self.export_button.clicked.connect(self.export_calendar)
        self.remind = QCheckBox(tr("Remind me before sessions"), self)
        self.remind.setAccessibleName(tr("Remind me before sessions"))
        self.remind.setToolTip(
            tr(
                "While Mooring is open, a short reminder shows {minutes} minutes before a "
                "planned session. It never says what the session is."
            ).format(minutes=REMIND_MINUTES_BEFORE)
        )
        self.remind.toggled.connect(self._remind_toggled)
        self.header.add_under_title(self.remind)
        for button in (
            self.new_button,
            self.repeat_button,
            self.providers_button,
            self.export_button,
        ):
            self.header.add_action(button)
        set_role(self.new_button, "primary")
        top = QHBoxLayout()
        top.addWidget(self.header)

        self.notice = Notice(self)

        # Left: the three views.
        # Left: Upcoming, Past and Month, chosen with a switch (the month is built when
        # first chosen: the page opens sooner).
        left = QWidget(self)
        self.views = QStackedWidget(left)
        self.view_group = QButtonGroup(self)
        self.view_group.setExclusive(True)
        switch = QHBoxLayout()
        switch.setSpacing(4)
        for number, (text, name) in enumerate(
            (
                (tr("&Upcoming"), tr("Show upcoming sessions")),
                (tr("&Past"), tr("Show past sessions")),
                (tr("&Month"), tr("Show a month calendar")),
            )
        ):
            button = QPushButton(text, left)
            button.setCheckable(True)
            button.setAccessibleName(name)
            set_role(button, "choice")  # the chosen view stands out in every theme
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text) + 36)
            self.view_group.addButton(button, number)
            switch.addWidget(button)
        switch.addStretch(1)
        switch.addWidget(self.trash_button)  # beside the lists; the top row is full
        self.view_group.button(UPCOMING).setChecked(True)
        self.view_group.idClicked.connect(self.show_view)
        self.upcoming = UpcomingView(self.today, self.views)
        self.upcoming.mark_requested.connect(self.mark)
        self.upcoming.open_requested.connect(self.open_session)
        self.upcoming.topic_toggled.connect(self.tick_topic)
        self.upcoming.topic_added.connect(self.add_topic)
        self.upcoming.new_requested.connect(lambda: self.new_session())
        self.upcoming.repeat_requested.connect(self.open_repeat)
        upcoming_scroll = scroll_area(self.upcoming, self.views, sideways=True)
        self.views.addWidget(upcoming_scroll)

        past = QWidget(self.views)
        self.filters = PastFilters(past)
        for combo in (self.filters.kind, self.filters.status, self.filters.partner):
            combo.currentIndexChanged.connect(lambda _index: self.load_past())
        self.past_model = SessionListModel(self.today, parent=self)
        self.past_model.loaded.connect(self._past_loaded)
        self.past_model.failed.connect(lambda text: self.notice.show_message(text, Tone.PROBLEM))
        self.past_list = SessionTable(past)
        self.past_list.setModel(self.past_model)
        self.past_list.setAccessibleName(tr("Past sessions, newest first"))
        self.past_list.open_requested.connect(self.open_session)
        self.past_empty = QLabel(past)
        self.past_empty.setTextFormat(PLAIN)
        self.past_empty.setWordWrap(True)
        self.past_empty.hide()
        past_layout = QVBoxLayout(past)
        past_layout.setContentsMargins(0, 8, 0, 0)
        past_layout.addWidget(self.filters)
        past_layout.addWidget(self.past_empty)
        past_layout.addWidget(self.past_list, 1)
        self.views.addWidget(past)
        self.views.addWidget(QWidget(self.views))  # the month, until first chosen
        self._month: MonthView | None = None
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(switch)
        left_layout.addWidget(self.views, 1)

        # Right: hours and partner, or the editor.
        self.hours = HoursPanel(self)
        self.hours.target_chosen.connect(self.set_target)
        self.partner = PartnerPanel(self)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(SPACE.s, 0, SPACE.m, SPACE.s)
        side_layout.setSpacing(SPACE.l)
        # Summaries sit on cards, as on Today (each panel carries its own title).
        for panel, name in (
            (self.hours, "sessions-hours-card"),
            (self.partner, "sessions-partner-card"),
        ):
            card = Card("", name, side)
            card.body.addWidget(panel)
            side_layout.addWidget(card)
        side_layout.addStretch(1)
        self.side_scroll = scroll_area(side, self)
        self._editor: SessionEditor | None = None  # built when first needed
        self.side = QStackedWidget(self)
        self.side.addWidget(self.side_scroll)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 480])

        self.reminders = Reminders(
            self._clock,
            self.context.settings.discreet_mode,
            self._remind_here,
            self,
        )
        # The choice is kept in the settings file (a yes or no, nothing about sessions).
        remind_on = bool(self.context.settings.get(app_settings.SESSION_REMINDERS))
        with QSignalBlocker(self.remind):
            self.remind.setChecked(remind_on)
        self.reminders.set_enabled(remind_on)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)

    def _bind_keys(self) -> None:
        self.new_action = QAction(tr("New session"), self)
        self.new_action.setShortcut(QKeySequence(NEW_KEY))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.triggered.connect(lambda _checked=False: self.new_session())
        self.addAction(self.new_action)

    def _start(self) -> None:
        """Plan the schedules ahead once, then read what the page shows: Upcoming first
        (queued right behind the planning), the rest once it is on screen."""

        def failed(error: BaseException) -> None:
            log.error("planning ahead failed: %s", type(error).__name__)

        # Sessions it plans reach the lists through apply_changes (read again then).
        self.session.run_op(jobs.extend_schedules(self._clock), None, failed, origin=self)
        # Sessions deleted 30 days ago or more leave the trash (as journal entries do).
        self.session.run_op(jobs.purge_expired_sessions(self._clock), None, failed, origin=self)
        self.load_overview(then=lambda: QTimer.singleShot(0, self._load_the_rest))

    def _load_the_rest(self) -> None:
        self.load_past()
        if self._month is not None:
            self.load_month(*self._month.shown_month())
        self.load_hours()
        self.load_partner()

    # ----- the views ---------------------------------------------------------------

    def show_view(self, number: int) -> None:
        """Show Upcoming, Past or Month (UPCOMING, PAST, MONTH)."""
        if number == MONTH:
            self.month  # noqa: B018 - built when first shown
        self.view_group.button(number).setChecked(True)
        self.views.setCurrentIndex(number)

    @property
    def month(self) -> MonthView:
        """The month view (built the first time it is needed)."""
        if self._month is None:
            month = MonthView(self.today, self.views)
            month.month_shown.connect(self.load_month)
            month.open_requested.connect(self.open_session)
            month.new_requested.connect(self.new_session)
            stand_in = self.views.widget(MONTH)
            self.views.insertWidget(MONTH, month)
            self.views.removeWidget(stand_in)
            stand_in.deleteLater()
            self._month = month
            self.load_month(*month.shown_month())
        return self._month

    # ----- reading -----------------------------------------------------------------

    def reload_all(self) -> None:
        if self._closed:
            return
        self.load_overview()
        self._load_the_rest()

    def load_overview(self, then: Callable[[], None] | None = None) -> None:
        if self._closed:
            return
        self._overview_sequence += 1
        sequence = self._overview_sequence

        def done(overview: jobs.Overview) -> None:
            if sequence != self._overview_sequence or self._closed:
                return
            self.upcoming.show_overview(
                overview.upcoming, overview.unmarked, overview.topics, overview.has_past
            )
            self.reminders.set_sessions(overview.upcoming)
            self.loaded.emit()
            if then is not None:
                then()

        def failed(error: BaseException) -> None:
            if sequence == self._overview_sequence and not self._closed:
                self.upcoming.show_problem(
                    tr("Your sessions couldn't be read just now: {reason}").format(
                        reason=reason(error)
                    )
                )
                if then is not None:
                    then()

        self.session.submit(jobs.overview(self._clock), done, failed)

    def load_past(self) -> None:
        if self._closed:
            return
        session_filter, clock = self.filters.current(), self._clock
        self.past_model.reload(
            self.session,
            lambda after, limit: jobs.past_page(session_filter, after, limit, clock),
        )

    def _past_loaded(self) -> None:
        empty = self.past_model.rowCount() == 0
        if empty:
            self.past_empty.setText(
                tr("No past sessions match these choices.")
                if self.filters.is_filtered()
                else tr("Sessions you've been to will show here, newest first.")
            )
        self.past_empty.setVisible(empty)
        self.past_list.setVisible(not empty)

    def load_month(self, year: int, month: int) -> None:
        if self._closed:
            return
        self._month_sequence += 1
        sequence = self._month_sequence

        def done(found: list[Any]) -> None:
            if sequence == self._month_sequence and not self._closed and self._month:
                self._month.show_month(year, month, found)

        self.session.submit(jobs.month(year, month), done, self._quiet_error)

    def load_hours(self) -> None:
        if self._closed:
            return
        self._hours_sequence += 1
        sequence = self._hours_sequence

        def done(view: jobs.HoursView) -> None:
            if sequence == self._hours_sequence and not self._closed:
                self.hours.show_hours(view)

        def failed(error: BaseException) -> None:
            if sequence == self._hours_sequence and not self._closed:
                self.hours.show_problem(
                    tr("Your hours couldn't be read just now: {reason}").format(
                        reason=reason(error)
                    )
                )

        self.session.submit(jobs.hours(WEEKS, first_weekday(), self._clock), done, failed)

    def load_partner(self) -> None:
        if self._closed:
            return
        self._partner_sequence += 1
        sequence = self._partner_sequence

        def done(view: jobs.PartnerView) -> None:
            if sequence == self._partner_sequence and not self._closed:
                self.partner.show_partner(view)

        def failed(error: BaseException) -> None:
            if sequence == self._partner_sequence and not self._closed:
                self.partner.show_problem(reason(error))

        self.session.submit(jobs.partner(), done, failed)

    def _quiet_error(self, error: BaseException) -> None:
        log.error("sessions read failed: %s", type(error).__name__)

    # ----- the editor --------------------------------------------------------------

    @property
    def editor(self) -> SessionEditor:
        """The session editor (built the first time it is needed: the page opens sooner)."""
        if self._editor is None:
            editor = SessionEditor(self.session, self._clock, self)
            editor.closed.connect(self._editor_closed)
            editor.deleted.connect(self._after_delete)
            editor.save_failed.connect(self._forget_next)
            editor.entry_open_requested.connect(self.open_entry)
            editor.providers_requested.connect(self.open_providers)
            self.side.addWidget(editor)
            self._editor = editor
        return self._editor

    def editor_is_open(self) -> bool:
        return self._editor is not None and self._editor.is_open()

    def new_session(self, day: date | None = None) -> None:
        """Open the editor on a blank session (on ``day``, default today)."""
        if not self._closed:
            self._when_editor_free(lambda: self._show_new(day))

    def _show_new(self, day: date | None) -> None:
        self.side.setCurrentWidget(self.editor)
        self.editor.open_new(day)

    def open_session(self, session_id: int) -> None:
        if self._closed:
            return
        if self.editor_is_open() and self.editor.session_id() == session_id:
            self.side.setCurrentWidget(self.editor)
            return
        self._when_editor_free(lambda: self._show_session(session_id))

    def _show_session(self, session_id: int) -> None:
        self.side.setCurrentWidget(self.editor)
        self.editor.open_session(session_id)

    def show_item(self, ref: str) -> None:
        """Another page asked for a session (``ref`` is its id)."""
        try:
            session_id = int(ref)
        except ValueError:
            return
        self.open_session(session_id)

    def _when_editor_free(self, action: Callable[[], None]) -> None:
        """Run ``action`` (show another session) once unsaved changes in the editor are
        saved or let go, as the person answers; not at all if they keep editing."""
        if not (self.editor_is_open() and self.editor.is_dirty()):
            action()
            return
        self._next_action = action
        self.editor.request_close()  # asks; closing runs the action (_editor_closed)
        if self.editor.is_open() and not self.editor.is_saving():
            self._next_action = None  # "keep editing"

    def _forget_next(self) -> None:
        self._next_action = None

    def _editor_closed(self) -> None:
        self.side.setCurrentWidget(self.side_scroll)
        action, self._next_action = self._next_action, None
        if action is not None and not self._closed:
            action()

    def _after_delete(self, session_id: int) -> None:
        self.notice.show_message(
            tr("The session is in the trash."),
            Tone.INFO,
            action=(tr("Undo"), lambda: self.restore(session_id)),
        )

    def restore(self, session_id: int) -> None:
        if self._closed:
            return

        def done(_value: object) -> None:
            if not self._closed:
                self.notice.show_message(tr("The session is back."), Tone.SUCCESS)

        self.session.run_op(jobs.restore_session(session_id), done, self._failed, origin=self)

    # ----- quick changes -----------------------------------------------------------

    def mark(self, session_id: int, status: Status) -> None:
        """One click on a session that's over: attended, missed or cancelled."""
        if self._closed:
            return
        self.session.run_op(
            jobs.set_status(session_id, Status(status), self._clock),
            None,
            self._failed,
            origin=self,
        )

    def tick_topic(self, topic_id: int, session_id: int, done: bool) -> None:
        if self._closed:
            return
        self.session.run_op(
            jobs.tick_topic(topic_id, session_id, done, self._clock),
            None,
            self._failed,
            origin=self,
        )

    def add_topic(self, text: str) -> None:
        if self._closed:
            return
        self.session.run_op(
            jobs.add_topic(text, self._clock),
            lambda _topic: self.upcoming.topics.topic_added(),
            self._failed,
            origin=self,
        )

    def set_target(self, minutes: int | None) -> None:
        if self._closed:
            return
        self.session.run_op(jobs.set_weekly_target(minutes), None, self._failed, origin=self)

    def _failed(self, error: BaseException) -> None:
        if not self._closed:
            self.notice.show_message(
                tr("That didn't work: {reason}").format(reason=reason(error)), Tone.PROBLEM
            )

    # ----- schedules ---------------------------------------------------------------

    def open_repeat(self) -> None:
        """The "Repeat" dialog (providers are read first, to choose from)."""
        if self._closed:
            return

        def show(providers: list[Provider]) -> None:
            if self._closed:
                return
            dialog = RepeatDialog(self.session, self._clock, providers, self, origin=self)
            dialog.accepted.connect(lambda: self._planned(dialog))
            dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
            self.repeat_dialog = dialog
            dialog.open()

        self.session.submit(jobs.providers(), show, self._failed)

    def _planned(self, dialog: RepeatDialog) -> None:
        if dialog.created is not None and not self._closed:
            self.notice.show_message(planned_words(dialog.created[1]), Tone.SUCCESS)

    def _forget_dialog(self, dialog: RepeatDialog) -> None:
        if self.repeat_dialog is dialog:
            self.repeat_dialog = None
        dialog.deleteLater()

    # ----- providers and journal entries -------------------------------------------

    def open_providers(self) -> None:
        """The providers dialog (from the page, or "Manage…" in the editor)."""
        if self._closed:
            return
        if self.providers_dialog is not None:
            self.providers_dialog.raise_()
            self.providers_dialog.activateWindow()
            return
        dialog = ProvidersDialog(self.session, self._clock, self)
        dialog.finished.connect(lambda _result: self._forget_providers(dialog))
        self.providers_dialog = dialog
        dialog.open()
        dialog.load()

    def open_trash(self) -> None:
        """Deleted sessions, to restore or remove for good."""
        if self._closed:
            return
        if self.trash_dialog is not None:
            self.trash_dialog.raise_()
            self.trash_dialog.activateWindow()
            return
        dialog = SessionTrashDialog(self.session, self.today, self)
        dialog.finished.connect(lambda _result: self._forget_trash(dialog))
        self.trash_dialog = dialog
        dialog.open()
        dialog.load()

    def _forget_trash(self, dialog: SessionTrashDialog) -> None:
        if self.trash_dialog is dialog:
            self.trash_dialog = None
        dialog.wipe()
        dialog.deleteLater()

    def _forget_providers(self, dialog: ProvidersDialog) -> None:
        if self.providers_dialog is dialog:
            self.providers_dialog = None
        dialog.deleteLater()

    def open_entry(self, entry_id: int) -> None:
        """Show a linked journal entry in the journal."""
        if self._closed:
            return
        if not self.context.navigate("journal", str(entry_id)):
            self.notice.show_message(
                tr("The journal can't be opened from here just now."), Tone.INFO
            )

    # ----- the calendar file -------------------------------------------------------

    def export_calendar(self) -> None:
        """Warn, ask where, then write the planned sessions to an .ics file."""
        if self._closed:
            return
        include_kind = self.ask_export_options()
        if include_kind is None or self._closed:
            return
        path = self.ask_calendar_path()
        if not path or self._closed:
            return

        def done(result: tuple[Any, int]) -> None:
            if not self._closed:
                self.notice.show_message(
                    tr("Saved {n} planned sessions to the calendar file.").format(n=result[1])
                    if result[1] != 1
                    else tr("Saved 1 planned session to the calendar file."),
                    Tone.SUCCESS,
                )

        def failed(error: BaseException) -> None:
            if not self._closed:
                self.notice.show_message(
                    tr("The calendar file wasn't saved: {reason}").format(reason=reason(error)),
                    Tone.PROBLEM,
                )

        self.session.submit(
            jobs.export_calendar(path, self.today(), LATEST_DAY, include_kind, self._clock),
            done,
            failed,
        )

    # ----- reminders ---------------------------------------------------------------

    def _remind_toggled(self, on: bool) -> None:
        if not self._closed:
            self.reminders.set_enabled(on)
            self.context.settings.set(app_settings.SESSION_REMINDERS, on)

    def _remind_here(self, text: str) -> None:
        """Where the desktop shows no notifications: the page's notice, and a nudge."""
        if self._closed:
            return
        self.notice.show_message(text, Tone.INFO)
        window = self.window()
        if window is not None:
            QApplication.alert(window)

    # ----- changes and locking -----------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Redraw what shows a topic that changed (here or on another page)."""
        from app.journal import ops as journal_ops
        from app.sessions import ops

        if self._closed:
            return
        sessions = changes.touches(ops.SESSIONS, ops.SCHEDULES, ops.PROVIDERS)
        if sessions:
            self.reload_all()
            if self._editor is not None and changes.origin is not self._editor:
                self._editor.reload()
        else:
            if changes.touches(ops.TOPICS):
                self.load_overview()
            if changes.touches(ops.SETTINGS):
                self.load_hours()
            if any(t.name == "invitations.attempts" for t in changes.topics):
                self.load_partner()  # asks noted in the invitation planner
        if not self.editor_is_open():
            return
        if changes.touches(ops.PROVIDERS):
            self.editor.reload_providers()
        # Linked journal entries: one moved to the trash leaves the list (and comes back
        # with it), a new title shows. A new session has none yet.
        linked = self.editor.links.entry_ids()
        entries = self.editor.session_id() is not None and (
            changes.touches(journal_ops.ENTRIES)
            or (bool(linked) and changes.touches(journal_ops.ENTRY_TEXT))
        )
        if entries or changes.touches(ops.HOMEWORK, ops.TOPICS):
            self.editor.reload_lists()

    def before_lock(self) -> None:
        """The vault closes next: queue the editor's last save, then forget everything."""
        if self._closed:
            return
        op = self._editor.last_save_op() if self._editor is not None else None
        if op is not None:
            # Runs on the worker before the vault's close job; no answer is awaited.
            self.session.submit(op)
        self._closed = True
        self.wipe()

    def wipe(self) -> None:
        """Empty every list, field, chart and message (on lock)."""
        self.reminders.clear()
        with QSignalBlocker(self.remind):
            self.remind.setChecked(False)
        if self.repeat_dialog is not None:
            self.repeat_dialog.reject()
        if self.providers_dialog is not None:
            self.providers_dialog.reject()
        if self.trash_dialog is not None:
            self.trash_dialog.reject()
        if self._editor is not None:
            self._editor.shut()
        self.side.setCurrentWidget(self.side_scroll)
        self.upcoming.clear()
        self.past_model.clear()
        self.past_empty.clear()
        self.filters.reset()
        if self._month is not None:
            self._month.clear()
        self.hours.clear()
        self.partner.clear()
        self.notice.dismiss()
