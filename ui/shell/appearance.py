"""The shell's side of the appearance setting: which theme the window shows.

The themes themselves (light, dark, high contrast) are the design system's
(``ui/common/design.py`` and ``ui/common/theme.py``); this module only passes the
person's choice on, so the shell does not need to know how a theme is made.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPalette

from ui.common import theme
from ui.common.design import DARK, LIGHT


def dark_palette() -> QPalette:
    return theme.palette_for(DARK)


def light_palette(_app: QGuiApplication | None = None) -> QPalette:
    return theme.palette_for(LIGHT)


def apply_appearance(choice: str) -> None:
    """Apply ``"system"``, ``"light"``, ``"dark"`` or ``"contrast"`` to the running app."""
    theme.apply_theme(choice)


def effective_is_dark() -> bool:
    """True when the window currently shows light text on a dark background."""
    return theme.current().dark
