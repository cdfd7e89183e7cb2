"""Check a built Mooring bundle the way a person would meet it.

    python packaging/check_bundle.py                     # the bundle in packaging/dist/
    python packaging/check_bundle.py --archive X.tar.gz  # unpack a release archive first
    python packaging/check_bundle.py --self-test-only --require-real-keyring   # Windows/macOS CI

Checks, each timed; the first failure stops the run with exit code 1 and one line
``check_bundle: FAIL <check>: <reason>``:

  layout          resources (content, icons, the compiled translations), keyring's entry
                  points and its backend modules are bundled;
                  the bundle is at most 250 MB unpacked
  self-test       the frozen ``mooring self-test`` exits 0, prints ``ok:``, reports
                  SQLCipher 4 and a keyring backend, loads every keyring plugin without
                  an error, and leaves nothing in its temp folder
  secret-service  (Linux) in a private D-Bus session with an unlocked gnome-keyring, the
                  frozen program finds the Secret Service backend on its own, through
                  keyring's entry points: the real discovery path
  window          (Linux) the frozen GUI shows a window named "Mooring" under Xvfb
  second-launch   a second launch for the same data folder exits 0 quickly and no
                  second window appears
  read-only       a copy of the bundle made read-only (as root: with the capabilities
                  that bypass file permissions dropped) runs the self-test and the GUI
  unusual-path    a data folder whose path has spaces and non-ASCII characters: ``init``,
                  then ``check``, then the GUI, in the C locale, unlocked by typing the
                  passphrase (the main window then imports its module pages by name)

Every run gets its own temporary HOME, data, config, runtime and temp folders, and the
GUI the keyring backend that stores nothing, so no check touches the real ones.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import stat
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_layout

PASSPHRASE = "quiet harbour rope lantern 42"
WINDOW_NAME = "^Mooring$"
FAIL_KEYRING = "keyring.backends.fail.Keyring"
NOT_REAL_KEYRINGS = {FAIL_KEYRING, "keyring.backends.null.Keyring", "none"}
WINDOW_TIMEOUT = 30.0
SECOND_LAUNCH_TIMEOUT = 15.0
SELF_TEST_TIMEOUT = 120.0


class CheckFailed(Exception):
    """One check failed; the message is the one-line reason."""

    def __init__(self, check: str, reason: str) -> None:
        super().__init__(f"{check}: {reason}")
        self.check = check
        self.reason = reason


LOG_DIR = bundle_layout.DEFAULT_WORK / "check-logs"


def save_log(check: str, text: str) -> Path:
    """Keep a failing run's whole output where CI and developers can read it."""
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    path = LOG_DIR / f"{check}.log"
    path.write_text(text, encoding="utf-8")
    return path


def say(message: str) -> None:
    print(f"check_bundle: {message}", flush=True)


class Timings:
    """Named durations, printed as they come and summed up at the end."""

    def __init__(self) -> None:
        self.items: list[tuple[str, float]] = []

    @contextmanager
    def measure(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        self.items.append((name, time.perf_counter() - start))

    def add(self, name: str, seconds: float) -> None:
        self.items.append((name, seconds))


# --- a private environment per run ------------------------------------------------------


class Sandbox:
    """Temporary HOME/data/config/runtime/temp folders and the environment that uses them."""

    def __init__(self, root: Path, name: str, data_dir: Path | None = None) -> None:
        self.root = root / name
        self.home = self.root / "home"
        self.runtime = self.root / "runtime"
        self.tmp = self.root / "tmp"
        self.data = data_dir or self.root / "data"
        self.config = self.root / "config"
        for folder in (self.home, self.runtime, self.tmp, self.config):
            folder.mkdir(parents=True, exist_ok=True)
        self.runtime.chmod(0o700)  # Qt refuses a runtime folder others can read

    def env(self, *, keyring_backend: str | None = None, lang: str | None = None) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("MOORING_", "XDG_", "PYTHON", "QT_", "DBUS_"))
            and key not in {"HOME", "TMPDIR", "LANG", "LANGUAGE", "WAYLAND_DISPLAY"}
            and not key.startswith("LC_")
        }
        env.update(
            HOME=str(self.home),
            USERPROFILE=str(self.home),
            XDG_RUNTIME_DIR=str(self.runtime),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_DATA_HOME=str(self.home / ".local" / "share"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            TMPDIR=str(self.tmp),
            TEMP=str(self.tmp),
            TMP=str(self.tmp),
            MOORING_DATA_DIR=str(self.data),
            MOORING_CONFIG_DIR=str(self.config),
            LANG=lang if lang is not None else "C.UTF-8",
        )
        if keyring_backend:
            env["PYTHON_KEYRING_BACKEND"] = keyring_backend
        return env

    def leftover_temp_files(self) -> list[str]:
        return sorted(str(path.relative_to(self.tmp)) for path in self.tmp.rglob("*"))


# --- running the frozen program ---------------------------------------------------------


def run_cli(
    command: Sequence[str],
    env: dict[str, str],
    *,
    stdin: str | None = None,
    timeout: float = SELF_TEST_TIMEOUT,
    check: str,
) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            list(command),
            input=stdin if stdin is not None else "",
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        raise CheckFailed(
            check, f"{Path(command[-1]).name} did not finish in {timeout:.0f} s"
        ) from None
    except OSError as error:
        raise CheckFailed(check, f"cannot start {command[0]}: {error.strerror}") from None


def last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:200] if lines else "(no output)"


def parse_self_test(result: subprocess.CompletedProcess[str], check: str) -> dict[str, str]:
    """The ``name: value`` lines of a self-test, after checking it passed cleanly."""
    if result.returncode != 0:
        raise CheckFailed(
            check, f"exit code {result.returncode}: {last_line(result.stderr or result.stdout)}"
        )
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    if "ok" not in lines:
        raise CheckFailed(check, "no 'ok:' line in its output")
    if not lines.get("sqlcipher", "").startswith("4."):
        raise CheckFailed(check, f"SQLCipher 4 not reported (sqlcipher: {lines.get('sqlcipher')})")
    if "keyring" not in lines:
        raise CheckFailed(check, "no 'keyring:' line in its output")
    # keyring logs (to stderr, through logging's last-resort handler) every backend
    # entry point it cannot load: a module missing from the bundle shows up here.
    if "Error initializing plugin" in result.stderr or "Traceback" in result.stderr:
        raise CheckFailed(check, f"errors on stderr: {last_line(result.stderr)}")
    return lines


# --- layout -------------------------------------------------------------------------------


def internal_dir(bundle: Path) -> Path:
    if bundle.suffix == ".app":
        return bundle / "Contents" / "Frameworks"
    return bundle / bundle_layout.CONTENTS_DIR


def keyring_entry_point_modules(internal: Path) -> list[str]:
    found = sorted(internal.glob("keyring-*.dist-info/entry_points.txt"))
    if not found:
        raise CheckFailed("layout", "keyring's package metadata (entry_points.txt) is not bundled")
    modules: list[str] = []
    in_group = False
    for raw in found[0].read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("["):
            in_group = line == "[keyring.backends]"
        elif in_group and "=" in line:
            modules.append(line.split("=", 1)[1].strip().split(":", 1)[0])
    if not modules:
        raise CheckFailed("layout", "keyring's metadata lists no backends")
    return modules


def bundled_module_names(executable: Path) -> set[str]:
    """Python modules in the executable's PYZ archive (PyInstaller's own reader).

    An empty set means "could not look" (no PyInstaller here, or a layout its reader
    does not know); the self-test's plugin-error check still covers the backends.
    """
    try:
        from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader
    except ImportError:
        return set()
    names: set[str] = set()
    try:
        archive = CArchiveReader(str(executable))
        for name, entry in archive.toc.items():
            if entry[-1] != "z":  # only the PYZ holds modules
                continue
            with tempfile.TemporaryDirectory() as folder:
                pyz = Path(folder) / "modules.pyz"
                pyz.write_bytes(archive.extract(name))
                names |= set(ZlibArchiveReader(str(pyz)).toc)
    except Exception as error:
        say(f"note could not list the bundled modules ({type(error).__name__})")
        return set()
    return names


def check_layout(bundle: Path, executable: Path, timings: Timings) -> None:
    with timings.measure("layout"):
        if not executable.is_file():
            raise CheckFailed("layout", f"no executable at {executable}")
        internal = internal_dir(bundle)
        resources = internal / "resources"
        if not (resources / "content").is_dir() or not any((resources / "content").iterdir()):
            raise CheckFailed("layout", f"resources/content is missing from {internal}")
        if not (resources / "icons" / "mooring.svg").is_file():
            raise CheckFailed("layout", "resources/icons/mooring.svg is missing")
        # The compiled Spanish catalogue (built, never committed): without it the
        # window would quietly stay in English.
        if not (resources / "translations" / "mooring_es.qm").is_file():
            raise CheckFailed("layout", "resources/translations/mooring_es.qm is missing")
        backends = keyring_entry_point_modules(internal)
        modules = bundled_module_names(executable)
        if modules:
            missing = [name for name in backends if name not in modules]
            if missing:
                raise CheckFailed("layout", f"keyring backends not bundled: {', '.join(missing)}")
        size = bundle_layout.tree_size(bundle)
    megabytes = size / 1e6
    limit = bundle_layout.MAX_BUNDLE_BYTES / 1e6
    say(f"bundle size {megabytes:.1f} MB unpacked (limit {limit:.0f} MB)")
    if size > bundle_layout.MAX_BUNDLE_BYTES:
        raise CheckFailed("layout", f"the bundle is {megabytes:.1f} MB, over {limit:.0f} MB")
    note = f", {len(backends)} keyring backends in the archive" if modules else ""
    say(f"ok   layout: resources and keyring metadata present{note}")


# --- self-test ------------------------------------------------------------------------------


def check_self_test(
    executable: Path, root: Path, timings: Timings, *, require_real_keyring: bool, isolate: bool
) -> str:
    box = Sandbox(root, "self-test")
    env = box.env()
    if not isolate:
        # The real keychain / Credential Manager is looked up through the real profile;
        # the self-test stores a throwaway secret under a "self-test-..." account there,
        # reads it back and removes it (never the vault's own entry).
        env["HOME"] = os.environ.get("HOME", env["HOME"])
        env["USERPROFILE"] = os.environ.get("USERPROFILE", env["USERPROFILE"])
    start = time.perf_counter()
    result = run_cli([str(executable), "self-test"], env, check="self-test")
    elapsed = time.perf_counter() - start
    timings.add("self-test", elapsed)
    lines = parse_self_test(result, "self-test")
    backend = lines["keyring"].strip()
    if require_real_keyring and backend in NOT_REAL_KEYRINGS:
        raise CheckFailed("self-test", f"no real keyring backend found (keyring: {backend})")
    leftovers = box.leftover_temp_files()
    if leftovers:
        raise CheckFailed("self-test", f"left files in its temp folder: {', '.join(leftovers[:3])}")
    say(f"ok   self-test in {elapsed:.2f} s (sqlcipher {lines['sqlcipher']}; keyring: {backend})")
    return backend


def check_secret_service(executable: Path, root: Path, timings: Timings, mode: str) -> None:
    """The frozen program finds a real backend by itself (entry points), on Linux."""
    tools = [shutil.which(name) for name in ("dbus-run-session", "gnome-keyring-daemon")]
    if not all(tools):
        if mode == "required":
            raise CheckFailed(
                "secret-service",
                "needs dbus-run-session and gnome-keyring-daemon (apt: gnome-keyring)",
            )
        say("skip secret-service: install gnome-keyring (and dbus) to check keyring discovery")
        return
    box = Sandbox(root, "secret-service")
    env = box.env()
    script = (
        'printf "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || exit 90\n'
        'exec "$1" self-test\n'
    )
    start = time.perf_counter()
    result = run_cli(
        ["dbus-run-session", "--", "sh", "-c", script, "sh", str(executable)],
        env,
        check="secret-service",
    )
    timings.add("secret-service", time.perf_counter() - start)
    if result.returncode == 90:
        raise CheckFailed("secret-service", "gnome-keyring-daemon did not start")
    # dbus-daemon complains about file limits when not privileged; that is not ours.
    result.stderr = "\n".join(
        line for line in result.stderr.splitlines() if not line.startswith("dbus-daemon[")
    )
    lines = parse_self_test(result, "secret-service")
    backend = lines["keyring"].strip()
    if backend != "keyring.backends.SecretService.Keyring":
        raise CheckFailed(
            "secret-service",
            f"the frozen program did not find the Secret Service (keyring: {backend})",
        )
    say(f"ok   secret-service: found {backend} through keyring's entry points")


# --- the window -------------------------------------------------------------------------------


class Display:
    """An X display to open windows on: our own Xvfb, or the one in $DISPLAY."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.name = ""
        self._process: subprocess.Popen[bytes] | None = None
        self._dir: Path | None = None

    def __enter__(self) -> Display:
        xvfb = shutil.which("Xvfb")
        if self.mode == "env" or (self.mode == "auto" and not xvfb):
            if not os.environ.get("DISPLAY"):
                raise CheckFailed("window", "no Xvfb and no DISPLAY to show a window on")
            self.name = os.environ["DISPLAY"]
            return self
        if not xvfb:
            raise CheckFailed("window", "Xvfb is not installed (apt: xvfb)")
        self._dir = Path(tempfile.mkdtemp(prefix="mooring-xvfb-"))
        number_file = self._dir / "display"
        with number_file.open("w") as out:
            self._process = subprocess.Popen(
                [
                    xvfb,
                    "-displayfd",
                    str(out.fileno()),
                    "-screen",
                    "0",
                    "1280x800x24",
                    "-nolisten",
                    "tcp",
                ],
                pass_fds=(out.fileno(),),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            text = number_file.read_text().strip()
            if text.isdigit():
                self.name = f":{text}"
                return self
            if self._process.poll() is not None:
                raise CheckFailed("window", "Xvfb could not start")
            time.sleep(0.05)
        raise CheckFailed("window", "Xvfb did not become ready in 15 s")

    def __exit__(self, *exc: object) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)

    def windows(self, pid: int | None = None) -> list[str]:
        """Visible windows named exactly "Mooring" (of one process, when pid is given)."""
        command = ["xdotool", "search", "--onlyvisible"]
        if pid is not None:
            command += ["--pid", str(pid)]
        command += ["--name", WINDOW_NAME]
        result = subprocess.run(
            command,
            env={**os.environ, "DISPLAY": self.name},
            capture_output=True,
            text=True,
            timeout=10,
        )
        return result.stdout.split()


class Gui:
    """One frozen GUI process; always stopped (and its whole group) on exit."""

    def __init__(self, command: Sequence[str], env: dict[str, str], display: Display) -> None:
        self.command = list(command)
        self.env = {**env, "DISPLAY": display.name}
        self.display = display
        self.process: subprocess.Popen[bytes] | None = None
        self.started = 0.0
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in __exit__

    def __enter__(self) -> Gui:
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            self.command,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        return self

    def output(self) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def wait_for_window(self, check: str) -> float:
        assert self.process is not None
        deadline = time.monotonic() + WINDOW_TIMEOUT
        while time.monotonic() < deadline:
            if self.display.windows(self.process.pid):
                return time.perf_counter() - self.started
            code = self.process.poll()
            if code is not None:
                log = save_log(check, self.output())
                raise CheckFailed(
                    check,
                    f"the GUI exited with code {code} ({last_line(self.output())}); log: {log}",
                )
            time.sleep(0.05)
        raise CheckFailed(check, f"no window named 'Mooring' within {WINDOW_TIMEOUT:.0f} s")

    def stop(self, check: str) -> None:
        """Ask it to quit (SIGTERM, as at log-out) and require it to go within 10 s."""
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                raise CheckFailed(check, "the GUI did not quit within 10 s of SIGTERM") from None
        if "Traceback" in self.output():
            log = save_log(check, self.output())
            raise CheckFailed(
                check,
                f"the GUI printed a traceback ({last_line(self.output())}); full output: {log}",
            )

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            with suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self._log.close()


def check_window(
    executable: Path,
    root: Path,
    display: Display,
    timings: Timings,
    *,
    prefix: Sequence[str] = (),
    box_name: str = "window",
    check: str = "window",
    data_dir: Path | None = None,
    lang: str | None = None,
    unlock_with: str | None = None,
) -> None:
    box = Sandbox(root, box_name, data_dir)
    env = box.env(keyring_backend=FAIL_KEYRING, lang=lang)
    unlocked = ""
    with Gui([*prefix, str(executable)], env, display) as gui:
        elapsed = gui.wait_for_window(check)
        timings.add(f"{check}: start to window", elapsed)
        if unlock_with is not None:
            seconds = unlock(gui, box.data, unlock_with, check)
            timings.add(f"{check}: passphrase typed to unlocked", seconds)
            unlocked = f", unlocked after {seconds:.2f} s"
        gui.stop(check)
    say(f"ok   {check}: window 'Mooring' after {elapsed:.2f} s{unlocked}")


def unlock(gui: Gui, data_dir: Path, passphrase: str, check: str) -> float:
    """Type the passphrase into the lock screen; wait until the vault is open.

    The database's write-ahead log (``mooring.db-wal``) appears only when the window
    opens the vault (``init`` and ``check`` never leave one), so it is the sign that
    the unlock worked; then the main window loads its module pages (imported by name,
    so this is where a module missing from the bundle would show).
    """
    assert gui.process is not None
    window = gui.display.windows(gui.process.pid)[0]
    env = {**os.environ, "DISPLAY": gui.display.name}
    start = time.perf_counter()
    for command in (
        ["xdotool", "windowfocus", "--sync", window],
        ["xdotool", "type", "--delay", "5", passphrase],
        ["xdotool", "key", "Return"],
    ):
        subprocess.run(command, env=env, capture_output=True, timeout=30, check=False)
    wal = data_dir / "mooring.db-wal"
    deadline = time.monotonic() + 30
    while not wal.exists():
        if gui.process.poll() is not None:
            raise CheckFailed(check, f"the GUI exited while unlocking: {last_line(gui.output())}")
        if time.monotonic() > deadline:
            log = save_log(check, gui.output())
            raise CheckFailed(check, f"the vault did not open within 30 s of typing; log: {log}")
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    time.sleep(1.5)  # the main window builds its pages now
    if gui.process.poll() is not None:
        raise CheckFailed(check, f"the GUI exited after unlocking: {last_line(gui.output())}")
    return seconds


def check_second_launch(executable: Path, root: Path, display: Display, timings: Timings) -> None:
    check = "second-launch"
    box = Sandbox(root, check)
    env = box.env(keyring_backend=FAIL_KEYRING)
    with Gui([str(executable)], env, display) as first:
        first.wait_for_window(check)
        start = time.perf_counter()
        try:
            second = subprocess.run(
                [str(executable)],
                env={**env, "DISPLAY": display.name},
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=SECOND_LAUNCH_TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            raise CheckFailed(
                check, f"the second launch was still running after {SECOND_LAUNCH_TIMEOUT:.0f} s"
            ) from None
        elapsed = time.perf_counter() - start
        timings.add("second launch exits", elapsed)
        if second.returncode != 0:
            raise CheckFailed(
                check,
                f"the second launch exited with {second.returncode}: {last_line(second.stderr)}",
            )
        time.sleep(0.5)  # a wrongly opened second window would be mapped by now
        windows = display.windows()
        if len(windows) != 1:
            raise CheckFailed(check, f"{len(windows)} windows named 'Mooring' instead of one")
        assert first.process is not None
        if first.process.poll() is not None:
            raise CheckFailed(check, "the first Mooring exited when the second was launched")
        first.stop(check)
    say(f"ok   second-launch: exited 0 after {elapsed:.2f} s, one window")


# --- read-only install ------------------------------------------------------------------------


def drop_privileges_prefix() -> list[str]:
    """As root, a prefix that removes the capabilities that ignore file permissions."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        raise CheckFailed(
            "read-only", "running as root needs setpriv (util-linux) to make read-only real"
        )
    return [
        setpriv,
        "--bounding-set",
        "-dac_override,-dac_read_search,-fowner",
        "--inh-caps",
        "-all",
    ]


def make_read_only(path: Path) -> None:
    for item in [path, *path.rglob("*")]:
        if item.is_symlink():
            continue
        mode = item.stat().st_mode
        item.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def make_writable(path: Path) -> None:
    for item in [path, *path.rglob("*")]:
        if not item.is_symlink():
            item.chmod(item.stat().st_mode | stat.S_IWUSR)


def check_read_only(
    bundle: Path, executable: Path, root: Path, display: Display | None, timings: Timings
) -> None:
    check = "read-only"
    copy = root / "read-only-install" / bundle.name
    shutil.copytree(bundle, copy, symlinks=True)
    frozen = copy / executable.relative_to(bundle)
    make_read_only(copy)
    try:
        prefix = drop_privileges_prefix()
        probe = subprocess.run(
            [*prefix, "sh", "-c", f'touch "{copy}/.write-probe"'],
            capture_output=True,
            timeout=10,
        )
        if probe.returncode == 0:
            raise CheckFailed(check, "could not make the install folder read-only for the test")
        box = Sandbox(root, check)
        start = time.perf_counter()
        result = run_cli([*prefix, str(frozen), "self-test"], box.env(), check=check)
        timings.add("read-only self-test", time.perf_counter() - start)
        parse_self_test(result, check)
        if display is not None:
            check_window(
                frozen, root, display, timings, prefix=prefix, box_name="read-only-gui", check=check
            )
        else:
            say("ok   read-only: self-test passed from a read-only folder")
    finally:
        make_writable(copy)


# --- unusual data path ------------------------------------------------------------------------


def check_unusual_path(
    executable: Path, root: Path, display: Display | None, timings: Timings
) -> None:
    check = "unusual-path"
    # Spaces, an en dash, accents and CJK: what a real folder name may hold.
    data = root / "My journal \u2013 Ünïcødé 日記" / "vault data"
    box = Sandbox(root, check, data)
    env = box.env(lang="C")  # no UTF-8 locale: paths must still work
    start = time.perf_counter()
    init = run_cli(
        [str(executable), "init", "--data-dir", str(data), "--passphrase-file", "-"],
        env,
        stdin=PASSPHRASE + "\n",
        check=check,
    )
    if init.returncode != 0:
        raise CheckFailed(check, f"init exited with {init.returncode}: {last_line(init.stderr)}")
    verify = run_cli(
        [str(executable), "check", "--data-dir", str(data), "--passphrase-file", "-"],
        env,
        stdin=PASSPHRASE + "\n",
        check=check,
    )
    timings.add("init + check", time.perf_counter() - start)
    if verify.returncode != 0 or not verify.stdout.startswith("ok:"):
        raise CheckFailed(
            check, f"check exited with {verify.returncode}: {last_line(verify.stderr)}"
        )
    if not (data / "mooring.db").is_file():
        raise CheckFailed(check, "init did not create mooring.db in the folder it was given")
    say("ok   unusual-path: init and check in a folder with spaces and non-ASCII characters")
    if display is not None:
        check_window(
            executable,
            root,
            display,
            timings,
            box_name="unusual-path-gui",
            check=check,
            data_dir=data,
            lang="C",
            unlock_with=PASSPHRASE,
        )


# --- driver -----------------------------------------------------------------------------------


def unpack(archive: Path, into: Path) -> Path:
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="tar")
    entries = [path for path in into.iterdir()]
    if len(entries) != 1 or not entries[0].is_dir():
        raise CheckFailed("archive", f"{archive.name} should hold exactly one folder")
    return entries[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dist",
        type=Path,
        default=bundle_layout.DEFAULT_DIST,
        help="PyInstaller's dist folder (default: packaging/dist)",
    )
    parser.add_argument("--archive", type=Path, help="check this .tar.gz instead (unpacked first)")
    parser.add_argument(
        "--self-test-only", action="store_true", help="layout and self-test only (Windows, macOS)"
    )
    parser.add_argument(
        "--require-real-keyring",
        action="store_true",
        help="fail when the self-test reports no real keyring backend",
    )
    parser.add_argument(
        "--secret-service",
        choices=("auto", "required", "off"),
        default="auto",
        help="the Linux keyring-discovery check (default: when gnome-keyring is there)",
    )
    parser.add_argument(
        "--display",
        choices=("auto", "own", "env"),
        default="auto",
        help="own Xvfb, $DISPLAY, or own Xvfb when installed (default)",
    )
    args = parser.parse_args(argv)

    timings = Timings()
    total_start = time.perf_counter()
    root = Path(tempfile.mkdtemp(prefix="mooring-check-"))
    try:
        if args.archive:
            with timings.measure("unpack archive"):
                bundle = unpack(args.archive, root / "unpacked")
            executable = bundle / bundle_layout.gui_executable_name()
        else:
            bundle = bundle_layout.bundle_dir(args.dist)
            executable = bundle_layout.cli_executable(args.dist)
        say(f"checking {bundle}")
        check_layout(bundle, executable, timings)
        linux = sys.platform.startswith("linux")
        check_self_test(
            executable,
            root,
            timings,
            require_real_keyring=args.require_real_keyring,
            isolate=not args.require_real_keyring,
        )
        if not args.self_test_only:
            if linux and args.secret_service != "off":
                check_secret_service(executable, root, timings, args.secret_service)
            if linux:
                if not shutil.which("xdotool"):
                    raise CheckFailed("window", "xdotool is not installed (apt: xdotool)")
                with Display(args.display) as display:
                    say(f"using display {display.name}")
                    check_window(executable, root, display, timings)
                    check_second_launch(executable, root, display, timings)
                    check_read_only(bundle, executable, root, display, timings)
                    check_unusual_path(executable, root, display, timings)
            else:
                if os.name == "posix":
                    check_read_only(bundle, executable, root, None, timings)
                check_unusual_path(executable, root, None, timings)
    except CheckFailed as failure:
        say(f"FAIL {failure}")
        return 1
    finally:
        if root.exists():
            make_writable(root)
        shutil.rmtree(root, ignore_errors=True)
    timings.add("all checks", time.perf_counter() - total_start)
    say("timings: " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in timings.items))
    say("ok: all checks passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
