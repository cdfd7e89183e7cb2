"""The window around every module: lock screen, first-run set-up, navigation, settings.

- ``application.py``: ``run_gui`` (one window per data folder) and ``build_shell`` (tests).
- ``main_window.py``: the stack of screens and the lock rules (shortcut, idle, quick-hide,
  system lock). Shortcuts live in ``shortcuts.py``; Ctrl+Shift+L locks and hides at once.
- ``session.py``: the vault, always used through the single worker in ``ui/tasks.py``.
- ``navigation.py``: modules register ``(id, title, factory)``; list new packages in
  ``MODULE_PACKAGES``. Pages get a ``ModuleContext`` and are rebuilt after every unlock.
"""
