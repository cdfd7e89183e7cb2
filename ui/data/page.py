"""The "Your data" page. For now one section, Backups:

- the backups Mooring keeps (``app.vault.backup.describe_backups``: when, how big,
  which version; read from the names, no database work);
- "Back up now" and "Save an encrypted copy to…": made the way the daily backups are
  (``ui/shell/backup_schedule.py``): the worker only hands over the data key, and the
  export runs on a thread of its own with a read-only connection of its own, so an
  autosave never waits for it; a busy bar and Stop while it runs; locking stops it and
  it leaves no file;
- "Restore…" from a chosen backup, or from a copy on a drive: after a plain
  confirmation, the backup is checked first (``check_source``) while the journal is
  still open; then the window locks (every page is destroyed, so nothing shows the
  old journal), and the restore runs on the worker right after the close
  (``restore_from``, which keeps the journal as it was as a backup first). The lock
  screen says how it went; unlocking opens the restored journal (the worker runs the
  unlock after the restore).

Below Backups, "Take everything with you" (``ui/data/export_section.py``: the whole
journal as JSON or Markdown), then "Import from another journal"
(``ui/data/import_section.py``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.common.busy import BusyBar
from ui.common.design import SPACE
from ui.common.messages import MessageBanner, Tone
from ui.common.scrolling import scroll_area
from ui.common.surfaces import Card, PageHeader, text_label
from ui.common.text import error_words
from ui.data.export_section import ExportSection
from ui.data.import_section import ImportSection
from ui.shell.context import ModuleContext

if TYPE_CHECKING:
    from app.vault.backup import BackupEntry, RestoreSource

log = logging.getLogger(__name__)

# (parent, title) -> the chosen folder, or "" when cancelled.
FolderDialog = Callable[[QWidget, str], str]
# (parent, what will be restored, in words) -> True to go ahead.
ConfirmRestore = Callable[[QWidget, str], bool]


def tr(text: str) -> str:
    return QCoreApplication.translate("DataPage", text)


def ask_folder(parent: QWidget, title: str) -> str:
    """A folder dialog that leaves no trace of the folder chosen."""
    from ui.common.file_dialogs import no_file_dialog_history

    with no_file_dialog_history():
        return str(
            QFileDialog.getExistingDirectory(
                parent, title, str(Path.home()), QFileDialog.Option.ShowDirsOnly
            )
        )


def confirm_restore(parent: QWidget, what: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Restore your journal?"),
        tr(
            "Your journal will be put back as it was in {what}. Your journal as it is now "
            "is kept as a backup first, so you can come back to it.\n\n"
            "Mooring locks while it restores; then unlock as usual."
        ).format(what=what),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("data-restore-confirm")
    restore = box.addButton(tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is restore


def when_text(entry: BackupEntry) -> str:
    """The backup's time in the person's own locale and time zone."""
    stamp = QDateTime.fromMSecsSinceEpoch(int(entry.made_at.timestamp() * 1000))
    locale = QLocale()
    when = tr("{day}, {time}").format(
        day=locale.toString(stamp.date(), QLocale.FormatType.LongFormat),
        time=locale.toString(stamp.time(), QLocale.FormatType.ShortFormat),
    )
    if entry.before_restore:
        return tr("{when} (your journal before a restore)").format(when=when)
    return when


def size_text(size: int) -> str:
    return str(QLocale().formattedDataSize(size))


def version_text(version: int | None) -> str:
    from app.vault.migrations import LATEST_VERSION

    if version is None:
        return tr("Not known")
    if version == LATEST_VERSION:
        return tr("{number} (this version)").format(number=version)
    if version > LATEST_VERSION:
        return tr("{number} (newer)").format(number=version)
    return str(version)


def error_text(error: BaseException) -> str:
    """One sentence for the person; never a traceback, never a database's own words."""
    from app.vault.backup import BackupCancelled
    from app.vault.errors import VaultError, WrongPassphrase

    if isinstance(error, BackupCancelled):
        return tr("Stopped. Nothing was saved.")
    if isinstance(error, WrongPassphrase):
        # The window compares a copy with the open journal's own key: a copy that
        # would need another passphrase is of another journal.
        return tr(
            "This copy is of a different journal, so Mooring won't put it in place of "
            "this one. Nothing was changed."
        )
    if isinstance(error, VaultError):
        return error_words(error)
    log.warning("backup work failed: %s", type(error).__name__)
    return tr("That didn't work, and nothing was changed. Please try again.")


class _Relay(QObject):
    """Carries a job's outcome from the pool thread to the UI thread."""

    finished = Signal(int, object)  # job number, result
    failed = Signal(int, object)  # job number, exception


class DataPage(QWidget):
    """See the module docstring."""

    # A job finished (listed, made, saved, checked, failed): for tests and the e2e walk.
    settled = Signal()

    def __init__(
        self,
        context: ModuleContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("data-page")
        self.setAccessibleName(tr("Your data"))
        self.context = context
        self.session = context.session
        self.today = today
        self.folder_dialog: FolderDialog = ask_folder
        self.confirm: ConfirmRestore = confirm_restore
        self.entries: list[BackupEntry] = []
        # Made before the relay: children go in order, so the pool waits for its job
        # before the relay that job reports through is destroyed.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._job_finished)
        self._relay.failed.connect(self._job_failed)
        self._jobs = 0
        self._stop: threading.Event | None = None
        self._on_done: Callable[[Any], None] | None = None
        self._closed = False
        self.saved_to: Path | None = None
        self._build()
        self.refresh()

    # ----- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.header = PageHeader(tr("Your data"), self, name="data-header")
        self.header.set_subtitle(
            tr("Your journal stays on this computer. Here you can keep copies of it safe.")
        )
        content = QWidget(self)
        # Each part of the page is a section here: Backups, Export, then Import.
        self.sections = QVBoxLayout(content)
        self.sections.setContentsMargins(0, 0, SPACE.s, 0)
        self.sections.setSpacing(SPACE.l)
        self.backups_card = self._build_backups()
        self.add_section(self.backups_card)
        self.export_card = ExportSection(
            self.session, self, today=lambda: self.today(), pool=self._pool
        )
        self.add_section(self.export_card)
        self.import_card = ImportSection(self.session, self)
        self.add_section(self.import_card)
        self.sections.addStretch(1)
        scroll = scroll_area(content, self, name="data-scroll", sideways=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE.l, SPACE.m, SPACE.l, SPACE.m)
        layout.setSpacing(SPACE.s)
        layout.addWidget(self.header)
        layout.addWidget(scroll, 1)

    def add_section(self, card: QWidget) -> None:
        """Add a section (a ``Card``) below the others, above the page's end."""
        stretch_at = self.sections.count() - 1
        last = self.sections.itemAt(stretch_at) if stretch_at >= 0 else None
        if last is not None and last.spacerItem() is not None:
            self.sections.insertWidget(stretch_at, card)
        else:
            self.sections.addWidget(card)

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build_backups(self) -> Card:
        card = Card(tr("Backups"), "data-backups", self)
        about = text_label(card, muted=True, name="data-backups-about")
        about.setText(
            tr(
                "Mooring makes a backup a few seconds after you unlock, once a day, and "
                "keeps the last few. Each one is encrypted like your journal."
            )
        )
        self.table = QTreeWidget(card)
        self.table.setObjectName("data-backups-list")
        self.table.setAccessibleName(tr("Backups"))
        self.table.setHeaderLabels([tr("Made"), tr("Size"), tr("Version")])
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 7)
        self.table.setMaximumHeight(self.table.fontMetrics().height() * 12)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda *_args: self.restore_chosen())
        self.empty = text_label(card, muted=True, name="data-backups-empty")
        self.empty.setText(
            tr("No backups yet. The first is made soon after you unlock, or choose Back up now.")
        )

        self.backup_button = self._button(tr("Back up &now"), "data-backup-now", self.back_up_now)
        self.copy_button = self._button(
            tr("Save an encrypted &copy to…"), "data-save-copy", self.save_copy
        )
        self.restore_button = self._button(
            tr("&Restore this backup…"), "data-restore", self.restore_chosen
        )
        self.restore_copy_button = self._button(
            tr("Restore from a cop&y…"), "data-restore-copy", self.restore_from_copy
        )
        make_row = QHBoxLayout()
        make_row.setSpacing(SPACE.s)
        make_row.addWidget(self.backup_button)
        make_row.addWidget(self.copy_button)
        make_row.addStretch(1)
        restore_row = QHBoxLayout()
        restore_row.setSpacing(SPACE.s)
        restore_row.addWidget(self.restore_button)
        restore_row.addWidget(self.restore_copy_button)
        restore_row.addStretch(1)

        self.busy = BusyBar(card)
        self.status = QLabel(card)
        self.status.setObjectName("data-status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()
        self.stop_button = self._button(tr("&Stop"), "data-stop", self.stop)
        self.stop_button.hide()
        busy_row = QHBoxLayout()
        busy_row.setSpacing(SPACE.s)
        busy_row.addWidget(self.status)
        busy_row.addWidget(self.busy, 1)
        busy_row.addWidget(self.stop_button)
        self.banner = MessageBanner(card)
        self.banner.setObjectName("data-banner")

        card.body.addWidget(about)
        card.body.addWidget(self.table)
        card.body.addWidget(self.empty)
        card.body.addLayout(restore_row)  # under the list: it acts on the chosen row
        card.body.addSpacing(SPACE.s)
        card.body.addLayout(make_row)
        card.body.addLayout(busy_row)
        card.body.addWidget(self.banner)
        self._update_buttons()
        return card

    # ----- the list ------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again (names and sizes only: quick, on the UI thread)."""
        from app.vault.backup import describe_backups

        chosen = self.chosen()
        try:
            self.entries = describe_backups(self.session.paths)
        except OSError as error:
            log.warning("backups could not be listed: %s", type(error).__name__)
            self.entries = []
        self.table.clear()
        for entry in self.entries:
            item = QTreeWidgetItem(
                [when_text(entry), size_text(entry.size), version_text(entry.schema_version)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(entry.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
            if chosen is not None and entry.path == chosen.path:
                self.table.setCurrentItem(item)
        has_any = bool(self.entries)
        self.table.setVisible(has_any)
        self.empty.setVisible(not has_any)
        self.restore_button.setVisible(has_any)
        self._update_buttons()

    def chosen(self) -> BackupEntry | None:
        item = self.table.currentItem()
        if item is None or not item.isSelected():
            return None
        path = item.data(0, Qt.ItemDataRole.UserRole)
        return next((e for e in self.entries if str(e.path) == path), None)

    def is_busy(self) -> bool:
        return self._stop is not None

    def _update_buttons(self) -> None:
        idle = not self.is_busy()
        for button in (self.backup_button, self.copy_button, self.restore_copy_button):
            button.setEnabled(idle)
        self.restore_button.setEnabled(idle and self.chosen() is not None)

    # ----- work off the UI thread ----------------------------------------------------

    def _run(
        self,
        status: str,
        work: Callable[[bytes, threading.Event], Any],
        on_done: Callable[[Any], None],
        *,
        stoppable: bool = True,
    ) -> None:
        """Get the data key from the worker, then run ``work(key, stop)`` on the pool."""
        if self.is_busy() or not self.session.is_unlocked():
            return
        stop = threading.Event()
        self._stop = stop
        self._on_done = on_done
        self._jobs += 1
        number = self._jobs
        self.banner.clear_message()
        self.status.setText(status)
        self.status.show()
        self.busy.set_busy(True)
        self.stop_button.setVisible(stoppable)
        self._update_buttons()
        relay = self._relay

        def start(data_key: bytes) -> None:
            if self._closed or stop.is_set():
                relay.failed.emit(number, _cancelled())
                return

            def job() -> None:
                from app.platform.background import as_background_thread

                as_background_thread()
                try:
                    result = work(data_key, stop)
                except BaseException as error:
                    relay.failed.emit(number, error)
                else:
                    relay.finished.emit(number, result)

            self._pool.start(job)

        self.session.submit(
            lambda vault: vault.data_key, start, lambda error: relay.failed.emit(number, error)
        )

    def _settle(self, number: int) -> Callable[[Any], None] | None:
        if number != self._jobs or self._closed:
            return None
        on_done = self._on_done
        self._stop = None
        self._on_done = None
        self.busy.set_busy(False)
        self.status.setText("")
        self.status.hide()
        self.stop_button.hide()
        self._update_buttons()
        return on_done

    def _job_finished(self, number: int, result: Any) -> None:
        on_done = self._settle(number)
        if on_done is not None:
            on_done(result)
            self.settled.emit()

    def _job_failed(self, number: int, error: BaseException) -> None:
        if self._settle(number) is None:
            return
        self.refresh()
        self.banner.show_message(error_text(error), Tone.PROBLEM)
        self.settled.emit()

    def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self.status.setText(tr("Stopping…"))
            self.stop_button.setEnabled(False)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until no job runs (tests and the e2e walk)."""
        return bool(self._pool.waitForDone(timeout_ms))

    # ----- back up now, save a copy --------------------------------------------------

    def back_up_now(self) -> None:
        paths = self.session.paths

        def work(data_key: bytes, stop: threading.Event) -> Path:
            from app.vault import backup

            return backup.backup_in_own_connection(
                paths,
                data_key,
                should_stop=stop.is_set,
                check_every=backup.WINDOW_STOP_CHECK_STEPS,
            )

        self._run(tr("Backing up…"), work, self._backed_up)

    def _backed_up(self, made: Path) -> None:
        self.refresh()
        for row in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(row)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == str(made):
                self.table.setCurrentItem(item)
        self.banner.show_message(tr("Backed up. The newest backup is at the top."), Tone.SUCCESS)

    def save_copy(self) -> None:
        if self.is_busy():
            return
        chosen = self.folder_dialog(self, tr("Choose where to save the copy"))
        if not chosen:
            return
        from app.vault import backup

        target = backup.new_copy_folder(Path(chosen), self.today())
        paths = self.session.paths

        def work(data_key: bytes, stop: threading.Event) -> Path:
            return backup.save_copy(paths, data_key, target, should_stop=stop.is_set)

        self._run(tr("Saving a copy…"), work, self._copy_saved)

    def _copy_saved(self, folder: Path) -> None:
        self.saved_to = folder
        self.banner.show_message(
            tr(
                "Saved an encrypted copy. It opens with your passphrase; keep the whole "
                "folder together. It is here: {folder}"
            ).format(folder=str(folder)),
            Tone.SUCCESS,
        )

    # ----- restore -------------------------------------------------------------------

    def restore_chosen(self) -> None:
        entry = self.chosen()
        if entry is None or self.is_busy():
            return
        what = tr("the backup made {when}").format(when=when_text(entry))
        self._restore(entry.path, what)

    def restore_from_copy(self) -> None:
        if self.is_busy():
            return
        chosen = self.folder_dialog(self, tr("Choose the folder of the copy"))
        if not chosen:
            return
        self._restore(Path(chosen), tr("the copy in the folder {folder}").format(folder=chosen))

    def _restore(self, source: Path, what: str) -> None:
        if not self.confirm(self, what):
            return
        paths = self.session.paths

        def work(data_key: bytes, stop: threading.Event) -> tuple[RestoreSource, bytes]:
            from app.vault import backup

            checked = backup.check_source(paths, source, data_key=data_key, should_stop=stop.is_set)
            return checked, data_key

        self._run(
            tr("Checking the backup…"),
            work,
            lambda result: self._checked(source, what, *result),
        )

    def _checked(self, source: Path, what: str, _checked: RestoreSource, data_key: bytes) -> None:
        """The backup is good: lock (nothing shows the old journal), then restore on the
        worker right after the vault closes, and say on the lock screen how it went."""
        window = self.window()
        session = self.session
        tasks = session.tasks
        paths = session.paths
        screen = getattr(window, "unlock_screen", None)
        message: MessageBanner | None = getattr(screen, "message", None)
        lock = getattr(window, "lock", None)
        if callable(lock):
            lock()
        else:
            session.lock()
        if message is not None:
            message.show_message(tr("Restoring your journal…"), Tone.INFO)

        def job() -> None:
            from app.vault import backup

            backup.restore_from(paths, source, data_key=data_key)

        def done(_result: None) -> None:
            session.damage = None  # the damaged journal, if any, is now a kept backup
            if message is not None:
                message.show_message(
                    tr(
                        "Your journal was restored from {what}. Your journal as it was is "
                        "kept as a backup. Unlock to carry on."
                    ).format(what=what),
                    Tone.SUCCESS,
                )

        def failed(error: BaseException) -> None:
            if message is not None:
                message.show_message(error_text(error), Tone.PROBLEM)

        tasks.run(job, done, failed)

    # ----- the page protocol ---------------------------------------------------------

    def apply_changes(self, _changes: object) -> None:
        """Entries changing does not change the list of backups."""

    def before_lock(self) -> None:
        """Stop any backup or copy (it removes its unfinished file) and forget the list;
        stop any import (nothing is kept) and forget its plan."""
        self._closed = True
        self.export_card.before_lock()
        self.import_card.before_lock()
        if self._stop is not None:
            self._stop.set()
        self.entries = []
        self.table.clear()
        self.banner.clear_message()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.is_busy() and not self._closed:
            self.refresh()  # the daily backup may have been made meanwhile


def _cancelled() -> BaseException:
    from app.vault.backup import BackupCancelled

    return BackupCancelled()
