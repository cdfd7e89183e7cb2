"""Today: the first page after unlocking (today's check-in, the next session, homework
due, a prompt and one line of encouragement).

Importing this package registers the page with the navigation; the page itself is
imported when it is built (at unlock: it is the first page shown). Nothing on it ever
reaches a window title, a notification, the tray or a log message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.shell import navigation

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.shell.context import ModuleContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


def _today_page(context: ModuleContext) -> QWidget:
    from ui.today.page import TodayPage

    return TodayPage(context)


navigation.register(
    "today",
    lambda: _tr("Today"),
    _today_page,
    order=0,
    # Imported on the worker while the lock screen waits, so the first page after
    # unlocking does not wait for them.
    preload=("ui.today.page", "ui.today.data"),
)
