"""Content that lives as data under ``resources/content/`` and is validated on load."""

from __future__ import annotations

import sys
from pathlib import Path


class ContentError(Exception):
    """A content file is missing or invalid; ``str(error)`` is one line naming the problem."""


def resources_dir() -> Path:
    """The ``resources/`` folder, from a source checkout, an install or a PyInstaller bundle."""
    # PyInstaller unpacks data beside the frozen program and records where in _MEIPASS;
    # the spec file places the folder there as "resources".
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        return Path(bundle) / "resources"
    # In a checkout (and an installed wheel) resources/ sits beside the app package.
    return Path(__file__).resolve().parent.parent.parent / "resources"


def content_dir() -> Path:
    """The ``resources/content/`` folder."""
    return resources_dir() / "content"
