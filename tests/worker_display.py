"""A private virtual screen for each pytest-xdist worker (Linux).

`./dev.sh test` runs the suite in parallel workers. Qt widgets, xdotool and the e2e
tests' real windows all use the X server in DISPLAY, and a bare Xvfb has no window
manager: keyboard focus is simply wherever the last `windowfocus` put it. Two workers on
one screen would take focus from each other's windows and type into the wrong program.
So each worker starts its own Xvfb before Qt is imported, and stops it when it ends.

Loaded from tests/conftest.py; does nothing outside a worker, off Linux, or when
MOORING_SHARED_DISPLAY=1 (for a developer who wants to watch one screen).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# How long Xvfb may take to say which display it took.
READY_SECONDS = 15.0


class WorkerDisplay:
    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.folder: Path | None = None

    def start(self) -> str:
        """Starts Xvfb on a display number it picks itself; returns ":N"."""
        self.folder = Path(tempfile.mkdtemp(prefix="mooring-xvfb-worker-"))
        number_file = self.folder / "display"
        log = (self.folder / "log").open("wb")
        with number_file.open("wb") as number_out:
            try:
                self.process = subprocess.Popen(
                    [
                        "Xvfb",
                        "-displayfd",
                        str(number_out.fileno()),
                        "-screen",
                        "0",
                        "1280x800x24",
                        "-nolisten",
                        "tcp",
                    ],
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=log,
                    pass_fds=(number_out.fileno(),),
                )
            finally:
                log.close()
        # -displayfd writes the number and a newline once the server accepts clients.
        number = ""
        deadline = time.monotonic() + READY_SECONDS
        while time.monotonic() < deadline and self.process.poll() is None:
            number = number_file.read_text()
            if number.endswith("\n"):
                break
            time.sleep(0.05)
        if not number.strip().isdigit():
            self.stop()
            raise RuntimeError("Xvfb for this test worker did not start")
        return f":{number.strip()}"

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


_display = WorkerDisplay()


def wanted() -> bool:
    return (
        bool(os.environ.get("PYTEST_XDIST_WORKER"))
        and sys.platform.startswith("linux")
        and os.environ.get("MOORING_SHARED_DISPLAY") != "1"
        and shutil.which("Xvfb") is not None
    )


def pytest_configure() -> None:
    if wanted():
        os.environ["DISPLAY"] = _display.start()
        os.environ.pop("WAYLAND_DISPLAY", None)


def pytest_unconfigure() -> None:
    _display.stop()
