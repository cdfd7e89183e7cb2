"""Fixtures shared by every test: private folders and a fake keyring.

No test may touch the real home folder or the real OS keyring, so an autouse fixture
points every folder variable Mooring, Qt, platformdirs or tempfile could read at a fresh
per-test folder, and installs an in-memory keyring. This file stays Qt-free because
tests/app/ must never import Qt.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest
import worker_display


def pytest_configure(config: pytest.Config) -> None:
    worker_display.pytest_configure()


def pytest_unconfigure(config: pytest.Config) -> None:
    worker_display.pytest_unconfigure()


class FakeKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps secrets in a dict, with switches to act like a broken one.

    ``fail_with``: an exception raised by every call (e.g. ``keyring.errors.KeyringLocked``,
    or ``NoKeyringError`` for "no backend"). ``drop_writes``: ``set_password`` succeeds
    but stores nothing, like backends that lose writes silently.
    """

    # Low but positive: viable if keyring ever re-discovers backends, never preferred.
    priority = 0.5

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}
        self.fail_with: BaseException | None = None
        self.drop_writes = False

    def _maybe_fail(self) -> None:
        if self.fail_with is not None:
            raise self.fail_with

    def get_password(self, service: str, username: str) -> str | None:
        self._maybe_fail()
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._maybe_fail()
        if not self.drop_writes:
            self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._maybe_fail()
        try:
            del self.store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("no such password") from None


@pytest.fixture
def fake_keyring() -> Iterator[FakeKeyring]:
    """The in-memory keyring installed for this test (empty at the start)."""
    backend = FakeKeyring()
    keyring.set_keyring(backend)
    yield backend
    backend.store.clear()
    # Leave nothing usable behind for code that runs between tests.
    keyring.set_keyring(keyring.backends.fail.Keyring())


@pytest.fixture
def isolated_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This test's private home, temp, data and config folders live in here.

    Kept apart from ``tmp_path`` so that a test finds its ``tmp_path`` empty.
    """
    return tmp_path_factory.mktemp("isolated")


@pytest.fixture
def data_dir(isolated_root: Path) -> Path:
    """This test's Mooring data folder (MOORING_DATA_DIR); exists and is empty."""
    path = isolated_root / "data"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture
def config_dir(isolated_root: Path) -> Path:
    """This test's Mooring config folder (MOORING_CONFIG_DIR); exists and is empty."""
    path = isolated_root / "config"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture(autouse=True)
def _isolated_environment(
    monkeypatch: pytest.MonkeyPatch,
    isolated_root: Path,
    data_dir: Path,
    config_dir: Path,
    fake_keyring: FakeKeyring,
) -> None:
    home = isolated_root / "home"
    folders = {
        "HOME": home,
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_RUNTIME_DIR": isolated_root / "runtime",
        "TMPDIR": isolated_root / "tmp",
        # Windows equivalents, so the same isolation holds for a developer there.
        "USERPROFILE": home,
        "APPDATA": home / "AppData" / "Roaming",
        "LOCALAPPDATA": home / "AppData" / "Local",
    }
    for name, path in folders.items():
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
    # Qt refuses (with a warning, which fails the test) a runtime folder others can read.
    (isolated_root / "runtime").chmod(0o700)
    monkeypatch.setenv("MOORING_DATA_DIR", str(data_dir))
    monkeypatch.setenv("MOORING_CONFIG_DIR", str(config_dir))
    # Child processes (e2e) cannot see the in-memory keyring; give them one that
    # stores nothing, so they never reach the real keyring either.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    # tempfile caches its folder on first use; make it look again.
    monkeypatch.setattr(tempfile, "tempdir", None)
