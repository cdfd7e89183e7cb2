"""Keyring backends that don't work: none at all (fail), one that stores nothing
(null), one that raises on read, one that silently drops writes, one that refuses
(locked). "Remember on this device" falls back to the passphrase with a clear message,
no key material stays behind, and ``mooring self-test`` reports each one sensibly.

Extends tests/app/test_remember_on_device.py and tests/app/test_keyring_self_test.py
(DeviceMemory and the round trip alone) with the real window and the real command line.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest
from adversarial_cli import cli_environment, script_command
from PySide6.QtCore import Qt
from ui_fixtures import PASSPHRASE, SMALL_KDF

from app.vault.vault import Vault
from ui.shell.settings_store import SettingsStore

# The same misbehaving backends, importable by name for PYTHON_KEYRING_BACKEND.
BACKENDS_MODULE = """
import keyring.backend, keyring.errors

class _Base(keyring.backend.KeyringBackend):
    priority = 1
    def __init__(self):
        super().__init__()
        self.store = {}
    def get_password(self, service, username):
        return self.store.get((service, username))
    def set_password(self, service, username, password):
        self.store[(service, username)] = password
    def delete_password(self, service, username):
        if self.store.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")

class RaisesOnRead(_Base):
    def get_password(self, service, username):
        raise keyring.errors.KeyringError("the keyring daemon went away")

class DropsWrites(_Base):
    def set_password(self, service, username, password):
        pass

class Locked(_Base):
    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("locked")
    def set_password(self, service, username, password):
        raise keyring.errors.KeyringLocked("locked")
"""


@pytest.fixture(scope="module")
def backends(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("backends")
    (folder / "adversarial_keyrings.py").write_text(BACKENDS_MODULE)
    namespace: dict[str, Any] = {}
    exec(compile(BACKENDS_MODULE, "adversarial_keyrings", "exec"), namespace)
    namespace["folder"] = folder
    return namespace


def _backend(backends: Any, name: str) -> Any:
    if name == "fail":
        return keyring.backends.fail.Keyring()
    if name == "null":
        return keyring.backends.null.Keyring()
    return backends[name]()


# ----- the window ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "fail",
        "null",
        "RaisesOnRead",
        "DropsWrites",
        "Locked",
    ],
)
def test_remember_on_device_falls_back_to_the_passphrase(
    qtbot: Any, build_window: Any, data_dir: Path, config_dir: Path, backends: Any, name: str
) -> None:
    Vault.create(data_dir, PASSPHRASE, kdf=SMALL_KDF)[0].close()
    backend = _backend(backends, name)
    shell = build_window(data_dir, keyring_backend=backend)
    window = shell.window
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "workspace"

    # Ticking "remember on this device" (as the settings dialog does).
    reasons: list[str | None] = []
    shell.session.remember_on_device(reasons.append)
    qtbot.waitUntil(lambda: bool(reasons), timeout=5000)
    reason = reasons[0]
    assert reason is not None and "passphrase" in reason, reason
    assert "\n" not in reason
    # No key material is left behind in a keyring that said it failed.
    assert getattr(backend, "store", {}) == {}, f"{name} still holds the data key"

    # Even with the setting on (say it worked on another day), the next start asks for
    # the passphrase, quietly, and the passphrase opens the vault.
    SettingsStore(config_dir).set("remember_on_device", True)
    window.lock()
    again = build_window(data_dir, keyring_backend=backend).window
    assert again.current_screen() == "unlock"
    assert again.unlock_screen.passphrase.isEnabled()
    qtbot.keyClicks(again.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(again.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert again.current_screen() == "workspace"


# ----- mooring self-test ----------------------------------------------------------------

SELF_TEST = {
    # backend: (exit code, the "keyring check:" line starts with). The locked and
    # raising backends' round trips are in tests/app/test_keyring_self_test.py; the
    # real command runs only these three (each pays the production KDF, about 1.5 s).
    "keyring.backends.fail.Keyring": (0, "none (Mooring will ask for the passphrase)"),
    "keyring.backends.null.Keyring": (0, "none (Mooring will ask for the passphrase)"),
    "adversarial_keyrings.DropsWrites": (
        1,
        "FAILED: it accepted a test secret but gave back nothing",
    ),
}


@pytest.mark.parametrize("backend", list(SELF_TEST))
def test_self_test_reports_the_keyring(backends: Any, tmp_path: Path, backend: str) -> None:
    env = cli_environment(tmp_path)
    env["PYTHON_KEYRING_BACKEND"] = backend
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(backends["folder"]), env.get("PYTHONPATH", "")) if p
    )
    done = subprocess.run(
        [*script_command(), "self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    code, check_line = SELF_TEST[backend]
    assert done.returncode == code, (done.stdout, done.stderr)
    assert "Traceback" not in done.stdout + done.stderr
    lines = dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)
    assert lines["keyring check"].startswith(check_line), done.stdout
    if code == 0:
        assert done.stdout.splitlines()[-1].startswith("ok:")
        assert done.stderr == ""
    else:
        assert done.stderr.count("\n") == 1 and done.stderr.startswith("mooring: Self-test failed")
        assert "remember on this device" in done.stderr
    assert list((tmp_path / "tmp").iterdir()) == [], "the throwaway vault was left behind"
