"""The registry of modules shown in the main window's navigation list.

A module's UI package registers itself when imported::

    from ui.shell import navigation
    navigation.register("journal", lambda: tr("Journal"), JournalPage, order=10)

and adds its package name to :data:`MODULE_PACKAGES`. Only registered modules show.
The packages are imported on the first unlock, not at start-up, so the lock screen
appears quickly.

A page may offer two methods; the workspace calls them, so no page wires itself to
the session or to another page:

- ``apply_changes(changes)``: an operation changed data
  (``app.platform.changes.Changes``); reload whatever shows a topic it touches.
- ``before_lock()``: the vault closes next; queue the last save (it runs on the worker
  before the close), then empty every field and model.
- ``show_item(ref)``: another page asked (``context.navigate(module_id, ref)``) to
  show one of this module's items; ``ref`` is the module's own id for it, as in its
  timeline items (``app.platform.contributions.TimelineItem.ref``).

The Qt-free half of a module (schema, demo data, its timeline, packet and export
contributions) is declared in ``app/<module>/module.py``; see docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.shell.context import ModuleContext

# Imported (once) on first unlock; each calls register() at import time.
MODULE_PACKAGES: list[str] = [
    "ui.today",
    "ui.journal",
    "ui.checkins",
    "ui.sessions",
    "ui.exercises",
    "ui.boundaries",
    "ui.invitations",
    "ui.reflection",
    "ui.measures",
    "ui.safety",
    "ui.timeline",
    "ui.exchange",
    "ui.data",
]

WidgetFactory = Callable[["ModuleContext"], "QWidget"]


@dataclass(frozen=True)
class Module:
    """One entry in the navigation list."""

    id: str
    title: Callable[[], str]  # called when shown, so it is translated at that moment
    factory: WidgetFactory
    order: int = 100
    # Built the first time it is shown rather than at unlock (for a page with nothing
    # to do until then): the journal opens sooner. A callable decides at each unlock
    # (the sessions page is built at unlock when its reminders are on).
    build_when_shown: bool | Callable[[ModuleContext], bool] = False
    # Python modules its page needs, imported on the worker while the lock screen waits.
    preload: tuple[str, ...] = ()


log = logging.getLogger(__name__)

_modules: dict[str, Module] = {}
_loaded = False


def register(
    module_id: str,
    title: str | Callable[[], str],
    factory: WidgetFactory,
    *,
    order: int = 100,
    build_when_shown: bool | Callable[[ModuleContext], bool] = False,
    preload: tuple[str, ...] = (),
) -> None:
    """Add (or replace) a module. ``factory(context)`` builds its page after each unlock
    (or when first shown, with ``build_when_shown``)."""
    title_fn = title if callable(title) else (lambda text=title: text)
    _modules[module_id] = Module(
        module_id, title_fn, factory, order, build_when_shown, tuple(preload)
    )


def preload_names() -> list[str]:
    """Every module's ``preload`` names, for importing ahead of the first unlock."""
    return [name for module in modules() for name in module.preload]


def unregister(module_id: str) -> None:
    _modules.pop(module_id, None)


def modules() -> list[Module]:
    """Registered modules in display order."""
    return sorted(_modules.values(), key=lambda m: (m.order, m.id))


def load_module_packages() -> None:
    """Import every package in MODULE_PACKAGES so they can register (idempotent)."""
    global _loaded
    if _loaded:
        return
    for name in MODULE_PACKAGES:
        try:
            importlib.import_module(name)
        except Exception as error:
            # One broken module must not keep the person out of the others.
            log.error("module package %s could not be loaded (%s)", name, type(error).__name__)
    _loaded = True
