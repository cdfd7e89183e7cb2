"""Start the windowed app for one data folder."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.vault.layout import VaultPaths
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

    def shutdown(self) -> None:
        """Lock (queued saves finish first), then stop the worker thread."""
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
    window = MainWindow(session, settings, **window_options)
    return Shell(window, session, settings, tasks)


def _quit_on_termination_signals(app: QApplication) -> None:
    """On SIGTERM/SIGINT (log-out, shutdown, Ctrl+C) lock and quit instead of dying.

    Python runs signal handlers only when it gets control, so a light timer hands it
    control twice a second while Qt's event loop runs.
    """
    import signal

    def request_quit(_signum: int, _frame: object) -> None:
        app.quit()

    for name in ("SIGTERM", "SIGINT"):
        signum = getattr(signal, name, None)
        if signum is not None:
            signal.signal(signum, request_quit)
    timer = QTimer(app)
    timer.setInterval(500)
    timer.timeout.connect(lambda: None)
    timer.start()


def run_gui(data_dir: Path, config_dir: Path, argv: list[str] | None = None) -> int:
    """Run the app until the window closes; returns the process exit code."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)

    paths = VaultPaths.for_dir(data_dir)
    instance = SingleInstance(paths.root, paths.lock_file)
    try:
        primary = instance.acquire(listen=False)
    except PermissionError:
        sys.stderr.write("mooring: can't write to the data folder\n")
        return 1
    if not primary:
        # Another Mooring has this folder open: bring it forward, and leave quietly.
        if ask_running_instance_to_raise(paths.root):
            return 0
        sys.stderr.write("mooring: this data folder is open in another Mooring\n")
        return 1

    shell = build_shell(paths.root, config_dir)
    instance.raise_requested.connect(shell.window.bring_to_front)
    app.aboutToQuit.connect(shell.shutdown)
    _quit_on_termination_signals(app)
    shell.window.start()
    shell.window.show()
    QTimer.singleShot(0, instance.listen)
    try:
        return int(app.exec())
    finally:
        instance.release()
