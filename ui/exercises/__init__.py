"""The exercises page: guided exercises, their runs, and the live message checker.

Registers itself in the navigation; the page (and the exercise engine behind it) is
built the first time it is shown.
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


def _exercises_page(context: ModuleContext) -> QWidget:
    from ui.exercises.page import ExercisesPage

    return ExercisesPage(context)


navigation.register(
    "exercises",
    lambda: _tr("Exercises"),
    _exercises_page,
    order=40,
    build_when_shown=True,
    preload=("ui.exercises.page",),
)
