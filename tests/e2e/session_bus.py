"""A private D-Bus session bus for one test, on which AT-SPI's accessibility bus starts
when first asked for (the AT-SPI check and the keyboard-only day use it)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def private_session_bus(folder: Path) -> Iterator[str]:
    """Start ``dbus-daemon --session`` with its socket in ``folder``; yields its address.

    No DISPLAY is passed on: at-spi-bus-launcher would otherwise publish the
    accessibility bus on the X server's root window (AT_SPI_BUS), which outlives the
    test on a shared Xvfb. Without it, clients find the bus through the session bus, as
    on Wayland. The daemon and what it starts (the launcher, the accessibility bus, the
    registry) are one process group, ended together.
    """
    folder.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env.update(HOME=str(folder), XDG_RUNTIME_DIR=str(folder))
    daemon = subprocess.Popen(
        [
            "dbus-daemon",
            "--session",
            "--nofork",
            "--nopidfile",
            "--print-address=1",
            f"--address=unix:path={folder / 'socket'}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        start_new_session=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    assert address.startswith("unix:"), address
    daemon.stdout.close()
    try:
        yield address
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(daemon.pid, signal.SIGTERM)
        daemon.wait(timeout=30)
