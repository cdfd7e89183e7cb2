"""The therapist packet in the window: choose the weeks and sections, look it over
(leaving things out, blacking words out), then save it as a PDF, a web page or
Markdown, or print it (the twin of app/exchange).

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


def _packet_page(context: ModuleContext) -> QWidget:
    from ui.exchange.page import PacketPage

    return PacketPage(context)


def register() -> None:
    """Put the page in the navigation (done once, on import)."""
    navigation.register(
        "exchange",
        lambda: _tr("For my therapist"),
        _packet_page,
        order=95,
        build_when_shown=True,
        preload=("ui.exchange.page", "app.exchange.packet"),
    )


register()
