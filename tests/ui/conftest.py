"""GUI test fixtures: offscreen Qt, a started window in synchronous mode, a fake clock.

The temporary data/config folders and the in-memory keyring come from the autouse
fixture in tests/conftest.py.
"""

from __future__ import annotations

import os

# Must be set before pytest-qt creates the QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from data_helpers import data_module  # noqa: F401 (the "Your data" pages' fixture)
from ui_fixtures import PASSPHRASE, SMALL_KDF, FakeClock, close_shells, start_shell

from ui.shell import navigation
from ui.shell.application import Shell

ShellFactory = Callable[..., Shell]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def existing_vault(data_dir: Path) -> str:
    """A vault in the data folder, opened by PASSPHRASE; returns its recovery code."""
    from app.vault.vault import Vault

    vault, code = Vault.create(data_dir, PASSPHRASE, kdf=SMALL_KDF)
    vault.close()
    return code


@pytest.fixture
def make_shell(
    qtbot: Any, data_dir: Path, config_dir: Path, fake_keyring: Any, clock: FakeClock
) -> Iterator[ShellFactory]:
    """Build, start and show a window (synchronous worker); closed after the test."""
    shells: list[Shell] = []

    def factory(**options: Any) -> Shell:
        shell = start_shell(qtbot, data_dir, config_dir, fake_keyring, clock, **options)
        shells.append(shell)
        return shell

    yield factory
    close_shells(shells)


@pytest.fixture
def scratch_module() -> Iterator[str]:
    """Registers a module page with editors (like a journal) for the lock tests."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

    def build(_context: Any) -> QWidget:
        page = QWidget()
        page.setObjectName("scratch-page")
        title = QLineEdit(page)
        title.setObjectName("scratch-title")
        body = QPlainTextEdit(page)
        body.setObjectName("scratch-body")
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(body)
        return page

    navigation.register("scratch", "Scratch", build, order=50)
    yield "scratch"
    navigation.unregister("scratch")


# The offscreen platform cannot raise windows or pass on size hints and says so as a
# Qt warning (popups grab the keyboard); on a real screen these calls work. Only these
# messages are ignored.
_OFFSCREEN_LIMITS = (
    r"^This plugin does not support (raise\(\)|propagateSizeHints\(\)|grabbing the keyboard)"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.qt_log_ignore(_OFFSCREEN_LIMITS))
