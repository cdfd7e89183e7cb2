"""The design system: readable colours in every theme, and a switch that reaches every
widget already built (ui/common/design.py, ui/common/theme.py)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from journal_helpers import unlock_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from app.content import resources_dir
from ui.common import theme
from ui.common.design import (
    CONTRAST_PAIRS,
    LARGE_OR_GRAPHIC,
    THEMES,
    Colours,
    contrast_ratio,
    luminance,
)
from ui.shell import navigation

THEME_NAMES = sorted(THEMES)


def test_contrast_ratio_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert luminance("#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("name", THEME_NAMES)
def test_every_text_is_readable_on_its_ground(name: str) -> None:
    colours = THEMES[name]
    too_faint = [
        f"{fg} on {bg}: {contrast_ratio(getattr(colours, fg), getattr(colours, bg)):.2f} < {need}"
        for fg, bg, need in CONTRAST_PAIRS
        if contrast_ratio(getattr(colours, fg), getattr(colours, bg)) < need
    ]
    assert not too_faint, f"{name}: " + "; ".join(too_faint)


@pytest.mark.parametrize("name", THEME_NAMES)
def test_chart_lines_stand_out_from_the_page_and_from_each_other(name: str) -> None:
    colours = THEMES[name]
    for line in colours.chart:
        for ground in (colours.surface, colours.window):
            assert contrast_ratio(line, ground) >= LARGE_OR_GRAPHIC, f"{name}: {line} on {ground}"
    assert len(set(colours.chart)) == len(colours.chart)


def test_every_role_is_a_colour() -> None:
    for name, colours in THEMES.items():
        for role in ("window", "surface", "text", "accent", "selection", "focus"):
            assert re.fullmatch(r"#[0-9a-f]{6}", getattr(colours, role)), (name, role)
        assert colours.dark == (luminance(colours.window) < 0.2)


def test_the_palette_is_made_from_the_theme(qapp: Any) -> None:
    for colours in THEMES.values():
        palette = theme.palette_for(colours)
        role = QPalette.ColorRole
        assert palette.color(role.Window).name() == colours.window
        assert palette.color(role.Base).name() == colours.surface
        assert palette.color(role.Text).name() == colours.text
        assert palette.color(role.Highlight).name() == colours.selection
        assert palette.color(role.HighlightedText).name() == colours.selection_text
        assert palette.color(role.PlaceholderText).name() == colours.placeholder


def _explicit_colours(widget: QWidget) -> dict[str, str]:
    """The palette colours set on ``widget`` itself (not inherited from the app)."""
    palette = widget.palette()
    mask = palette.resolveMask()
    found = {}
    for role in QPalette.ColorRole:
        if role in (QPalette.ColorRole.NColorRoles, QPalette.ColorRole.NoRole):
            continue
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            # Qt 6 keeps one bit per (role, group): role * NColorGroups + group.
            bit = 1 << (role.value * int(QPalette.ColorGroup.NColorGroups.value) + group.value)
            if mask & bit:
                found[f"{role.name}/{group.name}"] = palette.color(group, role).name()
    return found


def _theme_only_colours(old: Colours, new: Colours) -> set[str]:
    def every(c: Colours) -> set[str]:
        values = {getattr(c, f) for f in c._fields if f not in ("chart", "dark")}
        return values | set(c.chart)

    return every(old) - every(new)


def _build_every_page(qtbot: Any, shell: Any) -> list[QWidget]:
    workspace = shell.window.workspace
    for module in navigation.modules():
        assert workspace.show_module(module.id)
    qtbot.wait(50)
    return workspace.built_pages()


def test_a_theme_switch_reaches_every_widget_on_every_page(
    qtbot: Any, make_shell: Any, existing_vault: str
) -> None:
    shell = make_shell()
    unlock_window(qtbot, shell)
    pages = _build_every_page(qtbot, shell)
    assert len(pages) == len(navigation.modules())
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        for old, new in (("light", "dark"), ("dark", "contrast"), ("contrast", "light")):
            theme.apply_theme(old)
            qtbot.wait(10)
            theme.apply_theme(new)
            qtbot.wait(10)
            stale = _theme_only_colours(THEMES[old], THEMES[new])
            widgets = [shell.window, *shell.window.findChildren(QWidget)]
            assert len(widgets) > 200, "every page's widgets are walked"
            problems = []
            for widget in widgets:
                if widget.styleSheet():
                    problems.append(f"{widget.objectName() or type(widget).__name__}: style sheet")
                for where, colour in _explicit_colours(widget).items():
                    if colour in stale:
                        name = widget.objectName() or type(widget).__name__
                        problems.append(f"{name} keeps {where} {colour} from {old}")
            assert not problems, problems[:10]
            assert not app.styleSheet()
            window_colour = shell.window.palette().color(QPalette.ColorRole.Window).name()
            assert window_colour == THEMES[new].window
    finally:
        theme.apply_theme("light")


def _pixel_colours(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }


@pytest.mark.parametrize("name", THEME_NAMES)
def test_the_main_button_is_drawn_in_the_accent(qtbot: Any, name: str) -> None:
    theme.apply_theme(name)
    try:
        button = QPushButton("Unlock")
        qtbot.addWidget(button)
        theme.set_role(button, "primary")
        button.resize(120, 32)
        image = button.grab().toImage()
        colours = _pixel_colours(image)
        assert THEMES[name].accent in colours
        plain = QPushButton("Unlock")
        qtbot.addWidget(plain)
        plain.resize(120, 32)
        assert THEMES[name].accent not in _pixel_colours(plain.grab().toImage())
    finally:
        theme.apply_theme("light")


def test_banners_are_tinted_with_their_tone_and_follow_a_switch(qtbot: Any) -> None:
    from ui.common.design import BANNER_TINT, tint
    from ui.common.messages import MessageBanner, Tone

    theme.apply_theme("light")
    try:
        banner = MessageBanner()
        qtbot.addWidget(banner)
        banner.show_message("Saved.", Tone.SUCCESS)
        banner.resize(300, 60)
        for name in ("light", "dark"):
            theme.apply_theme(name)
            colours = THEMES[name]
            fill = tint(colours.success, colours.surface, BANNER_TINT)
            pixel = banner.grab().toImage().pixelColor(150, 30).name()
            assert QColor(pixel) == QColor(fill), (name, pixel, fill)
    finally:
        theme.apply_theme("light")


def test_every_section_has_an_icon_of_its_own_drawn_in_the_theme(qapp: Any) -> None:
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    from ui.common.icons import section_icon

    navigation.load_module_packages()
    folder = resources_dir() / "icons" / "nav"
    for module in navigation.modules():
        path = folder / f"{module.id}.svg"
        assert path.is_file(), f"{module.id} has no icon"
        svg = path.read_text(encoding="utf-8")
        assert QSvgRenderer(QByteArray(svg.encode())).isValid()
        # Drawn in "currentColor" only, so the theme colours it.
        assert not re.search(r'(stroke|fill)="#', svg), module.id
        icon = section_icon(module.id, "#ff0000", "#00ff00")
        normal = icon.pixmap(20, 20).toImage()
        selected = icon.pixmap(20, 20, mode=icon.Mode.Selected).toImage()
        assert "#ff0000" in _pixel_colours(normal) or _has_hue(normal, "red")
        assert _has_hue(selected, "green")


def _has_hue(image: QImage, which: str) -> bool:
    for x in range(image.width()):
        for y in range(image.height()):
            c = image.pixelColor(x, y)
            if c.alpha() < 200:
                continue
            if which == "red" and c.red() > 200 and c.green() < 60:
                return True
            if which == "green" and c.green() > 200 and c.red() < 60:
                return True
    return False


def test_the_navigation_shows_each_section_with_its_icon(
    qtbot: Any, make_shell: Any, existing_vault: str
) -> None:
    shell = make_shell()
    unlock_window(qtbot, shell)
    nav = shell.window.workspace.nav
    for row in range(nav.count()):
        item = nav.item(row)
        assert not item.icon().isNull(), item.text()
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == item.text()


def test_follow_system_switches_when_the_system_does_and_a_choice_stays(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = {"theme": "light"}
    monkeypatch.setattr(theme, "system_theme", lambda: asked["theme"])
    try:
        assert theme.apply_theme("system") == "light"
        app = QApplication.instance()
        assert app is not None and app.property("mooring-follows-system")
        # The platform says its scheme changed (Qt's signal, delivered as it would be).
        asked["theme"] = "dark"
        theme._system_changed()
        assert theme.current() is THEMES["dark"]
        asked["theme"] = "contrast"  # a high-contrast preference turned on
        theme._system_changed()
        assert theme.current() is THEMES["contrast"]
        # A theme the person chose is kept whatever the system does.
        theme.apply_theme("light")
        asked["theme"] = "dark"
        theme._system_changed()
        assert theme.current() is THEMES["light"]
    finally:
        theme.apply_theme("light")


@pytest.mark.parametrize("screen", ["unlock", "setup"])
def test_the_progress_bar_sits_under_its_form_and_keeps_its_width(
    qtbot: Any, make_shell: Any, data_dir: Any, screen: str
) -> None:
    if screen == "unlock":
        from ui_fixtures import PASSPHRASE, SMALL_KDF

        from app.vault.vault import Vault

        Vault.create(data_dir, PASSPHRASE, kdf=SMALL_KDF)[0].close()
    shell = make_shell()
    window = shell.window
    window.resize(1200, 900)
    assert window.current_screen() == screen
    form_screen = window.unlock_screen if screen == "unlock" else window.setup_screen
    form = form_screen.form
    qtbot.waitUntil(lambda: form.width() > 0)
    qtbot.wait(20)
    page = form.pages.currentWidget()
    before = (form.geometry(), form.busy.geometry())
    # Right under the form's last control, not at the bottom of a stretched card.
    last = max(
        w.mapTo(form, w.rect().bottomLeft()).y()
        for w in page.findChildren(QWidget)
        if w.isVisible()
    )
    gap = form.busy.geometry().top() - last
    assert 0 <= gap <= 48, gap
    assert form.height() < 0.6 * window.height(), "the card is as tall as its form"
    form.busy.set_busy(True)
    qtbot.wait(20)
    assert form.busy.isVisible()
    assert (form.geometry(), form.busy.geometry()) == before, "nothing moves when it shows"
    assert form.busy.width() == page.width()
    form.busy.set_busy(False)
