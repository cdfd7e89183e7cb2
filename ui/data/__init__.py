"""Your data in the window: backups you can see, make, copy to your own drive and restore
(backups: app/vault/backup.py), the full export (app/exchange/export_*.py) and imports
from other journals (app/exchange/importers).

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

MODULE_ID = "data"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


def _data_page(context: ModuleContext) -> QWidget:
    from ui.data.page import DataPage

    return DataPage(context)


def register() -> None:
    """Put the page in the navigation (done once, on import; tests call it again)."""
    navigation.register(
        MODULE_ID,
        lambda: _tr("Your data"),
        _data_page,
        order=97,  # after "For my therapist" (95)
        build_when_shown=True,
        preload=("ui.data.page",),
    )


register()
