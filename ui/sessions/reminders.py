"""Reminders before planned sessions, while Mooring runs (off unless the person turns
them on). A reminder's whole text is ``app.sessions.reminders.reminder_text``: it may
show on a lock screen or a shared desktop, so it never says what, when or with whom.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from app.sessions.model import SessionSummary
from app.sessions.reminders import reminder_text
from ui.common.icons import mooring_icon, neutral_icon

REMIND_MINUTES_BEFORE = 30
CHECK_EVERY_MS = 60_000
SHOWN_MS = 15_000


class Reminders(QObject):
    """Checks once a minute whether a planned session starts within the next half hour.

    ``notify(text)`` shows the reminder; by default a system notification, or
    ``fallback(text)`` where the desktop has no notification area.
    """

    def __init__(
        self,
        clock: Callable[[], datetime],
        discreet: Callable[[], bool],
        fallback: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._discreet = discreet
        self._fallback = fallback
        self._starts: dict[int, datetime] = {}
        self._reminded: set[int] = set()
        self._tray: QSystemTrayIcon | None = None
        self.notify: Callable[[str], None] = self._notify_desktop
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def is_enabled(self) -> bool:
        return self.timer.isActive()

    def set_enabled(self, enabled: bool) -> None:
        if enabled:
            self.timer.start()
            self.check()
        else:
            self.timer.stop()

    def set_sessions(self, upcoming: list[SessionSummary]) -> None:
        """The planned sessions to remind of (the page's upcoming list)."""
        self._starts = {s.id: s.start for s in upcoming}

    def check(self) -> None:
        if not self.timer.isActive():
            return
        now = self._clock()
        lead = timedelta(minutes=REMIND_MINUTES_BEFORE)
        due = [i for i, start in self._starts.items() if start - lead <= now < start]
        fresh = [i for i in due if i not in self._reminded]
        if fresh:
            self._reminded.update(fresh)
            self.notify(reminder_text(self._discreet()))

    def _notify_desktop(self, text: str) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable() or not QSystemTrayIcon.supportsMessages():
            self._fallback(text)
            return
        if self._tray is None:
            self._tray = QSystemTrayIcon(self)
        self._tray.setIcon(neutral_icon() if self._discreet() else mooring_icon())
        self._tray.show()
        self._tray.showMessage(text, "", QSystemTrayIcon.MessageIcon.NoIcon, SHOWN_MS)
        QTimer.singleShot(SHOWN_MS + 1000, self._hide_tray)

    def _hide_tray(self) -> None:
        if self._tray is not None:
            self._tray.hide()

    def clear(self) -> None:
        """Stop and forget every session (on lock)."""
        self.timer.stop()
        self._starts = {}
        self._reminded = set()
        self._hide_tray()
