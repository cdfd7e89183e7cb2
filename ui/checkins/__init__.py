"""Check-ins in the window: today's check-in and the trends (the twin of app/checkins).

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


def _checkin_page(context: ModuleContext) -> QWidget:
    from ui.checkins.page import CheckinPage

    return CheckinPage(context)


navigation.register(
    "checkins",
    lambda: _tr("Check-ins"),
    _checkin_page,
    order=20,
    build_when_shown=True,
    preload=("ui.checkins.page",),
)
