"""The design tokens (``ui/common/design.py``) made real: a palette and a style sheet.

``apply_theme(choice)`` sets the application's palette and its one style sheet for
``"system"``, ``"light"``, ``"dark"`` or ``"contrast"``. Both are application-wide, so
a switch restyles every widget already built, on every page. No widget sets a style
sheet of its own (tests/ui/test_ui_design.py walks every page for one): a widget that
needs a look of its own gets a *role* (``set_role``), and the application style sheet
says what each role looks like in the theme in use.

"system" follows the platform's colour scheme and its high-contrast preference
(Qt reports both where the platform does) and switches when they change.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ui.common.design import BANNER_TINT, RADIUS, SPACE, THEMES, TYPE, Colours, tint

CHOICES = ("system", "light", "dark", "contrast")

_current: Colours = THEMES["light"]
_choice = "system"
_follower: _SystemFollower | None = None


def current() -> Colours:
    """The colours in use now."""
    return _current


def current_name() -> str:
    return next(name for name, colours in THEMES.items() if colours is _current)


def system_theme() -> str:
    """What the platform asks for: "contrast", "dark" or "light"."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return "light"
    hints = app.styleHints()
    try:
        if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
            return "contrast"
    except AttributeError:  # Qt before 6.10 cannot tell
        pass
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def palette_for(colours: Colours) -> QPalette:
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    c = colours
    palette = QPalette()
    values = {
        role.Window: c.window,
        role.WindowText: c.text,
        role.Base: c.surface,
        role.AlternateBase: c.surface_alt,
        role.ToolTipBase: c.surface,
        role.ToolTipText: c.text,
        role.PlaceholderText: c.placeholder,
        role.Text: c.text,
        role.Button: c.surface_alt,
        role.ButtonText: c.text,
        role.BrightText: c.accent_text,
        # Fusion draws bevels and frames from these.
        role.Light: tint(c.surface, c.window, 0.6),
        role.Midlight: tint(c.border, c.surface, 0.5),
        role.Mid: c.border,
        role.Dark: tint(c.border, c.text, 0.7),
        role.Shadow: "#000000",
        role.Highlight: c.selection,
        role.HighlightedText: c.selection_text,
        role.Link: c.link,
        role.LinkVisited: c.link,
        role.Accent: c.accent,
    }
    for r, value in values.items():
        palette.setColor(r, QColor(value))
    for r in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor(c.disabled_text))
    palette.setColor(group.Disabled, role.Base, QColor(c.surface_alt))
    # An unfocused window keeps its selection visible (Fusion greys it otherwise).
    for r in (role.Highlight, role.HighlightedText):
        palette.setColor(group.Inactive, r, palette.color(group.Active, r))
    return palette


def style_sheet(colours: Colours, base_point_size: float) -> str:
    """The application's style sheet for ``colours``: roles only, never a page's own."""
    c = colours

    def pt(step_scale: float) -> str:
        return f"{base_point_size * step_scale:.1f}pt"

    tones = {
        "info": c.info,
        "success": c.success,
        "problem": c.problem,
    }
    banner_rules = "\n".join(
        f'QLabel[tone="{tone}"] {{ background: {tint(colour, c.surface, BANNER_TINT)};'
        f" border: 1px solid {colour}; border-radius: {RADIUS.medium}px;"
        f" padding: {SPACE.s}px; color: {c.text}; }}"
        for tone, colour in tones.items()
    )
    contrast = c is THEMES["contrast"]
    edge = 2 if contrast else 1
    return f"""
QLabel[role="page-title"] {{ font-size: {pt(TYPE.page_title.scale)}; font-weight: 600; }}
QLabel[role="section-title"] {{ font-size: {pt(TYPE.section_title.scale)}; font-weight: 600; }}
QLabel[role="secondary"] {{ color: {c.text_secondary}; font-size: {pt(TYPE.secondary.scale)}; }}
QLabel[role="prompt"] {{ color: {c.text_secondary}; font-style: italic; }}
QLabel[role="code"] {{ font-family: monospace; font-size: {pt(1.25)};
    background: {c.surface_alt}; border: 1px dashed {c.border};
    border-radius: {RADIUS.small}px; padding: {SPACE.m}px; color: {c.text}; }}
{banner_rules}
QPushButton[role="primary"] {{ background: {c.accent}; color: {c.accent_text};
    border: {edge}px solid {c.accent}; border-radius: {RADIUS.small}px;
    padding: 5px 14px; font-weight: 600; }}
QPushButton[role="primary"]:hover {{ background: {tint(c.accent, c.surface, 0.88)}; }}
QPushButton[role="primary"]:focus {{ border: 2px solid {c.focus}; }}
QPushButton[role="primary"]:disabled {{ background: {c.surface_alt}; color: {c.disabled_text};
    border-color: {c.border}; }}
QPushButton[role="choice"]:checked {{ background: {c.accent}; color: {c.accent_text};
    border: {edge}px solid {c.accent}; border-radius: {RADIUS.small}px; padding: 4px 10px; }}
QListView#workspace-nav {{ background: {c.window}; border: none; outline: none; }}
QListView#workspace-nav::item {{ border-radius: {RADIUS.medium}px; padding: 4px 6px;
    color: {c.text}; }}
QListView#workspace-nav::item:hover {{ background: {tint(c.accent, c.window, 0.10)}; }}
QListView#workspace-nav::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
QListView#workspace-nav:focus {{ border: 1px solid {c.focus}; border-radius: {RADIUS.medium}px; }}
QProgressBar {{ border: 1px solid {c.border}; border-radius: {RADIUS.small}px;
    background: {c.surface}; color: {c.text}; text-align: center; min-height: 8px; }}
QProgressBar::chunk {{ background: {c.accent}; border-radius: {RADIUS.small}px; }}
"""


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` a look from the application style sheet (see ``style_sheet``).

    An empty role takes it away. Re-polished at once, so a change shows straight away.
    """
    if widget.property("role") == (role or None):
        return
    widget.setProperty("role", role or None)
    _repolish(widget)


def set_tone(widget: QWidget, tone: str) -> None:
    """A banner's tone ("info", "success", "problem"; empty for none)."""
    if widget.property("tone") == (tone or None):
        return
    widget.setProperty("tone", tone or None)
    _repolish(widget)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def apply_theme(choice: str) -> str:
    """Use ``choice`` ("system", "light", "dark", "contrast"); returns the theme shown."""
    global _choice
    _choice = choice if choice in CHOICES else "system"
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return current_name()
    _follow_system(app)
    hints = app.styleHints()
    name = system_theme() if _choice == "system" else _choice
    if _choice == "system":
        hints.unsetColorScheme()
        name = system_theme()
    else:
        # Title bars and native dialogs follow where the platform can.
        hints.setColorScheme(Qt.ColorScheme.Light if name == "light" else Qt.ColorScheme.Dark)
    _show(app, THEMES[name])
    return name


def _show(app: QApplication, colours: Colours) -> None:
    global _current
    changed = colours is not _current or app.property("mooring-theme") is None
    _current = colours
    if app.style().name().lower() != "fusion":
        # One style on every platform, so the palette and roles look the same everywhere.
        app.setStyle("Fusion")
    if not changed:
        return
    app.setProperty("mooring-theme", True)
    app.setPalette(palette_for(colours))
    app.setStyleSheet(style_sheet(colours, app.font().pointSizeF()))


class _SystemFollower(QObject):
    """Re-applies "system" when the platform's scheme or contrast setting changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._changed)
        with contextlib.suppress(AttributeError):
            hints.accessibility().contrastPreferenceChanged.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        app = QApplication.instance()
        if _choice == "system" and isinstance(app, QApplication):
            _show(app, THEMES[system_theme()])


def _follow_system(app: QApplication) -> None:
    global _follower
    if _follower is None or _follower.parent() is not app:
        _follower = _SystemFollower(app)
