"""Sessions in the window: upcoming and past sessions, the month, program hours, the
partner's answers and the session editor (the twin of app/sessions).

Importing this package registers its page with the navigation; the page itself is
imported when first shown.
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


def _build_when_shown(context: ModuleContext) -> bool:
    """Lazy, unless reminders are on: they need the page's list of planned sessions
    from the moment the vault is unlocked."""
    from app import settings

    return not context.settings.get(settings.SESSION_REMINDERS)


def _sessions_page(context: ModuleContext) -> QWidget:
    from ui.sessions.page import SessionsPage

    return SessionsPage(context)


navigation.register(
    "sessions",
    lambda: _tr("Sessions"),
    _sessions_page,
    order=30,
    build_when_shown=_build_when_shown,
    preload=("ui.sessions.page", "app.sessions.ops", "app.sessions.repository"),
)
