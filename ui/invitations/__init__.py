"""The invitation planner in the window: plan → ask → record → look after myself (the
twin of app/invitations).

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


def _invitations_page(context: ModuleContext) -> QWidget:
    from ui.invitations.page import InvitationsPage

    return InvitationsPage(context)


navigation.register(
    "invitations",
    lambda: _tr("Inviting my partner"),
    _invitations_page,
    order=50,
    build_when_shown=True,
    preload=("ui.invitations.page", "app.invitations.ops", "app.invitations.stats"),
)
