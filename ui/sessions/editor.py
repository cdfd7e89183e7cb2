"""The session editor: a side panel of the sessions page for one session, new or saved.

Date, time and length (or an end time), kind, format, status, provider, the two notes,
feelings before and after, the partner's answer; then the session's homework, the
journal entries linked to it (opened in the journal from there) and the "bring up"
topics. Saving runs on the worker; a refused value shows the core's one sentence and
changes nothing. Ctrl+S saves, Escape closes (asking only when something is unsaved).
A session made by a schedule asks whether a change of time, length, kind, format or
provider is for this one only or for this one and all that follow.

The questions (discard? which ones? delete?) are attributes, so tests can answer them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.sessions.model import (
    LATEST_DAY,
    MAX_FEELING,
    MAX_HOMEWORK_CHARS,
    MAX_MINUTES,
    MAX_NAME_CHARS,
    MAX_PARTNER_WORDS_CHARS,
    MIN_MINUTES,
    DeclineReason,
    DeletionInfo,
    Format,
    HomeworkItem,
    Partner,
    PartnerResponse,
    Provider,
    Schedule,
    SchedulePattern,
    Session,
    SessionDraft,
    SessionSummary,
    Status,
)
from ui.common.messages import MessageBanner, Tone
from ui.common.scrolling import scroll_area
from ui.common.sensitive import wipe_line_edit
from ui.sessions import jobs
from ui.sessions.choices import format_box, kind_box, provider_box
from ui.sessions.entry_links import EntryLinksBox
from ui.sessions.entry_picker import EntryPicker
from ui.sessions.layout import fit_list_height
from ui.sessions.topics import TopicList
from ui.sessions.words import (
    DOT,
    PLAIN,
    day_text,
    kind_choices,
    kind_name,
    long_day_text,
    plural,
    pydate,
    pytime,
    qdate,
    qtime,
    reason,
    reason_label,
    response_label,
    shown,
    status_name,
    time_text,
    weekday_name,
)

if TYPE_CHECKING:
    from ui.shell.session import Session as VaultSession

SAVE_KEY = "Ctrl+S"
CLOSE_KEY = "Escape"
OVERLAP_DELAY_MS = 250
DEFAULT_MINUTES = 60
EARLIEST = date(1970, 1, 1)

ItemRole = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionEditor", text)


def _native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class Scope(Enum):
    """Which sessions a change to a schedule's session is for."""

    ONE = "one"
    FOLLOWING = "following"


class Discard(Enum):
    SAVE = "save"
    DISCARD = "discard"


# ----- the questions (replaceable) ------------------------------------------------------


def ask_scope(parent: QWidget) -> Scope | None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("A repeating session"))
    box.setText(tr("This session repeats. Change only this one, or this one and all that follow?"))
    one = box.addButton(tr("Only this one"), QMessageBox.ButtonRole.AcceptRole)
    following = box.addButton(tr("This and all following"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(one)
    box.exec()
    clicked = box.clickedButton()
    return Scope.ONE if clicked is one else Scope.FOLLOWING if clicked is following else None


def ask_discard(parent: QWidget) -> Discard | None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(tr("Save your changes to this session?"))
    save = box.addButton(tr("Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("Don't save"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return Discard.SAVE if clicked is save else Discard.DISCARD if clicked is discard else None


def deletion_words(info: DeletionInfo) -> str:
    """What goes to the trash with a session, in a sentence or two."""
    parts: list[str] = []
    if info.homework:
        items = plural(info.homework, "1 homework item", "%Ln homework items", "SessionEditor")
        if info.open_homework:
            parts.append(
                tr("Its {items} go with it ({open} not done yet).").format(
                    items=items, open=QLocale().toString(info.open_homework)
                )
            )
        else:
            parts.append(tr("Its {items} go with it.").format(items=items))
    if info.topics:
        parts.append(
            plural(
                info.topics,
                "So does 1 topic you ticked off there.",
                "So do %Ln topics you ticked off there.",
                "SessionEditor",
            )
        )
    if info.entries:
        parts.append(tr("Linked journal entries stay in your journal."))
    if not parts:
        parts.append(tr("It has no homework."))
    parts.append(tr("It stays in the trash for 30 days (Trash… on the Sessions page)."))
    return " ".join(parts)


def confirm_delete(parent: QWidget, info: DeletionInfo) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Move to the trash?"))
    box.setText(tr("Move this session to the trash?"))
    box.setInformativeText(deletion_words(info))
    delete = box.addButton(tr("Move to the trash"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is delete


def confirm_end_schedule(parent: QWidget, last_day: date) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("End this schedule?"))
    box.setText(tr("End this repeating schedule after {day}?").format(day=long_day_text(last_day)))
    box.setInformativeText(
        tr(
            "Planned sessions after that day are taken off your list. Any you've written "
            "something in are kept."
        )
    )
    end = box.addButton(tr("End the schedule"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is end


def schedule_words(schedule: Schedule) -> str:
    """ "Repeats every Tuesday and Thursday at 18:00." """
    days = sorted(schedule.pattern.weekdays)
    names = [weekday_name(d) for d in days]
    listed = (
        names[0]
        if len(names) == 1
        else tr("{some} and {last}").format(some=", ".join(names[:-1]), last=names[-1])
    )
    text = tr("Repeats every {days} at {time}.").format(
        days=listed, time=time_text(schedule.pattern.start_time)
    )
    if schedule.last_day is not None:
        text += " " + tr("Until {day}.").format(day=day_text(schedule.last_day))
    return text


# ----- homework -----------------------------------------------------------------------


class HomeworkBox(QGroupBox):
    """A session's homework: tick done, add (with an optional due date), edit, delete."""

    add_requested = Signal(str, object)  # text, due date or None
    save_requested = Signal(int, str, object)  # item id, text, due date or None
    done_toggled = Signal(int, bool)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Homework"), parent)
        self.setAccessibleName(tr("Homework"))
        self._editing: int | None = None
        self._items: dict[int, HomeworkItem] = {}
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Homework from this session"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentItemChanged.connect(lambda *_args: self._selection_changed())
        self.hint = QLabel(self)
        self.hint.setTextFormat(PLAIN)
        self.hint.setWordWrap(True)
        self.text = QLineEdit(self)
        self.text.setMaxLength(MAX_HOMEWORK_CHARS)
        self.text.setPlaceholderText(tr("Something to try before next time"))
        self.text.setAccessibleName(tr("Homework text"))
        self.text.returnPressed.connect(self._submit)
        self.has_due = QCheckBox(tr("Due"), self)
        self.has_due.setAccessibleName(tr("Give it a due date"))
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(tr("ddd d MMM yyyy"))
        self.due.setMinimumDate(qdate(EARLIEST))
        self.due.setMaximumDate(qdate(LATEST_DAY))
        self.due.setAccessibleName(tr("Homework due date"))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.add_button = QPushButton(tr("Add"), self)
        self.add_button.setAccessibleName(tr("Add homework"))
        self.add_button.clicked.connect(self._submit)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setAccessibleName(tr("Stop changing this homework"))
        self.cancel_button.clicked.connect(self.stop_editing)
        self.cancel_button.hide()
        self.edit_button = QPushButton(tr("Change…"), self)
        self.edit_button.setAccessibleName(tr("Change the chosen homework"))
        self.edit_button.clicked.connect(self._start_editing)
        self.delete_button = QPushButton(tr("Remove"), self)
        self.delete_button.setAccessibleName(tr("Remove the chosen homework"))
        self.delete_button.clicked.connect(self._delete)

        entry = QHBoxLayout()
        entry.addWidget(self.text, 1)
        entry.addWidget(self.has_due)
        entry.addWidget(self.due)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addLayout(entry)
        layout.addLayout(actions)
        self.set_items([], today=date.today(), saved=False)

    def set_items(self, items: list[HomeworkItem], *, today: date, saved: bool = True) -> None:
        self._items = {item.id: item for item in items}
        current = self.current_id()
        with QSignalBlocker(self.list):
            self.list.clear()
            for item in items:
                row = QListWidgetItem(self._label(item, today))
                row.setData(ItemRole, item.id)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
                self.list.addItem(row)
                if item.id == current:
                    self.list.setCurrentItem(row)
        fit_list_height(self.list, 5)
        self.list.setVisible(bool(items))
        if not saved:
            self.hint.setText(tr("Once the session is saved, you can add homework here."))
        elif not items:
            self.hint.setText(tr("No homework from this session. Add some if you were given any."))
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))
        for widget in (self.text, self.has_due, self.add_button):
            widget.setEnabled(saved)
        self.due.setEnabled(saved and self.has_due.isChecked())
        if not self.has_due.isChecked():
            self.due.setDate(qdate(today + timedelta(days=7)))
        if self._editing is not None and self._editing not in self._items:
            self.stop_editing()
        self._selection_changed()

    @staticmethod
    def _label(item: HomeworkItem, today: date) -> str:
        text = shown(item.text)
        if item.due is not None:
            text += DOT + tr("due {day}").format(day=day_text(item.due, today, in_sentence=True))
        return text

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(ItemRole))

    def item_for(self, text: str) -> QListWidgetItem | None:
        for number in range(self.list.count()):
            item = self.list.item(number)
            if self._items[int(item.data(ItemRole))].text == text:
                return item
        return None

    def _selection_changed(self) -> None:
        chosen = self.current_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _item_changed(self, row: QListWidgetItem) -> None:
        self.done_toggled.emit(int(row.data(ItemRole)), row.checkState() == Qt.CheckState.Checked)

    def _due(self) -> date | None:
        return pydate(self.due.date()) if self.has_due.isChecked() else None

    def _submit(self) -> None:
        text = self.text.text().strip()
        if not text:
            return
        if self._editing is None:
            self.add_requested.emit(text, self._due())
        else:
            self.save_requested.emit(self._editing, text, self._due())

    def _start_editing(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        item = self._items[item_id]
        self._editing = item_id
        self.text.setText(item.text)
        self.has_due.setChecked(item.due is not None)
        if item.due is not None:
            self.due.setDate(qdate(item.due))
        self.add_button.setText(tr("Save change"))
        self.add_button.setAccessibleName(tr("Save the change to this homework"))
        self.cancel_button.show()
        self.text.setFocus()

    def stop_editing(self) -> None:
        self._editing = None
        wipe_line_edit(self.text)
        self.has_due.setChecked(False)
        self.add_button.setText(tr("Add"))
        self.add_button.setAccessibleName(tr("Add homework"))
        self.cancel_button.hide()

    def stored(self) -> None:
        """The homework typed was stored: ready for the next."""
        self.stop_editing()

    def _delete(self) -> None:
        item_id = self.current_id()
        if item_id is not None:
            self.delete_requested.emit(item_id)

    def clear(self) -> None:
        self.stop_editing()
        self.set_items([], today=date.today(), saved=False)


# ----- the editor ---------------------------------------------------------------------


class SessionEditor(QWidget):
    """One session's fields, homework and topics (see the module docstring)."""

    saved = Signal(int)  # session id, after each save
    deleted = Signal(int)  # moved to the trash (the page offers Undo)
    closed = Signal()
    save_failed = Signal()  # a save was refused (its sentence is in the banner)
    message = Signal(str)  # something for the page's banner (the editor is closing)
    entry_open_requested = Signal(int)  # a linked journal entry, to open in the journal
    providers_requested = Signal()  # "Manage…" next to the provider

    def __init__(
        self,
        session: VaultSession,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("session-editor")
        self.setAccessibleName(tr("Session"))
        self.session = session
        self._clock = clock
        self._session_id: int | None = None
        self._current: Session | None = None
        self._schedule: Schedule | None = None
        self._providers: list[Provider] = []
        self._dirty = False
        self._loading = False
        self._closed = False
        self._end_mode = False  # the person set an end time rather than a length
        self._new = False  # a new session, not stored yet
        self._saving = False  # a save that closes the editor is on its way
        self._sequence = 0
        self._overlap_sequence = 0
        self._providers_sequence = 0
        self.picker: EntryPicker | None = None  # "Link an entry", while open
        # The questions, replaceable in tests.
        self.ask_scope: Callable[[], Scope | None] = lambda: ask_scope(self)
        self.ask_discard: Callable[[], Discard | None] = lambda: ask_discard(self)
        self.confirm_delete: Callable[[DeletionInfo], bool] = lambda info: confirm_delete(
            self, info
        )
        self.confirm_end_schedule: Callable[[date], bool] = lambda day: confirm_end_schedule(
            self, day
        )
        self._build()
        self._bind_keys()

    # ----- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setTextFormat(PLAIN)
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.close_button = QToolButton(self)
        self.close_button.setText("\u2715")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(tr("Close the session"))
        self.close_button.setToolTip(tr("Close ({key})").format(key=_native(CLOSE_KEY)))
        self.close_button.clicked.connect(self.request_close)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

        self.banner = MessageBanner(self)
        self.overlap_note = QLabel(self)
        self.overlap_note.setTextFormat(PLAIN)
        self.overlap_note.setWordWrap(True)
        self.overlap_note.setAccessibleName(tr("Other sessions at this time"))
        self.overlap_note.hide()
        self._overlap_timer = QTimer(self)
        self._overlap_timer.setSingleShot(True)
        self._overlap_timer.setInterval(OVERLAP_DELAY_MS)
        self._overlap_timer.timeout.connect(self.check_overlaps)

        self.schedule_note = QLabel(self)
        self.schedule_note.setTextFormat(PLAIN)
        self.schedule_note.setWordWrap(True)
        self.schedule_note.setAccessibleName(tr("About this session's schedule"))
        self.end_schedule_button = QPushButton(tr("End this schedule…"), self)
        self.end_schedule_button.setAccessibleName(tr("End this repeating schedule"))
        self.end_schedule_button.clicked.connect(self.end_schedule)
        schedule_row = QHBoxLayout()
        schedule_row.addWidget(self.schedule_note, 1)
        schedule_row.addWidget(self.end_schedule_button)
        self.schedule_box = QFrame(self)
        self.schedule_box.setLayout(schedule_row)
        schedule_row.setContentsMargins(0, 0, 0, 0)
        self.schedule_box.hide()

        body = QWidget(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.date = QDateEdit(body)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(tr("ddd d MMM yyyy"))
        self.date.setMinimumDate(qdate(EARLIEST))
        self.date.setMaximumDate(qdate(LATEST_DAY))
        self.date.setAccessibleName(tr("Date"))
        self.start = QTimeEdit(body)
        self.start.setAccessibleName(tr("Start time"))
        self.minutes = QSpinBox(body)
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(tr(" min"))
        self.minutes.setAccessibleName(tr("Length in minutes"))
        self.end = QTimeEdit(body)
        self.end.setAccessibleName(tr("End time"))
        self.end.setToolTip(tr("Or set when it ends"))
        when = QHBoxLayout()
        when.addWidget(self.date, 1)
        when.addWidget(QLabel(tr("at"), body))
        when.addWidget(self.start)
        length = QHBoxLayout()
        length.addWidget(self.minutes)
        ends_label = QLabel(tr("ends at"), body)
        ends_label.setBuddy(self.end)
        length.addWidget(ends_label)
        length.addWidget(self.end)
        length.addStretch(1)
        form.addRow(self._label(tr("&Date"), self.date), when)
        form.addRow(self._label(tr("&Length"), self.minutes), length)

        self.kind = kind_box(body)
        self.format = format_box(body)
        self.status = QComboBox(body)
        self.status.setAccessibleName(tr("Status"))
        for value in Status:
            self.status.addItem(status_name(value), value)
        self.provider = provider_box(body)
        line = self.provider.lineEdit()
        line.setMaxLength(MAX_NAME_CHARS)
        line.setPlaceholderText(tr("A name, or choose from the list"))
        line.setAccessibleName(tr("Provider or group"))
        form.addRow(self._label(tr("&Kind"), self.kind), self.kind)
        form.addRow(self._label(tr("&How"), self.format), self.format)
        form.addRow(self._label(tr("St&atus"), self.status), self.status)
        self.manage_providers = QPushButton(tr("Manage…"), body)
        self.manage_providers.setAccessibleName(tr("Manage your providers"))
        self.manage_providers.setToolTip(
            tr("Add, change or remove the people and groups you choose from")
        )
        self.manage_providers.clicked.connect(self.providers_requested)
        provider_row = QHBoxLayout()
        provider_row.addWidget(self.provider, 1)
        provider_row.addWidget(self.manage_providers)
        form.addRow(self._label(tr("Pro&vider"), self.provider), provider_row)

        self.bring_up = self._notes(body, tr("What I want to bring up"))
        self.takeaways = self._notes(body, tr("Takeaways"))
        form.addRow(self._label(tr("What I want to &bring up"), self.bring_up))
        form.addRow(self.bring_up)
        form.addRow(self._label(tr("&Takeaways"), self.takeaways))
        form.addRow(self.takeaways)

        self.feeling_before = self._feeling(body, tr("How I felt before, 0 to 10"))
        self.feeling_after = self._feeling(body, tr("How I felt after, 0 to 10"))
        feelings = QHBoxLayout()
        feelings.addWidget(self.feeling_before)
        after_label = QLabel(tr("aft&er"), body)
        after_label.setBuddy(self.feeling_after)
        feelings.addWidget(after_label)
        feelings.addWidget(self.feeling_after)
        feelings.addStretch(1)
        form.addRow(self._label(tr("Feeling be&fore"), self.feeling_before), feelings)

        self.partner = QComboBox(body)
        self.partner.setAccessibleName(tr("My partner and this session"))
        for value in PartnerResponse:
            self.partner.addItem(response_label(value), value)
        self.partner_reason = QComboBox(body)
        self.partner_reason.setAccessibleName(tr("The reason they gave"))
        self.partner_reason.addItem(tr("No reason noted"), None)
        for value in DeclineReason:
            self.partner_reason.addItem(reason_label(value), value)
        self.partner_words = QLineEdit(body)
        self.partner_words.setMaxLength(MAX_PARTNER_WORDS_CHARS)
        self.partner_words.setAccessibleName(tr("Their reason, in their words"))
        self.partner_words.setPlaceholderText(tr("What they said, if you'd like to note it"))
        self.reason_label = self._label(tr("Reas&on"), self.partner_reason)
        self.words_label = self._label(tr("Their &words"), self.partner_words)
        form.addRow(self._label(tr("M&y partner"), self.partner), self.partner)
        form.addRow(self.reason_label, self.partner_reason)
        form.addRow(self.words_label, self.partner_words)
        self._form = form

        self.homework = HomeworkBox(body)
        self.homework.add_requested.connect(self._add_homework)
        self.homework.save_requested.connect(self._save_homework)
        self.homework.done_toggled.connect(self._homework_done)
        self.homework.delete_requested.connect(self._delete_homework)

        self.links = EntryLinksBox(body)
        self.links.link_requested.connect(self.pick_entry)
        self.links.unlink_requested.connect(self._unlink_entry)
        self.links.open_requested.connect(self.entry_open_requested)

        self.topics_box = QGroupBox(tr("To bring up"), body)
        self.topics_box.setAccessibleName(tr("To bring up"))
        self.topics = TopicList(self.topics_box)
        self.topics.toggled.connect(self._topic_toggled)
        self.topics.add_requested.connect(self._add_topic)
        topics_layout = QVBoxLayout(self.topics_box)
        topics_layout.addWidget(self.topics)

        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.addLayout(form)
        column.addSpacing(6)
        column.addWidget(self.homework)
        column.addWidget(self.links)
        column.addWidget(self.topics_box)
        column.addStretch(1)
        scroll = scroll_area(body, self)
        self.scroll_area = scroll

        self.save_button = QPushButton(tr("&Save"), self)
        self.save_button.setAccessibleName(tr("Save the session"))
        self.save_button.setToolTip(tr("Save ({key})").format(key=_native(SAVE_KEY)))
        self.save_button.clicked.connect(lambda: self.save())
        self.done_button = QPushButton(tr("Close"), self)
        self.done_button.setAccessibleName(tr("Close the session"))
        self.done_button.setToolTip(tr("Close ({key})").format(key=_native(CLOSE_KEY)))
        self.done_button.clicked.connect(self.request_close)
        self.delete_button = QPushButton(tr("Move to trash…"), self)
        self.delete_button.setAccessibleName(tr("Move this session to the trash"))
        self.delete_button.clicked.connect(self.delete)
        self.status_line = QLabel(self)
        self.status_line.setTextFormat(PLAIN)
        self.status_line.setAccessibleName(tr("Session status"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.status_line, 1)
        buttons.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 4, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.schedule_box)
        layout.addWidget(self.overlap_note)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        for signal in (
            self.date.dateChanged,
            self.start.timeChanged,
            self.kind.currentIndexChanged,
            self.format.currentIndexChanged,
            self.status.currentIndexChanged,
            self.provider.editTextChanged,
            self.bring_up.textChanged,
            self.takeaways.textChanged,
            self.feeling_before.valueChanged,
            self.feeling_after.valueChanged,
            self.partner.currentIndexChanged,
            self.partner_reason.currentIndexChanged,
            self.partner_words.textChanged,
        ):
            signal.connect(self._edited)
        self.date.dateChanged.connect(self._time_edited)
        self.start.timeChanged.connect(self._start_changed)
        self.minutes.valueChanged.connect(self._length_changed)
        self.end.timeChanged.connect(self._end_changed)
        self.partner.currentIndexChanged.connect(self._partner_shown)
        self.partner_reason.currentIndexChanged.connect(self._partner_shown)
        self._partner_shown()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _notes(parent: QWidget, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        lines = edit.fontMetrics().lineSpacing()
        edit.setMinimumHeight(lines * 3 + 12)
        edit.setMaximumHeight(lines * 7 + 12)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return edit

    @staticmethod
    def _feeling(parent: QWidget, name: str) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(-1, MAX_FEELING)
        spin.setSpecialValueText(tr("Not noted"))
        spin.setAccessibleName(name)
        spin.setValue(-1)
        return spin

    def _bind_keys(self) -> None:
        self.save_action = QAction(tr("Save the session"), self)
        self.save_action.setShortcut(QKeySequence(SAVE_KEY))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(lambda _checked=False: self.save())
        self.addAction(self.save_action)
        self.close_action = QAction(tr("Close the session"), self)
        self.close_action.setShortcut(QKeySequence(CLOSE_KEY))
        self.close_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.close_action.triggered.connect(lambda _checked=False: self.request_close())
        self.addAction(self.close_action)

    # ----- state -------------------------------------------------------------------

    def session_id(self) -> int | None:
        return self._session_id

    def current(self) -> Session | None:
        return self._current

    def is_dirty(self) -> bool:
        return self._dirty

    def is_saving(self) -> bool:
        """True while a "save, then close" is on its way to the worker."""
        return self._saving

    def is_open(self) -> bool:
        """True while a session (new or saved) is in the editor."""
        return not self._closed and (self._session_id is not None or self._new)

    def _today(self) -> date:
        return self._clock().date()

    # ----- opening -----------------------------------------------------------------

    def open_new(self, day: date | None = None) -> None:
        """A blank session on ``day`` (default today)."""
        self._sequence += 1
        self._session_id = None
        self._current = None
        self._schedule = None
        self._new = True
        now = self._clock()
        today = now.date()
        when = day or today
        start = time(min(now.hour + 1, 23), 0) if when == today else time(10, 0)
        self._loading = True
        draft = SessionDraft(
            start=datetime.combine(when, start),
            minutes=DEFAULT_MINUTES,
            kind_id=kind_choices()[0][0],
        )
        self._fill_fields(draft, None)
        self.heading.setText(tr("New session"))
        self.banner.clear_message()
        self.schedule_box.hide()
        self.overlap_note.hide()
        self.delete_button.setEnabled(True)
        self.homework.set_items([], today=today, saved=False)
        self.links.set_entries([], saved=False)
        self._set_status(tr("Not saved yet."))
        self._load(None, self._sequence)
        self.date.setFocus()

    def open_session(self, session_id: int) -> None:
        """Load ``session_id`` into the editor."""
        self._sequence += 1
        self._session_id = session_id
        self._new = False
        self._loading = True
        self.banner.clear_message()
        self.overlap_note.hide()
        self._set_status(tr("Opening…"))
        self._load(session_id, self._sequence)

    def _load(self, session_id: int | None, sequence: int, *, quiet: bool = False) -> None:
        def done(data: jobs.EditorData) -> None:
            if sequence != self._sequence or self._closed:
                return
            self._providers = data.providers
            self._fill_providers()
            if data.detail is None:
                self.topics.set_topics(data.topics, None)
                self._loading = False
                self._dirty = False
                self._fill_provider_text(None)
                return
            session = data.detail.session
            self._current = session
            self._schedule = data.schedule
            self._fill_fields(session.draft(), session)
            self.heading.setText(
                tr("{kind}{dot}{day}").format(
                    kind=kind_name(session.kind_id),
                    dot=DOT,
                    day=day_text(session.start.date(), self._today()),
                )
            )
            self._show_schedule()
            self._show_lists(data.detail.homework, data.detail.topics, list(data.entries))
            self._loading = False
            self._dirty = False
            if not quiet:
                self._set_status("")
            self.check_overlaps()

        def failed(error: BaseException) -> None:
            if sequence != self._sequence or self._closed:
                return
            self._loading = False
            self.banner.show_message(
                tr("This session couldn't be opened: {reason}").format(reason=reason(error)),
                Tone.PROBLEM,
            )
            self._set_status("")

        self.session.submit(jobs.editor_data(session_id, self._clock), done, failed)

    def reload_lists(self) -> None:
        """Homework or topics changed: show them again (the fields stay as they are)."""
        if self._closed:
            return
        if self._session_id is None:
            if self._new:
                self._load(None, self._sequence)
            return
        sequence = self._sequence

        def done(lists: jobs.SessionLists) -> None:
            if sequence == self._sequence and not self._closed:
                detail = lists.detail
                self._show_lists(detail.homework, detail.topics, lists.entries)

        self.session.submit(jobs.session_lists(self._session_id, self._clock), done, self._failed)

    def reload(self) -> None:
        """The session changed elsewhere: load it again unless the person is editing it."""
        if self._session_id is None or self._dirty or self._loading or self._closed:
            return
        self._sequence += 1
        self._loading = True
        self._load(self._session_id, self._sequence, quiet=True)

    def _show_lists(self, homework: Any, topics: Any, entries: list[jobs.EntryChoice]) -> None:
        self.homework.set_items(list(homework), today=self._today(), saved=True)
        self.links.set_entries(entries, today=self._today())
        self.topics.set_topics(list(topics), self._session_id)

    def _show_schedule(self) -> None:
        schedule = self._schedule
        if schedule is None:
            self.schedule_box.hide()
            return
        text = schedule_words(schedule)
        if self._current is not None and self._current.changed:
            text += " " + tr("This one has its own changes, so schedule changes leave it as it is.")
        self.schedule_note.setText(text)
        ended = schedule.last_day is not None and schedule.last_day < self._today()
        self.end_schedule_button.setVisible(not ended)
        self.schedule_box.show()

    def _fill_providers(self) -> None:
        text = self.provider.currentText()
        with QSignalBlocker(self.provider):
            self.provider.clear()
            for provider in self._providers:
                label = provider.name if not provider.role else f"{provider.name}"
                self.provider.addItem(label, provider.id)
            self.provider.setCurrentIndex(-1)
            self.provider.setEditText(text)

    def _fill_provider_text(self, session: Session | None) -> None:
        with QSignalBlocker(self.provider):
            if session is None:
                self.provider.setCurrentIndex(-1)
                self.provider.setEditText("")
            elif session.provider_id is not None and session.provider_name:
                index = self.provider.findData(session.provider_id)
                self.provider.setCurrentIndex(index)
                self.provider.setEditText(session.provider_name)
            else:
                self.provider.setCurrentIndex(-1)
                self.provider.setEditText(session.provider_text)

    def _fill_fields(self, draft: SessionDraft, session: Session | None) -> None:
        blockers = [
            QSignalBlocker(widget)
            for widget in (
                self.date,
                self.start,
                self.minutes,
                self.end,
                self.kind,
                self.format,
                self.status,
                self.bring_up,
                self.takeaways,
                self.feeling_before,
                self.feeling_after,
                self.partner,
                self.partner_reason,
                self.partner_words,
            )
        ]
        try:
            start = draft.start
            self.date.setDate(qdate(start.date()))
            self.start.setTime(qtime(start.time()))
            minutes = draft.minutes or DEFAULT_MINUTES
            self.minutes.setValue(minutes)
            self.end.setTime(qtime((start + timedelta(minutes=minutes)).time()))
            self._end_mode = False
            # A stored kind that has left the content is kept (shown as "Other").
            for extra in range(self.kind.count() - 1, len(kind_choices()) - 1, -1):
                self.kind.removeItem(extra)
            index = self.kind.findData(draft.kind_id)
            if index < 0:
                self.kind.addItem(kind_name(draft.kind_id), draft.kind_id)
                index = self.kind.count() - 1
            self.kind.setCurrentIndex(index)
            self.format.setCurrentIndex(max(0, self.format.findData(draft.format)))
            self.status.setCurrentIndex(max(0, self.status.findData(draft.status)))
            self.bring_up.setPlainText(draft.bring_up)
            self.takeaways.setPlainText(draft.takeaways)
            self.bring_up.document().clearUndoRedoStacks()
            self.takeaways.document().clearUndoRedoStacks()
            self.feeling_before.setValue(
                -1 if draft.feeling_before is None else draft.feeling_before
            )
            self.feeling_after.setValue(-1 if draft.feeling_after is None else draft.feeling_after)
            partner = draft.partner
            self.partner.setCurrentIndex(max(0, self.partner.findData(partner.response)))
            self.partner_reason.setCurrentIndex(
                max(0, self.partner_reason.findData(partner.reason))
            )
            self.partner_words.setText(partner.words)
            self.partner_words.setCursorPosition(0)  # show their words from the start
        finally:
            del blockers
        self._fill_provider_text(session)
        self._partner_shown()

    # ----- the form ----------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if self._loading or self._closed:
            return
        self._dirty = True
        self._set_status(tr("Not saved yet."))

    def _time_edited(self, *_args: object) -> None:
        if not self._loading:
            self._overlap_timer.start()

    def _start_changed(self, *_args: object) -> None:
        """A new start keeps the length (the end moves with it)."""
        with QSignalBlocker(self.end):
            self.end.setTime(self.start.time().addSecs(self.minutes.value() * 60))
        self._end_mode = False
        self._time_edited()

    def _length_changed(self, *_args: object) -> None:
        with QSignalBlocker(self.end):
            self.end.setTime(self.start.time().addSecs(self.minutes.value() * 60))
        self._end_mode = False
        self._edited()
        self._time_edited()

    def _end_changed(self, *_args: object) -> None:
        """An end time wins over the length; the length follows when it can."""
        self._end_mode = True
        minutes = self._minutes_from_end()
        if MIN_MINUTES <= minutes <= MAX_MINUTES:
            with QSignalBlocker(self.minutes):
                self.minutes.setValue(minutes)
        self._edited()
        self._time_edited()

    def _minutes_from_end(self) -> int:
        return self.start.time().secsTo(self.end.time()) // 60

    def _partner_shown(self, *_args: object) -> None:
        declined = self.partner.currentData() == PartnerResponse.DECLINED
        other = declined and self.partner_reason.currentData() == DeclineReason.OTHER
        self._form.setRowVisible(self.partner_reason, declined)
        self._form.setRowVisible(self.partner_words, other)

    def _start_value(self) -> datetime:
        return datetime.combine(pydate(self.date.date()), pytime(self.start.time()))

    def draft(self) -> SessionDraft:
        """What the form holds, as the core takes it (checked when saved)."""
        day = pydate(self.date.date())
        start = self._start_value()
        end = datetime.combine(day, pytime(self.end.time())) if self._end_mode else None
        provider_id, provider_text = self._provider_value()
        response = self.partner.currentData()
        reason_value = (
            self.partner_reason.currentData() if response == PartnerResponse.DECLINED else None
        )
        words = self.partner_words.text() if reason_value == DeclineReason.OTHER else ""
        before, after = self.feeling_before.value(), self.feeling_after.value()
        return SessionDraft(
            start=start,
            minutes=None if end is not None else self.minutes.value(),
            end=end,
            kind_id=str(self.kind.currentData()),
            format=Format(self.format.currentData()),
            status=Status(self.status.currentData()),
            provider_id=provider_id,
            provider_text=provider_text,
            bring_up=self.bring_up.toPlainText(),
            takeaways=self.takeaways.toPlainText(),
            feeling_before=None if before < 0 else before,
            feeling_after=None if after < 0 else after,
            partner=Partner(
                PartnerResponse(response),
                None if reason_value is None else DeclineReason(reason_value),
                words,
            ),
        )

    def _provider_value(self) -> tuple[int | None, str]:
        text = self.provider.currentText().strip()
        match = next((p for p in self._providers if p.name == text), None)
        if match is None:
            return None, text
        current = self._current
        keep = current.provider_text if current and current.provider_id == match.id else ""
        return match.id, keep

    def _length(self) -> int:
        return self._minutes_from_end() if self._end_mode else self.minutes.value()

    # ----- overlaps ----------------------------------------------------------------

    def check_overlaps(self) -> None:
        """Note (gently) other sessions at the time the form shows."""
        self._overlap_timer.stop()
        if self._closed:
            return
        minutes = self._length()
        if not MIN_MINUTES <= minutes <= MAX_MINUTES:
            self.overlap_note.hide()
            return
        self._overlap_sequence += 1
        sequence = self._overlap_sequence

        def done(found: list[SessionSummary]) -> None:
            if sequence != self._overlap_sequence or self._closed:
                return
            if not found:
                self.overlap_note.hide()
                return
            names = [
                tr("{kind} at {time}").format(kind=kind_name(s.kind_id), time=time_text(s.start))
                for s in found[:3]
            ]
            self.overlap_note.setText(
                tr("This overlaps with {sessions}. That's fine, just so you know.").format(
                    sessions=", ".join(names)
                )
            )
            self.overlap_note.show()

        start = self._start_value()
        self.session.submit(
            jobs.overlapping(start, minutes, self._session_id), done, lambda _error: None
        )

    # ----- saving ------------------------------------------------------------------

    def _pattern_changed(self, draft: SessionDraft, current: Session) -> bool:
        start = draft.start
        minutes = self._length()
        return (
            (start.hour, start.minute) != (current.start.hour, current.start.minute)
            or minutes != current.minutes
            or draft.kind_id != current.kind_id
            or draft.format != current.format
            or draft.provider_id != current.provider_id
            or draft.provider_text != current.provider_text
        )

    def save(self, *, close_after: bool = False) -> None:
        """Store the form; a refused value shows its sentence and changes nothing."""
        if self._closed or self._loading:
            return
        draft = self.draft()
        current = self._current
        session_id = self._session_id
        if session_id is None:
            op = jobs.create_session(draft, self._clock)
        else:
            scope = Scope.ONE
            schedule = self._schedule
            if (
                current is not None
                and schedule is not None
                and draft.start.date() == current.start.date()
                and MIN_MINUTES <= self._length() <= MAX_MINUTES
                and self._pattern_changed(draft, current)
            ):
                scope = self.ask_scope()
                if scope is None or self._closed:  # cancelled, or locked meanwhile
                    return
            if scope is Scope.FOLLOWING and schedule is not None and current is not None:
                pattern = SchedulePattern(
                    weekdays=schedule.pattern.weekdays,
                    start_time=draft.start.time(),
                    minutes=self._length(),
                    kind_id=draft.kind_id,
                    format=draft.format,
                    provider_id=draft.provider_id,
                    provider_text=draft.provider_text,
                )
                # "This and all following" from the schedule's day this session stands
                # for (its start date, unless a clock change or the time zone moved it).
                day = max(current.schedule_day or current.start.date(), schedule.first_day)
                op = jobs.save_following(session_id, schedule.id, day, pattern, draft, self._clock)
            else:
                op = jobs.save_session(session_id, draft, self._clock)
        sequence = self._sequence
        self._saving = close_after

        def done(saved: Session) -> None:
            if self._closed or sequence != self._sequence:
                return
            self._saving = False
            self._session_id = saved.id
            self._current = saved
            self._new = False
            self._dirty = False
            self.banner.clear_message()
            self._set_status(tr("Saved."))
            self.saved.emit(saved.id)
            if close_after:
                self.close_editor()
                return
            # Its schedule (and so the note) may have changed: read it all again.
            self._sequence += 1
            self._loading = True
            self._load(saved.id, self._sequence, quiet=True)

        def failed(error: BaseException) -> None:
            if self._closed or sequence != self._sequence:
                return
            self._saving = False
            self.banner.show_message(reason(error), Tone.PROBLEM)
            self._set_status(tr("Not saved yet."))
            self.save_failed.emit()

        self.session.run_op(op, done, failed, origin=self)

    def last_save_op(self) -> Any:
        """The save to queue before a lock (this session only), or None."""
        if not self._dirty or self._loading or self._closed:
            return None
        draft = self.draft()
        if self._session_id is None:
            return jobs.create_session(draft, self._clock)
        return jobs.save_session(self._session_id, draft, self._clock)

    # ----- closing and deleting ----------------------------------------------------

    def request_close(self) -> None:
        """Close, asking first only if something is unsaved."""
        if self._closed:
            return
        if self._dirty:
            answer = self.ask_discard()
            if answer is None or self._closed:  # keep editing, or locked meanwhile
                return
            if answer is Discard.SAVE:
                self.save(close_after=True)
                return
        self.close_editor()

    def close_editor(self) -> None:
        self._sequence += 1
        self._saving = False
        self._overlap_timer.stop()
        self._session_id = None
        self._current = None
        self._schedule = None
        self._new = False
        self._dirty = False
        self._loading = False
        self.wipe_fields()
        self.closed.emit()

    def delete(self) -> None:
        """Move the session to the trash after saying what goes with it."""
        if self._closed:
            return
        session_id = self._session_id
        if session_id is None:
            self._dirty = False
            self.close_editor()
            return

        def asked(info: DeletionInfo) -> None:
            if self._closed or session_id != self._session_id:
                return
            if not self.confirm_delete(info) or self._closed:
                return

            def done(_info: DeletionInfo) -> None:
                if self._closed:
                    return
                self._dirty = False
                self.close_editor()
                self.deleted.emit(session_id)

            self.session.run_op(
                jobs.delete_session(session_id, self._clock),
                done,
                self._failed,
                origin=self,
            )

        self.session.submit(jobs.deletion_info(session_id), asked, self._failed)

    def end_schedule(self) -> None:
        """End the schedule this session came from (after this session's day, or today)."""
        schedule, current = self._schedule, self._current
        if self._closed or schedule is None or current is None:
            return
        last_day = max(current.start.date(), self._today())
        if not self.confirm_end_schedule(last_day) or self._closed:
            return

        def done(removed: int) -> None:
            if self._closed:
                return
            self.banner.show_message(
                tr("The schedule ends after {day}.").format(
                    day=day_text(last_day, self._today(), in_sentence=True)
                )
                + " "
                + plural(
                    removed,
                    "1 planned session was taken off your list.",
                    "%Ln planned sessions were taken off your list.",
                    "SessionEditor",
                ),
                Tone.SUCCESS,
            )
            self.reload()

        self.session.run_op(
            jobs.end_schedule(schedule.id, last_day, self._clock),
            done,
            self._failed,
            origin=self,
        )

    # ----- homework and topics -----------------------------------------------------

    def _add_homework(self, text: str, due: date | None) -> None:
        if self._session_id is None:
            return
        self.session.run_op(
            jobs.add_homework(self._session_id, text, due, self._clock),
            lambda _item: self.homework.stored(),
            self._failed,
            origin=self,
        )

    def _save_homework(self, item_id: int, text: str, due: date | None) -> None:
        self.session.run_op(
            jobs.save_homework(item_id, text, due, self._clock),
            lambda _item: self.homework.stored(),
            self._failed,
            origin=self,
        )

    def _homework_done(self, item_id: int, done: bool) -> None:
        self.session.run_op(
            jobs.set_homework_done(item_id, done, self._clock),
            None,
            self._failed,
            origin=self,
        )

    def _delete_homework(self, item_id: int) -> None:
        self.session.run_op(jobs.delete_homework(item_id), None, self._failed, origin=self)

    def _topic_toggled(self, topic_id: int, done: bool) -> None:
        if self._session_id is None:
            return
        self.session.run_op(
            jobs.tick_topic(topic_id, self._session_id, done, self._clock),
            None,
            self._failed,
            origin=self,
        )

    def _add_topic(self, text: str) -> None:
        self.session.run_op(
            jobs.add_topic(text, self._clock),
            lambda _topic: self.topics.topic_added(),
            self._failed,
            origin=self,
        )

    # ----- linked journal entries --------------------------------------------------

    def pick_entry(self) -> None:
        """ "Link an entry…": the picker (newest entries, and search); the chosen one is
        linked when it closes."""
        if self._closed or self._session_id is None or self.picker is not None:
            return
        session_id = self._session_id
        picker = EntryPicker(self.session, self._today, self.links.entry_ids(), self)

        def chosen() -> None:
            if picker.chosen is not None and session_id == self._session_id:
                self._link_entry(session_id, picker.chosen)

        def closed(_result: int) -> None:
            if self.picker is picker:
                self.picker = None
            picker.deleteLater()

        picker.accepted.connect(chosen)
        picker.finished.connect(closed)
        self.picker = picker
        picker.open()
        picker.run_search()

    def _link_entry(self, session_id: int, entry_id: int) -> None:
        if self._closed:
            return
        self.session.run_op(
            jobs.link_entry(session_id, entry_id),
            lambda _value: self.reload_lists(),
            self._failed,
            origin=self,
        )

    def _unlink_entry(self, entry_id: int) -> None:
        if self._closed or self._session_id is None:
            return
        self.session.run_op(
            jobs.unlink_entry(self._session_id, entry_id),
            lambda _value: self.reload_lists(),
            self._failed,
            origin=self,
        )

    # ----- providers ---------------------------------------------------------------

    def reload_providers(self) -> None:
        """The providers changed: read them again for the list, keeping what the field
        says (a provider renamed meanwhile shows its new name)."""
        if self._closed or not self.is_open():
            return
        self._providers_sequence += 1
        sequence = self._providers_sequence

        def done(providers: list[Provider]) -> None:
            if sequence != self._providers_sequence or self._closed or not self.is_open():
                return
            text = self.provider.currentText().strip()
            before = next((p for p in self._providers if p.name == text), None)
            self._providers = providers
            self._fill_providers()
            after = next((p for p in providers if before and p.id == before.id), None)
            if after is not None and after.name != text:
                with QSignalBlocker(self.provider):
                    self.provider.setEditText(after.name)

        self.session.submit(jobs.providers(), done, lambda _error: None)

    def _failed(self, error: BaseException) -> None:
        if not self._closed:
            self.banner.show_message(reason(error), Tone.PROBLEM)
            if self._session_id is not None or self._new:
                self.reload_lists()

    # ----- wiping ------------------------------------------------------------------

    def _set_status(self, text: str) -> None:
        self.status_line.setText(text)
        self.status_line.setAccessibleDescription(text)

    def wipe_fields(self) -> None:
        """Empty every field, list and message (closing, and on lock)."""
        self._loading = True
        try:
            with contextlib.ExitStack() as stack:
                for widget in (self.bring_up, self.takeaways):
                    stack.enter_context(QSignalBlocker(widget))
                    widget.clear()
                    widget.document().clearUndoRedoStacks()
                stack.enter_context(QSignalBlocker(self.partner_words))
                wipe_line_edit(self.partner_words)
                stack.enter_context(QSignalBlocker(self.provider))
                self.provider.clear()
                self.provider.setEditText("")
                for spin in (self.feeling_before, self.feeling_after):
                    stack.enter_context(QSignalBlocker(spin))
                    spin.setValue(-1)
                for combo in (self.partner, self.partner_reason, self.status, self.format):
                    stack.enter_context(QSignalBlocker(combo))
                    combo.setCurrentIndex(0)
            self.homework.clear()
            self.links.clear()
            if self.picker is not None:
                self.picker.reject()
            self.topics.clear()
            self.heading.clear()
            self.banner.clear_message()
            self.overlap_note.clear()
            self.overlap_note.hide()
            self.schedule_note.clear()
            self.schedule_box.hide()
            self._set_status("")
            self._providers = []
        finally:
            self._loading = False

    def shut(self) -> None:
        """On lock: no answer may reach the editor any more, and it shows nothing."""
        self._closed = True
        self._overlap_timer.stop()
        self._sequence += 1
        self._session_id = None
        self._current = None
        self._schedule = None
        self._dirty = False
        self.wipe_fields()
