"""The one window: lock screen, first-run set-up, and the unlocked workspace.

It also owns what works on every screen: lock, lock and hide, help (F1, the lock screen
included), settings and quit (Ctrl+Q saves and exits), and it remembers, in memory only,
which page was shown at a lock so unlocking goes back to it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import settings as schema
from ui.common.icons import mooring_icon, neutral_icon
from ui.common.sensitive import ClipboardGuard
from ui.common.text import app_text
from ui.shell import app_identity, navigation, shortcuts
from ui.shell.appearance import apply_appearance
from ui.shell.context import ModuleContext
from ui.shell.key_guard import KeyGuard
from ui.shell.locking import Clock, IdleWatcher, SystemLockWatcher
from ui.shell.session import Session
from ui.shell.settings_store import SettingsStore
from ui.shell.unlock_screen import UnlockScreen

if TYPE_CHECKING:
    from ui.shell.backup_schedule import BackupSchedule
    from ui.shell.help_dialog import HelpDialog, LinesLoader
    from ui.shell.setup_screen import SaveDialog, SetupScreen
    from ui.shell.workspace import Workspace

APP_TITLE = "Mooring"
PRELOAD_DELAY_MS = 400


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def discreet_title() -> str:
    return tr("Notes")


def first_run_welcome() -> str:
    return tr(
        "Welcome. Your journal is ready, and everything you write is saved as you go. "
        "A good first step is today's check-in below, or a few lines in Journal. "
        "Help is always one key away: {key}."
    ).format(key=shortcuts.native(shortcuts.HELP[0]))


class MainWindow(QMainWindow):
    """Switches between the lock screen, set-up and the workspace; owns the lock rules."""

    def __init__(
        self,
        session: Session,
        settings: SettingsStore,
        *,
        clock: Clock = time.monotonic,
        idle_check_interval_ms: int = 5000,
        watch_system_lock: bool = True,
        save_dialog: SaveDialog | None = None,
        crisis_lines: LinesLoader | None = None,
        backups: bool | None = None,
        quit_app: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        # Ends the event loop; run_gui then locks again (harmless), waits for the worker
        # to finish the queued saves and the close, and exits. Tests pass their own.
        self._quit_app = quit_app or (lambda: QCoreApplication.exit(0))
        # The page shown when the window locked (a module id, kept in memory only: never
        # in the settings file), shown again after the next unlock.
        self._last_module: str | None = None
        # Screens and dialogs not needed for the lock screen are built on first use,
        # which keeps start-up short.
        self._crisis_lines = crisis_lines
        self._save_dialog = save_dialog
        self._setup_screen: SetupScreen | None = None
        self.workspace: Workspace | None = None
        self.help_dialog: HelpDialog | None = None
        self.settings_dialog: QDialog | None = None
        self.setObjectName("main-window")
        self.resize(900, 640)
        self.setMinimumSize(560, 480)

        self.stack = QStackedWidget(self)
        self.unlock_screen = UnlockScreen(session, self.stack)
        self.stack.addWidget(self.unlock_screen)
        self.setCentralWidget(self.stack)
        self.unlock_screen.unlocked.connect(self._show_workspace)
        self.session.damaged.connect(self._show_damage)

        self._build_toolbar()

        self.clipboard_guard = ClipboardGuard(self)
        self.keys = KeyGuard(self)
        self.keys.bind(shortcuts.LOCK, self._lock_key)
        self.keys.bind(shortcuts.QUICK_HIDE, self._quick_hide_key)
        for key in shortcuts.HELP:
            self.keys.bind(key, self._help_key)
        self.keys.bind(shortcuts.SETTINGS, self._settings_key)
        for key in shortcuts.quit_keys():
            self.keys.bind(key, self._quit_key)
        self.keys.install()

        self.idle = IdleWatcher(
            settings.idle_timeout_minutes(),
            clock=clock,
            check_interval_ms=idle_check_interval_ms,
            parent=self,
        )
        self.idle.idle.connect(self.lock)
        self.idle.install()
        self.session.unlocked.connect(self.idle.start)

        # Regular background backups. Off by default with a synchronous worker (the
        # GUI tests), whose timing they would make unpredictable; tests turn them on.
        self.backups: BackupSchedule | None = None
        if backups is None:
            backups = not session.tasks.synchronous
        if backups:
            from ui.shell.backup_schedule import BackupSchedule

            self.backups = BackupSchedule(session, parent=self)

        self.system_lock = SystemLockWatcher(self)
        self.system_lock.lock_requested.connect(self.lock)
        if watch_system_lock:
            # After the first paint: connecting to D-Bus is not needed to show the lock.
            QTimer.singleShot(0, self.system_lock.start)

        settings.changed.connect(self._setting_changed)
        self._apply_discreet()

        # macOS: clicking the Dock icon activates the app even with no window shown.
        self._hidden_by_quick_hide = False
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)

    @property
    def setup_screen(self) -> SetupScreen:
        """The first-run screen (built when first needed)."""
        if self._setup_screen is None:
            from ui.shell.setup_screen import SetupScreen, ask_save_path

            screen = SetupScreen(
                self.session,
                self.settings,
                self.stack,
                save_dialog=self._save_dialog or ask_save_path,
            )
            screen.finished.connect(self._first_run_finished)
            self.stack.addWidget(screen)
            self._setup_screen = screen
        return self._setup_screen

    def _reset_setup(self) -> None:
        if self._setup_screen is not None:
            self._setup_screen.reset()

    # ----- chrome ----------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(tr("Main"), self)
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.toggleViewAction().setVisible(False)
        bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.toolbar = bar

        def action(text: str, name: str, keys: str, slot: Callable[[], object]) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setToolTip(f"{text.replace('&', '')} ({keys})")
            act.triggered.connect(slot)
            return act

        self.settings_action = action(
            tr("&Settings"), "settings", shortcuts.native(shortcuts.SETTINGS), self.open_settings
        )
        self.lock_action = action(tr("&Lock"), "lock", shortcuts.native(shortcuts.LOCK), self.lock)
        self.hide_action = action(
            tr("Lock and &hide"),
            "quick-hide",
            shortcuts.native(shortcuts.QUICK_HIDE),
            self.quick_hide,
        )
        self.help_action = action(
            tr("&Get help now"),
            "help",
            " / ".join(shortcuts.native(k) for k in shortcuts.HELP),
            self.open_help,
        )
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addAction(self.settings_action)
        bar.addAction(self.lock_action)
        bar.addAction(self.hide_action)
        self._spacer_action = bar.addWidget(spacer)
        bar.addAction(self.help_action)
        for act in (self.settings_action, self.lock_action, self.hide_action, self.help_action):
            button = bar.widgetForAction(act)
            if button is not None:
                button.setAccessibleName(act.text().replace("&", ""))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _apply_discreet(self) -> None:
        discreet = self.settings.discreet_mode()
        # Before the window is first shown, so the names a task bar groups windows by
        # are neutral too (ui/shell/app_identity.py says what changes only at restart).
        app_identity.apply(discreet, discreet_title())
        self.setWindowTitle(discreet_title() if discreet else APP_TITLE)
        icon = neutral_icon() if discreet else mooring_icon()
        self.setWindowIcon(icon)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.setWindowIcon(icon)
        self.unlock_screen.set_discreet(discreet)
        if self.help_dialog is not None:
            self.help_dialog.set_discreet(discreet)
        self._update_chrome()

    def _update_chrome(self) -> None:
        unlocked = self.is_unlocked()
        for act in (self.settings_action, self.lock_action, self.hide_action):
            act.setVisible(unlocked)
        self.help_action.setVisible(self.help_button_shown())
        self.toolbar.setVisible(unlocked or self.help_button_shown())

    def help_button_shown(self) -> bool:
        """The "Get help now" button shows everywhere, except on the lock screen in
        discreet mode (someone looking on would see it); its keys work there too."""
        return self.is_unlocked() or not self.settings.discreet_mode()

    def is_unlocked(self) -> bool:
        return self.workspace is not None and self.stack.currentWidget() is self.workspace

    def current_screen(self) -> str:
        """Which screen shows: "unlock", "setup" or "workspace"."""
        current = self.stack.currentWidget()
        if current is self.unlock_screen:
            return "unlock"
        if current is not None and current is self._setup_screen:
            return "setup"
        return "workspace"

    def _setting_changed(self, key: str, value: object) -> None:
        if key == schema.DISCREET_MODE:
            self._apply_discreet()
        elif key == schema.IDLE_TIMEOUT_MINUTES:
            self.idle.set_timeout_minutes(int(value))  # type: ignore[call-overload]
        elif key == schema.APPEARANCE:
            apply_appearance(str(value))

    # ----- start-up --------------------------------------------------------------------

    def start(self) -> None:
        """Show the right first screen: set-up, or the lock screen (maybe auto-unlock)."""
        apply_appearance(self.settings.appearance())
        if not self.session.vault_exists():
            self._set_first_visit(True)
            self.setup_screen.reset()
            self.stack.setCurrentWidget(self.setup_screen)
            self.setup_screen.focus_first()
        else:
            self.unlock_screen.reset()
            self.stack.setCurrentWidget(self.unlock_screen)
            self.unlock_screen.focus_passphrase()
            if self.settings.remember_on_device():
                self.unlock_screen.try_remembered()
        self._update_chrome()
        if not self.session.tasks.synchronous and not self.session.is_unlocked():
            # Load the database engine in the background while the person types; not
            # at once, so the import does not compete with the first paint.
            navigation.load_module_packages()  # registers them (here, on the UI thread)
            modules = tuple(navigation.preload_names())
            QTimer.singleShot(PRELOAD_DELAY_MS, lambda: self.session.preload(modules))

    # ----- unlocking -------------------------------------------------------------------

    def _set_first_visit(self, first: bool) -> None:
        """True from the start of a first run (no journal yet) until the person first
        reaches the workspace: a lock meanwhile says "Welcome", not "Welcome back"."""
        self.unlock_screen.set_first_visit(first)

    def _first_run_finished(self) -> None:
        """Set-up is done: the workspace, with a first welcome that points at real
        places (the Today page's check-in, the Journal, F1)."""
        self._show_workspace("")
        if self.workspace is None:
            return
        from ui.common.messages import Tone

        workspace, welcome = self.workspace, first_run_welcome()
        workspace.banner.show_message(welcome, Tone.INFO)

        def page_changed(_row: int) -> None:
            # It speaks of the Today page: it goes when another page shows.
            workspace.nav.currentRowChanged.disconnect(page_changed)
            if workspace.banner.text() == welcome:
                workspace.banner.clear_message()

        workspace.nav.currentRowChanged.connect(page_changed)

    def _show_workspace(self, notice: str) -> None:
        if self.workspace is not None:
            self._drop_workspace()
        from ui.shell.workspace import Workspace

        self.workspace = Workspace(ModuleContext(self.session, self.settings), self.stack)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        if self._last_module is not None:
            self.workspace.show_module(self._last_module)
        self.workspace.show_notice(notice)
        if self.session.notices:
            from ui.common.messages import Tone

            text = " ".join(app_text(line) for line in self.session.notices)
            self.workspace.banner.show_message(text, Tone.INFO)
        self.workspace.nav.setFocus()
        self._set_first_visit(False)
        self.unlock_screen.reset()
        self._reset_setup()
        self._update_chrome()

    def _show_damage(self, message: str) -> None:
        """Damage found while open: say so where the person is looking, and how to
        restore (locking shows the lock screen's restore offer)."""
        if self.workspace is None:
            return
        from ui.common.messages import Tone

        self.workspace.banner.show_message(
            app_text(message)
            + " "
            + tr("To restore, lock Mooring ({keys}) and choose Restore newest backup.").format(
                keys=shortcuts.native(shortcuts.LOCK)
            ),
            Tone.PROBLEM,
        )

    def _drop_workspace(self) -> None:
        workspace = self.workspace
        self.workspace = None
        if workspace is None:
            return
        self._last_module = workspace.current_module() or self._last_module
        workspace.wipe()
        self.stack.removeWidget(workspace)
        workspace.hide()
        workspace.setParent(None)
        workspace.deleteLater()

    # ----- locking ---------------------------------------------------------------------

    def lock(self) -> None:
        """Close the vault, destroy every page, wipe every field, show the lock screen."""
        self.idle.stop()
        self._close_dialogs()
        # Modules queue their last saves on about_to_lock, before the vault closes.
        self.session.lock()
        self._drop_workspace()
        self.clipboard_guard.forget()
        self._reset_setup()
        self.unlock_screen.reset()
        if self.session.damage is not None:
            self.unlock_screen.offer_restore()
        if self.session.vault_exists():
            self.stack.setCurrentWidget(self.unlock_screen)
            self.unlock_screen.focus_passphrase()
        else:
            self.stack.setCurrentWidget(self.setup_screen)
            self.setup_screen.focus_first()
        self._update_chrome()

    def quick_hide(self) -> None:
        """Lock and take the window off the screen (and the taskbar) in one go.

        Hidden rather than minimised: a minimised window still shows its name in the
        taskbar. Starting Mooring again brings the window back (single instance).
        """
        self.lock()
        self._hidden_by_quick_hide = True
        self.hide()

    def _close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    def _lock_key(self) -> bool:
        if self.session.is_unlocked() or self.stack.currentWidget() is not self.unlock_screen:
            self.lock()
        return True

    def _quick_hide_key(self) -> bool:
        self.quick_hide()
        return True

    def _help_key(self) -> bool:
        # Everywhere, the discreet lock screen too: getting help never needs the
        # passphrase (the dialog then has a plain title).
        self.open_help()
        return True

    def _quit_key(self) -> bool:
        self.quit()
        return True

    def _settings_key(self) -> bool:
        if not self.is_unlocked():
            return False
        self.open_settings()
        return True

    # ----- dialogs ---------------------------------------------------------------------

    def open_help(self) -> None:
        discreet = self.settings.discreet_mode()
        if self.help_dialog is None:
            from ui.shell.help_dialog import HelpDialog, default_lines

            self.help_dialog = HelpDialog(
                self, lines=self._crisis_lines or default_lines, discreet=discreet
            )
        self.help_dialog.set_discreet(discreet)
        if not self.help_dialog.isVisible():
            self.help_dialog.fit_to(self)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def open_settings(self) -> None:
        if not self.is_unlocked():
            return
        from ui.shell.settings_dialog import SettingsDialog

        if self.settings_dialog is None:
            self.settings_dialog = SettingsDialog(self.settings, self.session, self)
        self.settings_dialog.show()
        self.settings_dialog.raise_()
        self.settings_dialog.activateWindow()

    # ----- quitting --------------------------------------------------------------------

    def quit(self) -> None:
        """Save and exit (Ctrl+Q, Cmd+Q), from any screen or dialog.

        Locking first is what saves: each page queues its last save before the close,
        and the worker runs jobs in order. The event loop then ends; ``run_gui`` waits
        for the worker to finish them before the process exits.
        """
        self.lock()
        self._quit_app()

    # ----- window ----------------------------------------------------------------------

    def bring_to_front(self) -> None:
        """Another launch for this folder asked us to come forward."""
        self._hidden_by_quick_hide = False
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self._hidden_by_quick_hide:
            self.bring_to_front()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        self.keys.uninstall()
        self.idle.uninstall()
        event.accept()
