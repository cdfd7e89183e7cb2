"""The names the desktop knows the program by, and their neutral twins for discreet mode.

A task bar groups windows, and may label the group, by names that are not the window
title: on X11 the window's WM_CLASS (instance and class), the desktop file name
(_GTK_APPLICATION_ID, _KDE_NET_WM_DESKTOP_FILE; on Wayland the app id), the application
name. In discreet mode all of them say "notes"/"Notes", never "mooring".

What can change while the program runs, and what only at the next start:

- The title, the icon, the application name, display name and desktop file name change
  at once (``apply``).
- Qt's xcb plugin works out WM_CLASS once, when the first window is created: the
  instance from ``argv[0]`` and the class from the application name. So discreet mode
  must be known before then. ``program_argv`` (called by ``ui/entry.py`` before the
  QApplication exists) reads the setting and names the program "notes" in ``argv[0]``,
  and ``apply`` runs before the main window is first shown. A switch made while the
  window is open changes WM_CLASS from the next start (Settings says so).
- On macOS the Dock shows the application bundle's name, which no running program can
  change; on Windows the task bar groups by the executable.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

PROGRAM = "mooring"  # the executable, its desktop file (mooring.desktop) and WM_CLASS
NEUTRAL_PROGRAM = "notes"
NEUTRAL_CLASS = "Notes"

_changed = False  # whether ``apply`` gave the application the neutral names


def discreet_on_disk(config_dir: Path) -> bool:
    """The stored discreet-mode setting (False when it can't be read)."""
    try:
        from ui.shell.settings_store import SettingsStore

        return SettingsStore(config_dir).discreet_mode()
    except Exception as error:  # a broken settings file must not stop the window
        log.warning("discreet mode could not be read (%s)", type(error).__name__)
        return False


def program_argv(config_dir: Path, argv0: str) -> list[str]:
    """The QApplication's argv: ``argv0``, or a neutral name in discreet mode."""
    return [NEUTRAL_PROGRAM] if discreet_on_disk(config_dir) else [argv0]


def apply(discreet: bool, title: str) -> None:
    """Give the running application its neutral names (``title`` is the window title
    discreet mode shows), or its own names back."""
    global _changed
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    if discreet:
        app.setApplicationName(NEUTRAL_CLASS)
        # The display name ends every other window's title on X11 ("Help — Notes").
        app.setApplicationDisplayName(title)
        QGuiApplication.setDesktopFileName(NEUTRAL_PROGRAM)
        _changed = True
    elif _changed:
        app.setApplicationName(PROGRAM)
        app.setApplicationDisplayName("")  # window titles as they are, no suffix
        QGuiApplication.setDesktopFileName(PROGRAM)
        _changed = False
