"""Fixtures for core tests. No Qt here."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.vault.kdf import KdfParams
from app.vault.vault import Vault


@pytest.fixture
def small_kdf() -> KdfParams:
    return SMALL_KDF


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    """An open, empty vault in ``vault_dir``, closed after the test."""
    opened, _code = Vault.create(vault_dir, PASSPHRASE, kdf=SMALL_KDF)
    yield opened
    opened.close()


@pytest.fixture
def make_vault(vault_dir: Path) -> Callable[..., str]:
    """Create a closed vault in ``vault_dir``; returns its recovery code."""

    def make(passphrase: str = PASSPHRASE) -> str:
        vault, code = Vault.create(vault_dir, passphrase, kdf=SMALL_KDF)
        vault.close()
        return code

    return make
