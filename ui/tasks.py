"""One background worker thread for everything that touches the vault.

SQLite connections belong to the thread that opened them, and the key derivation
takes most of a second, so both run here and never on the UI thread. The UI hands
in a callable and gets its result (or its exception) back on the UI thread through
a signal. Jobs run one at a time, in the order they were submitted, which lets a
"save" submitted before a "close" finish first.

Tests can build a ``TaskManager(synchronous=True)``: jobs then run immediately on
the calling thread and their callbacks fire before ``run`` returns.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


@dataclass(eq=False)
class _Job:
    fn: Callable[[], Any]
    on_done: OnDone | None
    on_error: OnError | None
    result: Any = None
    error: BaseException | None = None


def _execute(job: _Job) -> _Job:
    try:
        job.result = job.fn()
    except BaseException as exc:  # handed back to the UI thread, never swallowed
        job.error = exc
    return job


class _Worker(QObject):
    """Lives on the worker thread; runs each job it receives."""

    finished = Signal(object)

    @Slot(object)
    def run_job(self, job: _Job) -> None:
        self.finished.emit(_execute(job))


class TaskManager(QObject):
    """Runs callables on a single worker thread and reports back on the UI thread."""

    busy_changed = Signal(bool)
    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self._synchronous = synchronous
        self._pending = 0
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._closed = False
        self._stopping = False
        if not synchronous:
            self._thread = QThread()
            self._thread.setObjectName("mooring-worker")
            self._worker = _Worker()
            self._worker.moveToThread(self._thread)
            self._submit.connect(self._worker.run_job)
            self._worker.finished.connect(self._on_finished)
            self._thread.start()

    @property
    def synchronous(self) -> bool:
        return self._synchronous

    def is_closed(self) -> bool:
        return self._closed

    def is_busy(self) -> bool:
        return self._pending > 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> None:
        """Run ``fn`` on the worker; call ``on_done(result)`` or ``on_error(exc)`` here."""
        if self._closed:
            raise RuntimeError("the task manager has been shut down")
        job = _Job(fn, on_done, on_error)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        if self._synchronous:
            self._on_finished(_execute(job))
        else:
            self._submit.emit(job)

    @Slot(object)
    def _on_finished(self, job: _Job) -> None:
        self._pending -= 1
        try:
            if job.error is None:
                if job.on_done is not None:
                    job.on_done(job.result)
            elif job.on_error is not None:
                job.on_error(job.error)
            else:
                # The type only: a message or traceback could quote what was written.
                log.error("background job failed: %s", type(job.error).__name__)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Block until every submitted job has reported back (used at quit)."""
        if self._synchronous:
            return True
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if self._pending:
                QThread.msleep(5)
        return self._pending == 0

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Finish queued jobs, then stop the worker thread."""
        if self._closed or self._stopping:
            return  # a second call (say, from events processed while waiting) waits for none
        self._stopping = True
        self.wait_idle(timeout_ms)
        self._closed = True
        if self._thread is not None:
            self._thread.quit()
            if not self._thread.wait(timeout_ms):
                log.error("worker thread did not stop in time")
            self._thread = None
            self._worker = None

    def on_worker_thread(self) -> bool:
        """True when called from the thread that runs jobs (for assertions in jobs)."""
        if self._synchronous:
            return threading.current_thread() is threading.main_thread()
        return QThread.currentThread() is self._thread
