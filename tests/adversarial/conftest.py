"""Fixtures for the adversarial suite (tests/adversarial/).

Shared by the damaged-file matrix, the canary sweep, the keyring and concurrency tests
(and the kill loops). Qt runs offscreen; the GUI cells build the real window in-process
the way tests/ui/conftest.py does (its fixtures are not visible from here).
"""

from __future__ import annotations

import os

# Must be set before pytest-qt creates the QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

_TESTS = Path(__file__).resolve().parents[1]
for _folder in ("app", "ui", "e2e"):
    if str(_TESTS / _folder) not in sys.path:
        sys.path.append(str(_TESTS / _folder))

# The offscreen platform can't raise windows or pass on size hints (see tests/ui/conftest.py).
_OFFSCREEN_LIMITS = (
    r"^This plugin does not support (raise\(\)|propagateSizeHints\(\)|grabbing the keyboard)"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.qt_log_ignore(_OFFSCREEN_LIMITS))


@pytest.fixture
def build_window(qtbot: Any, config_dir: Path, fake_keyring: Any) -> Iterator[Callable[..., Any]]:
    """``build_window(data_dir, **options)``: the real window (synchronous worker), shown
    and started; closed and its worker stopped after the test."""
    from ui_fixtures import FakeClock, close_shells, start_shell

    shells: list[Any] = []

    def factory(data_dir: Path, **options: Any) -> Any:
        shell = start_shell(qtbot, data_dir, config_dir, fake_keyring, FakeClock(), **options)
        shells.append(shell)
        return shell

    yield factory
    close_shells(shells)
