"""Questionnaires in the window: PHQ-9 and GAD-7, taken, scored, charted over time,
with the crisis screen before a PHQ-9 score when item 9 is above zero (the twin of
app/measures).

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


def _measures_page(context: ModuleContext) -> QWidget:
    from ui.measures.page import MeasuresPage

    return MeasuresPage(context)


navigation.register(
    "measures",
    lambda: _tr("Questionnaires"),
    _measures_page,
    order=25,
    build_when_shown=True,
    preload=("ui.measures.page", "app.measures.ops", "app.measures.content"),
)
