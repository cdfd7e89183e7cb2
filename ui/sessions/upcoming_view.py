"""Upcoming: sessions already over that wait for a word (attended, missed, cancelled),
the next session with the topics to bring up there, and every planned session after.
With no sessions at all it invites the person to add one or set up a schedule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.sessions.model import SessionSummary, Status, Topic
from ui.sessions.session_list import Row, SessionListModel, SessionTable
from ui.sessions.topics import TopicList
from ui.sessions.words import PLAIN, plural

# Sessions waiting for a word, shown with their buttons; the rest are counted.
UNMARKED_SHOWN = 5
MARKS = (Status.ATTENDED, Status.MISSED, Status.CANCELLED)


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionUpcoming", text)


def _mark_words(status: Status) -> tuple[str, str]:
    """A button's text and the start of its accessible name."""
    return {
        Status.ATTENDED: (tr("Attended"), tr("I attended")),
        Status.MISSED: (tr("Missed"), tr("I missed")),
        Status.CANCELLED: (tr("Cancelled"), tr("It was cancelled:")),
    }[status]


def _bold(label: QLabel, scale: float = 1.0) -> None:
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)


class UpcomingView(QWidget):
    """See the module docstring."""

    mark_requested = Signal(int, object)  # session id, Status
    open_requested = Signal(int)
    topic_toggled = Signal(int, int, bool)  # topic id, session id, ticked off
    topic_added = Signal(str)
    new_requested = Signal()
    repeat_requested = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._next: SessionSummary | None = None
        self.mark_buttons: dict[tuple[int, Status], QPushButton] = {}

        # No sessions at all: an invitation.
        self.empty = QFrame(self)
        self.empty.setObjectName("sessions-empty")
        self.empty_text = QLabel(self.empty)
        self.empty_text.setTextFormat(PLAIN)
        self.empty_text.setWordWrap(True)
        self.empty_text.setAccessibleName(tr("Getting started"))
        self.empty_new = QPushButton(tr("Add a session"), self.empty)
        self.empty_new.setAccessibleName(tr("Add a session"))
        self.empty_new.clicked.connect(self.new_requested.emit)
        self.empty_repeat = QPushButton(tr("Set up a repeating schedule"), self.empty)
        self.empty_repeat.setAccessibleName(tr("Set up a repeating schedule"))
        self.empty_repeat.clicked.connect(self.repeat_requested.emit)
        empty_buttons = QHBoxLayout()
        empty_buttons.addWidget(self.empty_new)
        empty_buttons.addWidget(self.empty_repeat)
        empty_buttons.addStretch(1)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(0, 8, 0, 8)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addSpacing(4)
        empty_layout.addLayout(empty_buttons)
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        # Over, not marked yet.
        self.unmarked_box = QGroupBox(tr("How did these go?"), self)
        self.unmarked_box.setAccessibleName(tr("Sessions that are over, waiting for a word"))
        self.unmarked_grid = QGridLayout(self.unmarked_box)
        self.unmarked_grid.setColumnStretch(0, 1)
        self.unmarked_more = QLabel(self.unmarked_box)
        self.unmarked_more.setTextFormat(PLAIN)
        self.unmarked_more.setWordWrap(True)

        # The next session and what to bring up there.
        self.next_box = QGroupBox(tr("Next session"), self)
        self.next_box.setAccessibleName(tr("Next session"))
        self.next_label = QLabel(self.next_box)
        self.next_label.setTextFormat(PLAIN)
        self.next_label.setWordWrap(True)
        self.next_label.setAccessibleName(tr("The next session"))
        _bold(self.next_label)
        self.next_details = QLabel(self.next_box)
        self.next_details.setTextFormat(PLAIN)
        self.next_details.setWordWrap(True)
        self.open_next = QPushButton(tr("Open"), self.next_box)
        self.open_next.setAccessibleName(tr("Open the next session"))
        self.open_next.clicked.connect(self._open_next)
        self.topics_title = QLabel(tr("To bring up"), self.next_box)
        _bold(self.topics_title)
        self.topics = TopicList(self.next_box)
        self.topics.toggled.connect(self._topic_toggled)
        self.topics.add_requested.connect(self.topic_added.emit)
        next_top = QHBoxLayout()
        next_text = QVBoxLayout()
        next_text.addWidget(self.next_label)
        next_text.addWidget(self.next_details)
        next_top.addLayout(next_text, 1)
        next_top.addWidget(self.open_next, 0, Qt.AlignmentFlag.AlignTop)
        next_layout = QVBoxLayout(self.next_box)
        next_layout.addLayout(next_top)
        next_layout.addWidget(self.topics_title)
        next_layout.addWidget(self.topics)

        # Everything planned after.
        self.list_title = QLabel(tr("Coming up"), self)
        _bold(self.list_title)
        self.model = SessionListModel(today, parent=self)
        self.list = SessionTable(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(tr("Planned sessions, soonest first"))
        self.list.open_requested.connect(self.open_requested.emit)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.list.setMinimumHeight(120)
        self.list_empty = QLabel(self)
        self.list_empty.setTextFormat(PLAIN)
        self.list_empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.empty)
        layout.addWidget(self.unmarked_box)
        layout.addWidget(self.next_box)
        layout.addWidget(self.list_title)
        layout.addWidget(self.list_empty)
        layout.addWidget(self.list, 1)
        layout.addStretch(0)  # takes the room when the list is hidden
        self.clear()

    # ----- showing -----------------------------------------------------------------

    def show_overview(
        self,
        upcoming: list[SessionSummary],
        unmarked: list[SessionSummary],
        topics: list[Topic],
        has_past: bool,
    ) -> None:
        nothing_at_all = not upcoming and not unmarked and not has_past
        self.empty.setVisible(nothing_at_all)
        self.empty_text.setText(
            tr(
                "No sessions here yet. Add your next appointment, or set up a repeating "
                "schedule if your program meets on the same days each week."
            )
        )
        self._show_unmarked(unmarked)
        self._next = upcoming[0] if upcoming else None
        later = upcoming[1:]
        today = self._today()
        if self._next is not None:
            row = Row.of(self._next, today)
            self.next_label.setText(row.headline)
            self.next_details.setText(row.details)
            self.next_box.setTitle(tr("Next session"))
            self.open_next.show()
            self.topics_title.setText(tr("To bring up there"))
        else:
            self.next_label.setText(tr("Nothing planned right now."))
            self.next_details.setText(
                tr("Topics you add here wait for your next session.") if not nothing_at_all else ""
            )
            self.next_box.setTitle(tr("Bring up next time"))
            self.open_next.hide()
            self.topics_title.setText(tr("To bring up"))
        self.next_details.setVisible(bool(self.next_details.text()))
        self.next_box.setVisible(not nothing_at_all or bool(topics))
        self.topics.set_topics(topics, self._next.id if self._next is not None else None)
        self.model.set_rows(later)
        self.list_title.setVisible(not nothing_at_all)
        self.list.setVisible(bool(later))
        if later:
            self.list_empty.setText("")
        elif self._next is not None:
            self.list_empty.setText(tr("Nothing else planned after that yet."))
        elif not nothing_at_all:
            self.list_empty.setText(tr("When you know your next session, add it with New session."))
        else:
            self.list_empty.setText("")
        self.list_empty.setVisible(bool(self.list_empty.text()))

    def _show_unmarked(self, unmarked: list[SessionSummary]) -> None:
        had_focus = any(button.hasFocus() for button in self.mark_buttons.values())
        while self.unmarked_grid.count():
            item = self.unmarked_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.unmarked_more:
                widget.hide()
                widget.setParent(None)  # out of the focus chain now, not at deletion
                widget.deleteLater()
        self.mark_buttons = {}
        today = self._today()
        for number, summary in enumerate(unmarked[:UNMARKED_SHOWN]):
            row = Row.of(summary, today)
            label = QLabel(row.headline, self.unmarked_box)
            label.setTextFormat(PLAIN)
            label.setWordWrap(True)
            label.setToolTip(row.details)
            self.unmarked_grid.addWidget(label, number, 0)
            for column, status in enumerate(MARKS, start=1):
                text, spoken = _mark_words(status)
                button = QPushButton(text, self.unmarked_box)
                button.setAccessibleName(f"{spoken} {row.headline}")
                button.clicked.connect(
                    lambda _checked=False, s=summary.id, st=status: self.mark_requested.emit(s, st)
                )
                self.unmarked_grid.addWidget(button, number, column)
                self.mark_buttons[(summary.id, status)] = button
        extra = len(unmarked) - UNMARKED_SHOWN
        if extra > 0:
            self.unmarked_more.setText(
                plural(
                    extra,
                    "1 more is waiting; you'll find it under Past.",
                    "%Ln more are waiting; you'll find them under Past.",
                    "SessionUpcoming",
                )
            )
            self.unmarked_grid.addWidget(self.unmarked_more, UNMARKED_SHOWN, 0, 1, 4)
            self.unmarked_more.show()
        else:
            self.unmarked_more.hide()
        self.unmarked_box.setVisible(bool(unmarked))
        self._order_mark_buttons(had_focus)

    def _order_mark_buttons(self, had_focus: bool) -> None:
        """Buttons made after the rest of the page would come last in the Tab order;
        put them where they sit, at the top, and keep the keyboard on them after a
        click rebuilt them."""
        buttons = list(self.mark_buttons.values())
        if buttons:
            previous = self.open_next.previousInFocusChain()
            for button in buttons:
                QWidget.setTabOrder(previous, button)
                previous = button
        if not had_focus:
            return
        if buttons:
            # New children of a shown widget appear a moment later (Qt shows them from
            # the event loop); focus needs the button shown now.
            buttons[0].show()
            buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.open_next.isVisible():
            self.open_next.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_session(self) -> SessionSummary | None:
        return self._next

    def _open_next(self) -> None:
        if self._next is not None:
            self.open_requested.emit(self._next.id)

    def _topic_toggled(self, topic_id: int, done: bool) -> None:
        if self._next is not None:
            self.topic_toggled.emit(topic_id, self._next.id, done)

    def show_problem(self, text: str) -> None:
        self.list_empty.setText(text)
        self.list_empty.show()

    def clear(self) -> None:
        self._next = None
        self._show_unmarked([])
        self.model.clear()
        self.topics.clear()
        self.next_label.clear()
        self.next_details.clear()
        self.list_empty.clear()
        self.empty.hide()
        self.next_box.hide()
        self.list.hide()
        self.list_title.hide()
        self.list_empty.hide()
