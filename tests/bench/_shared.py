"""Helpers every benchmark script uses (not a benchmark: ``./dev.sh bench`` skips it)."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from pathlib import Path

PASSPHRASE = "benchmark passphrase 1"


def mooring_command() -> list[str]:
    """The installed ``mooring`` script beside this Python, else the module."""
    script = Path(sys.executable).with_name("mooring")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ui"]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def load_text() -> str:
    return "load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def machine_text() -> str:
    """Cores, CPU model, platform and Python, for the first line a benchmark prints."""
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (
        f"{os.cpu_count()} cores {model or platform.machine()}, "
        f"{platform.platform()}, Python {platform.python_version()}"
    )


def start_xvfb() -> subprocess.Popen[bytes] | None:
    """A private X server when there is no display (DISPLAY is set for children too)."""
    if os.environ.get("DISPLAY"):
        return None
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        os.environ["DISPLAY"] = ":" + numbers.readline().strip()
    return server


def fill_with_demo(root: Path, entries: int, years: int = 1) -> tuple[float, float]:
    """``mooring demo --entries N --years Y`` into the vault at ``root``: (wall, CPU)
    seconds."""
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    before = os.times()
    started = time.perf_counter()
    subprocess.run(
        [
            *mooring_command(),
            *("demo", "--entries", str(entries), "--years", str(years)),
            *("--data-dir", str(root)),
            *("--passphrase-file", "-"),
        ],
        input=PASSPHRASE + "\n",
        text=True,
        env=env,
        check=True,
        capture_output=True,
    )
    took = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return took, cpu
