"""The journal in the window: entries, search, calendar, trash.

Importing this package registers its pages with the navigation. The pages themselves
are imported when the first page is built (after an unlock), not at start-up.
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


def _journal_page(context: ModuleContext) -> QWidget:
    from ui.journal.page import JournalPage

    return JournalPage(context)


navigation.register(
    "journal",
    lambda: _tr("Journal"),
    _journal_page,
    order=10,
    preload=("ui.journal.page", "app.journal.entries"),
)
