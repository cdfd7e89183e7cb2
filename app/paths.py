"""Where Mooring keeps its data and its (non-sensitive) settings."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Mooring"
DATA_DIR_ENV = "MOORING_DATA_DIR"
CONFIG_DIR_ENV = "MOORING_CONFIG_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The vault folder: ``--data-dir``, else $MOORING_DATA_DIR, else the platform's."""
    if override:
        return Path(override).expanduser().absolute()
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV]).expanduser().absolute()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The settings folder: $MOORING_CONFIG_DIR, else the platform's."""
    if override:
        return Path(override).expanduser().absolute()
    if os.environ.get(CONFIG_DIR_ENV):
        return Path(os.environ[CONFIG_DIR_ENV]).expanduser().absolute()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
