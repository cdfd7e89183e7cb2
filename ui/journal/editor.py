"""The entry editor, and the autosave that keeps every word.

Autosave (docs/ARCHITECTURE.md, "Durability") is ui/common/autosave.py's: the first
unsaved change starts a one-second timer; when it fires, the changes go to the worker
as one job. :meth:`flush` sends them at once, and the page calls it on Ctrl+S, before
switching entries, and when the vault is about to lock (quit and window close lock
first). The worker runs jobs in order, so a flush submitted before the lock's "close"
job is stored before the connection closes. What is the journal's own: which fields
changed (only those are written), the date saved after the words
(:func:`store_with_date`), and the new entry that is not created until something is
written.

The date and time an entry was written can be changed in the editor (``when``); the
change is saved like the rest of the entry (``app.journal.entry_date``), after the
words of the same save, and the list re-sorts when its change notification arrives.
A new entry keeps a chosen date until something is written: then it is created and
dated in the same job.

When the open entry no longer fits the list's filters (its tag was removed, its date
moved out of the days shown), a calm line above the title says so and offers to show
every entry (``set_filter``, ``show_all_requested``).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.journal import ops
from app.journal.entry_date import change_entry_date, matches
from app.journal.text import MAX_TAG_CHARS, MAX_TITLE_CHARS
from app.platform.changes import NOTHING, OpResult
from app.platform.timestamps import EARLIEST, LATEST
from ui.common.autosave import Autosave, SaveState, SaveStateLabel
from ui.common.sensitive import wipe_line_edit
from ui.common.surfaces import centred_column, text_label
from ui.common.theme import set_role
from ui.journal import jobs
from ui.journal.body_edit import PlainBodyEdit
from ui.journal.formatting import local, parse_tags, tags_text, word_count
from ui.journal.markdown_view import InertMarkdownView
from ui.journal.reading_column import column_width
from ui.journal.tag_completer import TagCompleter

if TYPE_CHECKING:
    from app.content.prompts import Prompt
    from app.journal.model import Entry, EntryFilter
    from app.vault.vault import Vault
    from ui.shell.session import Session

__all__ = ["EntryEditor", "SaveState", "store_with_date", "when_format"]

COUNT_DELAY_MS = 250


def tr(text: str) -> str:
    return QCoreApplication.translate("EntryEditor", text)


class _Stored(NamedTuple):
    """What the list knows of the open entry (to tell whether the filters still fit)."""

    created: datetime
    tags: tuple[str, ...]
    therapy: bool

    @classmethod
    def of(cls, entry: Entry) -> _Stored:
        return cls(entry.created, tuple(entry.tags), entry.bring_to_therapy)


def _utc(day: QDate, time: QTime) -> QDateTime:
    """A wall-clock date and time for the picker (UTC: no daylight-saving gaps in it)."""
    return QDateTime(day, time, QTimeZone.utc())


def when_format(locale: QLocale | None = None) -> str:
    """The day as the entry list shows it (weekday, day, month name, full year) and the
    locale's short time: "Tue 1 Dec 2026 19:38" reads at a glance, where a bare short
    date ("1 12 2026", "12/1/26") makes people stop and decode it. The order of day
    and month follows the locale."""
    locale = locale or QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    month_first = short.find("M") < short.find("d")
    day = "ddd MMM d, yyyy" if month_first else "ddd d MMM yyyy"
    return f"{day} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


def store_with_date(
    vault: Vault,
    handle: jobs.EntryHandle,
    edit: ops.EntryEdit | None,
    when: datetime | None,
) -> OpResult[ops.Saved | None]:
    """One autosave on the worker: the words (``jobs.store``), then the new date.

    The date is written only once the entry exists; a new entry is created by the
    first part, which sets ``handle.id`` for the second.
    """
    result: OpResult[ops.Saved | None] = (
        jobs.store(vault, handle, edit) if edit is not None else OpResult(None, NOTHING)
    )
    if when is None or handle.id is None:
        return result
    dated = change_entry_date(vault.connection, handle.id, when)
    created = result.value is not None and result.value.created
    return OpResult(ops.Saved(dated.value, created), result.changes.merged([dated.changes]))


class _DateTimeField(QDateTimeEdit):
    """A date and time field that Tab leaves (Qt's own moves from part to part inside it;
    here the arrow keys do that, and Up and Down change the part)."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class EntryEditor(QWidget):
    """Title, Markdown body with preview, tags and the therapy flag of one entry."""

    saved = Signal(object, object)  # (EntryHandle, app.journal.ops.Saved)
    problem = Signal(str)  # one line for the person
    state_changed = Signal(object)  # SaveState, once the label shows it
    # Whether there is something to keep (and so to move to the trash): stored, or written.
    keepable_changed = Signal(bool)
    show_all_requested = Signal()  # "Show all entries" in the line about the filters

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-editor")
        self._session = session
        self._handle: jobs.EntryHandle | None = None
        self._closed = False
        self._loading = False
        self._text_dirty = False
        self._tags_dirty = False
        self._flag_dirty = False
        self._date_dirty = False
        self._keepable = False
        self._stored: _Stored | None = None  # the open entry as last stored
        self._filter: EntryFilter | None = None

        self.autosave = Autosave(self._store, self, new_text=tr("Not saved yet: start writing"))
        self.autosave_timer = self.autosave.timer
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._refresh_counts)

        self._build()
        # After the label's own connection: the signal says what the label shows.
        self._announced = self.autosave.state
        self.autosave.state_changed.connect(self._announce)

    # ----- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        self.prompt_label = QLabel(self)
        self.prompt_label.setObjectName("journal-prompt")
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt_label.setAccessibleName(tr("The prompt you are writing from"))
        set_role(self.prompt_label, "prompt")
        self.prompt_label.hide()

        self.filter_note = text_label(self, muted=True, name="journal-filter-note")
        self.filter_note.setText(tr("This entry doesn't match the filters the list is showing."))
        self.filter_note.setAccessibleName(tr("About the filters"))
        self.show_all_button = QPushButton(tr("Show all entries"), self)
        self.show_all_button.setObjectName("journal-filter-note-show-all")
        self.show_all_button.setAccessibleName(tr("Show all entries"))
        self.show_all_button.setToolTip(tr("Clear the filters, so the list shows every entry"))
        self.show_all_button.clicked.connect(self.show_all_requested)
        self.filter_row = QWidget(self)
        self.filter_row.setObjectName("journal-filter-note-row")
        note_row = QHBoxLayout(self.filter_row)
        note_row.setContentsMargins(0, 0, 0, 0)
        note_row.setSpacing(8)
        note_row.addWidget(self.filter_note, 1)
        note_row.addWidget(self.show_all_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.filter_row.hide()

        self.title = QLineEdit(self)
        self.title.setObjectName("journal-title")
        self.title.setPlaceholderText(tr("Title (optional)"))
        self.title.setAccessibleName(tr("Entry title"))
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self.title.setFont(title_font)
        self.title.setMaxLength(MAX_TITLE_CHARS)
        self.title.textChanged.connect(self._text_edited)

        self.when = _DateTimeField(self)
        self.when.setObjectName("journal-when")
        self.when.setAccessibleName(tr("When this entry was written"))
        self.when.setToolTip(
            tr("The date and time of this entry. Change it, and the entry moves to its place.")
        )
        self.when.setCalendarPopup(True)
        # Typed digits count once the field is left (or Enter): no saving "202" on the
        # way to "2024". Arrow keys and the calendar change it at once.
        self.when.setKeyboardTracking(False)
        self.when.setTimeZone(QTimeZone.utc())
        self.when.setMinimumDateTime(_utc(QDate(EARLIEST.year, 1, 1), QTime(0, 0)))
        self.when.setMaximumDateTime(_utc(QDate(LATEST.year, 12, 31), QTime(23, 59)))
        self.when.setDisplayFormat(when_format(self.when.locale()))
        self.when.dateTimeChanged.connect(self._date_edited)
        self.when.editingFinished.connect(self._date_finished)
        self.when_label = QLabel(tr("&Written"), self)
        self.when_label.setObjectName("journal-when-label")
        self.when_label.setBuddy(self.when)
        self._mute(self.when_label)

        self.body = PlainBodyEdit(self)
        self.body.setObjectName("journal-body")
        self.body.setAccessibleName(tr("Entry text"))
        self.body.setAccessibleDescription(
            tr("Plain text; Markdown formatting is shown in Preview")
        )
        self.body.setPlaceholderText(tr("Write whatever is on your mind. It saves as you type."))
        self.body.document().setDocumentMargin(8)
        self.body.textChanged.connect(self._body_changed)
        self.body.refused.connect(self._paste_refused)

        self.preview = InertMarkdownView(self)
        self.preview.setObjectName("journal-preview")
        self.preview.setAccessibleName(tr("Preview of the entry"))

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("journal-editor-tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.body, tr("Write"))
        self.tabs.addTab(self.preview, tr("Preview"))
        self.tabs.setAccessibleName(tr("Write or preview"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.tags = QLineEdit(self)
        self.tags.setObjectName("journal-tags")
        self.tags.setPlaceholderText(tr("e.g. sleep, work"))
        self.tags.setAccessibleName(tr("Tags"))
        self.tags.setToolTip(tr("Tags help you find entries later, e.g. “sleep, cravings”."))
        # textChanged, not textEdited: a completion is inserted without "edited".
        self.tags.textChanged.connect(self._tags_edited)
        self.tag_completer = TagCompleter(self.tags)
        self.tags.editingFinished.connect(self._tags_finished)

        self.therapy = QCheckBox(tr("Bring to therapy"), self)
        self.therapy.setObjectName("journal-therapy")
        self.therapy.setAccessibleName(tr("Bring to therapy"))
        self.therapy.setToolTip(tr("Mark this entry to talk about in your next session."))
        self.therapy.toggled.connect(self._flag_toggled)

        self.undo_button = self._tool(tr("Undo"), tr("Undo (Ctrl+Z)"), self.body.undo)
        self.redo_button = self._tool(tr("Redo"), tr("Redo (Ctrl+Shift+Z)"), self.body.redo)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.body.undoAvailable.connect(self.undo_button.setEnabled)
        self.body.redoAvailable.connect(self.redo_button.setEnabled)

        self.words_label = QLabel(self)
        self.words_label.setAccessibleName(tr("Word count"))
        self._mute(self.words_label)
        self.state_label = SaveStateLabel(self.autosave, self)
        self.state_label.setObjectName("journal-save-state")
        self._mute(self.state_label)  # the same quiet colour as the word count beside it
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        tags_label = QLabel(tr("&Tags:"), self)
        tags_label.setBuddy(self.tags)
        tag_row = QHBoxLayout()
        tag_row.setSpacing(8)
        tag_row.addWidget(tags_label)
        tag_row.addWidget(self.tags, 1)
        tag_row.addWidget(self.therapy)

        status = QHBoxLayout()
        status.setSpacing(6)
        status.addWidget(self.undo_button)
        status.addWidget(self.redo_button)
        status.addSpacing(8)
        status.addWidget(self.words_label)
        status.addStretch(1)
        status.addWidget(self.state_label, 1)

        when_row = QHBoxLayout()
        when_row.setSpacing(6)
        when_row.addWidget(self.when_label)
        when_row.addWidget(self.when)
        when_row.addStretch(1)

        # Everything in one column of a comfortable reading width, centred on a wide
        # window; around it is the page's own ground, with no frame of its own.
        self.column = QWidget(self)
        self.column.setObjectName("journal-editor-column")
        layout = QVBoxLayout(self.column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter_row)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.title)
        layout.addLayout(when_row)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(tag_row)
        layout.addLayout(status)
        # Title, then straight into the words (the usual way); the date, rarely changed,
        # comes after the tags and the flag, and Alt+W reaches it from anywhere.
        QWidget.setTabOrder(self.therapy, self.when)
        self.setLayout(centred_column(self.column, self._column_width(), self))
        self._refresh_counts()

    def _column_width(self) -> int:
        """The editor column's widest: the body's reading column, its frame and scroll bar."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.body)
        return column_width(self.body) + 2 * self.body.frameWidth() + bar + 8

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "column"):
            self.column.setMaximumWidth(self._column_width())

    def _tool(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _mute(label: QLabel) -> None:
        if not label.wordWrap():  # one line; a wrapped one is as high as its lines
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # A role, not a colour: it follows light and dark mode.
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

    # ----- what is open ----------------------------------------------------------------

    @property
    def handle(self) -> jobs.EntryHandle | None:
        return self._handle

    def current_id(self) -> int | None:
        return None if self._handle is None else self._handle.id

    def has_something_to_keep(self) -> bool:
        """An entry is open and it is stored or has something written in it."""
        if self._handle is None:
            return False
        if self._handle.id is not None:
            return True
        return bool(
            self.title.text()
            or self.body.document().characterCount() > 1
            or self.tags.text().strip(" ,")
            or self.therapy.isChecked()
        )

    def _update_keepable(self) -> None:
        keepable = self.has_something_to_keep()
        if keepable != self._keepable:
            self._keepable = keepable
            self.keepable_changed.emit(keepable)

    # ----- the list's filters ------------------------------------------------------------

    def set_filter(self, entry_filter: EntryFilter | None) -> None:
        """The filters the list shows entries by (None: every entry)."""
        self._filter = entry_filter
        self._update_filter_note()

    def fits_filter(self) -> bool:
        """Whether the open entry, as stored, is among the entries the list shows."""
        stored, entry_filter = self._stored, self._filter
        if stored is None or entry_filter is None or self._handle is None:
            return True
        return matches(
            entry_filter, created=stored.created, tags=stored.tags, therapy=stored.therapy
        )

    def _update_filter_note(self) -> None:
        self.filter_row.setVisible(not self._closed and not self.fits_filter())

    def start_new(self, prompt: Prompt | None = None) -> None:
        """An empty entry (optionally answering ``prompt``); stored once something is written."""
        self.flush()
        self._handle = jobs.EntryHandle(prompt_id=prompt.id if prompt is not None else None)
        self._fill("", "", (), False, prompt, None)
        self.autosave.reset(SaveState.NEW)
        self.body.setFocus()

    def close_entry(self) -> None:
        """Save what is pending, then show nothing (after a delete)."""
        self.flush()
        self._handle = None
        self._fill("", "", (), False, None, None)
        self.autosave.reset(SaveState.NEW)

    def open_entry(self, entry: Entry, prompt: Prompt | None = None) -> None:
        """Show a stored entry (the page flushed the previous one first)."""
        self.flush()
        self._handle = jobs.EntryHandle(id=entry.id, prompt_id=entry.prompt_id)
        self._fill(
            entry.title, entry.body, tuple(entry.tags), entry.bring_to_therapy, prompt, entry
        )
        self.autosave.reset(SaveState.SAVED)

    def _fill(
        self,
        title: str,
        body: str,
        tags: tuple[str, ...],
        flag: bool,
        prompt: Prompt | None,
        entry: Entry | None,
    ) -> None:
        # A suggestion list left open would take the next keystrokes meant for the
        # entry that is about to show.
        self.tag_completer.popup().hide()
        self._loading = True
        try:
            self._text_dirty = self._tags_dirty = self._flag_dirty = False
            self.title.setText(title)
            self.title.setModified(False)
            # setPlainText also empties the undo history: undo never crosses entries.
            self.body.setPlainText(body)
            self.tags.setText(tags_text(tags))
            self.therapy.setChecked(flag)
            if prompt is not None:
                self.prompt_label.setText(prompt.text)
                self.prompt_label.show()
            else:
                self.prompt_label.clear()
                self.prompt_label.hide()
            self._date_dirty = False
            self._stored = None if entry is None else _Stored.of(entry)
            self._show_when(datetime.now().astimezone() if entry is None else entry.created)
            self.tabs.setCurrentIndex(0)
            self.preview.clear()
        finally:
            self._loading = False
        self._refresh_counts()
        self._update_keepable()
        self._update_filter_note()

    def _show_when(self, moment: datetime) -> None:
        """Show ``moment``'s wall-clock date and time (in the offset it was written in)."""
        moment = local(moment)
        loading, self._loading = self._loading, True
        try:
            self.when.setDateTime(
                _utc(
                    QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
                )
            )
        finally:
            self._loading = loading

    def chosen_when(self) -> datetime:
        """The date and time in the picker, as this computer's local time (naive)."""
        value = self.when.dateTime()
        day, time = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    # ----- changes and autosave --------------------------------------------------------

    def _changed(self) -> None:
        if self._closed or self._loading or self._handle is None:
            return
        # Saved at most a second after the first unsaved change (not a second after
        # the last keystroke): steady typing is saved every second.
        self.autosave.changed()

    def _text_edited(self, _text: str = "") -> None:
        if self._closed or self._loading:
            return
        self._text_dirty = True
        self._changed()
        self._update_keepable()

    def _body_changed(self) -> None:
        if self._closed or self._loading:
            return
        self._text_dirty = True
        self._count_timer.start()
        self._changed()
        self._update_keepable()

    def _tags_edited(self, _text: str) -> None:
        if self._closed or self._loading:
            return
        self._tags_dirty = True
        self._changed()
        self._update_keepable()

    def _date_edited(self, _value: QDateTime) -> None:
        if self._closed or self._loading:
            return
        self._date_dirty = True
        self._changed()

    def _date_finished(self) -> None:
        if self._date_dirty:
            self.flush()  # a date typed and confirmed: keep it (and re-sort) at once

    def _tags_finished(self) -> None:
        if self._tags_dirty:
            self.flush()

    def _flag_toggled(self, _checked: bool) -> None:
        if self._closed or self._loading:
            return
        self._flag_dirty = True
        self._changed()
        self._update_keepable()
        self.flush()  # a deliberate click: keep it at once

    def has_unsaved_changes(self) -> bool:
        return self._text_dirty or self._tags_dirty or self._flag_dirty or self._date_dirty

    def flush(self) -> None:
        """Send every pending change to the worker now (no-op when nothing changed)."""
        self.autosave.flush()

    def _store(self) -> None:
        """The autosave's store: hand the changed fields (and the date) to the worker."""
        handle = self._handle
        if self._closed or handle is None or not self.has_unsaved_changes():
            return
        tags: tuple[str, ...] | None = None
        if self._tags_dirty or handle.id is None:
            tags, refused = parse_tags(self.tags.text())
            if refused:
                self.problem.emit(
                    tr("A tag can be at most {n} characters long; “{tag}…” was left out.").format(
                        n=MAX_TAG_CHARS, tag=refused[0][:20]
                    )
                )
        when = self.chosen_when() if self._date_dirty else None
        changes: ops.EntryEdit | None
        if handle.id is None:
            # The first save creates the entry with everything shown so far...
            changes = ops.EntryEdit(
                title=self.title.text(),
                body=self.body.toPlainText(),
                tags=tags,
                bring_to_therapy=self.therapy.isChecked(),
            )
            if not changes.has_content():
                # ...unless nothing is written yet: then there is nothing to keep (a
                # date chosen already waits for the first words).
                self._text_dirty = self._tags_dirty = self._flag_dirty = False
                self.autosave.discard(SaveState.NEW)
                return
        elif self._text_dirty or self._tags_dirty or self._flag_dirty:
            changes = ops.EntryEdit(
                title=self.title.text() if self._text_dirty else None,
                body=self.body.toPlainText() if self._text_dirty else None,
                tags=tags,
                bring_to_therapy=self.therapy.isChecked() if self._flag_dirty else None,
            )
        else:
            changes = None  # only the date changed
        self._text_dirty = self._tags_dirty = self._flag_dirty = self._date_dirty = False
        ticket = self.autosave.begin()

        def done(stored: ops.Saved | None) -> None:
            if not self._closed and stored is not None:
                if handle is self._handle:
                    self._stored = _Stored.of(stored.entry)
                    if not self._date_dirty:
                        self._show_when(stored.entry.created)
                    self._update_keepable()
                    self._update_filter_note()
                self.saved.emit(handle, stored)
            # "Saved" once nothing newer is pending or on its way (for this entry only).
            self.autosave.finished(ticket, SaveState.SAVED if stored is not None else SaveState.NEW)

        def failed(error: BaseException) -> None:
            if not self._closed and handle is self._handle:
                # Keep the words on screen and try again with the next change or Ctrl+S.
                if changes is not None:
                    self._text_dirty |= changes.title is not None or changes.body is not None
                    self._tags_dirty |= changes.tags is not None
                    self._flag_dirty |= changes.bring_to_therapy is not None
                self._date_dirty |= when is not None
            self.autosave.failed(ticket)  # "Not saved yet", for this entry only
            if not self._closed:
                self.problem.emit(
                    tr("Your latest words couldn't be saved yet: {reason}").format(
                        reason=str(error) or type(error).__name__
                    )
                )

        self._session.run_op(
            lambda vault: store_with_date(vault, handle, changes, when), done, failed, origin=self
        )

    @property
    def state(self) -> SaveState:
        return self.autosave.state

    def _announce(self, state: SaveState) -> None:
        # Once a change, as before (the autosave repeats the state shown when another
        # entry is opened).
        if state is not self._announced:
            self._announced = state
            self.state_changed.emit(state)

    # ----- counts and preview ----------------------------------------------------------

    def _refresh_counts(self) -> None:
        words = word_count(self.body.toPlainText())
        self.words_label.setText(
            tr("1 word")
            if words == 1
            else QCoreApplication.translate("EntryEditor", "%Ln words", None, words)
        )
        if self.tabs.currentWidget() is self.preview:
            self.preview.show_markdown(self.body.toPlainText())

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.preview:
            self.preview.show_markdown(self.body.toPlainText())

    def _paste_refused(self, kind: str) -> None:
        if kind == "image":
            text = tr(
                "Pictures can't go into an entry (it holds text only). Describe it in words instead."
            )
        else:
            text = tr("Only text can be pasted into an entry.")
        self.problem.emit(text)

    # ----- lock ------------------------------------------------------------------------

    def wipe(self) -> None:
        """Lock: stop saving, empty every field and its undo history, forget the entry.

        Call :meth:`flush` first; anything typed after this is not kept.
        """
        self._closed = True
        self.autosave.close()
        self._count_timer.stop()
        self._handle = None
        self._stored = None
        self._filter = None
        self.filter_row.hide()
        self._loading = True  # the picker forgets the date without marking a change
        self.when.setDateTime(self.when.minimumDateTime())
        wipe_line_edit(self.title)
        wipe_line_edit(self.tags)
        self.tag_completer.clear()
        self.body.clear()
        self.body.document().clearUndoRedoStacks()
        self.preview.clear()
        self.prompt_label.clear()
        self.words_label.clear()
