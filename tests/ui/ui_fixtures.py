"""Constants and small fakes shared by the GUI tests (imported by name, not a fixture)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.vault.kdf import KdfParams

SMALL_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
PASSPHRASE = "quiet harbour morning tea"
NEW_PASSPHRASE = "green kite over the hill"
SECRET_TEXT = "the words I wrote tonight"


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def start_shell(
    qtbot: Any, data_dir: Path, config_dir: Path, keyring: Any, clock: FakeClock, **options: Any
) -> Any:
    """The real window for ``data_dir`` (synchronous worker, small KDF), started and
    shown; close it with ``close_shells``."""
    from ui.shell.application import build_shell

    settings: dict[str, Any] = {
        "synchronous": True,
        "kdf": SMALL_KDF,
        "keyring_backend": keyring,
        "clock": clock,
        "watch_system_lock": False,
        "save_dialog": lambda _parent, _name: "",
    }
    settings.update(options)
    shell = build_shell(data_dir, config_dir, **settings)
    qtbot.addWidget(shell.window)
    shell.window.start()
    shell.window.show()
    qtbot.waitExposed(shell.window)
    return shell


def close_shells(shells: list[Any]) -> None:
    for shell in shells:
        shell.window.close()
        shell.tasks.shutdown()
