"""Every keyboard shortcut a person may want to know, in one place.

The window binds its own keys from here (``main_window.py``), and Help and Settings list
them all from :func:`help_lines`, so the list cannot drift from the keys:
``tests/ui/test_ui_help_more.py`` fails when a page binds a Ctrl key or an F-key that
is not listed here.

"Ctrl" is written here; Qt maps it to Cmd on macOS (and shows "⌘" there).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

# The window's own keys (bound in main_window.py through the key guard: they work on
# every screen, the lock screen too, and inside open dialogs).
LOCK = "Ctrl+L"
QUICK_HIDE = "Ctrl+Shift+L"  # lock and hide at once
HELP = ("F1", "Ctrl+Shift+H")
SETTINGS = "Ctrl+,"
QUIT = "Ctrl+Q"  # Cmd+Q on macOS

# Keys a page binds for itself (ui/journal/page.py, ui/sessions/page.py, the check-in
# page and the session editor). Written here too so Help can name them.
NEW = "Ctrl+N"  # a new journal entry; a new session or boundary on those pages
PROMPT = "Ctrl+Shift+N"
FIND = "Ctrl+F"
SAVE = "Ctrl+S"

# The workspace's own keys (ui/shell/workspace.py): a section by its place in the list,
# and F6 between the sections list and the page, as in most two-pane programs.
SECTION_KEYS = tuple(f"Ctrl+{number}" for number in range(1, 10))
SWITCH_PANE = "F6"


def tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def native(portable: str) -> str:
    """How the shortcut is written on this platform (e.g. "⇧⌘L" on macOS)."""
    return QKeySequence(portable).toString(QKeySequence.SequenceFormat.NativeText)


def portable(keys: str) -> str:
    """``keys`` written the one way Qt writes them (for comparing two spellings)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.PortableText)


def quit_keys() -> tuple[str, ...]:
    """Ctrl+Q (Cmd+Q on macOS), and this platform's standard Quit combination if it
    differs (a lone media key such as "Exit" is left out: nobody would look for it)."""
    keys = [QUIT]
    for sequence in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit):
        text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
        if "+" in text.rstrip("+") and portable(text) not in {portable(k) for k in keys}:
            keys.append(text)
    return tuple(keys)


@dataclass(frozen=True)
class Listed:
    """One line of the shortcut list: its keys, and what they do (translated when shown)."""

    keys: tuple[str, ...]
    meaning: Callable[[], str]
    # How the keys are written when listing each would be long (Ctrl+1 … Ctrl+9).
    written: Callable[[], str] | None = None

    def keys_text(self) -> str:
        if self.written is not None:
            return self.written()
        return " / ".join(native(key) for key in self.keys)


def listed() -> tuple[Listed, ...]:
    """The shortcuts Help and Settings show, the ones needed in a hurry first."""
    return (
        Listed((QUICK_HIDE,), lambda: tr("Lock and hide at once")),
        Listed((LOCK,), lambda: tr("Lock")),
        Listed(HELP, lambda: tr("Get help now (works while locked, too)")),
        Listed(quit_keys(), lambda: tr("Save and quit")),
        Listed((NEW,), lambda: tr("New journal entry (on Sessions or Boundaries: a new one)")),
        Listed((PROMPT,), lambda: tr("Write from a prompt")),
        Listed((FIND,), lambda: tr("Search your journal")),
        Listed((SAVE,), lambda: tr("Save now (everything also saves as you go)")),
        Listed((SETTINGS,), lambda: tr("Settings")),
        Listed(
            SECTION_KEYS,
            lambda: tr("Go to a section by its place in the list"),
            lambda: f"{native(SECTION_KEYS[0])} \u2026 {native(SECTION_KEYS[-1])}",
        ),
        Listed((SWITCH_PANE,), lambda: tr("Move between the sections list and the page")),
    )


def help_lines() -> list[tuple[str, str]]:
    """(keys as written on this platform, what they do), in the order Help shows them."""
    return [(item.keys_text(), item.meaning()) for item in listed()]


def listed_keys() -> set[str]:
    """Every listed key combination, in portable form."""
    return {portable(key) for item in listed() for key in item.keys}
