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

    def type(self, text: str, delay_ms: int = 15) -> None:
        self.focus()
        xdotool("type", "--delay", str(delay_ms), "--window", self.id, text)

    def key(self, *keys: str) -> None:
        self.focus()
        xdotool("key", "--delay", "40", *keys)


def display_env() -> dict[str, str]:
    if not os.environ.get("DISPLAY"):
        raise AssertionError("end-to-end tests need an X server: run them with ./dev.sh test")
    return dict(os.environ)


# ----- more for the journal tests ---------------------------------------------------------
#
# Everything below is used by test_journal_window.py and test_privacy_canary.py. It
# drives and observes the app only from outside: X, the command line, the files, and
# (for assertions about what was stored) a read-only look into the vault.


def all_window_names() -> dict[str, str]:
    """Every X window's id and name (WM_NAME / _NET_WM_NAME), shown or not."""
    names = {}
    for window_id in xdotool("search", "--name", "").split():
        names[window_id] = xdotool("getwindowname", window_id)
    return names


def cpu_ticks(pid: int) -> int:
    """User plus system CPU time of process ``pid`` (all its threads), in clock ticks."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)


def wait_idle(pid: int, what: str, quiet: float = 0.5, timeout: float = 60.0) -> None:
    """Wait until process ``pid`` has used (almost) no CPU for ``quiet`` seconds: its
    queued work is done. (Its timers and a blinking cursor cost a tick or two.)"""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        before = cpu_ticks(pid)
        time.sleep(quiet)
        if cpu_ticks(pid) - before <= 2:
            return
    raise AssertionError(f"the process kept working: {what}")


def run_cli(
    env: dict[str, str], passphrase_file: Path | None, *args: str, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``mooring ARGS`` to completion (output captured: the CLI's output is small)."""
    command = [*mooring_command(), *args]
    if passphrase_file is not None:
        command += ["--passphrase-file", str(passphrase_file)]
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


class ClipboardOwner:
    """A small separate Qt process that holds ``text`` on the X clipboard until closed
    (what a person pastes was copied in some other program)."""

    _SCRIPT = (
        "import signal, sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(sys.argv[:1])\n"
        "app.clipboard().setText(sys.argv[1])\n"
        "signal.signal(signal.SIGTERM, lambda *_: app.quit())\n"
        "ping = QTimer()\n"
        "ping.timeout.connect(lambda: None)\n"
        "ping.start(100)\n"
        "print('ready', flush=True)\n"
        "app.exec()\n"
    )

    def __init__(self, text: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", self._SCRIPT, text],
            env=dict(display_env(), QT_QPA_PLATFORM="xcb"),
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        if self.process.stdout.readline().strip() != "ready":
            self.close()
            raise AssertionError("the clipboard helper did not start")

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
        self.process.communicate(timeout=30)

    def __enter__(self) -> ClipboardOwner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# What Qt prints when it cannot reach the X server, before any of Mooring's code runs.
NO_DISPLAY = "could not connect to display"
DISPLAY_ATTEMPTS = 3
DISPLAY_RETRIES: list[int] = []  # one item per retried start, for the soak's notes


class App:
    """A running ``mooring`` window process; its output goes to a file, never a pipe."""

    def __init__(
        self, data: Path, env: dict[str, str], log_path: Path, *, title: str = "Mooring"
    ) -> None:
        self.log_path = log_path
        self.title = title  # the window's name ("Notes" in discreet mode)
        self._log = log_path.open("a")
        for attempt in range(1, DISPLAY_ATTEMPTS + 1):
            # An unread pipe that fills up would stall the app: output goes to the file.
            start = self._log.tell()
            self.process = subprocess.Popen(
                [*mooring_command(), "--data-dir", str(data)],
                env=env,
                stdout=self._log,
                stderr=subprocess.STDOUT,
                text=True,
            )
            wait_until(
                lambda: bool(self._own_windows()) or self.process.poll() is not None,
                "the Mooring window",
            )
            if self.process.poll() is None or attempt == DISPLAY_ATTEMPTS:
                break
            # The X server refused the connection (seen twice in 200 soak iterations on
            # a loaded machine): Qt stops before Mooring's code runs, so nothing was at
            # stake. Try again; any other early exit is a failure.
            if NO_DISPLAY not in self.output()[start:]:
                break
            DISPLAY_RETRIES.append(attempt)
            time.sleep(1.0)
        assert self.process.poll() is None, self.output()
        self.window = Window(self._own_windows()[0])

    def _own_windows(self) -> list[str]:
        return [w for w in visible_windows(self.title) if self._pid_of(w) == self.process.pid]

    @staticmethod
    def _pid_of(window_id: str) -> int | None:
        text = xdotool("getwindowpid", window_id)
        return int(text) if text.isdigit() else None

    @property
    def pid(self) -> int:
        return self.process.pid

    def output(self) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_text(errors="replace")

    def stop(self, timeout: float = 60) -> int:
        """SIGTERM (the app locks, saves and quits); returns the exit code."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()
        return self.process.returncode

    def kill(self) -> None:
        """SIGKILL: no handler runs, nothing is flushed."""
        self.process.kill()
        self.process.wait(timeout=30)
        self._log.close()


def isolated_env(root: Path) -> tuple[dict[str, str], dict[str, Path]]:
    """An environment whose every data, config, cache and temp folder is under ``root``.

    Returns (environment, folders). ``folders`` has data, config, tmp, home (holding
    the XDG folders), shots (screenshots and app output) and inputs (files the test
    hands to the CLI; not part of what the app may write).
    """
    folders = {name: root / name for name in ("data", "config", "tmp", "home", "shots", "inputs")}
    for name, path in folders.items():
        if name != "data":
            path.mkdir(parents=True, exist_ok=True)
    folders["tmp"].chmod(0o700)  # Qt insists on a private runtime folder
    environment = {k: v for k, v in display_env().items() if not k.startswith("MOORING_")}
    environment.update(
        HOME=str(folders["home"]),
        TMPDIR=str(folders["tmp"]),
        XDG_CONFIG_HOME=str(folders["home"] / ".config"),
        XDG_DATA_HOME=str(folders["home"] / ".local" / "share"),
        XDG_CACHE_HOME=str(folders["home"] / ".cache"),
        XDG_STATE_HOME=str(folders["home"] / ".local" / "state"),
        XDG_RUNTIME_DIR=str(folders["tmp"]),
        MOORING_CONFIG_DIR=str(folders["config"]),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        QT_QPA_PLATFORM="xcb",
    )
    return environment, folders


def files_containing(root: Path, words: list[str]) -> list[str]:
    """Files under ``root`` whose raw bytes hold any word (UTF-8 or UTF-16-LE)."""
    needles = {w.encode(enc) for w in words for enc in ("utf-8", "utf-16-le")}
    needles |= {w.upper().encode(enc) for w in words for enc in ("utf-8", "utf-16-le")}
    hits = []
    for path in root.rglob("*"):
        try:
            if path.is_symlink() or not path.is_file():
                continue
            data = path.read_bytes()
        except OSError:
            continue  # removed while we looked (a temp file, the WAL at close)
        if any(needle in data for needle in needles):
            hits.append(str(path))
    return hits


def open_files(pid: int) -> dict[str, bytes | None]:
    """The files process ``pid`` has open, by path as /proc shows it (" (deleted)" for a
    file already unlinked, as SQLite does with its temp files), with their bytes when
    they are regular files that could be read."""
    found: dict[str, bytes | None] = {}
    fd_dir = Path(f"/proc/{pid}/fd")
    try:
        descriptors = list(fd_dir.iterdir())
    except OSError:
        return found
    for fd in descriptors:
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if not target.startswith("/"):
            continue  # sockets, pipes, anonymous inodes
        content: bytes | None = None
        try:
            with open(fd, "rb") as handle:  # works for unlinked files too
                content = handle.read(64 * 1024 * 1024)
        except OSError:
            pass
        found[target] = content
    return found


class VaultPeek:
    """Read-only SQL on the vault file, for assertions about what was really stored.

    Unwraps the data key once (one KDF run), then opens a short read-only connection
    per query: never held open, so the app's own close still removes the -wal file.
    """

    def __init__(self, data: Path, passphrase: str) -> None:
        from app.vault.layout import VaultPaths
        from app.vault.vault import unwrap_with_passphrase

        self.paths = VaultPaths.for_dir(data)
        self._key = unwrap_with_passphrase(self.paths, passphrase)

    def rows(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        from app.vault import engine

        in_use = Path(str(self.paths.database) + "-wal").exists()
        connection = engine.connect(self.paths.database, self._key, read_only=True, in_use=in_use)
        try:
            return [tuple(row) for row in connection.execute(sql, params).fetchall()]
        finally:
            connection.close()

    def pragma(self, name: str) -> str:
        """A pragma's value on a connection opened the way the app and the CLI open it
        (``Vault.open_with_key``). Only while no Mooring holds the vault."""
        from app.vault.vault import Vault

        vault = Vault.unlock_with_data_key(self.paths.root, self._key)
        try:
            return str(vault.connection.execute(f"PRAGMA {name}").fetchone()[0])
        finally:
            vault.close()
