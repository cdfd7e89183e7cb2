"""The real ``mooring`` command line, run as child processes, quickly.

Starting Python and importing Mooring costs about 0.6 s per command here, which a
matrix of hundreds of cells can't pay. ``ForkingCli`` starts one server process that
imports the ``mooring`` entry point (``ui.entry.main``, exactly what the installed
script calls) once, then forks a fresh child per command: the child gets its own
standard input, output and error files, runs ``main(argv)``, and exits with its return
code. Anything that escapes ``main`` is printed as Python would print it (a
"Traceback" on standard error, exit 1), so a leak would show. ``run_script`` runs the
installed script itself, for the few cells that check the two agree.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_SERVER = r"""
import io, json, os, sys, traceback
sys.path.insert(0, sys.argv[1])
import ui.entry
# What the commands import lazily, imported once here so each child starts warm.
import app.cli.commands, app.journal.entries, app.journal.demo, app.journal.display
import app.vault.vault, app.vault.backup, app.vault.keys, app.vault.remember
import ui.shell.instance_lock

def child(job):
    os.dup2(os.open(job["stdin"], os.O_RDONLY), 0)
    os.dup2(os.open(job["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 1)
    os.dup2(os.open(job["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 2)
    sys.stdin = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)))
    sys.stdout = io.TextIOWrapper(io.BufferedWriter(io.FileIO(1, "w", closefd=False)))
    sys.stderr = io.TextIOWrapper(io.BufferedWriter(io.FileIO(2, "w", closefd=False)))
    os.environ.update(job["env"])
    try:
        code = ui.entry.main(job["argv"])
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    except BaseException:
        traceback.print_exc()
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    os._exit(int(code or 0))

for line in sys.stdin:
    job = json.loads(line)
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        try:
            child(job)
        finally:
            os._exit(70)
    _, status = os.waitpid(pid, 0)
    print(json.dumps({"rc": os.waitstatus_to_exitcode(status)}), flush=True)
"""


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


def script_command() -> list[str]:
    script = Path(sys.executable).with_name("mooring")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from ui.entry import main; sys.exit(main())"]


def cli_environment(root: Path) -> dict[str, str]:
    """A private home, settings and temp folder under ``root``, no real keyring."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOORING_")}
    for name, sub in (("HOME", "home"), ("MOORING_CONFIG_DIR", "config"), ("TMPDIR", "tmp")):
        (root / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(root / sub)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


class ForkingCli:
    """One warm server; ``run`` forks a child per command (see the module docstring)."""

    def __init__(self, scratch: Path) -> None:
        self._scratch = scratch
        self._count = 0
        self.env = cli_environment(scratch / "env")
        self._server = subprocess.Popen(
            [sys.executable, "-c", _SERVER, str(REPO)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=self.env,
        )

    def run(self, argv: list[str], stdin: str = "", env: dict[str, str] | None = None) -> Result:
        self._count += 1
        base = self._scratch / f"job-{self._count}"
        Path(f"{base}.in").write_text(stdin, encoding="utf-8")
        job = {
            "argv": argv,
            "stdin": f"{base}.in",
            "stdout": f"{base}.out",
            "stderr": f"{base}.err",
            "env": env or {},
        }
        assert self._server.stdin is not None and self._server.stdout is not None
        self._server.stdin.write(json.dumps(job) + "\n")
        self._server.stdin.flush()
        reply = json.loads(self._server.stdout.readline())
        return Result(
            reply["rc"],
            Path(f"{base}.out").read_text(encoding="utf-8", errors="replace"),
            Path(f"{base}.err").read_text(encoding="utf-8", errors="replace"),
        )

    def close(self) -> None:
        if self._server.stdin is not None:
            self._server.stdin.close()
        self._server.wait(timeout=30)
        if self._server.stdout is not None:
            self._server.stdout.close()


def run_script(argv: list[str], stdin: str, env: dict[str, str]) -> Result:
    """The installed ``mooring`` script itself, as a person would run it."""
    done = subprocess.run(
        [*script_command(), *argv],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    return Result(done.returncode, done.stdout, done.stderr)
