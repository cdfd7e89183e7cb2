"""The "Import from another journal" section of the "Your data" page.

It reads jrnl, Day One, RedNotebook, a folder of Markdown or text files
(``app.exchange.importers``) and Mooring's own JSON export (``app.exchange.import_mooring``,
recognised by its first bytes), in three steps:

1. The person chooses a file or a folder (``ui/common/file_dialogs.py``: the dialog
   leaves no trace of where it looked).
2. Planning runs on the worker, since it reads the vault to find entries already
   there (``plan_import``; for a Mooring export ``read_summary``, the import done and
   rolled back, so its counts are exact). A busy bar and Stop show while it runs.
   Nothing is written. The plan's summary lines are then shown plainly, with
   "Import N entries" (or "N items") and "Cancel".
3. Importing is one operation on the worker (``import_entries`` or
   ``import_mooring_op`` through ``Session.run_op``), with progress and Stop. It adds
   all of it or none: a Stop (``ImportCancelled``) keeps nothing. The operation's changes are announced,
   so the journal page lists the new entries. One calm line says how it went.

A source that can't be read gets its one sentence, and nothing is changed. Locking
stops an import (nothing is kept) and forgets the plan: no entry text outlives the
lock on this page.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.common.busy import BusyBar
from ui.common.design import SPACE
from ui.common.messages import MessageBanner, Tone
from ui.common.reveal import reveal
from ui.common.surfaces import Card, text_label
from ui.common.text import error_words
from ui.data.import_words import plan_lines, plural, summary_lines, tr

if TYPE_CHECKING:
    from app.exchange.import_mooring import ImportSummary
    from app.exchange.importers import ImportPlan
    from app.vault.vault import Vault
    from ui.shell.session import Session

log = logging.getLogger(__name__)

# (parent, title) -> the chosen path, or "" when cancelled.
PathDialog = Callable[[QWidget, str], str]

# A plan's summary shows at most this many lines; the rest are counted.
MAX_SUMMARY_LINES: Final = 16

IDLE: Final = "idle"
PLANNING: Final = "planning"
PLANNED: Final = "planned"
IMPORTING: Final = "importing"


def ask_file(parent: QWidget, title: str) -> str:
    """An open-file dialog that leaves no trace of the folder it looked in."""
    from ui.common.file_dialogs import no_file_dialog_history

    file_filter = ";;".join(
        (
            tr("Journal exports (*.json *.zip *.md *.markdown *.txt)"),
            tr("All files (*)"),
        )
    )
    with no_file_dialog_history():
        path, _selected = QFileDialog.getOpenFileName(parent, title, str(Path.home()), file_filter)
    return str(path)


def ask_folder(parent: QWidget, title: str) -> str:
    """A folder dialog that leaves no trace of the folder chosen."""
    from ui.common.file_dialogs import no_file_dialog_history

    with no_file_dialog_history():
        return str(
            QFileDialog.getExistingDirectory(
                parent, title, str(Path.home()), QFileDialog.Option.ShowDirsOnly
            )
        )


def error_text(error: BaseException) -> str:
    """One sentence for the person: never a traceback, never a database's own words."""
    from app.exchange import import_mooring
    from app.exchange.importers import ImportCancelled
    from app.platform.errors import UserError

    if isinstance(error, ImportCancelled):
        return tr("Stopped. Nothing was imported.")
    # ImportProblem and ImportFailed name the file and the line, entry or record.
    if isinstance(error, (UserError, import_mooring.ImportFailed)):
        return error_words(error)
    if isinstance(error, OSError):
        return tr("Mooring couldn't read that. Nothing was changed.")
    log.warning("import failed: %s", type(error).__name__)
    return tr("That didn't work, and nothing was changed. Please try again.")


def is_export(plan: ImportPlan | ImportSummary) -> bool:
    """True for a Mooring export's summary, false for another journal's plan."""
    from app.exchange.import_mooring import ImportSummary

    return isinstance(plan, ImportSummary)


def to_add(plan: ImportPlan | ImportSummary) -> int:
    """How many entries (or, from a Mooring export, items of any kind) it would add."""
    from app.exchange.import_mooring import ImportSummary

    return plan.added if isinstance(plan, ImportSummary) else len(plan.entries)


def summary_text(plan: ImportPlan | ImportSummary) -> str:
    """The plan's summary lines, one under the other (only the first lines of a long one)."""
    from app.exchange.import_mooring import ImportSummary

    lines = summary_lines(plan) if isinstance(plan, ImportSummary) else plan_lines(plan)
    if len(lines) > MAX_SUMMARY_LINES:
        hidden = len(lines) - (MAX_SUMMARY_LINES - 1)
        lines = lines[: MAX_SUMMARY_LINES - 1]
        lines.append(plural(hidden, "…and 1 more note.", "…and %Ln more notes."))
    return "\n".join(lines)


class _Relay(QObject):
    """Carries the import's progress from the worker thread to the UI thread."""

    progressed = Signal(int, int, int)  # job number, entries written, entries in all


class ImportSection(Card):
    """See the module docstring."""

    # Planning or importing finished (planned, imported, stopped, failed): for tests
    # and the e2e walk.
    settled = Signal()
    # The import wrote a batch (entries written, entries in all).
    progressed = Signal(int, int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(tr("Import from another journal"), "data-import", parent)
        self.session = session
        self.file_dialog: PathDialog = ask_file
        self.folder_dialog: PathDialog = ask_folder
        self.plan: ImportPlan | ImportSummary | None = None
        self.state = IDLE
        self.added: int | None = None  # how many the last import added
        self._jobs = 0
        self._stop: threading.Event | None = None
        self._closed = False
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed)
        self._build()
        self._show_state()

    # ----- building ----------------------------------------------------------------

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build(self) -> None:
        about = text_label(self, muted=True, name="data-import-about")
        about.setText(
            tr(
                "Bring in entries from jrnl, Day One, RedNotebook, or a folder of Markdown "
                "or text files, or everything from a Mooring export. You see what will be "
                "added before anything is changed, and entries already in your journal "
                "are not added twice."
            )
        )
        self.file_button = self._button(tr("Choose a &file…"), "data-import-file", self.choose_file)
        self.folder_button = self._button(
            tr("Choose a fol&der…"), "data-import-folder", self.choose_folder
        )
        choose_row = QHBoxLayout()
        choose_row.setSpacing(SPACE.s)
        choose_row.addWidget(self.file_button)
        choose_row.addWidget(self.folder_button)
        choose_row.addStretch(1)

        self.summary = text_label(self, name="data-import-summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Its name is its text (the summary itself); the description says what it is.
        self.summary.setAccessibleDescription(tr("What will be imported"))
        self.import_button = self._button(tr("&Import"), "data-import-go", self.start_import)
        self.cancel_button = self._button(tr("Cance&l"), "data-import-cancel", self.cancel)
        plan_row = QHBoxLayout()
        plan_row.setSpacing(SPACE.s)
        plan_row.addWidget(self.import_button)
        plan_row.addWidget(self.cancel_button)
        plan_row.addStretch(1)

        self.busy = BusyBar(self)
        self.status = QLabel(self)
        self.status.setObjectName("data-import-status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.stop_button = self._button(tr("S&top"), "data-import-stop", self.stop)
        busy_row = QHBoxLayout()
        busy_row.setSpacing(SPACE.s)
        busy_row.addWidget(self.status)
        busy_row.addWidget(self.busy, 1)
        busy_row.addWidget(self.stop_button)
        self.banner = MessageBanner(self)
        self.banner.setObjectName("data-import-banner")

        self.body.addWidget(about)
        self.body.addLayout(choose_row)
        self.body.addSpacing(SPACE.xs)
        self.body.addWidget(self.summary)
        self.body.addLayout(plan_row)
        self.body.addLayout(busy_row)
        self.body.addWidget(self.banner)

    def _show_state(self) -> None:
        """Show and enable what fits the current step."""
        state = self.state
        working = state in (PLANNING, IMPORTING)
        for button in (self.file_button, self.folder_button):
            button.setEnabled(not working)
        planned = state in (PLANNED, IMPORTING) and self.plan is not None
        self.summary.setVisible(planned)
        count = to_add(self.plan) if self.plan is not None else 0
        # While importing, the summary stays (what is being added) with Stop below it.
        self.import_button.setVisible(state == PLANNED and count > 0)
        self.cancel_button.setVisible(state == PLANNED)
        self.busy.set_busy(working)
        self.status.setVisible(working)
        self.stop_button.setVisible(working)
        self.stop_button.setEnabled(working)

    def is_busy(self) -> bool:
        return self.state in (PLANNING, IMPORTING)

    # ----- choosing and planning -----------------------------------------------------

    def choose_file(self) -> None:
        if self.is_busy():
            return
        chosen = self.file_dialog(self, tr("Choose the file to import"))
        if chosen:
            self.plan_from(Path(chosen))

    def choose_folder(self) -> None:
        if self.is_busy():
            return
        chosen = self.folder_dialog(self, tr("Choose the folder to import"))
        if chosen:
            self.plan_from(Path(chosen))

    def plan_from(self, source: Path) -> None:
        """Read ``source`` on the worker and show what importing it would do."""
        if self.is_busy() or self._closed or not self.session.is_unlocked():
            return
        self.plan = None
        self.added = None
        self.banner.clear_message()
        number = self._begin(PLANNING, tr("Reading {name}…").format(name=source.name))

        def job(vault: Vault) -> ImportPlan | ImportSummary:
            from app.exchange.import_mooring import is_mooring_export, read_summary
            from app.exchange.importers import plan_import

            if is_mooring_export(source):
                return read_summary(vault.connection, source)
            return plan_import(source, None, vault.connection)

        self.session.submit(
            job,
            lambda plan: self._planned(number, plan),
            lambda error: self._failed(number, error),
        )

    def _begin(self, state: str, status: str) -> int:
        self._jobs += 1
        self._stop = threading.Event()
        self.state = state
        self.busy.setRange(0, 0)
        self.status.setText(status)
        self._show_state()
        return self._jobs

    def _current(self, number: int) -> bool:
        return number == self._jobs and not self._closed

    def _planned(self, number: int, plan: ImportPlan | ImportSummary) -> None:
        if not self._current(number):
            return
        self._stop = None
        self.plan = plan
        self.state = PLANNED
        self.summary.setText(summary_text(plan))
        count = to_add(plan)
        if is_export(plan):
            self.import_button.setText(plural(count, "&Import 1 item", "&Import %Ln items"))
        else:
            self.import_button.setText(plural(count, "&Import 1 entry", "&Import %Ln entries"))
        self.import_button.setAccessibleName(self.import_button.text().replace("&", ""))
        if count:
            self.cancel_button.setText(tr("Cance&l"))
        else:
            self.cancel_button.setText(tr("C&lose"))
            self.banner.show_message(
                tr("There is nothing new to add: it is all in your journal already.")
                if plan.duplicates
                else tr("There is nothing in it that Mooring can add."),
                Tone.INFO,
            )
        self.cancel_button.setAccessibleName(self.cancel_button.text().replace("&", ""))
        self._show_state()
        button = self.import_button if count else self.cancel_button
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        # The summary first, then the button that acts on it, in view.
        reveal(self.summary, button)
        self.settled.emit()

    def cancel(self) -> None:
        """Forget the plan; nothing was written."""
        if self.state != PLANNED:
            return
        self._forget()
        self.banner.clear_message()
        self._show_state()
        self.file_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _forget(self) -> None:
        self.plan = None
        self.state = IDLE
        self.summary.setText("")

    # ----- importing -----------------------------------------------------------------

    def start_import(self) -> None:
        plan = self.plan
        if self.state != PLANNED or plan is None or not to_add(plan):
            return
        if self._closed or not self.session.is_unlocked():
            return
        self.banner.clear_message()
        number = self._begin(
            IMPORTING, tr("Adding everything…") if is_export(plan) else tr("Adding entries…")
        )
        stop = self._stop
        assert stop is not None
        relay = self._relay

        def progress(done: int, total: int) -> None:
            if stop.is_set():
                return
            # After a lock the page may be gone: then there is nothing to show.
            with contextlib.suppress(RuntimeError):
                relay.progressed.emit(number, done, total)

        def op(vault: Vault) -> Any:
            from app.exchange.import_mooring import ImportSummary, import_mooring_op
            from app.exchange.importers import import_entries

            if isinstance(plan, ImportSummary):
                return import_mooring_op(
                    vault.connection,
                    plan.path,
                    progress=progress,
                    cancelled=stop.is_set,
                    expected=plan.in_file,
                )
            return import_entries(vault.connection, plan, progress, stop.is_set)

        exported = is_export(plan)
        self.session.run_op(
            op,
            lambda added: self._imported(
                number, to_add(added) if exported else int(added), exported=exported
            ),
            lambda error: self._failed(number, error),
            origin=self,
        )

    def _progressed(self, number: int, done: int, total: int) -> None:
        if not self._current(number) or self.state != IMPORTING:
            return
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(done)
        self.progressed.emit(done, total)

    def _imported(self, number: int, added: int, *, exported: bool = False) -> None:
        if not self._current(number):
            return
        self._stop = None
        self.added = added
        self._forget()
        self._show_state()
        if added and exported:
            self.banner.show_message(
                plural(
                    added,
                    "Added 1 item; it is in its place in Mooring.",
                    "Added %Ln items; each is in its place in Mooring.",
                ),
                Tone.SUCCESS,
            )
        elif added:
            self.banner.show_message(
                plural(
                    added,
                    "Added 1 entry; it is in your journal.",
                    "Added %Ln entries; they are in your journal.",
                ),
                Tone.SUCCESS,
            )
        else:
            self.banner.show_message(
                tr("Nothing was added: those entries are already in your journal."), Tone.INFO
            )
        self.file_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.settled.emit()

    def _failed(self, number: int, error: BaseException) -> None:
        if not self._current(number):
            return
        from app.exchange.importers import ImportCancelled

        self._stop = None
        if self.state == IMPORTING and isinstance(error, ImportCancelled):
            self.state = PLANNED  # nothing was kept; the plan can be imported again
        else:
            self._forget()
        self._show_state()
        self.banner.show_message(error_text(error), Tone.PROBLEM)
        self.settled.emit()

    def stop(self) -> None:
        """Stop planning (its result is ignored) or importing (nothing is kept)."""
        if self._stop is None:
            return
        self._stop.set()
        if self.state == PLANNING:
            # Planning can't be interrupted; its result is ignored when it comes.
            self._jobs += 1
            self._stop = None
            self._forget()
            self._show_state()
            self.banner.show_message(tr("Stopped. Nothing was changed."), Tone.INFO)
            self.settled.emit()
            return
        self.status.setText(tr("Stopping…"))
        self.stop_button.setEnabled(False)

    # ----- locking -------------------------------------------------------------------

    def before_lock(self) -> None:
        """Stop an import (nothing is kept) and forget the plan and what was said."""
        self._closed = True
        self._jobs += 1
        if self._stop is not None:
            self._stop.set()
            self._stop = None
        self._forget()
        self.added = None
        self.banner.clear_message()
        self._show_state()
