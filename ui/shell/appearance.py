"""Follow the system's colours, or always light, or always dark.

Qt 6.8+ can ask the platform for a colour scheme (``QStyleHints.setColorScheme``).
Where the platform cannot switch (plain X11 without a desktop theme, the offscreen
platform), we set an equivalent palette ourselves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

_SCHEMES = {
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}

_own_palette = False


def dark_palette() -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#202326",
        role.WindowText: "#e8e8e6",
        role.Base: "#2c3034",
        role.AlternateBase: "#33383d",
        role.ToolTipBase: "#33373b",
        role.ToolTipText: "#e8e8e6",
        role.PlaceholderText: "#8c9096",
        role.Text: "#e8e8e6",
        role.Button: "#353a40",
        role.ButtonText: "#e8e8e6",
        role.BrightText: "#ffffff",
        role.Light: "#41464c",
        role.Midlight: "#383c41",
        role.Mid: "#25282b",
        role.Dark: "#1a1c1e",
        role.Shadow: "#000000",
        role.Highlight: "#3f8c91",
        role.HighlightedText: "#ffffff",
        role.Link: "#7fc4c8",
        role.LinkVisited: "#a99ad6",
        role.Accent: "#3f8c91",
    }
    for r, colour in colours.items():
        p.setColor(r, QColor(colour))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7b7f85"))
    return p


def light_palette(app: QGuiApplication) -> QPalette:
    from PySide6.QtWidgets import QApplication

    if isinstance(app, QApplication):
        palette = app.style().standardPalette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f6f73"))
        palette.setColor(QPalette.ColorRole.Accent, QColor("#2f6f73"))
        return palette
    return QPalette()


def apply_appearance(choice: str) -> None:
    """Apply ``"system"``, ``"light"`` or ``"dark"`` to the running application."""
    global _own_palette
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    hints = app.styleHints()
    scheme = _SCHEMES.get(choice)
    if scheme is None:
        hints.unsetColorScheme()
        if _own_palette:
            app.setPalette(QPalette())
            _own_palette = False
        return
    hints.setColorScheme(scheme)
    if hints.colorScheme() == scheme and not _own_palette:
        return
    # The platform could not switch (or we switched it ourselves before): do it here.
    app.setPalette(dark_palette() if choice == "dark" else light_palette(app))
    _own_palette = True


def effective_is_dark() -> bool:
    """True when the window currently shows light text on a dark background."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    window = app.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128
