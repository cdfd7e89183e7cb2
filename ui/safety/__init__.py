"""Safety in the window: the relationship-safety check, the safety panel (help lines,
planning safely, a private-device note) and the checks the person chose to save (the
twin of app/safety).

Importing this package registers its page with the navigation; the page itself is
imported when first shown. Other pages open the panel with
``context.navigate("safety", "panel")``.
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


def _safety_page(context: ModuleContext) -> QWidget:
    from ui.safety.page import SafetyPage

    return SafetyPage(context)


navigation.register(
    "safety",
    lambda: _tr("Safety"),
    _safety_page,
    order=90,
    build_when_shown=True,
    preload=("ui.safety.page", "app.safety.ops"),
)
