"""Start the windowed app for one data folder."""

from __future__ import annotations

import os
import signal
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

from app.vault.layout import VaultPaths
from ui.shell import language
from ui.shell.appearance import apply_appearance
from ui.shell.main_window import MainWindow
from ui.shell.session import Session
from ui.shell.settings_store import SettingsStore
from ui.shell.single_instance import SingleInstance, ask_running_instance_to_raise
from ui.tasks import TaskManager


@dataclass
class Shell:
    """Everything one running window needs, so tests can build and tear it down."""

    window: MainWindow
    session: Session
    settings: SettingsStore
    tasks: TaskManager
    _shut_down: bool = field(default=False, init=False, repr=False)

    def shutdown(self) -> None:
        """Lock (queued saves finish first), then stop the worker thread. Once only.

        Blocks (bounded) while it waits for the worker, delivering the worker's results
        meanwhile; so call it where no event is half-delivered, i.e. not from a slot or
        an event filter (``run_gui`` calls it after the event loop has returned).
        """
        if self._shut_down:
            return
        self._shut_down = True
        self.window.lock()
        self.tasks.shutdown()


def build_shell(
    data_dir: Path,
    config_dir: Path,
    *,
    synchronous: bool = False,
    kdf: Any = None,
    keyring_backend: Any = None,
    **window_options: Any,
) -> Shell:
    """Build (but do not show) the window for ``data_dir``; needs a QApplication."""
    tasks = TaskManager(synchronous=synchronous)
    session = Session(data_dir, tasks, kdf=kdf, keyring_backend=keyring_backend)
    settings = SettingsStore(config_dir)
    # The language before the first widget: each builds its texts once.
    language.install(settings.language())
    # The theme before the first widget: built in its style and colours, nothing has to
    # be polished again (which cost start-up time when it came after).
    apply_appearance(settings.appearance())
    window = MainWindow(session, settings, **window_options)
    return Shell(window, session, settings, tasks)


class _TerminationSignals:
    """SIGTERM/SIGINT (log-out, shutdown, Ctrl+C) end the event loop; nothing more.

    Python runs a signal handler between two bytecodes of whatever Python code the main
    thread happens to run, for instance an event filter while the worker's "job done"
    event is being delivered. Quitting from there once made the quit wait for that very
    event: a hang (see tests/ui/test_ui_single_instance.py). So the handler does nothing;
    the C part of Python's handling writes the signal number to a wakeup pipe, and a
    notifier on the pipe, run by Qt's event loop like any other event, stops the loop.
    (A pipe, not a socket pair: Mooring has no socket code at all. On Windows, where no
    other process can send these signals to a windowed program, nothing is installed.)
    ``run_gui`` then shuts down (lock, save, stop the worker) after ``exec()`` returned.
    A signal that comes before ``exec()`` is acted on as soon as the loop starts.
    """

    _NAMES = ("SIGTERM", "SIGINT")

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._signums = {
            int(getattr(signal, name)) for name in self._NAMES if hasattr(signal, name)
        }
        self._previous: dict[int, Any] = {}
        self._previous_wakeup_fd = -1
        self._pipe: tuple[int, int] | None = None  # (read end, write end)
        self._notifier: QSocketNotifier | None = None

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread() or os.name == "nt":
            return  # only the main thread may handle signals (run_gui in a test thread)
        reader, writer = os.pipe()
        os.set_blocking(reader, False)
        os.set_blocking(writer, False)
        self._pipe = (reader, writer)
        self._previous_wakeup_fd = signal.set_wakeup_fd(writer, warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._on_wakeup)
        for signum in self._signums:
            self._previous[signum] = signal.signal(signum, _ignore_signal)

    def _on_wakeup(self) -> None:
        if self._pipe is None:
            return
        received = b""
        try:
            while chunk := os.read(self._pipe[0], 64):
                received += chunk
        except (BlockingIOError, InterruptedError):
            pass
        if any(signum in self._signums for signum in received):
            # exit(), not quit(): quit() first asks every window to close, and a
            # window may refuse. run_gui locks and saves once exec() has returned.
            self._app.exit(0)

    def uninstall(self) -> None:
        """Put back what ``install`` replaced (``run_gui`` may run inside a host process)."""
        for signum, previous in self._previous.items():
            signal.signal(signum, previous if previous is not None else signal.SIG_DFL)
        self._previous.clear()
        if self._pipe is not None:
            signal.set_wakeup_fd(self._previous_wakeup_fd)
            if self._notifier is not None:
                self._notifier.setEnabled(False)
                self._notifier = None  # not parented: deleted with its Python wrapper
            for end in self._pipe:
                os.close(end)
            self._pipe = None


def _ignore_signal(_signum: int, _frame: object) -> None:
    """The Python-level handler: runs at an arbitrary point, so it must do nothing."""


def run_gui(data_dir: Path, config_dir: Path, argv: list[str] | None = None) -> int:
    """Run the app until the window closes; returns the process exit code."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    # Before the lock is taken: from then on, SIGTERM must end in a clean exit that
    # releases it (a signal that comes before exec() is acted on when the loop starts).
    signals = _TerminationSignals(app)
    signals.install()
    try:
        return _run(app, data_dir, config_dir)
    finally:
        signals.uninstall()


def _run(app: QApplication, data_dir: Path, config_dir: Path) -> int:
    paths = VaultPaths.for_dir(data_dir)
    from app.paths import DataFolderNotPrivate, ensure_private_dir

    try:
        # A data folder other users can open is made private before anything is in it.
        ensure_private_dir(paths.root)
    except DataFolderNotPrivate as error:
        sys.stderr.write(f"mooring: {error}\n")
        return 1
    instance = SingleInstance(paths.root, paths.lock_file)
    try:
        # Listen at once (a few ms): a launch that finds the lock taken can then always
        # hand over, however long this one takes to build its window.
        primary = instance.acquire()
    except PermissionError:
        sys.stderr.write("mooring: can't write to the data folder\n")
        return 1
    if not primary:
        # Another Mooring has this folder open: bring it forward, and leave quietly.
        if ask_running_instance_to_raise(paths.root):
            return 0
        sys.stderr.write(
            "mooring: this data folder is open in another Mooring, which did not answer\n"
        )
        return 1

    shell: Shell | None = None
    try:
        shell = build_shell(paths.root, config_dir)
        instance.raise_requested.connect(shell.window.bring_to_front)
        shell.window.start()
        shell.window.show()
        return int(app.exec())
    finally:
        # Here, not on aboutToQuit: no event is half-delivered below us, so waiting for
        # the worker (which reports back through events) cannot wait for itself.
        if shell is not None:
            shell.window.close()  # as if the person closed it; harmless if they did
            shell.shutdown()
        instance.release()
