"""The invitation planner page: plans on the left and the chosen plan's guided steps on
the right ("Plan"), and every attempt with how they answered over time ("History").

Everything is read on the database worker: the page shows its frame at once and fills
in as answers arrive. A plan saves itself about a second after each change
(``ui/common/autosave.py``). Changes run as operations (``app.invitations.ops``) and
the page redraws from ``apply_changes``. The history is read 50 attempts at a time,
newest first ("Show more" reads the next 50), so 1,000 attempts open as fast as ten.

Before a new ask inside the pause after the last one (a setting, 14 days by default),
the page says kindly when asking again would be, and lets the person go on anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.invitations.model import MAX_SPACING_DAYS, Attempt, Plan, Spacing
from ui.common.autosave import Autosave, SaveState, SaveStateLabel
from ui.common.design import SPACE
from ui.common.lazy_list import TwoLineDelegate
from ui.common.log_list import LogList
from ui.common.messages import Tone
from ui.common.notice import Notice
from ui.common.scrolling import scroll_area
from ui.common.surfaces import Card, PageHeader, text_label
from ui.common.theme import set_role, set_tone
from ui.invitations import jobs
from ui.invitations.chart import OutcomesPanel
from ui.invitations.words import (
    DOT,
    ROW_CHARS,
    answer_text,
    day_text,
    how_word,
    plural,
    reason,
    reason_label,
    shown,
)
from ui.shell import shortcuts
from ui.shell.context import ModuleContext

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex

    from app.platform.changes import Changes
    from ui.invitations.attempt_dialog import AttemptDialog
    from ui.invitations.plan_editor import PlanEditor

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
LINES_ROLE = Qt.ItemDataRole.UserRole + 1
SPACING_DELAY_MS = 600
SAFETY_MODULE = "safety"
SAFETY_REF = "panel"


def tr(text: str) -> str:
    return QCoreApplication.translate("InvitationsPage", text)


def _lines(index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
    lines = index.data(LINES_ROLE)
    return lines if isinstance(lines, tuple) else ("", "")


def plan_name(plan: Plan) -> str:
    if plan.title.strip():
        return plan.title
    return tr("Plan from {day}").format(day=day_text(plan.created.date()))


def spacing_words(spacing: Spacing, today: date) -> str:
    """The gentle pause in words, or "" when there is nothing to wait for."""
    if spacing.until is None or not spacing.waiting(today) or spacing.last is None:
        return ""
    left = spacing.days_left(today)
    return tr(
        "You last asked on {last}. Giving it until {until} ({left}) can help the next "
        "ask feel less like pressure. You can still go ahead whenever it feels right."
    ).format(
        last=day_text(spacing.last, today=today),
        until=day_text(spacing.until, today=today),
        left=plural(left, "1 more day", "%n more days"),
    )


class AttemptList(LogList):
    """Every attempt, newest first: one row of a few lines each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Attempts, newest first"), tr("Delete this attempt"), parent)

    @staticmethod
    def words(attempt: Attempt, today: date) -> str:
        top = [
            answer_text(attempt.answer),
            day_text(attempt.happened, attempt.at, today),
            how_word(attempt.how),
        ]
        if attempt.feeling is not None:
            top.append(tr("Felt {n} of 10").format(n=attempt.feeling))
        lines = [DOT.join(top)]
        if attempt.they_raised:
            lines.append(tr("They brought it up themselves"))
        if attempt.reason is not None:
            lines.append(tr("Reason: {reason}").format(reason=reason_label(attempt.reason)))
        if attempt.their_words.strip():
            lines.append(shown(attempt.their_words.strip(), ROW_CHARS))
        if attempt.next_step.strip():
            lines.append(
                tr("Next: {text}").format(text=shown(attempt.next_step.strip(), ROW_CHARS))
            )
        return "\n".join(lines)

    def add_attempts(self, attempts: list[Attempt], today: date) -> None:
        for attempt in attempts:
            text = self.words(attempt, today)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, attempt.id)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". ").replace(DOT, ", ")
            )
            self.addItem(item)

    def current_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None or not item.isSelected() else int(item.data(ID_ROLE))

    def select_id(self, attempt_id: int) -> bool:
        for n in range(self.count()):
            if self.item(n).data(ID_ROLE) == attempt_id:
                self.setCurrentRow(n)
                self.scrollToItem(self.item(n))
                return True
        return False


class PlanList(QListWidget):
    """Plans as two-line rows: the name, then how many attempts and when last used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Invitation plans"))
        self.setItemDelegate(TwoLineDelegate(_lines, 0.92, self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_plans(self, found: jobs.Overview, today: date) -> None:
        with QSignalBlocker(self):
            self.clear()
            for summary in found.plans:
                first = shown(plan_name(summary.plan), 120)
                if summary.attempts:
                    second = plural(summary.attempts, "Asked once", "Asked %n times")
                    if summary.last_asked is not None:
                        second += DOT + tr("last on {day}").format(
                            day=day_text(summary.last_asked, today=today)
                        )
                else:
                    second = tr("Not asked yet")
                item = QListWidgetItem(first)
                item.setData(ID_ROLE, summary.plan.id)
                item.setData(LINES_ROLE, (first, second))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{first}. {second}.")
                self.addItem(item)

    def ids(self) -> list[int]:
        return [int(self.item(n).data(ID_ROLE)) for n in range(self.count())]

    def select_id(self, plan_id: int | None) -> None:
        with QSignalBlocker(self):
            for n in range(self.count()):
                if self.item(n).data(ID_ROLE) == plan_id:
                    self.setCurrentRow(n)
                    return
            self.clearSelection()
            self.setCurrentRow(-1)


class InvitationsPage(QWidget):
    """See the module docstring."""

    loaded = Signal()  # the plans and the pause arrived (after opening and each change)
    history_loaded = Signal()

    def __init__(
        self,
        context: ModuleContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        from app.invitations.content import bundled_guide

        self.setObjectName("invitations-page")
        self.setAccessibleName(tr("Inviting my partner"))
        self.context = context
        self.session = context.session
        self.today = today
        self.guide = bundled_guide()
        self._closed = False
        self._plan_id: int | None = None
        self._plan: Plan | None = None
        self._plans: list[tuple[int, str]] = []
        self.spacing: Spacing | None = None
        self._attempts: dict[int, Attempt] = {}
        self._last_attempt: Attempt | None = None
        self._more = False
        self._want_attempt: int | None = None
        self._sequences: dict[str, int] = {}
        self.has_plans: bool | None = None
        self.attempt_dialog: AttemptDialog | None = None
        self.autosave = Autosave(self._store, self)
        self._build()
        self._start()

    def _next(self, kind: str) -> int:
        self._sequences[kind] = self._sequences.get(kind, 0) + 1
        return self._sequences[kind]

    def _current(self, kind: str, sequence: int) -> bool:
        return self._sequences.get(kind) == sequence and not self._closed

    # ----- building ----------------------------------------------------------------

    def _build(self) -> None:
        from ui.invitations.plan_editor import PlanEditor

        self.header = PageHeader(tr("Inviting my partner"), self, name="invitations-header")
        self.header.set_subtitle(
            tr(
                "Plan an invitation to therapy without pressure, note how it went, and look after yourself either way."
            )
        )
        self.new_button = QPushButton(tr("&New plan…"), self)
        self.new_button.setAccessibleName(tr("New invitation plan"))
        self.new_button.setToolTip(
            tr("Start a new plan ({key})").format(
                key=QKeySequence(shortcuts.NEW).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.new_button.clicked.connect(lambda: self.new_plan())
        set_role(self.new_button, "primary")
        self.attempt_button = QPushButton(tr("Note an &attempt…"), self)
        self.attempt_button.setAccessibleName(tr("Note an attempt"))
        self.attempt_button.clicked.connect(lambda: self.log_attempt(plan_id=self._plan_id))
        self.header.add_action(self.attempt_button)
        self.header.add_action(self.new_button)
        self.notice = Notice(self)
        self.pause_words = text_label(self, name="invitations-pause")
        set_tone(self.pause_words, "info")
        self.pause_words.hide()

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Plan or history"))
        self.tabs.addTab(self._build_plans(PlanEditor), tr("P&lan"))
        self.tabs.addTab(self._build_history(), tr("Hi&story"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE.l, SPACE.m, SPACE.m, SPACE.s)
        layout.setSpacing(SPACE.s)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.pause_words)
        layout.addWidget(self.tabs, 1)

        new = QAction(tr("New invitation plan"), self)
        new.setShortcut(QKeySequence(shortcuts.NEW))
        new.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        new.triggered.connect(lambda _checked=False: self.new_plan())
        self.addAction(new)

    def _build_plans(self, editor_class: type[PlanEditor]) -> QWidget:
        left = QWidget(self)
        self.plan_list = PlanList(left)
        self.plan_list.itemSelectionChanged.connect(self._plan_chosen)
        self.plans_empty = text_label(left, muted=True, name="invitations-plans-empty")
        self.plans_empty.setText(
            tr(
                "No plans yet. A plan helps you choose a good moment, think about what "
                "might be behind a no, and find gentle words."
            )
        )
        self.trash_button = QPushButton(tr("Move plan to &trash"), left)
        self.trash_button.setAccessibleName(tr("Move the chosen plan to the trash"))
        self.trash_button.setToolTip(
            tr("Kept in the trash for 30 days; its attempts stay in the history")
        )
        self.trash_button.clicked.connect(self.trash_plan)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, SPACE.s, 0)
        left_layout.addWidget(self.plans_empty)
        left_layout.addWidget(self.plan_list, 1)
        left_layout.addWidget(self.trash_button)

        self.side = QStackedWidget(self)
        self.start_card = Card(
            tr("Plan, ask, note how it went, look after yourself"), "invitations-start", self.side
        )
        self.start_words = start_words = text_label(self.start_card, name="invitations-start-words")
        start_words.setText(
            tr(
                "Inviting a partner to therapy can take more than one try, and their answer "
                "is theirs to give. A plan walks you through five small steps, adapted from "
                "common advice for families in recovery. It does not replace your therapist."
            )
        )
        self.start_button = QPushButton(tr("Start a plan…"), self.start_card)
        self.start_button.setAccessibleName(tr("Start a plan"))
        self.start_button.clicked.connect(lambda: self.new_plan())
        set_role(self.start_button, "primary")
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        self.start_card.body.addWidget(start_words)
        self.start_card.body.addLayout(row)
        start_holder = QWidget(self.side)
        start_layout = QVBoxLayout(start_holder)
        start_layout.addWidget(self.start_card)
        start_layout.addStretch(1)
        self.side.addWidget(start_holder)
        self.start_holder = start_holder

        self.editor = editor_class(self.guide, self)
        self.editor.changed.connect(self.autosave.changed)
        self.editor.unsafe.connect(self.open_safety)
        self.editor.log_requested.connect(lambda: self.log_attempt(plan_id=self._plan_id))
        self.save_state = SaveStateLabel(self.autosave, self)
        holder = QWidget(self)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(SPACE.s, 0, SPACE.m, SPACE.s)
        holder_layout.addWidget(self.save_state)
        holder_layout.addWidget(self.editor)
        self.editor_scroll = scroll_area(holder, self)
        self.side.addWidget(self.editor_scroll)
        # A mnemonic (Alt+O, Alt+Y) moves the keyboard without scrolling: follow it.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
        # The checker's notes grow under the draft as it is typed: keep them in view.
        self.editor.message.timer.timeout.connect(
            lambda: QTimer.singleShot(0, self, self._keep_notes_in_view)
        )

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 800])
        return splitter

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll the plan so the field that has the keyboard shows (the whole message
        field with the checker's notes under it, when its text has the keyboard)."""
        if self._closed or new is None or not self.editor_scroll.isVisible():
            return
        holder = self.editor_scroll.widget()
        if holder is None or not holder.isAncestorOf(new):
            return
        if new is self.editor.message.edit:
            self._keep_notes_in_view()
        else:
            self.editor_scroll.ensureWidgetVisible(new)

    def _keep_notes_in_view(self) -> None:
        message = self.editor.message
        if self._closed or not message.edit.hasFocus():
            return
        self.editor_scroll.ensureWidgetVisible(message, 0, 0)
        self.editor_scroll.ensureWidgetVisible(message.edit, 0, 0)

    def _build_history(self) -> QWidget:
        inner = QWidget(self)
        self.outcomes_card = Card(
            tr("How they answered, month by month"), "invitations-outcomes", inner
        )
        self.outcomes = OutcomesPanel(self.outcomes_card)
        self.outcomes_card.body.addWidget(self.outcomes)

        self.attempts_card = Card(tr("Attempts"), "invitations-attempts", inner)
        self.attempts_empty = text_label(
            self.attempts_card, muted=True, name="invitations-attempts-empty"
        )
        self.attempts_empty.setText(
            tr("No attempts noted yet. When you ask, or try to, you can note how it went here.")
        )
        self.attempts_empty.hide()
        self.attempt_list = AttemptList(self.attempts_card)
        self.attempt_list.itemSelectionChanged.connect(self._attempt_chosen)
        self.attempt_list.edit_requested.connect(self.edit_attempt)
        self.attempt_list.delete_requested.connect(self.delete_attempt)
        self.edit_button = QPushButton(tr("&Change…"), self.attempts_card)
        self.edit_button.setAccessibleName(tr("Change the chosen attempt"))
        self.edit_button.clicked.connect(self.edit_attempt)
        self.delete_button = QPushButton(tr("&Delete"), self.attempts_card)
        self.delete_button.setAccessibleName(tr("Delete the chosen attempt"))
        self.delete_button.setToolTip(tr("Delete the chosen attempt (you can undo it)"))
        self.delete_button.clicked.connect(self.delete_attempt)
        self.more_button = QPushButton(tr("Show &more"), self.attempts_card)
        self.more_button.setAccessibleName(tr("Show older attempts"))
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.more_button)
        self.attempts_card.body.addWidget(self.attempts_empty)
        self.attempts_card.body.addWidget(self.attempt_list)
        self.attempts_card.body.addLayout(actions)

        self.spacing_card = Card(tr("Before asking again"), "invitations-spacing", inner)
        spacing_words = text_label(self.spacing_card, muted=True)
        spacing_words.setText(
            tr(
                "A pause between asks gives you both room. After a maybe, not now or no, "
                "the page suggests waiting this long, unless they bring it up themselves."
            )
        )
        self.spacing_box = QSpinBox(self.spacing_card)
        self.spacing_box.setRange(0, MAX_SPACING_DAYS)
        self.spacing_box.setSuffix(tr(" days"))
        self.spacing_box.setAccessibleName(tr("Days to wait before asking again"))
        spacing_label = QLabel(tr("Wait this many days before asking aga&in"), self.spacing_card)
        spacing_label.setBuddy(self.spacing_box)
        self._spacing_timer = QTimer(self)
        self._spacing_timer.setSingleShot(True)
        self._spacing_timer.setInterval(SPACING_DELAY_MS)
        self._spacing_timer.timeout.connect(self.save_spacing)
        self.spacing_box.valueChanged.connect(lambda _v: self._spacing_timer.start())
        row = QHBoxLayout()
        row.addWidget(spacing_label)
        row.addWidget(self.spacing_box)
        row.addStretch(1)
        self.spacing_card.body.addWidget(spacing_words)
        self.spacing_card.body.addLayout(row)

        layout = QVBoxLayout(inner)
        layout.setContentsMargins(SPACE.s, SPACE.s, SPACE.m, SPACE.s)
        layout.setSpacing(SPACE.l)
        layout.addWidget(self.outcomes_card)
        layout.addWidget(self.attempts_card)
        layout.addWidget(self.spacing_card)
        layout.addStretch(1)
        scroll = scroll_area(inner, self)
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._attempt_chosen()
        return scroll

    def _start(self) -> None:
        self.session.run_op(jobs.purge_expired(), None, self._quiet_error, origin=self)
        self.load_overview()
        self.load_history()

    # ----- reading -----------------------------------------------------------------

    def load_overview(self) -> None:
        if self._closed:
            return
        sequence = self._next("overview")

        def done(found: jobs.Overview) -> None:
            if self._current("overview", sequence):
                self._show_overview(found)

        def failed(error: BaseException) -> None:
            if self._current("overview", sequence):
                self.notice.show_message(
                    tr("Your plans couldn't be read just now: {reason}").format(
                        reason=reason(error)
                    ),
                    Tone.PROBLEM,
                    timeout_ms=0,
                )

        self.session.submit(jobs.overview(), done, failed)

    def _show_overview(self, found: jobs.Overview) -> None:
        today = self.today()
        self.plan_list.show_plans(found, today)
        self._plans = [(s.plan.id, plan_name(s.plan)) for s in found.plans]
        self.has_plans = bool(found.plans)
        self.plans_empty.setVisible(not found.plans)
        self.plan_list.setVisible(bool(found.plans))
        self.trash_button.setVisible(bool(found.plans))
        self.spacing = found.spacing
        words = spacing_words(found.spacing, today)
        self.pause_words.setText(words)
        self.pause_words.setVisible(bool(words))
        if not self._spacing_timer.isActive() and self.spacing_box.value() != found.spacing.days:
            with QSignalBlocker(self.spacing_box):
                self.spacing_box.setValue(found.spacing.days)
        ids = self.plan_list.ids()
        chosen = self._plan_id if self._plan_id in ids else (ids[0] if ids else None)
        self.plan_list.select_id(chosen)
        if chosen != self._plan_id or (chosen is not None and self._plan is None):
            self._show_plan_id(chosen)
        self.loaded.emit()

    def _plan_chosen(self) -> None:
        item = self.plan_list.currentItem()
        if item is None or not item.isSelected() or self._closed:
            return
        plan_id = int(item.data(ID_ROLE))
        if plan_id != self._plan_id:
            self._show_plan_id(plan_id)

    def _show_plan_id(self, plan_id: int | None) -> None:
        """Save what is typed, then read and show ``plan_id`` (None: the start card)."""
        self.autosave.flush()
        self._plan_id = plan_id
        self._plan = None
        if plan_id is None:
            self.autosave.reset(SaveState.NEW)
            self.editor.clear()
            self.side.setCurrentWidget(self.start_holder)
            return
        sequence = self._next("plan")

        def done(plan: Plan) -> None:
            if self._current("plan", sequence) and plan.id == self._plan_id:
                self._plan = plan
                self.autosave.reset(SaveState.SAVED)
                self.editor.show_plan(plan)
                self.side.setCurrentWidget(self.editor_scroll)

        def failed(error: BaseException) -> None:
            if self._current("plan", sequence):
                self.notice.show_message(reason(error), Tone.PROBLEM)

        self.session.submit(jobs.plan(plan_id), done, failed)

    def load_history(self, keep: int = 0) -> None:
        """The chart and the attempts afresh (as many as were shown: ``keep``)."""
        if self._closed:
            return
        sequence = self._next("history")
        chart_sequence = self._next("chart")
        wanted = keep if self._more else keep + jobs.PAGE_SIZE
        limit = min(max(jobs.PAGE_SIZE, wanted), jobs.MAX_PAGE)
        chosen = self.attempt_list.current_id()

        def done(page: jobs.HistoryPage) -> None:
            if not self._current("history", sequence):
                return
            with QSignalBlocker(self.attempt_list):
                self.attempt_list.clear()
            self._attempts = {}
            self._add_page(page)
            want = self._want_attempt if self._want_attempt is not None else chosen
            self._want_attempt = None
            if want is not None:
                self.attempt_list.select_id(want)
            self._attempt_chosen()
            self.history_loaded.emit()

        def failed(error: BaseException) -> None:
            if self._current("history", sequence):
                self.notice.show_message(reason(error), Tone.PROBLEM)

        def chart_done(outcomes: jobs.Outcomes) -> None:
            if self._current("chart", chart_sequence):
                self.outcomes.show_outcomes(outcomes)

        def chart_failed(error: BaseException) -> None:
            if self._current("chart", chart_sequence):
                self.outcomes.show_problem(
                    tr("This chart couldn't be drawn just now: {reason}").format(
                        reason=reason(error)
                    )
                )

        self.session.submit(jobs.history(None, limit), done, failed)
        self.session.submit(jobs.outcomes(self.today()), chart_done, chart_failed)

    def load_more(self) -> None:
        if self._closed or not self._more:
            return
        sequence = self._sequences.get("history", 0)

        def done(page: jobs.HistoryPage) -> None:
            if self._current("history", sequence):
                self._add_page(page)

        self.session.submit(jobs.history(self._last_attempt), done, self._quiet_error)

    def _add_page(self, page: jobs.HistoryPage) -> None:
        self.attempt_list.add_attempts(page.attempts, self.today())
        for attempt in page.attempts:
            self._attempts[attempt.id] = attempt
        if page.attempts:
            self._last_attempt = page.attempts[-1]
        elif not self._attempts:
            self._last_attempt = None
        self._more = page.more
        self.more_button.setVisible(page.more)
        empty = not self._attempts
        self.attempts_empty.setVisible(empty)
        self.attempt_list.setVisible(not empty)
        self.edit_button.setVisible(not empty)
        self.delete_button.setVisible(not empty)

    def _attempt_chosen(self) -> None:
        chosen = self.attempt_list.current_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def shown_attempt_ids(self) -> list[int]:
        return [
            int(self.attempt_list.item(n).data(ID_ROLE)) for n in range(self.attempt_list.count())
        ]

    def _quiet_error(self, error: BaseException) -> None:
        log.error("invitations job failed: %s", type(error).__name__)

    # ----- the gentle pause ---------------------------------------------------------

    def _after_pause(self, go_on: Callable[[], None]) -> None:
        """Go on at once, or (inside the pause) say kindly when asking again would be,
        with "Go on anyway"."""
        spacing, today = self.spacing, self.today()
        if spacing is None or not spacing.waiting(today) or spacing.until is None:
            go_on()
            return
        self.notice.show_message(
            tr(
                "It has been a short while since you last asked. Waiting until {until} may "
                "make it easier for you both, but it is your choice."
            ).format(until=day_text(spacing.until, today=today)),
            Tone.INFO,
            action=(tr("Go on anyway"), go_on),
            timeout_ms=0,
        )
        # The choice to make now: Space goes on, Tab moves past it.
        self.notice.action_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- plans -------------------------------------------------------------------

    def new_plan(self) -> None:
        if not self._closed:
            self._after_pause(self._create_plan)

    def _create_plan(self) -> None:
        from app.invitations.model import PlanDraft

        if self._closed:
            return
        self.autosave.flush()

        def done(plan: Plan) -> None:
            if self._closed:
                return
            self.notice.dismiss()
            self.tabs.setCurrentIndex(0)
            self._plan_id = None  # shown afresh when the list arrives
            self._select_after_load(plan.id)

        self.session.run_op(jobs.create_plan(PlanDraft()), done, self._failed, origin=self)

    def _select_after_load(self, plan_id: int) -> None:
        def chosen() -> None:
            self.loaded.disconnect(chosen)
            if not self._closed:
                self.plan_list.select_id(plan_id)
                self._show_plan_id(plan_id)
                self.editor.focus_first()

        self.loaded.connect(chosen)

    def _store(self) -> None:
        plan_id = self._plan_id
        if plan_id is None or self._closed:
            self.autosave.discard()
            return
        ticket = self.autosave.begin()
        draft = self.editor.draft()

        def done(plan: Plan) -> None:
            self.autosave.finished(ticket)
            if plan.id == self._plan_id:
                self._plan = plan

        def failed(error: BaseException) -> None:
            self.autosave.failed(ticket)
            if not self._closed:
                self.notice.show_message(
                    tr("Not saved yet: {reason}").format(reason=reason(error)), Tone.PROBLEM
                )

        self.session.run_op(jobs.update_plan(plan_id, draft), done, failed, origin=self.editor)

    def trash_plan(self) -> None:
        plan_id = self._plan_id
        if self._closed or plan_id is None:
            return
        self.autosave.flush()

        def done(_value: object) -> None:
            if self._closed:
                return
            self.notice.show_message(
                tr("The plan is in the trash. Its attempts stay in your history."),
                Tone.INFO,
                action=(tr("Undo"), lambda: self.restore_plan(plan_id)),
            )

        self.session.run_op(jobs.trash_plan(plan_id), done, self._failed, origin=self)

    def restore_plan(self, plan_id: int) -> None:
        if self._closed:
            return

        def done(_plan: Plan) -> None:
            if not self._closed:
                self._select_after_load(plan_id)
                self.notice.show_message(tr("The plan is back."), Tone.SUCCESS)

        self.session.run_op(jobs.restore_plan(plan_id), done, self._failed, origin=self)

    def open_safety(self) -> None:
        """ "It feels unsafe": the safety panel instead of a plan."""
        if not self.context.navigate(SAFETY_MODULE, SAFETY_REF):
            self.editor.show_unsafe_help()

    # ----- attempts ----------------------------------------------------------------

    def log_attempt(self, plan_id: int | None = None, *, attempt: Attempt | None = None) -> None:
        if self._closed:
            return
        if attempt is None:
            self._after_pause(lambda: self._open_attempt_dialog(plan_id, None))
        else:
            self._open_attempt_dialog(attempt.plan_id, attempt)

    def _open_attempt_dialog(self, plan_id: int | None, attempt: Attempt | None) -> None:
        from ui.invitations.attempt_dialog import AttemptDialog

        if self._closed:
            return
        if self.attempt_dialog is not None:
            self.attempt_dialog.raise_()
            self.attempt_dialog.activateWindow()
            return
        self.autosave.flush()
        self.notice.dismiss()
        dialog = AttemptDialog(
            self.session,
            self.today(),
            self._plans,
            self,
            attempt=attempt,
            plan_id=plan_id,
            origin=self,
        )
        dialog.saved.connect(self._attempt_saved)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.attempt_dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: AttemptDialog) -> None:
        if self.attempt_dialog is dialog:
            self.attempt_dialog = None
        dialog.wipe()
        dialog.deleteLater()

    def _attempt_saved(self, attempt: object) -> None:
        if not self._closed and isinstance(attempt, Attempt):
            self._want_attempt = attempt.id

    def chosen_attempt(self) -> Attempt | None:
        attempt_id = self.attempt_list.current_id()
        return None if attempt_id is None else self._attempts.get(attempt_id)

    def edit_attempt(self) -> None:
        attempt = self.chosen_attempt()
        if attempt is not None:
            self.log_attempt(attempt=attempt)

    def delete_attempt(self) -> None:
        """Delete the chosen attempt; Undo notes it again as it was."""
        attempt = self.chosen_attempt()
        if self._closed or attempt is None:
            return

        def done(_value: object) -> None:
            if not self._closed:
                self.notice.show_message(
                    tr("The attempt was deleted."),
                    Tone.INFO,
                    action=(tr("Undo"), lambda: self._log_again(attempt)),
                )

        self.session.run_op(jobs.delete_attempt(attempt.id), done, self._failed, origin=self)

    def _log_again(self, attempt: Attempt) -> None:
        if self._closed:
            return

        def done(stored: Attempt) -> None:
            if not self._closed:
                self._want_attempt = stored.id
                self.notice.show_message(tr("The attempt is back."), Tone.SUCCESS)

        self.session.run_op(jobs.log_attempt(attempt.to_draft()), done, self._failed, origin=self)

    def save_spacing(self) -> None:
        self._spacing_timer.stop()
        if self._closed:
            return
        self.session.run_op(
            jobs.set_spacing(self.spacing_box.value()), None, self._failed, origin=self
        )

    def _failed(self, error: BaseException) -> None:
        if not self._closed:
            self.notice.show_message(
                tr("That didn't work: {reason}").format(reason=reason(error)), Tone.PROBLEM
            )

    # ----- another page asked ------------------------------------------------------

    def show_item(self, ref: str) -> None:
        """Show an attempt (``ref`` is its id, as in the timeline) in the history."""
        try:
            attempt_id = int(ref)
        except ValueError:
            return
        if self._closed:
            return
        self.tabs.setCurrentIndex(1)
        if not self.attempt_list.select_id(attempt_id):
            self._want_attempt = attempt_id
            self.load_history(keep=len(self._attempts))

    # ----- changes and locking -----------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        from app.invitations import ops

        if self._closed or not changes.touches(*ops.ALL_TOPICS):
            return
        self.load_overview()
        if changes.touches(ops.ATTEMPTS):
            self.load_history(keep=len(self._attempts))

    def before_lock(self) -> None:
        """The vault closes next: queue the last save, then forget everything shown."""
        if self._closed:
            return
        self.autosave.flush()
        self._spacing_timer.stop()
        self.autosave.close()
        self._closed = True
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._follow_focus)
        self.wipe()

    def wipe(self) -> None:
        if self.attempt_dialog is not None:
            self.attempt_dialog.wipe()
            self.attempt_dialog.reject()
        self.plan_list.clear()
        self.attempt_list.clear()
        self.editor.clear()
        self.outcomes.clear()
        self.pause_words.clear()
        self.save_state.clear()
        self._plan = None
        self._plan_id = None
        self._attempts = {}
        self._last_attempt = None
        self.notice.dismiss()
