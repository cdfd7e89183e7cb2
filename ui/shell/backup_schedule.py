"""Regular encrypted backups, made quietly in the background a little after unlocking.

Until now a backup was made only before a schema migration, so a new journal had none
and "Restore newest backup" had nothing to offer. After each unlock (and every hour
while Mooring stays open), when the newest backup is a day old or there is none, a new
one is made.

It runs on a thread pool of its own, not on the vault's worker, through
``backup_in_own_connection``: a second, read-only connection that reads one WAL snapshot
while the app keeps writing (see that function for why this is safe; it is a deliberate
exception to "one worker owns the connection"). The worker is used only for a moment,
to hand over the data key. Locking never waits for a backup: it asks the running one to
stop, and a stopped or failed backup leaves no file. Failures are silent apart from one
log line naming the error's type.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from ui.shell.session import Session

log = logging.getLogger(__name__)

# Long enough that the first screen, its queries and the person's first keystrokes come
# first; short enough that a quick look still leaves a backup behind.
BACKUP_DELAY_MS = 5_000
RECHECK_MS = 60 * 60 * 1000
MAX_AGE = timedelta(hours=24)
# At quit, how long to wait for a stopping backup to clean up after itself.
_QUIT_WAIT_MS = 10_000

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class _Relay(QObject):
    """Carries a job's outcome from the pool thread to the UI thread (queued signals)."""

    finished = Signal(object, object)  # stop event, Path of the new backup or None
    failed = Signal(object, object)  # stop event, the exception


class BackupSchedule(QObject):
    """Makes a backup after unlock when one is due; never blocks locking or the worker."""

    backup_made = Signal(object)  # Path, or None when none was due
    backup_failed = Signal(str)  # the error's type name

    def __init__(
        self,
        session: Session,
        *,
        delay_ms: int = BACKUP_DELAY_MS,
        recheck_ms: int = RECHECK_MS,
        max_age: timedelta = MAX_AGE,
        clock: Clock = _utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.max_age = max_age
        self.clock = clock
        # Created before the relay: as children are destroyed in order, the pool waits
        # for its job before the relay that job reports through goes away.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one backup at a time
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._relay.failed.connect(self._failed)
        self._running: set[threading.Event] = set()

        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(delay_ms)
        self._first.timeout.connect(self.check_now)
        self._again = QTimer(self)
        self._again.setInterval(recheck_ms)
        self._again.timeout.connect(self.check_now)

        session.unlocked.connect(self._on_unlocked)
        session.about_to_lock.connect(self._on_lock)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # ----- state -------------------------------------------------------------------

    def is_running(self) -> bool:
        return any(not stop.is_set() for stop in self._running)

    def is_scheduled(self) -> bool:
        return self._first.isActive()

    # ----- triggers ----------------------------------------------------------------

    def _on_unlocked(self) -> None:
        self._first.start()
        self._again.start()

    def _on_lock(self) -> None:
        """Stop the timers and ask a running backup to stop; does not wait for it."""
        self._first.stop()
        self._again.stop()
        for stop in self._running:
            stop.set()

    def check_now(self) -> None:
        """Make a backup in the background if one is due (and none is running)."""
        if not self.session.is_unlocked() or self.is_running():
            return
        # A moment on the worker, which owns the vault, to hand over the key; the
        # backup itself runs elsewhere.
        self.session.submit(
            lambda vault: vault.data_key,
            self._start,
            lambda error: self._report_failure(type(error).__name__),
        )

    def _start(self, data_key: bytes) -> None:
        if not self.session.is_unlocked() or self.is_running():
            return
        stop = threading.Event()
        self._running.add(stop)
        paths, max_age, now, relay = self.session.paths, self.max_age, self.clock(), self._relay

        def job() -> None:
            from app.platform.background import as_background_thread
            from app.vault import backup

            as_background_thread()
            try:
                made: Path | None = None
                if backup.backup_due(paths, now, max_age):
                    made = backup.backup_in_own_connection(
                        paths,
                        data_key,
                        should_stop=stop.is_set,
                        check_every=backup.WINDOW_STOP_CHECK_STEPS,
                    )
            except BaseException as error:
                relay.failed.emit(stop, error)
            else:
                relay.finished.emit(stop, made)

        self._pool.start(job)

    # ----- outcomes (UI thread) ----------------------------------------------------

    def _finished(self, stop: threading.Event, made: Path | None) -> None:
        self._running.discard(stop)
        self.backup_made.emit(made)

    def _failed(self, stop: threading.Event, error: BaseException) -> None:
        from app.vault.backup import BackupCancelled

        self._running.discard(stop)
        if isinstance(error, BackupCancelled):
            return  # locked meanwhile; the next unlock tries again
        self._report_failure(type(error).__name__)

    def _report_failure(self, kind: str) -> None:
        # The type only: a message could name a file or quote what the database said.
        log.warning("background backup failed: %s", kind)
        self.backup_failed.emit(kind)

    # ----- shutting down -----------------------------------------------------------

    def wait(self, timeout_ms: int = _QUIT_WAIT_MS) -> bool:
        """Block until no backup runs (tests and quit); True when none is left."""
        return bool(self._pool.waitForDone(timeout_ms))

    def shutdown(self) -> None:
        """At quit: stop any backup and let it remove its unfinished file."""
        self._on_lock()
        if not self.wait():
            log.error("background backup did not stop in time")
