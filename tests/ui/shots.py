"""Screenshots a UI test takes on its way, kept only when asked for.

Set ``MOORING_TEST_SHOTS=/some/folder`` to keep them for a look; without it nothing is
written (a test run leaves no files behind, and parallel workers never share a path).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QWidget


def keep_shot(widget: QWidget, name: str) -> None:
    """Save the widget's window as ``<folder>/<name>.png`` when screenshots are wanted."""
    folder = os.environ.get("MOORING_TEST_SHOTS", "")
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    stem = name.removesuffix(".png")
    widget.grab().save(str(Path(folder) / f"{stem}.png"))
