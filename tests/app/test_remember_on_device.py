"""'Remember on this device': every keyring failure falls back to the passphrase."""

from __future__ import annotations

from pathlib import Path

import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from app.vault.layout import VaultPaths
from app.vault.remember import DeviceMemory

KEY = bytes(range(32))


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


class DroppingKeyring(MemoryKeyring):
    """Accepts writes and silently keeps nothing."""

    def set_password(self, service: str, username: str, password: str) -> None:
        return None


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


@pytest.fixture
def paths(tmp_path: Path) -> VaultPaths:
    return VaultPaths.for_dir(tmp_path / "vault")


def test_remember_and_recall_with_a_working_keyring(paths: VaultPaths) -> None:
    backend = MemoryKeyring()
    memory = DeviceMemory(paths, backend)
    assert memory.recall() is None
    assert memory.remember(KEY) is None
    assert memory.recall() == KEY
    stored = next(iter(backend.items))
    assert str(paths.root) not in stored[1]  # the entry does not reveal the folder
    memory.forget()
    assert memory.recall() is None


def test_no_backend_falls_back(paths: VaultPaths) -> None:
    from keyring.backends import fail

    memory = DeviceMemory(paths, fail.Keyring())
    reason = memory.remember(KEY)
    assert reason is not None and "passphrase" in reason
    assert memory.recall() is None
    memory.forget()  # must not raise


def test_backend_that_drops_writes_is_detected(paths: VaultPaths) -> None:
    memory = DeviceMemory(paths, DroppingKeyring())
    reason = memory.remember(KEY)
    assert reason is not None and "didn't keep" in reason
    assert memory.recall() is None


def test_locked_backend_falls_back(paths: VaultPaths) -> None:
    memory = DeviceMemory(paths, LockedKeyring())
    reason = memory.remember(KEY)
    assert reason is not None and "locked" in reason
    assert memory.recall() is None


def test_garbage_in_the_keyring_is_ignored(paths: VaultPaths) -> None:
    backend = MemoryKeyring()
    memory = DeviceMemory(paths, backend)
    memory.remember(KEY)
    for junk in ("zz", "00" * 31, "not hex at all"):
        backend.items = {k: junk for k in backend.items}
        assert memory.recall() is None
