"""Fixtures for the command-line tests: a private environment and a data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("MOORING_")}
    environment.update(
        HOME=str(tmp_path / "home"),
        MOORING_CONFIG_DIR=str(tmp_path / "config"),
        TMPDIR=str(tmp_path / "tmp"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        QT_QPA_PLATFORM="offscreen",
    )
    (tmp_path / "tmp").mkdir()
    return environment


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder whose path has a space and a non-ASCII letter."""
    return tmp_path / "data folder ü"
