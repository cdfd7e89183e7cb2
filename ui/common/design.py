"""Mooring's design tokens: spacing, type scale, corner radii and colour roles.

One place for how Mooring looks, so every module is built from the same parts. This
file holds plain values only (no widgets); ``ui/common/theme.py`` turns them into a Qt
palette and the application's style sheet, and ``ui/common/surfaces.py`` has the
widgets built from them (page header, card). See docs/ARCHITECTURE.md, "Design system".

Colours are roles, never literal colours in a page: a page asks for ``text_secondary``
or ``accent``, and the theme in use says what that is. Every pair of a text role and
the ground it is drawn on is checked for contrast by tests/ui/test_ui_design.py
(4.5:1 for text, 3:1 for large text, chart lines and focus rings), so a palette change
that makes anything hard to read fails the build.
"""

from __future__ import annotations

from typing import Final, NamedTuple

# Plain classes and named tuples rather than dataclasses: this module is imported
# before the lock screen shows, and generating dataclass methods cost ~10 ms there.

# --- spacing (pixels at 100 % scaling; Qt scales for high-DPI screens) -------------


class Spacing:
    xs: Final = 4  # between a label and its field
    s: Final = 8  # between related controls
    m: Final = 12  # inside a card, between rows
    l: Final = 16  # card padding; between cards  # noqa: E741 (a size, like s and m)
    xl: Final = 24  # page margins
    xxl: Final = 32  # above a page title on wide windows


SPACE: Final = Spacing()


class Radii:
    small: Final = 4  # fields, small buttons
    medium: Final = 8  # cards, banners
    large: Final = 12  # the lock screen's form


RADIUS: Final = Radii()


# --- type scale: factors of the person's own font size, so large text stays large ----


class TypeStep(NamedTuple):
    scale: float
    bold: bool = False


class TypeScale:
    body: Final = TypeStep(1.0)
    secondary: Final = TypeStep(0.92)
    section_title: Final = TypeStep(1.12, bold=True)
    page_title: Final = TypeStep(1.5, bold=True)


TYPE: Final = TypeScale()

# Comfortable reading: about this many average characters per line in the editor and
# the preview; wider windows centre the text rather than stretching it.
READING_WIDTH_CHARS: Final = 76

# The largest a form on the lock and set-up screens grows (its progress bar too).
FORM_WIDTH: Final = 460


# --- colour roles ---------------------------------------------------------------------


class Colours(NamedTuple):
    """What each colour is for. Values are ``#rrggbb``."""

    window: str  # the window's ground, behind everything
    surface: str  # cards, lists, fields: where content sits
    surface_alt: str  # alternate rows, a card's quieter part
    text: str
    text_secondary: str  # dates, hints, captions
    placeholder: str  # the hint inside an empty field
    border: str  # card and field edges (decoration, not information)
    accent: str  # selection in the navigation, the main button, links' kin
    accent_text: str  # text on ``accent``
    selection: str  # selected rows in lists
    selection_text: str
    focus: str  # the focus ring; must stand out from window and surface
    link: str
    disabled_text: str
    info: str  # banners' edge and tint
    success: str
    problem: str
    chart: tuple[str, str, str, str]  # series colours, in order
    dark: bool


LIGHT: Final = Colours(
    window="#f5f3ef",
    surface="#ffffff",
    surface_alt="#f1eee8",
    text="#22282b",
    text_secondary="#596166",
    placeholder="#6b7378",
    border="#d9d4cb",
    accent="#2e6b6f",
    accent_text="#ffffff",
    selection="#d3e8e6",
    selection_text="#16302f",
    focus="#2e6b6f",
    link="#22666a",
    disabled_text="#8b9195",
    info="#3d6fa8",
    success="#3c7d4e",
    problem="#b0591a",
    chart=("#2e6b6f", "#b0591a", "#6a4fa3", "#3c7d4e"),
    dark=False,
)

DARK: Final = Colours(
    window="#1b1f22",
    surface="#242a2e",
    surface_alt="#2b3236",
    text="#e8e6e1",
    text_secondary="#a8b0b4",
    placeholder="#959da1",
    border="#3b4347",
    accent="#67b5b3",
    accent_text="#0f1f1f",
    selection="#2f5557",
    selection_text="#f2f5f4",
    focus="#7cc8c5",
    link="#8dd0cd",
    disabled_text="#767e83",
    info="#6d9fd8",
    success="#6fb683",
    problem="#e09450",
    chart=("#67b5b3", "#e59b57", "#b49be3", "#86c796"),
    dark=True,
)

# High contrast: pure ground, full-strength text, a yellow accent (a common choice of
# high-contrast themes, readable by most people with low vision).
CONTRAST: Final = Colours(
    window="#000000",
    surface="#000000",
    surface_alt="#1a1a1a",
    text="#ffffff",
    text_secondary="#e6e6e6",
    placeholder="#d0d0d0",
    border="#ffffff",
    accent="#ffd84a",
    accent_text="#000000",
    selection="#ffd84a",
    selection_text="#000000",
    focus="#ffd84a",
    link="#9fd8ff",
    disabled_text="#a6a6a6",
    info="#9fd8ff",
    success="#8ef0a6",
    problem="#ffb066",
    chart=("#ffd84a", "#9fd8ff", "#ff9ecb", "#8ef0a6"),
    dark=True,
)

THEMES: Final[dict[str, Colours]] = {"light": LIGHT, "dark": DARK, "contrast": CONTRAST}

COLOUR_ROLES: Final = tuple(name for name in Colours._fields if name not in ("chart", "dark"))


# --- contrast (WCAG 2.x relative luminance) --------------------------------------------


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of ``#rrggbb`` (0 black .. 1 white)."""
    text = colour.lstrip("#")
    r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, 1 (same) .. 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def tint(colour: str, ground: str, amount: float) -> str:
    """``colour`` laid over ``ground`` at ``amount`` opacity, as an opaque colour."""
    a, b = colour.lstrip("#"), ground.lstrip("#")
    mixed = (
        round(int(a[i : i + 2], 16) * amount + int(b[i : i + 2], 16) * (1 - amount))
        for i in (0, 2, 4)
    )
    return "#" + "".join(f"{v:02x}" for v in mixed)


# Banners are drawn as a light tint of their tone over the surface; text stays ``text``.
BANNER_TINT: Final = 0.14

# (foreground role, background role, minimum ratio): everything the themes promise.
TEXT: Final = 4.5
LARGE_OR_GRAPHIC: Final = 3.0
CONTRAST_PAIRS: Final[tuple[tuple[str, str, float], ...]] = (
    ("text", "window", TEXT),
    ("text", "surface", TEXT),
    ("text", "surface_alt", TEXT),
    ("text_secondary", "window", TEXT),
    ("text_secondary", "surface", TEXT),
    ("text_secondary", "surface_alt", TEXT),
    ("placeholder", "surface", TEXT),
    ("accent_text", "accent", TEXT),
    ("selection_text", "selection", TEXT),
    ("link", "surface", TEXT),
    ("link", "window", TEXT),
    ("focus", "window", LARGE_OR_GRAPHIC),
    ("focus", "surface", LARGE_OR_GRAPHIC),
    ("accent", "window", LARGE_OR_GRAPHIC),  # the selected section's marker
    ("info", "surface", LARGE_OR_GRAPHIC),
    ("success", "surface", LARGE_OR_GRAPHIC),
    ("problem", "surface", LARGE_OR_GRAPHIC),
)
