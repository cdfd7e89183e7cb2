"""Regular backups after unlock: made off the UI and worker threads, stopped by a lock,
silent on failure apart from a log line naming the error's type."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_fixtures import PASSPHRASE

from app.vault import backup
from app.vault.layout import VaultPaths
from ui.shell.backup_schedule import BACKUP_DELAY_MS, BackupSchedule

pytestmark = pytest.mark.usefixtures("existing_vault")


def unlocked(qtbot: Any, make_shell: Any, **options: Any) -> Any:
    shell = make_shell(**options)
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert shell.window.current_screen() == "workspace"
    return shell


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_backup_is_made_a_few_seconds_after_unlock_when_due(
    qtbot: Any, make_shell: Any, data_dir: Path
) -> None:
    paths = VaultPaths.for_dir(data_dir)
    shell = make_shell(backups=False)
    schedule = BackupSchedule(shell.session, delay_ms=50, parent=shell.window)
    assert backup.list_backups(paths) == [], "a new vault has no backup yet"

    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    with qtbot.waitSignal(schedule.backup_made, timeout=10_000) as made:
        qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    [only] = backup.list_backups(paths)
    assert made.args == [only]
    key = shell.session._vault.data_key
    assert backup.verify_backup(only, key).schema_version >= 1

    # Not due again for a day.
    with qtbot.waitSignal(schedule.backup_made, timeout=10_000) as again:
        schedule.check_now()
    assert again.args == [None]
    assert backup.list_backups(paths) == [only]


def test_the_window_schedules_backups_after_unlock_and_stops_on_lock(
    qtbot: Any, make_shell: Any
) -> None:
    shell = make_shell(backups=True)
    schedule = shell.window.backups
    assert schedule is not None and not schedule.is_scheduled()
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert schedule.is_scheduled()
    assert schedule._first.interval() == BACKUP_DELAY_MS
    shell.window.lock()
    assert not schedule.is_scheduled()
    schedule.check_now()  # locked: nothing to do, nothing raised
    assert not schedule.is_running()


def test_backups_are_off_by_default_with_a_synchronous_worker(make_shell: Any) -> None:
    assert make_shell().window.backups is None


def test_the_backup_runs_on_its_own_thread(
    qtbot: Any, make_shell: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = backup.backup_in_own_connection

    def recording(*args: Any, **kwargs: Any) -> Path:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "backup_in_own_connection", recording)
    shell = unlocked(qtbot, make_shell, backups=True)
    with qtbot.waitSignal(shell.window.backups.backup_made, timeout=10_000):
        shell.window.backups.check_now()
    assert len(threads) == 1
    # Neither the UI thread nor the vault's worker (which, synchronous here, is the UI thread).
    assert threads[0] is not threading.main_thread()


def test_lock_mid_backup_does_not_wait_and_leaves_no_file(
    qtbot: Any,
    make_shell: Any,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    paths = VaultPaths.for_dir(data_dir)
    real = backup.backup_in_own_connection
    exporting = threading.Event()

    def held_until_stopped(*args: Any, should_stop: Any, **options: Any) -> Path:
        def stop() -> bool:
            # Hold the export at its first progress check until asked to stop.
            exporting.set()
            deadline = time.monotonic() + 10
            while not should_stop() and time.monotonic() < deadline:
                time.sleep(0.005)
            return bool(should_stop())

        return real(*args, should_stop=stop, **options)

    monkeypatch.setattr(backup, "backup_in_own_connection", held_until_stopped)
    shell = unlocked(qtbot, make_shell, backups=True)
    schedule = shell.window.backups
    failures: list[str] = []
    schedule.backup_failed.connect(failures.append)
    schedule.check_now()
    assert exporting.wait(10)
    assert schedule.is_running()

    started = time.monotonic()
    shell.window.lock()
    assert time.monotonic() - started < 1.0, "locking must not wait for the backup"
    assert shell.window.current_screen() == "unlock"

    assert schedule.wait(10_000)
    qtbot.wait(50)  # deliver the job's outcome
    assert not schedule.is_running()
    assert failures == []
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert files_in(paths.backups_dir) == []

    # The journal opens as before, and the next backup works.
    monkeypatch.setattr(backup, "backup_in_own_connection", real)
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert shell.window.current_screen() == "workspace"
    with qtbot.waitSignal(schedule.backup_made, timeout=10_000):
        schedule.check_now()
    assert len(backup.list_backups(paths)) == 1


def test_a_failed_backup_is_silent_but_logs_its_type_only(
    qtbot: Any,
    make_shell: Any,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def refused(*_args: Any, **_kwargs: Any) -> Path:
        raise OSError(13, "Permission denied", "/home/someone/my private entry title")

    monkeypatch.setattr(backup, "backup_in_own_connection", refused)
    shell = unlocked(qtbot, make_shell, backups=True)
    schedule = shell.window.backups
    caplog.set_level(logging.WARNING)
    with qtbot.waitSignal(schedule.backup_failed, timeout=10_000) as failed:
        schedule.check_now()
    assert failed.args == ["PermissionError"]
    [record] = [r for r in caplog.records if r.name == "ui.shell.backup_schedule"]
    assert record.getMessage() == "background backup failed: PermissionError"
    assert record.exc_info is None
    assert "private" not in caplog.text
    # Nothing on screen changed: no banner, no dialog.
    assert shell.window.workspace is not None
    assert not shell.window.workspace.banner.isVisible()
    assert files_in(VaultPaths.for_dir(data_dir).backups_dir) == []
