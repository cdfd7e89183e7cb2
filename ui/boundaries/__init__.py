"""Boundaries in the window: the boundary builder, the list, each boundary's log of
moments and how often it held (the twin of app/boundaries).

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


def _boundaries_page(context: ModuleContext) -> QWidget:
    from ui.boundaries.page import BoundariesPage

    return BoundariesPage(context)


navigation.register(
    "boundaries",
    lambda: _tr("Boundaries"),
    _boundaries_page,
    order=45,
    build_when_shown=True,
    preload=("ui.boundaries.page", "app.boundaries.ops", "app.boundaries.stats"),
)
