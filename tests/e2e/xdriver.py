"""Driving the real Mooring window on an X server with xdotool, from outside the process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path


def mooring_command() -> list[str]:
    script = Path(sys.executable).with_name("mooring")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from ui.entry import main; sys.exit(main())"]


def xdotool(*args: str) -> str:
    result = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=30)
    return result.stdout.strip() if result.returncode == 0 else ""


def visible_windows(name: str) -> list[str]:
    return xdotool("search", "--onlyvisible", "--name", f"^{name}$").split()


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def screenshot(path: Path) -> None:
    if shutil.which("import"):
        subprocess.run(["import", "-window", "root", str(path)], check=False, timeout=30)


def read_clipboard(env: dict[str, str]) -> str:
    """The X clipboard, read by a separate small Qt process on the same display."""
    probe = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(sys.argv)\n"
        "sys.stdout.write(app.clipboard().text())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=dict(env, QT_QPA_PLATFORM="xcb"),
        timeout=30,
    )
    return result.stdout.strip()


class Window:
    """The one top-level window of a running Mooring, addressed through X."""

    def __init__(self, window_id: str) -> None:
        self.id = window_id

    def focus(self) -> None:
        xdotool("windowactivate", "--sync", self.id)
        xdotool("windowfocus", "--sync", self.id)

    def type(self, text: str) -> None:
        self.focus()
        xdotool("type", "--delay", "15", "--window", self.id, text)

    def key(self, *keys: str) -> None:
        self.focus()
        xdotool("key", "--delay", "40", *keys)


def display_env() -> dict[str, str]:
    if not os.environ.get("DISPLAY"):
        raise AssertionError("end-to-end tests need an X server: run them with ./dev.sh test")
    return dict(os.environ)
