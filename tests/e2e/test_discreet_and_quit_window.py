"""The real ``mooring`` under Xvfb: discreet mode's window names as X shows them to a
task bar (WM_CLASS and the rest), F1 on the discreet lock screen, and Ctrl+Q, which
saves what was typed a moment before and exits."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from xdriver import (
    App,
    VaultPeek,
    Window,
    isolated_env,
    screenshot,
    wait_until,
    xdotool,
)

pytestmark = pytest.mark.e2e

PASSPHRASE = "quiet harbour morning tide"
SENTENCE = "sandpiper words typed just before quitting"
# Names X keeps for a window that a task bar, a pager or a window list may show.
NAME_PROPERTIES = (
    "WM_CLASS",
    "WM_NAME",
    "_NET_WM_NAME",
    "WM_ICON_NAME",
    "_NET_WM_ICON_NAME",
    "_KDE_NET_WM_DESKTOP_FILE",
    "_GTK_APPLICATION_ID",
    "WM_WINDOW_ROLE",
)


def _make_vault(data: Path) -> None:
    from app.vault.kdf import KdfParams
    from app.vault.vault import Vault

    vault, _code = Vault.create(
        data, PASSPHRASE, kdf=KdfParams(memory_kib=1024, iterations=1, lanes=1)
    )
    vault.close()


def _windows_of(pid: int, name: str = "") -> list[str]:
    found = xdotool("search", "--onlyvisible", "--name", name or ".").split()
    return [w for w in found if xdotool("getwindowpid", w) == str(pid)]


def _window_names(window_id: str) -> str:
    result = subprocess.run(
        ["xprop", "-id", window_id, *NAME_PROPERTIES],
        capture_output=True,
        text=True,
        timeout=30,
    )
    return result.stdout


class Running(App):
    """The real window over a fresh vault (started again if the X server refuses it, as
    :class:`App` does), with what these tests ask of it."""

    def __init__(self, root: Path, *, discreet: bool) -> None:
        env, self.folders = isolated_env(root)
        self.data = self.folders["data"]
        _make_vault(self.data)
        if discreet:
            from ui.shell.settings_store import SettingsStore

            SettingsStore(self.folders["config"]).set("discreet_mode", True)
        super().__init__(
            self.data,
            env,
            self.folders["shots"] / "app-output.txt",
            title="Notes" if discreet else "Mooring",
        )

    def is_open(self) -> bool:
        return (self.data / "mooring.db-wal").exists()

    def wait_exit(self, what: str) -> int:
        try:
            return self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"{what}: the program did not exit") from None

    def close(self) -> None:
        if self.process.poll() is None:
            self.kill()
        elif not self._log.closed:
            self._log.close()


def test_discreet_mode_never_names_mooring_to_the_desktop_and_f1_still_helps(
    tmp_path: Path,
) -> None:
    app = Running(tmp_path, discreet=True)
    try:
        names = _window_names(app.window.id)
        assert 'WM_CLASS(STRING) = "notes", "Notes"' in names, names
        assert "mooring" not in names.lower(), names
        screenshot(app.folders["shots"] / "1-discreet-lock.png")

        # F1 on the lock screen: help, under a plain title, without the passphrase.
        app.window.key("F1")
        wait_until(lambda: len(_windows_of(app.process.pid)) == 2, "the help window")
        [help_id] = [w for w in _windows_of(app.process.pid) if w != app.window.id]
        help_names = _window_names(help_id)
        assert "Help" in help_names
        for word in ("mooring", "recovery", "crisis", "journal"):
            assert word not in help_names.lower(), help_names
        screenshot(app.folders["shots"] / "2-discreet-help.png")

        # Ctrl+Q from the lock screen, with help open, ends the program cleanly.
        Window(help_id).key("ctrl+q")
        assert app.wait_exit("Ctrl+Q on the lock screen") == 0, app.output()
        assert "Traceback" not in app.output()
    finally:
        app.close()


def test_ctrl_q_saves_what_was_just_typed_and_exits(tmp_path: Path) -> None:
    app = Running(tmp_path, discreet=False)
    try:
        app.window.key("ctrl+a")
        app.window.type(PASSPHRASE, delay_ms=5)
        app.window.key("Return")
        wait_until(app.is_open, "unlock to open the vault")
        time.sleep(0.5)  # the first page built
        app.window.key("Down")  # Journal, from the navigation list
        app.window.key("ctrl+n")
        app.window.type(SENTENCE, delay_ms=5)
        app.window.key("ctrl+q")  # at once: no waiting for the autosave
        assert app.wait_exit("Ctrl+Q in the journal") == 0, app.output()
        assert "Traceback" not in app.output()
    finally:
        app.close()
    assert not app.is_open(), "the vault was closed properly"
    peek = VaultPeek(app.data, PASSPHRASE)
    assert peek.rows("SELECT count(*) FROM entries WHERE body = ?", (SENTENCE,)) == [(1,)]
