"""What a module page gets when it is built: the open session and the settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ui.shell.session import Session
from ui.shell.settings_store import SettingsStore


@dataclass(frozen=True)
class ModuleContext:
    """Shared services for module pages.

    Pages run database work with ``session.submit(fn, on_done)``; ``fn`` receives the
    open vault on the worker thread. Pages are destroyed on lock and rebuilt after
    unlock, so they must not keep content anywhere else. Connect to
    ``session.about_to_lock`` to queue a last save.

    ``navigate(module_id, ref)`` shows another module's page (and, with ``ref``, asks
    it to show that item through its ``show_item(ref)``); it returns False when there
    is no such module. The workspace provides it; a page built on its own gets a
    stand-in that goes nowhere.
    """

    session: Session
    settings: SettingsStore
    navigate: Callable[[str, str | None], bool] = lambda _module_id, _ref=None: False
