"""Relationship reflection in the window: why my partner might be saying no and what it
does to me (dated, compared side by side), values and the future, and the monthly
relationship check-in with its chart (the twin of app/reflection).

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


def _reflection_page(context: ModuleContext) -> QWidget:
    from ui.reflection.page import ReflectionPage

    return ReflectionPage(context)


navigation.register(
    "reflection",
    lambda: _tr("Reflection"),
    _reflection_page,
    order=55,
    build_when_shown=True,
    preload=("ui.reflection.page", "app.reflection.ops", "app.reflection.content"),
)
