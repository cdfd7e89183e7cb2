"""Locking: shortcut, idle timeout, quick-hide, system lock; what a lock leaves behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit
from ui_fixtures import PASSPHRASE, SECRET_TEXT

from ui.shell import navigation

pytestmark = pytest.mark.usefixtures("existing_vault")


def unlocked(qtbot: Any, make_shell: Any, **options: Any) -> Any:
    shell = make_shell(**options)
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert shell.window.current_screen() == "workspace"
    return shell


def assert_locked(shell: Any) -> None:
    assert shell.window.current_screen() == "unlock"
    assert not shell.session.is_unlocked()
    assert shell.window.workspace is None
    assert not shell.window.lock_action.isVisible()


def test_ctrl_l_locks(qtbot: Any, make_shell: Any) -> None:
    shell = unlocked(qtbot, make_shell)
    assert shell.window.workspace is not None
    qtbot.keyClick(shell.window.workspace.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(shell)


def test_lock_button_locks(qtbot: Any, make_shell: Any) -> None:
    shell = unlocked(qtbot, make_shell)
    shell.window.lock_action.trigger()
    assert_locked(shell)


def test_idle_timeout_locks_and_input_resets_it(qtbot: Any, make_shell: Any, clock: Any) -> None:
    shell = unlocked(qtbot, make_shell)
    window = shell.window
    assert shell.settings.idle_timeout_minutes() == 5

    clock.advance(4 * 60)
    window.idle.check()
    assert window.current_screen() == "workspace"

    assert window.workspace is not None
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_Down)  # someone is here
    clock.advance(4 * 60)
    window.idle.check()
    assert window.current_screen() == "workspace", "typing must reset the idle time"

    clock.advance(61)
    window.idle.check()
    assert_locked(shell)


def test_idle_check_runs_on_its_own_timer(qtbot: Any, make_shell: Any, clock: Any) -> None:
    shell = unlocked(qtbot, make_shell, idle_check_interval_ms=10)
    clock.advance(5 * 60 + 1)
    qtbot.waitUntil(lambda: shell.window.current_screen() == "unlock", timeout=2000)
    assert_locked(shell)


def test_idle_timeout_follows_the_setting(qtbot: Any, make_shell: Any, clock: Any) -> None:
    shell = unlocked(qtbot, make_shell)
    shell.settings.set("idle_timeout_minutes", 1)
    clock.advance(61)
    shell.window.idle.check()
    assert_locked(shell)


def test_no_idle_lock_while_already_locked(qtbot: Any, make_shell: Any, clock: Any) -> None:
    shell = make_shell()
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, "half typed")
    clock.advance(60 * 60)
    shell.window.idle.check()
    # Nothing to protect, and the person's typing is left alone.
    assert shell.window.unlock_screen.passphrase.text() == "half typed"


def test_quick_hide_locks_and_minimises(qtbot: Any, make_shell: Any) -> None:
    shell = unlocked(qtbot, make_shell)
    window = shell.window
    assert window.workspace is not None
    qtbot.keyClick(
        window.workspace.nav,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert_locked(shell)
    assert not window.isVisible(), "hidden, not just minimised (no taskbar entry)"


def test_quick_hide_works_inside_an_open_dialog(qtbot: Any, make_shell: Any) -> None:
    shell = unlocked(qtbot, make_shell)
    window = shell.window
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(
        dialog.idle_minutes,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert_locked(shell)
    assert window.settings_dialog is None
    assert not dialog.isVisible()
    assert not window.isVisible(), "hidden, not just minimised (no taskbar entry)"


def test_bring_to_front_restores_a_hidden_window(qtbot: Any, make_shell: Any) -> None:
    shell = unlocked(qtbot, make_shell)
    shell.window.quick_hide()
    shell.window.bring_to_front()
    assert shell.window.isVisible() and not shell.window.isMinimized()
    assert shell.window.current_screen() == "unlock"


def test_lock_clears_every_editor_and_its_undo_history(
    qtbot: Any, make_shell: Any, scratch_module: str
) -> None:
    shell = unlocked(qtbot, make_shell)
    window = shell.window
    assert window.workspace is not None and window.workspace.show_module(scratch_module)
    title = window.workspace.findChild(QLineEdit, "scratch-title")
    body = window.workspace.findChild(QPlainTextEdit, "scratch-body")
    qtbot.keyClicks(title, SECRET_TEXT)
    qtbot.keyClicks(body, SECRET_TEXT)
    assert body.document().isUndoAvailable()

    window.lock()
    # The old page is wiped before it is destroyed...
    assert title.text() == "" and not title.isUndoAvailable()
    assert body.toPlainText() == "" and not body.document().isUndoAvailable()
    # ...and no text field anywhere still holds the text.
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLineEdit):
            assert SECRET_TEXT not in widget.text()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            assert SECRET_TEXT not in widget.toPlainText()

    # After unlocking again the page is new and empty.
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None
    new_title = window.workspace.findChild(QLineEdit, "scratch-title")
    assert new_title is not None and new_title is not title and new_title.text() == ""


def test_lock_forgets_text_copied_from_mooring_but_not_from_elsewhere(
    qtbot: Any, make_shell: Any, scratch_module: str
) -> None:
    from PySide6.QtGui import QGuiApplication

    shell = unlocked(qtbot, make_shell)
    window = shell.window
    assert window.workspace is not None and window.workspace.show_module(scratch_module)
    body = window.workspace.findChild(QPlainTextEdit, "scratch-body")
    qtbot.keyClicks(body, SECRET_TEXT)
    body.selectAll()
    body.copy()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == SECRET_TEXT
    window.lock()
    assert SECRET_TEXT not in clipboard.text()

    # Text another program copied is not Mooring's to remove. The offscreen platform
    # here has one clipboard per process, so that part is checked in
    # tests/e2e/test_journal_window.py on a real X server.


def test_lock_clears_the_lock_screen_fields_too(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    screen = shell.window.unlock_screen
    screen.show_recovery()
    qtbot.keyClicks(screen.code, "ABCDE")
    qtbot.keyClicks(screen.new_passphrase, "something")
    shell.window.lock()
    assert screen.code.text() == "" and screen.new_passphrase.text() == ""
    assert screen.pages.currentIndex() == 0


def test_modules_can_save_before_the_vault_closes(qtbot: Any, make_shell: Any) -> None:
    saved: list[bool] = []

    def build(context: Any) -> Any:
        from PySide6.QtWidgets import QWidget

        def last_save() -> None:
            context.session.submit(lambda vault: saved.append(vault.connection is not None))

        context.session.about_to_lock.connect(last_save)
        return QWidget()

    navigation.register("saver", "Saver", build)
    try:
        shell = unlocked(qtbot, make_shell)
        shell.window.lock()
        assert saved == [True]
    finally:
        navigation.unregister("saver")


def test_lock_closes_open_dialogs(qtbot: Any, make_shell: Any) -> None:
    shell = unlocked(qtbot, make_shell)
    window = shell.window
    window.open_help()
    window.open_settings()
    assert window.help_dialog is not None and window.help_dialog.isVisible()
    window.lock()
    assert not window.help_dialog.isVisible()
    assert window.settings_dialog is None


def test_system_lock_or_sleep_locks(qtbot: Any, make_shell: Any) -> None:
    shell = unlocked(qtbot, make_shell)
    shell.window.system_lock.on_prepare_for_sleep(False)
    assert shell.window.current_screen() == "workspace", "waking up must not lock"
    shell.window.system_lock.on_prepare_for_sleep(True)
    assert_locked(shell)

    shell = unlocked(qtbot, make_shell)
    shell.window.system_lock.on_screensaver(True)
    assert_locked(shell)


def test_application_hidden_or_suspended_locks(qtbot: Any, make_shell: Any) -> None:
    shell = unlocked(qtbot, make_shell)
    watcher = shell.window.system_lock
    watcher._on_application_state(Qt.ApplicationState.ApplicationInactive)
    assert shell.window.current_screen() == "workspace", "switching windows must not lock"
    watcher._on_application_state(Qt.ApplicationState.ApplicationSuspended)
    assert_locked(shell)


def test_lock_while_unlock_is_still_running_wins(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell(synchronous=False)
    window = shell.window
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    opened: list[bool] = []
    shell.session.unlocked.connect(lambda: opened.append(True))
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.unlock_screen.busy.isVisible(), "a busy bar shows while the key is derived"
    window.quick_hide()
    assert shell.tasks.wait_idle(10_000)
    assert opened == []
    assert_locked(shell)
    assert not window.unlock_screen.busy.isVisible()


def test_threaded_unlock_keeps_the_window_responsive(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell(synchronous=False)
    window = shell.window
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.unlock_screen.passphrase.isEnabled()
    qtbot.waitUntil(lambda: window.current_screen() == "workspace", timeout=10_000)
    assert shell.session.is_unlocked()
    window.lock()
    assert shell.tasks.wait_idle(10_000)
    assert_locked(shell)


@pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="the D-Bus screen-lock signal exists on Linux only (dev.sh installs dbus)",
)
def test_screen_locker_signal_on_dbus_reaches_the_watcher(tmp_path: Path) -> None:
    script = tmp_path / "watch.py"
    script.write_text(
        "import subprocess, sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ui.shell.locking import SystemLockWatcher\n"
        "watcher = SystemLockWatcher()\n"
        "watcher.start()\n"
        "hits = []\n"
        "watcher.lock_requested.connect(lambda: hits.append(1))\n"
        "def send(active):\n"
        "    subprocess.run(['dbus-send', '--session', '--type=signal',"
        " '/org/freedesktop/ScreenSaver', 'org.freedesktop.ScreenSaver.ActiveChanged',"
        " 'boolean:' + active], check=True)\n"
        "QTimer.singleShot(200, lambda: (send('false'), send('true')))\n"
        "QTimer.singleShot(1500, app.quit)\n"
        "app.exec()\n"
        "print('sources:', ','.join(watcher.sources))\n"
        "print('locks:', len(hits))\n",
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(script)],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "org.freedesktop.ScreenSaver" in result.stdout
    assert "locks: 1" in result.stdout, "only 'screen saver active' must lock"


def test_toolbar_and_navigation_are_named_for_screen_readers(qtbot: Any, make_shell: Any) -> None:
    shell = unlocked(qtbot, make_shell)
    window = shell.window
    for action in (window.settings_action, window.lock_action, window.hide_action):
        button = window.toolbar.widgetForAction(action)
        assert button is not None and button.accessibleName()
    assert window.workspace is not None and window.workspace.nav.accessibleName()


def test_a_module_that_fails_to_build_does_not_lock_the_person_out(
    qtbot: Any, make_shell: Any
) -> None:
    def broken(_context: Any) -> Any:
        raise RuntimeError("bug in a module")

    navigation.register("broken", "Broken", broken, order=99)
    try:
        shell = unlocked(qtbot, make_shell)
    finally:
        navigation.unregister("broken")
    workspace = shell.window.workspace
    assert workspace is not None
    assert "today" in workspace.module_ids and "broken" in workspace.module_ids
    workspace.show_module("broken")
    assert "couldn't start" in workspace.pages.currentWidget().text()
