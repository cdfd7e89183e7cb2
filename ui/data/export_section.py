"""The "Take everything with you" section of the "Your data" page: the whole journal
as one JSON file (``app.exchange.export_json``, readable by Mooring's import or any
program that reads JSON) or as a folder of Markdown files to read
(``app.exchange.export_markdown``).

The person chooses the kind, reads the plain warning that the copy is not encrypted,
and presses "Export…": a save dialog (JSON, a neutral default name from
``default_file_name``) or a folder dialog (Markdown: an empty folder is filled; in a
folder that has things in it a new, neutrally named folder is made). Both dialogs leave
no trace of where they looked (``ui/common/file_dialogs.py``).

The export reads through a read-only connection of its own on the page's thread pool
(``engine.reader_beside_the_app``, the data key asked of the worker first), so the
worker, and with it every autosave, is not held for the seconds a large journal
takes; a progress bar and Stop show meanwhile. Stop or locking leaves no file (the export
functions remove what they wrote when ``cancelled()`` turns true). Then one calm line
says where it went; a place that can't be written to gets its one sentence.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QRadioButton, QWidget

from ui.common.busy import BusyBar
from ui.common.design import SPACE
from ui.common.messages import MessageBanner, Tone
from ui.common.surfaces import Card, text_label
from ui.common.text import error_words
from ui.common.theme import set_role

if TYPE_CHECKING:
    from ui.shell.session import Session

log = logging.getLogger(__name__)

# (parent, title, suggested file name, file filter) -> the chosen path, or "".
SaveDialog = Callable[[QWidget, str, str, str], str]
# (parent, title) -> the chosen folder, or "" when cancelled.
FolderDialog = Callable[[QWidget, str], str]

JSON: Final = "json"
MARKDOWN: Final = "markdown"


def tr(text: str) -> str:
    return QCoreApplication.translate("DataExport", text)


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> str:
    from ui.common.file_dialogs import ask_save_path as ask

    return ask(parent, title, suggested, file_filter)


def ask_folder(parent: QWidget, title: str) -> str:
    """A folder dialog that leaves no trace of the folder chosen."""
    from PySide6.QtWidgets import QFileDialog

    from ui.common.file_dialogs import no_file_dialog_history

    with no_file_dialog_history():
        return str(
            QFileDialog.getExistingDirectory(
                parent, title, str(Path.home()), QFileDialog.Option.ShowDirsOnly
            )
        )


def json_target(chosen: str) -> tuple[Path, bool]:
    """The file to write and whether replacing it was confirmed (the save dialog asks
    before choosing a file that exists; a name typed without ".json" gets it, and that
    other name was never confirmed, so an existing file there is refused)."""
    path = Path(chosen)
    if path.suffix.lower() == ".json":
        return path, path.exists()
    return path.with_name(f"{path.name}.json"), False


def markdown_target(chosen: Path, today: date) -> Path:
    """The chosen folder when it is new or empty; else a new folder inside it with a
    name that says nothing about what is in it (``notes-YYYY-MM-DD``, numbered)."""
    from app.exchange.output import DEFAULT_STEM

    try:
        empty = chosen.is_dir() and not any(chosen.iterdir())
    except OSError:
        return chosen  # the export says, in one sentence, what is wrong with it
    if empty or not chosen.exists() or not chosen.is_dir():
        return chosen
    stem = f"{DEFAULT_STEM}-{today.isoformat()}"
    target, number = chosen / stem, 1
    while target.exists():
        number += 1
        target = chosen / f"{stem}-{number}"
    return target


def error_text(error: BaseException) -> str:
    """One sentence for the person: never a traceback."""
    from app.exchange.export_json import ExportCancelled
    from app.exchange.output import OutputError

    if isinstance(error, ExportCancelled):
        return tr("Stopped. Nothing was saved.")
    if isinstance(error, OutputError):
        return error_words(error)
    if isinstance(error, OSError):
        return tr("Mooring couldn't write there. Nothing was saved.")
    log.warning("export failed: %s", type(error).__name__)
    return tr("That didn't work, and nothing was saved. Please try again.")


class _Relay(QObject):
    """Carries the export's progress and result from its thread to the UI thread."""

    progressed = Signal(int, int, int)  # job number, records written, records in all
    finished = Signal(int, str, object)  # job number, kind, where it went (a Path)
    failed = Signal(int, object)  # job number, the error


class ExportSection(Card):
    """See the module docstring."""

    # The export finished (saved, stopped, failed): for tests and the e2e walk.
    settled = Signal()
    # Records written so far, records in all.
    progressed = Signal(int, int)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(tr("Take everything with you"), "data-export", parent)
        self.session = session
        self.today = today
        self.save_dialog: SaveDialog = ask_save_path
        self.folder_dialog: FolderDialog = ask_folder
        self.saved_to: Path | None = None
        self._jobs = 0
        self._stop: threading.Event | None = None
        self._closed = False
        # The page's pool (one thread: an export waits for a backup to finish). Made
        # before the relay, so a pool of its own waits for its job before the relay
        # that job reports through is destroyed (children go in order).
        self._pool = pool if pool is not None else QThreadPool(self)
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed)
        self._relay.finished.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._build()
        self._show_busy(False)

    # ----- building ----------------------------------------------------------------

    def _build(self) -> None:
        about = text_label(self, muted=True, name="data-export-about")
        about.setText(
            tr(
                "Save everything in your journal outside Mooring. One file can be read "
                "back by Mooring's import, or by any program that reads JSON; a folder of "
                "Markdown files is for reading."
            )
        )
        self.kinds = QButtonGroup(self)
        self.json_choice = self._choice(tr("&One file (JSON)"), "data-export-json")
        self.markdown_choice = self._choice(
            tr("A folder of &Markdown files"), "data-export-markdown"
        )
        self.json_choice.setChecked(True)

        self.warning = MessageBanner(self)
        self.warning.setObjectName("data-export-unencrypted-warning")
        self.warning.show_message(
            tr(
                "The copy will not be encrypted: anyone who can open it can read "
                "everything in it. Keep it somewhere private, and delete it when you "
                "no longer need it."
            ),
            Tone.PROBLEM,
        )

        self.export_button = QPushButton(tr("&Export…"), self)
        self.export_button.setObjectName("data-export-go")
        self.export_button.setAccessibleName(tr("Export: choose where to save"))
        set_role(self.export_button, "primary")
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        go_row = QHBoxLayout()
        go_row.setSpacing(SPACE.s)
        go_row.addWidget(self.export_button)
        go_row.addStretch(1)

        self.busy = BusyBar(self)
        self.status = QLabel(self)
        self.status.setObjectName("data-export-status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.stop_button = QPushButton(tr("Sto&p"), self)
        self.stop_button.setObjectName("data-export-stop")
        self.stop_button.setAccessibleName(tr("Stop the export"))
        self.stop_button.clicked.connect(lambda _checked=False: self.stop())
        busy_row = QHBoxLayout()
        busy_row.setSpacing(SPACE.s)
        busy_row.addWidget(self.status)
        busy_row.addWidget(self.busy, 1)
        busy_row.addWidget(self.stop_button)
        self.banner = MessageBanner(self)
        self.banner.setObjectName("data-export-banner")

        self.body.addWidget(about)
        self.body.addWidget(self.json_choice)
        self.body.addWidget(self.markdown_choice)
        self.body.addWidget(self.warning)
        self.body.addLayout(go_row)
        self.body.addLayout(busy_row)
        self.body.addWidget(self.banner)

    def _choice(self, text: str, name: str) -> QRadioButton:
        button = QRadioButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        self.kinds.addButton(button)
        return button

    def chosen(self) -> str:
        return MARKDOWN if self.markdown_choice.isChecked() else JSON

    def is_busy(self) -> bool:
        return self._stop is not None

    def _show_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        self.status.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.stop_button.setEnabled(busy)
        self.export_button.setEnabled(not busy)
        self.json_choice.setEnabled(not busy)
        self.markdown_choice.setEnabled(not busy)

    # ----- exporting -----------------------------------------------------------------

    def export(self) -> None:
        """Ask where, then export there on the worker."""
        if self.is_busy() or self._closed or not self.session.is_unlocked():
            return
        if self.chosen() == JSON:
            from app.exchange.output import default_file_name

            chosen = self.save_dialog(
                self,
                tr("Save everything as one file"),
                default_file_name(self.today(), "json"),
                tr("JSON files (*.json)"),
            )
            if chosen:
                path, overwrite = json_target(chosen)
                self.start(JSON, path, overwrite=overwrite)
        else:
            folder = self.folder_dialog(self, tr("Choose a new or empty folder"))
            if folder:
                self.start(MARKDOWN, markdown_target(Path(folder), self.today()))

    def start(self, kind: str, target: Path, *, overwrite: bool = False) -> None:
        """Export as ``kind`` to ``target`` (a file for JSON, a folder for Markdown)."""
        if self.is_busy() or self._closed or not self.session.is_unlocked():
            return
        self._jobs += 1
        number = self._jobs
        stop = threading.Event()
        self._stop = stop
        self.saved_to = None
        self.banner.clear_message()
        self.busy.setRange(0, 0)
        self.status.setText(tr("Exporting…"))
        self._show_busy(True)
        relay = self._relay

        def progress(done: int, total: int) -> None:
            if stop.is_set():
                return
            # After a lock the page may be gone: then there is nothing to show.
            with contextlib.suppress(RuntimeError):
                relay.progressed.emit(number, done, total)

        database = self.session.paths.database

        def export(data_key: bytes) -> Path:
            from app.vault.engine import reader_beside_the_app

            with reader_beside_the_app(database, data_key) as connection:
                if kind == JSON:
                    from app.exchange.export_json import export_json

                    return export_json(
                        connection,
                        target,
                        overwrite=overwrite,
                        progress=progress,
                        cancelled=stop.is_set,
                    ).path
                from app.exchange.export_markdown import export_markdown

                return export_markdown(
                    connection, target, progress=progress, cancelled=stop.is_set
                ).folder

        def start_on_pool(data_key: bytes) -> None:
            def job() -> None:
                from app.platform.background import as_background_thread

                as_background_thread()
                # After a lock the section may be gone: then there is no one to tell.
                try:
                    path = export(data_key)
                except BaseException as error:
                    with contextlib.suppress(RuntimeError):
                        relay.failed.emit(number, error)
                else:
                    with contextlib.suppress(RuntimeError):
                        relay.finished.emit(number, kind, path)

            self._pool.start(job)

        self.session.submit(
            lambda vault: vault.data_key,
            start_on_pool,
            lambda error: self._failed(number, error),
        )

    def _current(self, number: int) -> bool:
        return number == self._jobs and not self._closed

    def _progressed(self, number: int, done: int, total: int) -> None:
        if not self._current(number) or not self.is_busy():
            return
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(done)
        self.progressed.emit(done, total)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the export's thread is idle (tests)."""
        return bool(self._pool.waitForDone(timeout_ms))

    def _done(self, number: int, kind: str, path: Path) -> None:
        if not self._current(number):
            return
        self._stop = None
        self._show_busy(False)
        self.saved_to = path
        if kind == JSON:
            text = tr("Saved everything in this file: {path}")
        else:
            text = tr("Saved everything as Markdown files in this folder: {path}")
        self.banner.show_message(text.format(path=str(path)), Tone.SUCCESS)
        self.export_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.settled.emit()

    def _failed(self, number: int, error: BaseException) -> None:
        if not self._current(number):
            return
        self._stop = None
        self._show_busy(False)
        self.banner.show_message(error_text(error), Tone.PROBLEM)
        self.settled.emit()

    def stop(self) -> None:
        """Stop the export; it removes what it wrote."""
        if self._stop is None:
            return
        self._stop.set()
        self.status.setText(tr("Stopping…"))
        self.stop_button.setEnabled(False)

    # ----- locking -------------------------------------------------------------------

    def before_lock(self) -> None:
        """Stop an export (it leaves no file) and forget what was said."""
        self._closed = True
        self._jobs += 1
        if self._stop is not None:
            self._stop.set()
            self._stop = None
        self.saved_to = None
        self.banner.clear_message()
        self._show_busy(False)
