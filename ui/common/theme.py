"""The design tokens (``ui/common/design.py``) made real: a palette and a style.

``apply_theme(choice)`` sets the application's palette and style for ``"system"``,
``"light"``, ``"dark"`` or ``"contrast"``. Both are application-wide and read at paint
time, so a switch restyles every widget already built, on every page. No widget sets a
style sheet (tests/ui/test_ui_design.py walks every page for one: a style sheet pins
the colours it was written with). A widget that needs a look of its own gets a *role*
(``set_role``) or a *tone* (``set_tone``); the style draws roles from the theme in use,
and the fonts and colours a role sets are set anew on every switch.

"system" follows the platform's colour scheme and its high-contrast preference
(Qt reports both where the platform does) and switches when they change.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionComplex

from ui.common.design import BANNER_TINT, RADIUS, SPACE, THEMES, TYPE, Colours, TypeStep, tint

CHOICES = ("system", "light", "dark", "contrast")

_current: Colours = THEMES["light"]
_choice = "system"


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


def scaled_font(widget: QWidget, step: TypeStep | float, *, bold: bool | None = None) -> QFont:
    """``widget``'s font at a step of the type scale (or a bare factor)."""
    if isinstance(step, TypeStep):
        factor, heavy = step.scale, step.bold
    else:
        factor, heavy = step, False
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(heavy if bold is None else bold)
    return font


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


def _role_fonts_and_colours(widget: QWidget, role: str, colours: Colours) -> None:
    """What a text role means for ``widget``'s font and colours, in ``colours``."""
    base = QApplication.font(widget)
    font = QFont(widget.font())
    steps = {"page-title": TYPE.page_title, "section-title": TYPE.section_title}
    if role in steps:
        font.setPointSizeF(base.pointSizeF() * steps[role].scale)
        font.setBold(steps[role].bold)
        widget.setFont(font)
    elif role == "secondary":
        font.setPointSizeF(base.pointSizeF() * TYPE.secondary.scale)
        widget.setFont(font)
    elif role == "prompt":
        font.setItalic(True)
        widget.setFont(font)
    elif role == "code":
        from PySide6.QtGui import QFontDatabase

        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code = QFont(mono.family())
        code.setPointSizeF(base.pointSizeF() * 1.3)
        code.setBold(True)
        widget.setFont(code)
    if role == "nav":
        # The sections list: on the window's ground, the chosen one in the accent.
        palette = QPalette(widget.palette())
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Base, QColor(colours.window))
            palette.setColor(group, QPalette.ColorRole.Highlight, QColor(colours.accent))
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(colours.accent_text))
        widget.setPalette(palette)
    if role in ("secondary", "prompt"):
        palette = QPalette(widget.palette())
        for r in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(r, QColor(colours.text_secondary))
        widget.setPalette(palette)
    if isinstance(widget, QFrame) and role == "code":
        widget.setContentsMargins(SPACE.m, SPACE.m, SPACE.m, SPACE.m)


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` a look of the design system (kept through theme switches).

    Text roles: "page-title", "section-title", "secondary", "prompt", "code"; "nav" for
    the sections list. Button
    roles (drawn by the style): "primary" (the main action of a form), "choice" (one of
    a few views; checked is the one shown). "roomy" lists get more space per row.
    """
    widget.setProperty("role", role or None)
    if role:
        _role_fonts_and_colours(widget, role, _current)
    from PySide6.QtWidgets import QListView  # here: each Qt type costs start-up time

    if role == "roomy" and isinstance(widget, QListView):
        widget.setSpacing(3)
    widget.update()


def set_tone(widget: QWidget, tone: str) -> None:
    """A banner's tone ("info", "success", "problem"; empty for none): the style draws
    it as a rounded panel tinted with the tone's colour (see ``_MooringStyle``)."""
    if widget.property("tone") == (tone or None):
        return
    widget.setProperty("tone", tone or None)
    if isinstance(widget, QLabel):
        widget.setMargin(SPACE.s)
    widget.update()


def _tone_colour(colours: Colours, tone: str) -> str | None:
    return {"info": colours.info, "success": colours.success, "problem": colours.problem}.get(tone)


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
    if not isinstance(app.style(), _MooringStyle) and app.property("mooring-style") is None:
        # One style on every platform, so the palette and roles look the same everywhere.
        app.setProperty("mooring-style", True)
        app.setStyle(_MooringStyle())
        # Lists, text areas and scrolling pages show the keyboard with a ring of their
        # own, from the first time one has the focus (the lock screen has none: the
        # ring's code is not loaded for it).
        app.focusChanged.connect(_first_scroll_area_focus)
    if not changed:
        return
    app.setProperty("mooring-theme", True)
    app.setPalette(palette_for(colours))
    # Widgets with a role of their own set colours from the old theme: set them anew.
    for widget in app.allWidgets():
        role = widget.property("role")
        if isinstance(role, str) and role:
            _role_fonts_and_colours(widget, role, colours)


class _MooringStyle(QProxyStyle):
    """Fusion, plus the design system's own parts, drawn from the theme in use:

    - the edges of check boxes, radio buttons, buttons and fields in the theme's
      ``border`` colour on dark grounds (Fusion darkens the window colour for them,
      which on a dark or black ground leaves them almost invisible);
    - "primary" buttons filled with the accent, and "choice" buttons when checked;
    - banners (a frame or label with a tone) as a rounded panel tinted with the tone;
    - the "code" label (the recovery code) inside a dashed edge.

    A style rather than style sheets: it reads the theme at paint time, so a switch
    shows everywhere at once, and widgets keep Fusion's sizes and behaviour.
    """

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        pe = QStyle.PrimitiveElement
        if element == pe.PE_PanelButtonCommand and _filled_button(option, widget):
            _paint_filled_button(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element not in (
            pe.PE_IndicatorCheckBox,
            pe.PE_IndicatorRadioButton,
            pe.PE_PanelButtonCommand,
            pe.PE_FrameLineEdit,
        ):
            return
        if current().dark:  # Fusion's own edges read well on a light ground
            indicator = element in (pe.PE_IndicatorCheckBox, pe.PE_IndicatorRadioButton)
            _paint_edge(
                option,
                painter,
                round_shape=element == pe.PE_IndicatorRadioButton,
                # A box to tick is information, not decoration: it must stand out (3:1).
                strong=indicator,
            )

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        ce = QStyle.ControlElement
        # Option types are imported where they are used: each Qt type PySide sets up
        # costs start-up time (docs/PERFORMANCE.md), and most are never needed.
        from PySide6.QtWidgets import QStyleOptionButton, QStyleOptionFrame, QStyleOptionProgressBar

        if element == ce.CE_PushButton and not _filled_button(option, widget):
            # Fusion shows a focused button as barely different (a default button, a
            # flat one not at all): a ring in the accent says where the keyboard is.
            super().drawControl(element, option, painter, widget)
            state = option.state
            if state & QStyle.StateFlag.State_HasFocus and (
                state & QStyle.StateFlag.State_KeyboardFocusChange
            ):
                _paint_focus_ring(option, painter)
            return
        if element == ce.CE_PushButtonLabel and _filled_button(option, widget):
            label = QStyleOptionButton(option)  # type: ignore[call-arg]
            label.palette.setColor(QPalette.ColorRole.ButtonText, QColor(current().accent_text))
            super().drawControl(element, label, painter, widget)
            return
        if element == ce.CE_ProgressBarContents:
            # The filled part in the accent (Fusion uses the selection colour, which
            # in the light theme is too pale to see).
            bar = QStyleOptionProgressBar(option)  # type: ignore[call-arg]
            bar.palette.setColor(QPalette.ColorRole.Highlight, QColor(current().accent))
            super().drawControl(element, bar, painter, widget)
            return
        if element == ce.CE_ProgressBarGroove and current().dark:
            super().drawControl(element, option, painter, widget)
            _paint_edge(option, painter)
            return
        if element == ce.CE_ShapedFrame and widget is not None:
            tone = widget.property("tone")
            if isinstance(tone, str) and tone:
                _paint_banner(option, painter, tone)
                return
            if widget.property("role") == "code":
                _paint_code_frame(option, painter)
                return
            if current().dark and isinstance(option, QStyleOptionFrame):
                # Lists and text areas: an edge that shows on a dark or black ground.
                super().drawControl(element, option, painter, widget)
                if option.frameShape in (QFrame.Shape.StyledPanel, QFrame.Shape.Panel):
                    _paint_edge(option, painter)
                return
        super().drawControl(element, option, painter, widget)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        cc, sc = QStyle.ComplexControl, QStyle.SubControl
        if not current().dark:
            super().drawComplexControl(control, option, painter, widget)
        elif control == cc.CC_Slider:
            from PySide6.QtWidgets import QStyleOptionComplex, QStyleOptionSlider

            # The groove, its edge, then the handle on top of both.
            parts = QStyleOptionSlider(option)  # type: ignore[call-arg]
            handle = option.subControls & sc.SC_SliderHandle
            parts.subControls = option.subControls & ~sc.SC_SliderHandle
            super().drawComplexControl(control, parts, painter, widget)
            edge = QStyleOptionComplex(option)  # type: ignore[call-arg]
            edge.rect = self.subControlRect(control, option, sc.SC_SliderGroove, widget)
            _paint_edge(edge, painter)
            if handle:
                parts.subControls = sc.SC_SliderHandle
                super().drawComplexControl(control, parts, painter, widget)
                edge.rect = self.subControlRect(control, option, sc.SC_SliderHandle, widget)
                _paint_edge(edge, painter)
        else:
            super().drawComplexControl(control, option, painter, widget)
            if control in (cc.CC_SpinBox, cc.CC_ComboBox):
                _paint_edge(option, painter)


def _paint_edge(
    option: QStyleOption, painter: QPainter, *, round_shape: bool = False, strong: bool = False
) -> None:
    """An edge in the theme's border colour (``strong``: its secondary text colour;
    dimmed when disabled) around ``option``."""
    colours = current()
    enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
    normal = colours.text_secondary if strong else colours.border
    edge = QColor(normal if enabled else colours.disabled_text)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = 1.5 if colours is THEMES["contrast"] else 1.0
    painter.setPen(QPen(edge, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    rect = QRectF(option.rect).adjusted(width / 2, width / 2, -width / 2, -width / 2)
    if round_shape:
        painter.drawEllipse(rect)
    else:
        painter.drawRoundedRect(rect, 2.0, 2.0)
    painter.restore()


def _filled_button(option: QStyleOption, widget: QWidget | None) -> bool:
    if widget is None:
        return False
    role = widget.property("role")
    if role == "primary":
        return bool(option.state & QStyle.StateFlag.State_Enabled)
    return role == "choice" and bool(option.state & QStyle.StateFlag.State_On)


def _paint_filled_button(option: QStyleOption, painter: QPainter) -> None:
    colours = current()
    fill = QColor(colours.accent)
    if option.state & QStyle.StateFlag.State_Sunken:
        fill = fill.darker(115) if not colours.dark else fill.lighter(115)
    elif option.state & QStyle.StateFlag.State_MouseOver:
        fill = QColor(tint(colours.accent, colours.surface, 0.88))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
    focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
    painter.setPen(QPen(QColor(colours.text if focused else colours.accent), 2 if focused else 1))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, RADIUS.small, RADIUS.small)
    painter.restore()


def _first_scroll_area_focus(old: QWidget | None, new: QWidget | None) -> None:
    from PySide6.QtWidgets import QAbstractScrollArea

    app = QApplication.instance()
    if not isinstance(new, QAbstractScrollArea) or not isinstance(app, QApplication):
        return
    app.focusChanged.disconnect(_first_scroll_area_focus)
    from ui.common.focus_ring import KeyboardFocusRing

    KeyboardFocusRing(app, lambda: current().accent).follow(old, new)


def _paint_focus_ring(option: QStyleOption, painter: QPainter) -> None:
    """A 2-pixel ring in the accent just inside ``option``'s rectangle."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(current().accent), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    rect = QRectF(option.rect).adjusted(1, 1, -1, -1)
    painter.drawRoundedRect(rect, RADIUS.small, RADIUS.small)
    painter.restore()


def _paint_banner(option: QStyleOption, painter: QPainter, tone: str) -> None:
    colours = current()
    edge = _tone_colour(colours, tone) or colours.info
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(edge), 1))
    painter.setBrush(QColor(tint(edge, colours.surface, BANNER_TINT)))
    rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
    painter.drawRoundedRect(rect, RADIUS.medium, RADIUS.medium)
    painter.restore()


def _paint_code_frame(option: QStyleOption, painter: QPainter) -> None:
    colours = current()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colours.text_secondary), 1)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(QColor(colours.surface_alt))
    rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
    painter.drawRoundedRect(rect, RADIUS.medium, RADIUS.medium)
    painter.restore()


def _system_changed(*_args: object) -> None:
    """The platform's colour scheme or contrast preference changed."""
    app = QApplication.instance()
    if _choice == "system" and isinstance(app, QApplication):
        _show(app, THEMES[system_theme()])


def _follow_system(app: QApplication) -> None:
    """Listen (once per application) for the platform's scheme and contrast changes."""
    if app.property("mooring-follows-system") is not None:
        return
    app.setProperty("mooring-follows-system", True)
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(_system_changed)
    with contextlib.suppress(AttributeError):  # Qt before 6.10 cannot tell
        hints.accessibility().contrastPreferenceChanged.connect(_system_changed)
