"""Screenshots of every page in every theme, from a made-up demo vault.

Run by ``./dev.sh screenshots [OUT_DIR] [--themes light,dark,contrast]`` under a virtual
screen. It builds a throw-away vault (fast key derivation: these pictures are not a
security test), fills it with ``mooring demo``'s data, opens the real window at
1280x800, unlocks it and saves one PNG per page and theme, plus the lock screen, help
and settings. Nothing outside the temporary folder and OUT_DIR is touched: the
settings folder is temporary too, so a developer's own Mooring settings are untouched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "screenshots only, not a secret"
THEMES = ("light", "dark", "contrast")
SIZE = (1280, 800)


def make_vault(data_dir: Path, language: str = "en") -> None:
    """The demo vault; exercises it starts keep their words in ``language`` (a run keeps
    the words it was started in), as they would for a person using that language."""
    from app.content.words import content_language, set_content_language
    from app.platform.contributions import DemoPlan
    from app.platform.demo import fill
    from app.vault.kdf import KdfParams
    from app.vault.vault import Vault

    vault, _code = Vault.create(
        data_dir, PASSPHRASE, kdf=KdfParams(memory_kib=1024, iterations=1, lanes=1)
    )
    before = content_language()
    set_content_language(language)
    try:
        fill(vault.connection, DemoPlan(today=date.today(), entries=600, years=1))
    finally:
        set_content_language(before)
        vault.close()


def settle(app: Any, rounds: int = 30) -> None:
    """Let queued work, layouts and paints finish."""
    import time

    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


def save(widget: Any, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def open_window(
    app: Any, data_dir: Path, config_dir: Path, theme: str, language: str = "en"
) -> Any:
    from ui.shell.application import build_shell
    from ui.shell.settings_store import SettingsStore

    # The language is read when the window is built (as at start).
    SettingsStore(config_dir).set("language", language)

    shell = build_shell(
        data_dir,
        config_dir,
        synchronous=True,
        keyring_backend=None,
        watch_system_lock=False,
        backups=False,
    )
    shell.settings.set("appearance", theme)
    shell.window.resize(*SIZE)
    shell.window.start()
    shell.window.show()
    settle(app)
    return shell


def close(app: Any, shell: Any) -> None:
    shell.window.close()
    shell.shutdown()
    settle(app)


def shoot(out_dir: Path, themes: list[str], language: str = "en") -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["mooring"])
    from ui.shell import navigation

    work = Path(tempfile.mkdtemp(prefix="mooring-shots-"))
    data_dir, config_dir = work / "data", work / "config"
    make_vault(data_dir, language)
    for theme in themes:
        # First run: the set-up screen, over a folder with no journal yet.
        shell = open_window(app, work / f"empty-{theme}", work / f"config-{theme}", theme, language)
        save(shell.window, out_dir / f"{theme}-setup.png")
        close(app, shell)

        shell = open_window(app, data_dir, config_dir, theme, language)
        window = shell.window
        save(window, out_dir / f"{theme}-lock.png")
        window.unlock_screen.passphrase.setText(PASSPHRASE)
        window.unlock_screen.unlock_button.click()
        wait(app, lambda w=window: w.current_screen() == "workspace")
        assert window.workspace is not None
        for module in navigation.modules():
            window.workspace.show_module(module.id)
            settle(app, 60)
            save(window, out_dir / f"{theme}-{module.id}.png")
            if module.id == "journal":
                open_newest_entry(app, window)
                save(window, out_dir / f"{theme}-journal-entry.png")
            if module.id == "exercises" and open_exercise_in_progress(app, window):
                save(window, out_dir / f"{theme}-exercises-run.png")
        for name, opener in (("help", window.open_help), ("settings", window.open_settings)):
            opener()
            settle(app, 30)
            dialog = app.activeModalWidget() or app.activeWindow()
            if dialog is not None and dialog is not window:
                save(dialog, out_dir / f"{theme}-{name}.png")
                dialog.close()
                settle(app)
        close(app, shell)


def open_exercise_in_progress(app: Any, window: Any) -> bool:
    """Open the exercise the demo left half-done, as a click on it would."""
    page = window.workspace.pages.currentWidget()
    waiting = getattr(page, "in_progress", None)
    if waiting is None or waiting.count() == 0:
        return False
    page._activated(waiting.item(0))
    settle(app, 60)
    return True


def open_newest_entry(app: Any, window: Any) -> None:
    """Open the first entry of the journal's list, as a click on it would."""
    page = window.workspace.pages.currentWidget()
    view = getattr(page, "list", None)
    if view is None or view.model() is None or view.model().rowCount() == 0:
        return
    view.setCurrentIndex(view.model().index(0, 0))
    view.activated.emit(view.model().index(0, 0))
    settle(app, 60)


def wait(app: Any, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    import time

    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("screenshots: the window did not get there in time")
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--themes", default=",".join(THEMES))
    parser.add_argument("--language", default="en", choices=("en", "es"))
    args = parser.parse_args(argv)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    shoot(out_dir, [t for t in args.themes.split(",") if t], args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
