"""The journal page: find entries on the left, write on the right.

Everything that touches the journal runs on the database worker through
``session.submit``; this page only shows results. It is built after each unlock and
destroyed on lock; before that, :meth:`JournalPage.before_lock` queues the last save
(ahead of the vault's close) and empties every model and field.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.journal import ops
from ui.common.design import SPACE
from ui.common.messages import Tone
from ui.common.notice import Notice
from ui.common.surfaces import PageHeader, text_width
from ui.common.text import error_words
from ui.common.theme import set_role
from ui.journal import jobs
from ui.journal.editor import EntryEditor
from ui.journal.entry_list import EntryListModel, EntryTable, IdRole
from ui.journal.filters import FilterPanel
from ui.journal.index_tidier import IndexTidier
from ui.journal.search import SearchController, SearchPanel
from ui.journal.trash_preview import TrashPreview
from ui.journal.trash_view import TrashView

if TYPE_CHECKING:
    from app.journal.model import Entry, EntryFilter, Prompt, SearchResult, Theme
    from app.platform.changes import Changes
    from ui.shell.context import ModuleContext

log = logging.getLogger(__name__)

# Keys (Qt shows "Ctrl" as Cmd on macOS). Also written in the tooltips.
NEW_ENTRY_KEY = "Ctrl+N"
PROMPT_KEY = "Ctrl+Shift+N"
FIND_KEY = "Ctrl+F"
SAVE_KEY = "Ctrl+S"
DELETE_KEY = "Delete"


def tr(text: str) -> str:
    return QCoreApplication.translate("JournalPage", text)


def tr_n(text: str, n: int) -> str:
    return QCoreApplication.translate("JournalPage", text, None, n)


def _native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def _reason(error: BaseException) -> str:
    """A user error is already one sentence for a person; anything else is a bug."""
    from app.platform.errors import UserError

    if isinstance(error, UserError):
        return error_words(error)
    log.error("journal job failed: %s", type(error).__name__)
    return tr("Something went wrong on our side.")


def ask_to_purge(parent: QWidget) -> bool:
    """Ask before deleting an entry for good (the default for ``confirm_purge``)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Delete forever?"))
    box.setText(tr("Delete this entry forever?"))
    box.setInformativeText(tr("It can't be brought back afterwards."))
    delete = box.addButton(tr("Delete forever"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is delete


class WelcomePanel(QWidget):
    """What the right side shows when no entry is open: warm words and today's prompt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-welcome")
        self.heading = QLabel(tr("Your journal"), self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.message = QLabel(self)
        self.message.setObjectName("journal-welcome-text")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setMaximumWidth(520)

        self.prompt_title = QLabel(tr("A question for today"), self)
        bold = QFont(self.prompt_title.font())
        bold.setBold(True)
        self.prompt_title.setFont(bold)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("journal-prompt-of-the-day")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setAccessibleName(tr("Prompt of the day"))
        self.prompt.setMaximumWidth(520)

        self.new_button = QPushButton(tr("Start a new entry"), self)
        self.new_button.setObjectName("journal-welcome-new")
        self.new_button.setAccessibleName(tr("Start a new entry"))
        self.new_button.setToolTip(tr("New entry ({key})").format(key=_native(NEW_ENTRY_KEY)))
        self.today_button = QPushButton(tr("Write about this"), self)
        self.today_button.setObjectName("journal-welcome-today")
        self.today_button.setAccessibleName(tr("Write about today's question"))
        self.browse_button = QPushButton(tr("More prompts…"), self)
        self.browse_button.setAccessibleName(tr("Choose another prompt"))
        self.browse_button.setToolTip(
            tr("Write from a prompt ({key})").format(key=_native(PROMPT_KEY))
        )

        start = QHBoxLayout()
        start.addWidget(self.new_button)
        start.addStretch(1)
        prompt_buttons = QHBoxLayout()
        prompt_buttons.addWidget(self.today_button)
        prompt_buttons.addWidget(self.browse_button)
        prompt_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addLayout(start)
        layout.addSpacing(12)
        layout.addWidget(self.prompt_title)
        layout.addWidget(self.prompt)
        layout.addLayout(prompt_buttons)
        layout.addStretch(1)

    def set_prompt(self, prompt: Prompt | None) -> None:
        visible = prompt is not None
        self.prompt_title.setVisible(visible)
        self.prompt.setVisible(visible)
        self.today_button.setVisible(visible)
        self.prompt.setText(prompt.text if prompt is not None else "")

    def set_has_entries(self, has_entries: bool | None) -> None:
        if has_entries is False:
            self.message.setText(
                tr(
                    "Nothing written yet, and that's fine. This is your own space: no one "
                    "else reads it, and there is no right way to use it. A few lines about "
                    "today are a good start."
                )
            )
        else:
            self.message.setText(
                tr(
                    "Pick an entry on the left to read it again, or start a new one. "
                    "Everything you write is saved as you go."
                )
            )


class JournalPage(QWidget):
    """Entry list, search, filters, calendar and trash on the left; the editor on the right."""

    def __init__(self, context: ModuleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-page")
        self.setAccessibleName(tr("Journal"))
        self.context = context
        self.session = context.session
        self._closed = False
        self._open_sequence = 0
        self._opening_id: int | None = None  # asked for, not yet in the editor
        self._overview_sequence = 0
        self._days_sequence = 0
        self._themes: list[Theme] | None = None
        self._prompts: list[Prompt] = []
        self._selecting = False
        self._focus_results = False  # Down was pressed before the results were in
        self._entry_actions = False  # an entry is open: its actions may be enabled
        # Replaceable (tests): ask before purging, and pick a prompt.
        self.confirm_purge: Callable[[], bool] = lambda: ask_to_purge(self)
        self.choose_prompt: Callable[[], Prompt | None] = self._choose_prompt_in_dialog

        self._build()
        self._bind_keys()
        self._start()

    def sizeHint(self) -> QSize:
        # Ask for room for the list and the editor side by side: the window's layout
        # then narrows the navigation before it narrows the writing space.
        return QSize(1000, 620)

    # ----- building --------------------------------------------------------------------

    def _build(self) -> None:
        self.notice = Notice(self)

        # Left: search, filters, list / results / trash.
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("journal-search")
        self.search_field.setPlaceholderText(tr("Search your journal"))
        self.search_field.setAccessibleName(tr("Search your journal"))
        self.search_field.setToolTip(
            tr("Search as you type ({key}). Esc clears the search.").format(key=_native(FIND_KEY))
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._search_text_changed)
        self.search_field.returnPressed.connect(self._search_now)

        self.filters_button = QToolButton(self)
        self.filters_button.setObjectName("journal-filters-toggle")
        self.filters_button.setText(tr("Filters"))
        self.filters_button.setCheckable(True)
        # Closed until the person opens it; then remembered (app.settings).
        self.filters_button.setChecked(self._filters_open_setting())
        self.filters_button.setAccessibleName(tr("Show or hide filters and calendar"))
        self.filters_button.setToolTip(tr("Show or hide the filters and the calendar"))
        self.filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filters_button.toggled.connect(self._toggle_filters)

        self.filters = FilterPanel(self)
        self._toggle_filters(self.filters_button.isChecked(), remember=False)
        self.filters.filter_changed.connect(self._filter_changed)
        self.filters.month_shown.connect(self._month_shown)

        self.model = EntryListModel(self.session, parent=self)
        self.model.loaded.connect(self._list_loaded)
        self.model.failed.connect(lambda text: self.notice.show_message(text, Tone.PROBLEM))
        self.model.total_changed.connect(self._total_changed)

        self.list = EntryTable(self)
        self.list.setObjectName("journal-entry-list")
        self.list.setAccessibleName(tr("Entries, newest first"))
        self.list.setModel(self.model)
        self.list.selectionModel().currentChanged.connect(self._list_current_changed)
        # The row's context menu (entry_list.EntryTable): Open is the list's Enter.
        self.list.trash_requested.connect(self.delete_entry)
        self.list.therapy_requested.connect(self.set_therapy_flag)

        self.list_empty = QLabel(self)
        self.list_empty.setObjectName("journal-list-empty")
        self.list_empty.setWordWrap(True)
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_empty.setTextFormat(Qt.TextFormat.PlainText)
        self.list_empty.setMargin(12)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("journal-count")
        self.count_label.setAccessibleName(tr("How many entries are shown"))

        # How many match, the sort choice, and the results, read a page at a time.
        self.search_panel = SearchPanel(self)
        self.results_model = self.search_panel.model
        self.results = self.search_panel.view
        self.results.selectionModel().currentChanged.connect(self._result_current_changed)
        self.results.clicked.connect(self._result_clicked)
        self.search_message = self.search_panel.message

        self.search = SearchController(self.session, self)
        self.search.results.connect(self._show_results)
        self.search_panel.attach(self.search)
        self.search.cleared.connect(self._show_list)

        self.trash = TrashView(self)
        self.trash.restore_requested.connect(self.restore_entry)
        self.trash.purge_requested.connect(self.purge_entry)
        self.trash.back_requested.connect(self._show_list)
        self.trash.selection_changed.connect(self._preview_trash_entry)

        self.trash_button = QPushButton(tr("Tr&ash"), self)
        self.trash_button.setObjectName("journal-show-trash")
        self.trash_button.setAccessibleName(tr("Show the trash"))
        self.trash_button.setToolTip(tr("Entries you deleted in the last 30 days"))
        self.trash_button.clicked.connect(self.show_trash)

        entries_page = QStackedWidget(self)
        entries_page.addWidget(self.list)
        entries_page.addWidget(self.list_empty)
        self.entries_stack = entries_page

        results_page = self.search_panel

        self.left_stack = QStackedWidget(self)
        self.left_stack.addWidget(entries_page)
        self.left_stack.addWidget(results_page)
        self.left_stack.addWidget(self.trash)
        self._results_page = results_page

        search_row = QHBoxLayout()
        search_row.setSpacing(4)
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.filters_button)

        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.trash_button)

        left = QWidget(self)
        left.setObjectName("journal-left")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.setSpacing(6)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.left_stack, 1)
        left_layout.addLayout(footer)
        left.setMinimumWidth(290)

        # Right: actions, then the editor or the welcome panel.
        self.new_button = QPushButton(tr("New entry"), self)
        self.new_button.setObjectName("journal-new")
        self.new_button.setAccessibleName(tr("New entry"))
        self.new_button.setToolTip(
            tr("Start a new entry ({key})").format(key=_native(NEW_ENTRY_KEY))
        )
        self.new_button.clicked.connect(lambda: self.new_entry())
        self.prompt_button = QPushButton(tr("Write from a prompt…"), self)
        self.prompt_button.setObjectName("journal-from-prompt")
        self.prompt_button.setAccessibleName(tr("Write from a prompt"))
        self.prompt_button.setToolTip(
            tr("Pick a question to write about ({key})").format(key=_native(PROMPT_KEY))
        )
        self.prompt_button.clicked.connect(self.write_from_prompt)
        self.delete_button = QPushButton(tr("Move to trash"), self)
        self.delete_button.setObjectName("journal-delete")
        self.delete_button.setAccessibleName(tr("Move this entry to the trash"))
        self.delete_button.setToolTip(
            tr(
                "Move this entry to the trash ({key} in the list). You can restore it for 30 days."
            ).format(key=_native(DELETE_KEY))
        )
        self.delete_button.clicked.connect(self.delete_current)
        self.delete_button.setEnabled(False)
        self.bring_up_button = QPushButton(tr("Bring up next time…"), self)
        self.bring_up_button.setObjectName("journal-bring-up")
        self.bring_up_button.setAccessibleName(tr("Bring this up at my next session"))
        self.bring_up_button.setToolTip(
            tr("Add this entry (or the words you selected) to your list for your next session")
        )
        self.bring_up_button.clicked.connect(self.bring_up_current)
        self.bring_up_button.setEnabled(False)

        # The page's own actions sit in its header; the open entry's above the editor.
        self.header = PageHeader(tr("Journal"), self, name="journal-header")
        self.header.add_action(self.new_button)
        self.header.add_action(self.prompt_button)
        set_role(self.new_button, "primary")
        actions = QHBoxLayout()
        actions.setSpacing(SPACE.s)
        actions.addStretch(1)
        actions.addWidget(self.bring_up_button)
        actions.addWidget(self.delete_button)

        self.editor = EntryEditor(self.session, self)
        self.editor.saved.connect(self._entry_saved)
        self.editor.problem.connect(lambda text: self.notice.show_message(text, Tone.PROBLEM))
        self.editor.keepable_changed.connect(lambda _keepable: self._follow_keepable())
        self.editor.show_all_requested.connect(self.filters.reset)
        # Words edited away leave the search index at a quiet moment (index_tidier).
        self.tidier = IndexTidier(self.session.submit, self)

        self.welcome = WelcomePanel(self)
        self.welcome.new_button.clicked.connect(lambda: self.new_entry())
        self.welcome.today_button.clicked.connect(self._write_today)
        self.welcome.browse_button.clicked.connect(self.write_from_prompt)

        from app.journal.model import TRASH_DAYS

        self.trash_preview = TrashPreview(TRASH_DAYS, self)
        self.trash_preview.restore_requested.connect(self._restore_previewed)

        self.right_stack = QStackedWidget(self)
        self.right_stack.addWidget(self.welcome)
        self.right_stack.addWidget(self.editor)
        self.right_stack.addWidget(self.trash_preview)

        right = QWidget(self)
        right.setObjectName("journal-right")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.setSpacing(6)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.right_stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("journal-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([text_width(self, 52), 600])  # wider with large text

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE.s, SPACE.s, SPACE.s, SPACE.s)
        layout.setSpacing(SPACE.s)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self.notice.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def _bind_keys(self) -> None:
        def page_action(key: str, slot: Callable[[], object], name: str) -> QAction:
            action = QAction(name, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False: slot())
            self.addAction(action)
            return action

        self.new_action = page_action(NEW_ENTRY_KEY, self.new_entry, tr("New entry"))
        self.prompt_action = page_action(
            PROMPT_KEY, self.write_from_prompt, tr("Write from a prompt")
        )
        self.find_action = page_action(FIND_KEY, self.focus_search, tr("Search"))
        self.save_action = page_action(SAVE_KEY, self.save_now, tr("Save now"))

        def list_action(view: QAbstractItemView) -> None:
            action = QAction(tr("Move to trash"), view)
            action.setShortcut(QKeySequence(DELETE_KEY))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False: self._delete_selected(view))
            view.addAction(action)

        list_action(self.list)
        list_action(self.results)
        # Enter (or a double-click) on a row opens the entry and puts the cursor in it.
        self.list.activated.connect(self._edit_row)
        self.results.activated.connect(self._edit_row)
        # Down from the search field goes to the list below it, as in a browser's
        # address bar: the keyboard's way to the search results.
        to_list = QAction(tr("Go to the list"), self.search_field)
        to_list.setShortcut(QKeySequence(Qt.Key.Key_Down))
        to_list.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        to_list.triggered.connect(lambda _checked=False: self._focus_list())
        self.search_field.addAction(to_list)
        clear_search = QAction(tr("Clear the search"), self.search_field)
        clear_search.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.triggered.connect(lambda _checked=False: self.search_field.clear())
        self.search_field.addAction(clear_search)

    def _start(self) -> None:
        """After unlock: tidy the trash, load the first page, the tags and the month."""
        self._show_welcome()
        self.welcome.set_prompt(self._prompt_of_the_day())
        self.welcome.set_has_entries(None)
        self.session.run_op(
            jobs.after_unlock,
            None,
            lambda error: log.error("emptying old trash failed: %s", type(error).__name__),
        )
        self.model.reload(self.filters.current_filter())
        self._refresh_overview()
        self.tidier.start()

    # ----- prompts ---------------------------------------------------------------------

    def _load_prompts(self) -> tuple[list[Theme], list[Prompt]]:
        if self._themes is None:
            try:
                from app.content.prompts import load_prompts

                themes, prompts = load_prompts()
            except Exception as error:
                log.error("the writing prompts could not be loaded: %s", type(error).__name__)
                themes, prompts = [], []
            self._themes, self._prompts = list(themes), list(prompts)
        return self._themes, self._prompts

    def _prompt_of_the_day(self) -> Prompt | None:
        try:
            from app.content.prompts import prompt_of_the_day

            return prompt_of_the_day(date.today())
        except Exception as error:
            log.error("no prompt of the day: %s", type(error).__name__)
            return None

    def prompt_by_id(self, prompt_id: str | None) -> Prompt | None:
        if prompt_id is None:
            return None
        _themes, prompts = self._load_prompts()
        return next((p for p in prompts if p.id == prompt_id), None)

    def _choose_prompt_in_dialog(self) -> Prompt | None:
        from ui.journal.prompt_dialog import PromptDialog

        themes, prompts = self._load_prompts()
        if not prompts:
            self.notice.show_message(tr("The writing prompts couldn't be loaded."), Tone.PROBLEM)
            return None
        dialog = PromptDialog(themes, prompts, self)
        try:
            if dialog.exec() != PromptDialog.DialogCode.Accepted:
                return None
            return dialog.chosen()
        finally:
            dialog.deleteLater()
            # Typing goes on in this window. A window manager gives it back the focus
            # when the dialog closes; without one (some minimal desktops) its keyboard
            # shortcuts would stay dead until it is clicked.
            self.window().activateWindow()

    def write_from_prompt(self) -> None:
        """Let the person pick a prompt, then start an entry answering it."""
        if self._closed:
            return
        prompt = self.choose_prompt()
        if prompt is not None and not self._closed:
            self.new_entry(prompt)

    def _write_today(self) -> None:
        prompt = self._prompt_of_the_day()
        if prompt is not None:
            self.new_entry(prompt)

    def _set_entry_actions(self, enabled: bool) -> None:
        """Actions on the open entry follow whether one is open."""
        self._entry_actions = enabled
        # A blank new entry has nothing to throw away yet.
        self.delete_button.setEnabled(enabled and self.editor.has_something_to_keep())
        self.bring_up_button.setEnabled(enabled)

    def _follow_keepable(self) -> None:
        self.delete_button.setEnabled(self._entry_actions and self.editor.has_something_to_keep())

    def bring_up_current(self) -> None:
        """Put the open entry (or the selected words) on the list for the next session."""
        from ui.common.bring_up import bring_up

        if self._closed:
            return
        selected = self.editor.body.textCursor().selectedText().replace("\u2029", " ")
        body = self.editor.body.toPlainText().strip()
        suggestion = selected.strip() or self.editor.title.text().strip() or body.partition("\n")[0]
        entry_id = self.editor.current_id()
        bring_up(
            self,
            self.session,
            suggestion,
            "entry",
            "" if entry_id is None else str(entry_id),
            lambda text: self.notice.show_message(text, Tone.SUCCESS),
            lambda text: self.notice.show_message(text, Tone.PROBLEM),
        )

    def show_item(self, ref: str) -> None:
        """Another page asked for an item (ui/shell/navigation.py): ``prompt:<id>``
        starts an entry answering that prompt; an entry id opens that entry."""
        if self._closed:
            return
        if ref.startswith("prompt:"):
            prompt = self.prompt_by_id(ref.removeprefix("prompt:"))
            if prompt is not None:
                self.new_entry(prompt)
        elif ref.isdigit():
            self.open_entry(int(ref), focus_text=True)

    # ----- the editor ------------------------------------------------------------------

    def new_entry(self, prompt: Prompt | None = None) -> None:
        """Open an empty entry (stored as soon as something is written)."""
        if self._closed:
            return
        self._open_sequence += 1  # an entry still loading must not replace this one
        if self.filters.hides_new_entries():
            # Kinder than a new entry vanishing from the list as it is saved.
            self.filters.reset()
            self.notice.show_message(
                tr("Filters cleared, so your new entry shows in the list."), Tone.INFO
            )
        self.editor.start_new(prompt)
        self._select_in_list(None)
        self.right_stack.setCurrentWidget(self.editor)
        self._set_entry_actions(True)
        self.editor.body.setFocus()

    def open_entry(self, entry_id: int, *, focus_text: bool = False) -> None:
        """Save what is open, then show entry ``entry_id`` (with the cursor in its text
        when ``focus_text``)."""
        if self._closed:
            return
        if entry_id == self.editor.current_id():
            if focus_text and self.right_stack.currentWidget() is self.editor:
                self.editor.body.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.editor.flush()
        self._open_sequence += 1
        sequence = self._open_sequence
        self._opening_id = entry_id

        def done(entry: Entry) -> None:
            if sequence != self._open_sequence or self._closed:
                return
            self._opening_id = None
            self.editor.open_entry(entry, self.prompt_by_id(entry.prompt_id))
            self.right_stack.setCurrentWidget(self.editor)
            self._set_entry_actions(True)
            if focus_text:
                self.editor.body.setFocus(Qt.FocusReason.OtherFocusReason)

        def failed(error: BaseException) -> None:
            if sequence == self._open_sequence:
                self.notice.show_message(
                    tr("That entry couldn't be opened: {reason}").format(reason=_reason(error)),
                    Tone.PROBLEM,
                )

        self.session.submit(jobs.get_entry(entry_id), done, failed)

    def save_now(self) -> None:
        self.editor.flush()

    def focus_search(self) -> None:
        if self.left_stack.currentWidget() is self.trash:
            self._show_list()
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _show_welcome(self) -> None:
        self.right_stack.setCurrentWidget(self.welcome)
        self._set_entry_actions(False)

    def _entry_saved(self, handle: jobs.EntryHandle, saved: ops.Saved) -> None:
        # The editor's own edit shows in its row at once; a new entry arrives in the
        # list through apply_changes, like every other change.
        if not self._closed and not saved.created:
            self.model.update_entry(saved.entry)

    def apply_changes(self, changes: Changes) -> None:
        """Reload what shows data that changed (called for every operation's changes)."""
        if self._closed:
            return
        own_edit = changes.origin is self.editor
        if changes.touches(ops.ENTRIES, ops.ENTRY_TEXT, ops.TAGS):
            self.tidier.note_change()
        if changes.touches(ops.ENTRIES) or (changes.touches(ops.ENTRY_TEXT) and not own_edit):
            self.model.reload(self.filters.current_filter())
            if self.search.is_active():
                self.search.run_now()
        if changes.touches(ops.ENTRIES, ops.TAGS):
            self._refresh_overview()
        if changes.touches(ops.TRASH) and self.left_stack.currentWidget() is self.trash:
            self._refresh_trash()

    # ----- list, filters, calendar -----------------------------------------------------

    def current_filter(self) -> EntryFilter:
        return self.filters.current_filter()

    def _filter_changed(self, entry_filter: EntryFilter) -> None:
        if self._closed:
            return
        self.editor.set_filter(entry_filter)
        self.model.reload(entry_filter)
        self.search.set_filter(entry_filter)

    def _toggle_filters(self, shown: bool, *, remember: bool = True) -> None:
        self.filters.setVisible(shown)
        self.filters_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        if remember:
            from app.settings import JOURNAL_FILTERS_OPEN

            self.context.settings.set(JOURNAL_FILTERS_OPEN, shown)

    def _filters_open_setting(self) -> bool:
        from app.settings import JOURNAL_FILTERS_OPEN

        return bool(self.context.settings.get(JOURNAL_FILTERS_OPEN))

    def _month_shown(self, year: int, month: int) -> None:
        if self._closed:
            return
        self._days_sequence += 1
        sequence = self._days_sequence

        def done(days: set[date]) -> None:
            if sequence == self._days_sequence and not self._closed:
                self.filters.mark_days(year, month, days)

        self.session.submit(jobs.days_with_entries(year, month), done, self._quiet_error)

    def _refresh_overview(self) -> None:
        """Re-read the tag list and the marked days of the shown month."""
        if self._closed:
            return
        year, month = self.filters.shown_month()
        self._overview_sequence += 1
        self._days_sequence += 1
        sequence, days_sequence = self._overview_sequence, self._days_sequence

        def done(overview: jobs.Overview) -> None:
            if sequence != self._overview_sequence or self._closed:
                return
            self.filters.set_tags(overview.tags)
            self.editor.tag_completer.set_tags([name for name, _count in overview.tags])
            if days_sequence == self._days_sequence:
                self.filters.mark_days(year, month, overview.days)

        self.session.submit(
            lambda vault: jobs.overview(vault, year, month), done, self._quiet_error
        )

    def _quiet_error(self, error: BaseException) -> None:
        log.error("journal overview failed: %s", type(error).__name__)

    def _total_changed(self, total: int) -> None:
        if self.filters.is_filtering():
            text = tr_n("%Ln entries match", total) if total != 1 else tr("1 entry matches")
        elif total == 0:
            text = ""  # the empty list says it warmly already
        else:
            text = tr_n("%Ln entries", total) if total != 1 else tr("1 entry")
        self.count_label.setText(text)
        self._select_in_list(self.editor.current_id())  # its row may lie past the first
        if not self.filters.is_filtering():
            self.welcome.set_has_entries(total > 0)

    def _list_loaded(self) -> None:
        if self.model.rowCount() == 0:
            if self.filters.is_filtering():
                self.list_empty.setText(
                    tr("No entries match these filters. “Show all” brings every entry back.")
                )
            else:
                self.list_empty.setText(
                    tr(
                        "Nothing here yet. When you write your first entry, it will wait for you here."
                    )
                )
            self.entries_stack.setCurrentWidget(self.list_empty)
        else:
            self.entries_stack.setCurrentWidget(self.list)
        self._select_in_list(self.editor.current_id())

    def _select_in_list(self, entry_id: int | None) -> None:
        """Highlight the open entry in the list (without opening it again)."""
        self._selecting = True
        try:
            row = self.model.row_of(entry_id) if entry_id is not None else -1
            selection = self.list.selectionModel()
            if row >= 0:
                index = self.model.index(row)
                self.list.setCurrentIndex(index)
                self.list.scrollTo(index)
            else:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.NoUpdate)
        finally:
            self._selecting = False

    def _list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        self.open_entry(int(current.data(IdRole)))

    # ----- search ----------------------------------------------------------------------

    def _search_text_changed(self, text: str) -> None:
        if self._closed:
            return
        self.search.set_query(text, self.filters.current_filter())

    def _search_now(self) -> None:
        if not self._closed:
            self.search.run_now()

    def _show_results(self, result: SearchResult) -> None:
        self.search_panel.show_result(result)
        self.left_stack.setCurrentWidget(self._results_page)
        self.count_label.hide()
        self.filters.setVisible(self.filters_button.isChecked())
        if self._focus_results:
            self._focus_results = False
            self._focus_shown_list()

    def _show_list(self) -> None:
        if self._closed:
            return
        if self.right_stack.currentWidget() is self.trash_preview:
            self._open_sequence += 1  # a preview still on its way is not wanted now
            self.trash_preview.wipe()
            self._show_welcome()
        self._focus_results = False
        self.results_model.clear()
        self.search_message.clear()
        self.left_stack.setCurrentIndex(0)
        self.count_label.show()
        self.trash_button.show()
        self.filters.setVisible(self.filters_button.isChecked())
        self.filters_button.setEnabled(True)
        self.search_field.setEnabled(True)

    def _result_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.open_entry(int(current.data(IdRole)))

    def _focus_list(self) -> None:
        """Focus the list shown below the search field (results, or the entries)."""
        if self.search.is_waiting():
            # Typed, not searched yet: Down is for those results, as soon as they are in.
            self._focus_results = True
            self.search.run_now()
            return
        self._focus_shown_list()

    def _focus_shown_list(self) -> None:
        shown = self.left_stack.currentWidget()
        view: QAbstractItemView = self.results if shown is self._results_page else self.list
        if shown is self.trash or view.model().rowCount() == 0:
            return
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.currentIndex().isValid():
            view.setCurrentIndex(view.model().index(0, 0))

    def _edit_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_entry(int(index.data(IdRole)), focus_text=True)

    def _result_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_entry(int(index.data(IdRole)))

    # ----- delete, trash, restore ------------------------------------------------------

    def delete_current(self) -> None:
        """Move the open entry to the trash (Undo brings it back)."""
        if self._closed:
            return
        handle = self.editor.handle
        if handle is None:
            return
        self.editor.flush()  # the trash keeps the last words too
        self._open_sequence += 1
        self.editor.close_entry()
        self._show_welcome()

        def done(entry_id: int | None) -> None:
            if self._closed:
                return
            if entry_id is not None:
                self._after_delete(entry_id)

        self.session.run_op(
            lambda vault: jobs.delete_handle(vault, handle), done, self._action_failed
        )

    def delete_entry(self, entry_id: int) -> None:
        """Move ``entry_id`` to the trash (from the list, without opening it)."""
        if entry_id == self.editor.current_id():
            self.delete_current()
            return
        if entry_id == self._opening_id:
            # Still on its way to the editor: it must not arrive there after this.
            self._open_sequence += 1
            self._opening_id = None
        self.session.run_op(
            jobs.delete(entry_id), lambda _id: self._after_delete(entry_id), self._action_failed
        )

    def set_therapy_flag(self, entry_id: int, flag: bool) -> None:
        """Mark ``entry_id`` to bring to therapy, or not (from the list, unopened)."""
        if self._closed:
            return
        if entry_id == self.editor.current_id():
            self.editor.therapy.setChecked(flag)  # the editor saves it, as a click would
            self.editor.flush()
            return
        edit = ops.EntryEdit(bring_to_therapy=flag)
        self.session.run_op(
            lambda vault: ops.save_entry(vault.connection, entry_id, edit),
            None,
            self._action_failed,
        )

    def _delete_selected(self, view: QAbstractItemView) -> None:
        index = view.currentIndex()
        if index.isValid() and not self._closed:
            self.delete_entry(int(index.data(IdRole)))

    def _after_delete(self, entry_id: int) -> None:
        self.notice.show_message(
            tr("Moved to the trash. You can restore it for 30 days."),
            Tone.INFO,
            action=(tr("Undo"), lambda: self.restore_entry(entry_id, reopen=True)),
        )

    def restore_entry(self, entry_id: int, *, reopen: bool = False) -> None:
        """Bring ``entry_id`` back from the trash."""
        if self._closed:
            return

        def done(_result: object) -> None:
            if self._closed:
                return
            self.notice.show_message(tr("The entry is back in your journal."), Tone.SUCCESS)
            if reopen:
                self.open_entry(entry_id)

        self.session.run_op(jobs.restore(entry_id), done, self._action_failed)

    def purge_entry(self, entry_id: int) -> None:
        """Delete ``entry_id`` for good, after asking."""
        if self._closed or not self.confirm_purge() or self._closed:
            return

        def done(_result: object) -> None:
            if not self._closed:
                self.notice.show_message(tr("The entry was deleted for good."), Tone.INFO)

        self.session.run_op(jobs.purge(entry_id), done, self._action_failed)

    def show_trash(self) -> None:
        if self._closed:
            return
        self.editor.flush()
        self.search_field.clear()
        self.left_stack.setCurrentWidget(self.trash)
        self.filters.hide()
        self.filters_button.setEnabled(False)
        self.search_field.setEnabled(False)
        self.count_label.hide()
        self.trash_button.hide()
        self._refresh_trash()

    def _preview_trash_entry(self, entry_id: int | None) -> None:
        """Show the selected trash entry read-only on the right (or nothing)."""
        if self._closed or self.left_stack.currentWidget() is not self.trash:
            return
        self._open_sequence += 1
        sequence = self._open_sequence
        if entry_id is None:
            self.trash_preview.wipe()
            self._show_welcome()
            return
        if entry_id == self.trash_preview.entry_id():
            return

        def done(entry: Entry) -> None:
            if sequence != self._open_sequence or self._closed:
                return
            if self.right_stack.currentWidget() is self.editor:
                self.editor.close_entry()  # saves what is pending first
            self.trash_preview.show_entry(entry)
            self.right_stack.setCurrentWidget(self.trash_preview)
            self._set_entry_actions(False)

        self.session.submit(jobs.get_entry(entry_id), done, self._action_failed)

    def _restore_previewed(self, entry_id: int) -> None:
        """Restore from the preview: back to the journal with the entry open to edit."""
        self._show_list()
        self.restore_entry(entry_id, reopen=True)

    def _refresh_trash(self) -> None:
        def done(rows: list[Any]) -> None:
            if not self._closed:
                self.trash.set_rows(rows)

        self.session.submit(jobs.trash, done, self._action_failed)

    def _action_failed(self, error: BaseException) -> None:
        if not self._closed:
            self.notice.show_message(
                tr("That didn't work: {reason}").format(reason=_reason(error)), Tone.PROBLEM
            )

    # ----- lock ------------------------------------------------------------------------

    def before_lock(self) -> None:
        """The vault closes next: queue the last save, then forget everything shown."""
        if self._closed:
            return
        self.editor.flush()  # runs on the worker before the vault's close job
        self.tidier.stop()
        self._closed = True
        self.editor.wipe()
        self.search.close()
        self.model.clear()
        self.results_model.clear()
        self.filters.wipe()
        self.trash.wipe()
        self.trash_preview.wipe()
        self.notice.dismiss()
        self.search_message.clear()
        self.count_label.clear()
        self.list_empty.clear()
