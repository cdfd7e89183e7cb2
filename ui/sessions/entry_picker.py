"""Choosing a journal entry to link to a session: the newest entries, or the journal's
own search as you type (debounced, run on the worker, stale answers dropped).

Entries already linked to the session are listed but can't be chosen again. Closing
the dialog empties its list and search field.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.common.sensitive import wipe_line_edit
from ui.common.text import app_text
from ui.journal.formatting import display_title
from ui.sessions import jobs
from ui.sessions.words import DOT, PLAIN, day_text, reason

if TYPE_CHECKING:
    from ui.shell.session import Session as VaultSession

DEBOUNCE_MS = 200
EntryRole = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionEntryPicker", text)


def entry_title(choice: jobs.EntryChoice) -> str:
    """The title as the journal shows it: the first words when there is none, else
    "Untitled entry"."""
    return display_title(choice.title, choice.preview)


def entry_label(choice: jobs.EntryChoice, today: date | None = None) -> str:
    """ "Tue 4 Mar  ·  Sleep and cravings" (the day the entry was written)."""
    return f"{day_text(choice.created.date(), today)}{DOT}{entry_title(choice)}"


class EntryPicker(QDialog):
    """The newest entries and a search box; ``chosen`` is the entry picked (or None)."""

    def __init__(
        self,
        session: VaultSession,
        today: Callable[[], date],
        linked: Collection[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Link a journal entry"))
        self.setAccessibleName(tr("Link a journal entry"))
        self.session = session
        self._today = today
        self._linked = frozenset(linked)
        self._sequence = 0
        self._closed = False
        self.chosen: int | None = None

        intro = QLabel(
            tr(
                "Choose an entry that belongs with this session. Your newest entries are "
                "listed first; search to find older ones."
            ),
            self,
        )
        intro.setTextFormat(PLAIN)
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search your journal"))
        self.search.setAccessibleName(tr("Search your journal"))
        self.search.setClearButtonEnabled(True)
        self.message = QLabel(self)
        self.message.setTextFormat(PLAIN)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("About the list"))
        self.message.hide()
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Journal entries to choose from"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_args: self._selection_changed())

        self.buttons = QDialogButtonBox(self)
        self.link_button = self.buttons.addButton(
            tr("Link"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.link_button.setAccessibleName(tr("Link the chosen entry"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(tr("Cancel"))
        # Return in the search field searches; it must not link whatever is chosen.
        for button in (self.link_button, cancel):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.link_chosen)
        self.buttons.rejected.connect(self.reject)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.finished.connect(lambda _result: self.wipe())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 440)
        self._selection_changed()

    # ----- reading -----------------------------------------------------------------

    def run_search(self) -> None:
        """The newest entries (no search text), or the journal's search for it."""
        self._timer.stop()
        if self._closed:
            return
        self._sequence += 1
        sequence = self._sequence
        text = self.search.text().strip()

        def failed(error: BaseException) -> None:
            if sequence == self._sequence and not self._closed:
                self.show_choices(
                    [],
                    tr("Your journal couldn't be read just now: {reason}").format(
                        reason=reason(error)
                    ),
                )

        if not text:

            def recent(choices: list[jobs.EntryChoice]) -> None:
                if sequence == self._sequence and not self._closed:
                    empty = tr("Your journal has no entries yet. Entries you write show here.")
                    self.show_choices(choices, None if choices else empty)

            self.session.submit(jobs.recent_entries(), recent, failed)
            return

        def found(result: jobs.EntrySearch) -> None:
            if sequence != self._sequence or self._closed:
                return
            if result.message:
                self.show_choices([], app_text(result.message))
            elif not result.choices:
                self.show_choices([], tr("No entries match that. Try another word."))
            else:
                self.show_choices(result.choices, None)

        self.session.submit(jobs.search_entries(text), found, failed)

    def show_choices(self, choices: list[jobs.EntryChoice], message: str | None) -> None:
        self.list.clear()
        today = self._today()
        first: QListWidgetItem | None = None
        for choice in choices:
            item = QListWidgetItem(entry_label(choice, today))
            item.setData(EntryRole, choice.id)
            if choice.id in self._linked:
                item.setText(
                    tr("{entry} (linked already)").format(entry=entry_label(choice, today))
                )
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            elif first is None:
                first = item
            self.list.addItem(item)
        if first is not None:
            self.list.setCurrentItem(first)
        elif choices and message is None:
            message = tr("Every entry here is linked already. Search to find another.")
        self.message.setText(message or "")
        self.message.setVisible(bool(message))
        self._selection_changed()

    # ----- choosing ----------------------------------------------------------------

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return int(item.data(EntryRole))

    def item_for(self, entry_id: int) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if int(item.data(EntryRole)) == entry_id:
                return item
        return None

    def _selection_changed(self) -> None:
        self.link_button.setEnabled(self.current_id() is not None)

    def _activated(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.list.setCurrentItem(item)
            self.link_chosen()

    def link_chosen(self) -> None:
        chosen = self.current_id()
        if chosen is None or self._closed:
            return
        self.chosen = chosen
        self.accept()

    def wipe(self) -> None:
        """Closed: no answer may reach the dialog, and it shows nothing."""
        self._closed = True
        self._timer.stop()
        self._sequence += 1
        self.list.clear()
        self.message.clear()
        wipe_line_edit(self.search)
