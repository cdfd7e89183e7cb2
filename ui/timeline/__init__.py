"""The timeline: one list across every module, newest first (the twin of app/timeline).

Importing this package registers its page with the navigation, right after Today; the
page itself is imported when first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.shell import navigation

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.shell.context import ModuleContext

MODULE_ID = "timeline"
# After Safety (90), before the therapist notes (95): the sections people already know
# keep their places and their Ctrl+1…9 keys.
ORDER = 92


def _tr(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


def _timeline_page(context: ModuleContext) -> QWidget:
    from ui.timeline.page import TimelinePage

    return TimelinePage(context)


def _preload() -> tuple[str, ...]:
    """The page, and every module's timeline hook with the words its rows use: imported
    on the worker while the lock screen waits, so the first page is read at once."""
    from app.platform.registry import MODULE_PACKAGES

    hooks = tuple(f"{package}.module" for package in MODULE_PACKAGES)
    words = (
        "ui.sessions.words",
        "ui.boundaries.words",
        "ui.invitations.words",
        "ui.measures.words",
    )
    return ("ui.timeline.page", "app.timeline", *hooks, *words)


def register() -> None:
    """Put the timeline in the navigation (done on import; tests may do it again)."""
    navigation.register(
        MODULE_ID,
        lambda: _tr("Timeline"),
        _timeline_page,
        order=ORDER,
        build_when_shown=True,
        preload=_preload(),
    )


register()
