"""Foundation benchmark: start-up to lock screen, unlock time, peak memory.

Prints figures; it is not a test. Run with ``./dev.sh bench`` (or directly with the
venv's python; it starts its own Xvfb when DISPLAY is unset). Needs xdotool.

- start-up: process start until its window is visible on the X server, for
  ``mooring`` (an existing vault, so the lock screen) and for a bare PySide6 window
  started the same way, alternating, several rounds. With compiled bytecode, as an
  installed Mooring has it: the children get a private PYTHONPYCACHEPREFIX (and no
  PYTHONDONTWRITEBYTECODE, which some shells set) and one untimed start each first.
  Without bytecode every start compiles every module, which measures the size of
  the source rather than the start-up a person waits for.
- unlock: Vault.unlock with the production Argon2id parameters (KDF + open + checks),
  and the KDF alone, in this process.
- memory: peak resident set (VmHWM) of the mooring process at the lock screen, and of
  a fresh process after one production unlock.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _shared import PASSPHRASE, mooring_command, start_xvfb  # this folder is on sys.path

ROUNDS = 7
BARE_WINDOW = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication(sys.argv)\n"
    "w = QWidget(); w.setWindowTitle('BareBenchWindow'); w.resize(480, 360); w.show()\n"
    "app.exec()\n"
)


def _wait_for_window(name: str, timeout: float = 30.0) -> float:
    from x11_windows import X11

    display = X11()
    try:
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if display.visible_named(name):
                return time.perf_counter()
            time.sleep(0.002)
    finally:
        display.close()
    raise TimeoutError(f"no window named {name!r}")


def _peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _time_start(command: list[str], window: str, env: dict[str, str]) -> tuple[float, float]:
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            shown = _wait_for_window(window)
            time.sleep(0.3)
            peak = _peak_rss_mib(process.pid)
        except TimeoutError:
            errors.seek(0)
            print(f"exit code {process.poll()}; stderr: {errors.read().decode(errors='replace')}")
            raise
        finally:
            process.kill()
            process.wait()
    return shown - started, peak


def bench_startup(root: Path) -> None:
    inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env = dict(
        inherited,
        PYTHONPYCACHEPREFIX=str(root / "bytecode"),
        MOORING_CONFIG_DIR=str(root / "config"),
        HOME=str(root / "home"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        QT_QPA_PLATFORM="xcb",
    )
    data = root / "data"
    subprocess.run(
        [*mooring_command(), "init", "--data-dir", str(data), "--passphrase-file", "-"],
        input=PASSPHRASE + "\n",
        text=True,
        env=env,
        check=True,
        capture_output=True,
    )
    bare, app, app_peaks = [], [], []
    # Untimed: writes the bytecode both will start from.
    _time_start([sys.executable, "-c", BARE_WINDOW], "BareBenchWindow", env)
    _time_start([*mooring_command(), "--data-dir", str(data)], "Mooring", env)
    for _ in range(ROUNDS):
        bare.append(_time_start([sys.executable, "-c", BARE_WINDOW], "BareBenchWindow", env)[0])
        seconds, peak = _time_start([*mooring_command(), "--data-dir", str(data)], "Mooring", env)
        app.append(seconds)
        app_peaks.append(peak)
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    print(
        f"start-up, bare PySide6 window: median {bare_median * 1000:.0f} ms "
        f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f}, {ROUNDS} rounds)"
    )
    print(
        f"start-up, mooring lock screen: median {app_median * 1000:.0f} ms "
        f"(min {min(app) * 1000:.0f}, max {max(app) * 1000:.0f}, {ROUNDS} rounds)"
    )
    print(f"start-up ratio mooring / bare: {app_median / bare_median:.2f} (budget <= 2.00)")
    print(f"peak memory at the lock screen: {statistics.median(app_peaks):.0f} MiB (VmHWM)")


UNLOCK_PROBE = """
import sys, time, statistics
from pathlib import Path
from app.vault.vault import Vault
from app.vault.kdf import PRODUCTION_KDF, derive_key
root, passphrase = sys.argv[1], sys.argv[2]
unlocks, kdfs = [], []
for _ in range(5):
    t = time.perf_counter(); Vault.unlock(root, passphrase).close(); unlocks.append(time.perf_counter() - t)
    t = time.perf_counter(); derive_key(passphrase.encode(), bytes(16), PRODUCTION_KDF); kdfs.append(time.perf_counter() - t)
print(f"unlock at production parameters ({PRODUCTION_KDF.memory_kib // 1024} MiB, "
      f"{PRODUCTION_KDF.iterations} iterations, {PRODUCTION_KDF.lanes} lanes): "
      f"median {statistics.median(unlocks) * 1000:.0f} ms (min {min(unlocks) * 1000:.0f}, max {max(unlocks) * 1000:.0f})")
print(f"KDF alone: median {statistics.median(kdfs) * 1000:.0f} ms")
for line in Path('/proc/self/status').read_text().splitlines():
    if line.startswith('VmHWM:'):
        print(f"peak memory of a process after production unlocks: {int(line.split()[1]) / 1024:.0f} MiB (VmHWM)")
"""


def bench_unlock(root: Path) -> None:
    data = root / "data"
    subprocess.run([sys.executable, "-c", UNLOCK_PROBE, str(data), PASSPHRASE], check=True)


def main() -> None:
    print(
        f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.platform()}"
    )
    server = start_xvfb()
    try:
        with tempfile.TemporaryDirectory(prefix="mooring-bench-") as temp:
            root = Path(temp)
            bench_startup(root)
            bench_unlock(root)
    finally:
        if server is not None:
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()
