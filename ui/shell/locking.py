"""What makes Mooring lock by itself: idle time and the computer going to sleep or locking.

Idle time is measured against an injectable monotonic clock, so tests can move time
forward instead of waiting five minutes.

Screen lock and suspend:
- Linux: through D-Bus (QtDBus ships in PySide6-Essentials), when a bus is there:
  ``org.freedesktop.login1.Manager.PrepareForSleep(true)`` and
  ``org.freedesktop.login1.Session.Lock`` on the system bus, and
  ``ActiveChanged(true)`` of ``org.freedesktop.ScreenSaver`` / ``org.gnome.ScreenSaver``
  on the session bus (from any sender). Signals of other sessions may lock us too:
  locking too often is the safe side.
- Every platform: Qt's application state "suspended" (and "hidden", e.g. Cmd-H on
  macOS). Plain deactivation (switching to another window) does not lock: that would
  lock at every alt-tab. On Windows and macOS the screen lock is otherwise not reported
  to Qt; the idle timeout and the quick-hide shortcut cover those cases.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import SLOT, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

Clock = Callable[[], float]

# Input that counts as "someone is here". Kept as int values: this filter sees every
# event in the program, so the test must be cheap.
_ACTIVITY_EVENTS = frozenset(
    int(t.value)
    for t in (
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.ShortcutOverride,
    )
)


class IdleWatcher(QObject):
    """Emits ``idle`` once when no input arrived for the timeout; re-arms on input."""

    idle = Signal()

    def __init__(
        self,
        timeout_minutes: int,
        *,
        clock: Clock = time.monotonic,
        check_interval_ms: int = 5000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timeout_s = timeout_minutes * 60.0
        self._last_activity = clock()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)

    def install(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def uninstall(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    def set_timeout_minutes(self, minutes: int) -> None:
        self._timeout_s = minutes * 60.0

    def start(self) -> None:
        """Start counting (after an unlock)."""
        self._last_activity = self._clock()
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        """Stop counting (while locked there is nothing to protect)."""
        self._armed = False
        self._timer.stop()

    def note_activity(self) -> None:
        self._last_activity = self._clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and int(event.type().value) in _ACTIVITY_EVENTS:
            self._last_activity = self._clock()
        return False

    @Slot()
    def check(self) -> None:
        """Compare the clock with the last input; emit ``idle`` when it is time."""
        if self._armed and self._clock() - self._last_activity >= self._timeout_s:
            self.stop()
            self.idle.emit()


class SystemLockWatcher(QObject):
    """Emits ``lock_requested`` when the session locks or the machine goes to sleep."""

    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []

    def start(self, *, use_dbus: bool = True) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)
            self.sources.append("application-state")
        if use_dbus and sys.platform.startswith("linux"):
            self._connect_dbus()

    @Slot(Qt.ApplicationState)
    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state in (
            Qt.ApplicationState.ApplicationSuspended,
            Qt.ApplicationState.ApplicationHidden,
        ):
            self.lock_requested.emit()

    def _connect_dbus(self) -> None:
        # PySide6's stubs say the slot is bytes; at run time only the str from SLOT()
        # is accepted, hence the type: ignore on each connect below.
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        system = QDBusConnection.systemBus()
        if system.isConnected():
            if system.connect(  # type: ignore[call-overload]
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                SLOT("on_prepare_for_sleep(bool)"),
            ):
                self.sources.append("login1-sleep")
            if system.connect(  # type: ignore[call-overload]
                "org.freedesktop.login1",
                "",
                "org.freedesktop.login1.Session",
                "Lock",
                self,
                SLOT("on_session_lock()"),
            ):
                self.sources.append("login1-lock")
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            # Any sender: screen lockers differ in which bus name they own, and a
            # stray signal can only make us lock.
            for interface in ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"):
                if session.connect(  # type: ignore[call-overload]
                    "", "", interface, "ActiveChanged", self, SLOT("on_screensaver(bool)")
                ):
                    self.sources.append(interface)

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit()

    @Slot()
    def on_session_lock(self) -> None:
        self.lock_requested.emit()

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()
