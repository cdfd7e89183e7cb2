"""A made-up word written into 1,000 entries must never show up outside the vault.

Entries come in through the real window (a few typed as a person would, with the
word in the title, the tags and the text; the rest as one burst of Ctrl+N, Ctrl+V
pasting a note that holds it) and through the real command line (``mooring add``;
it takes one entry per call, about a second each, so only a few). Then, while the
app runs, while a search over all of them runs (in the window and on the command
line), and after it quits, nothing may hold the word in plain text: no file under
the data, config, home or temp folders (in UTF-8 or UTF-16), no file the process
holds open (SQLite unlinks its temp files at once, so they are looked for through
/proc/PID/fd), no window title, not the settings file, not the app's output.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from xdriver import (
    App,
    ClipboardOwner,
    VaultPeek,
    Window,
    all_window_names,
    display_env,
    files_containing,
    isolated_env,
    mooring_command,
    open_files,
    read_clipboard,
    run_cli,
    screenshot,
    visible_windows,
    wait_idle,
    wait_until,
    xdotool,
)

pytestmark = pytest.mark.e2e

PASSPHRASE = "quiet harbour morning tide"
CANARY = "vorquelbriskant"  # made up: in no dictionary, no demo text, no font table
ENTRIES = 1000
CLI_ENTRIES = 3
TYPED_ENTRIES = 3  # typed like a person: title, text, tags
BURST_ENTRIES = ENTRIES - CLI_ENTRIES - TYPED_ENTRIES  # Ctrl+N, Ctrl+V: 994 times
PASTED = " ".join(
    [
        "Walked to the harbour after the group call and sat on the wall for a while.",
        f"The word {CANARY} kept coming back, like it does when I am tired.",
        "I did not argue tonight. I said what I needed and left it there,",
        "which is new for me. Tomorrow: breakfast first, then the meeting at ten.",
    ]
    * 6
)


class Watch:
    """Looks for the canary, again and again, in folders and in a process's open files
    while something runs in the background; ``stop()`` returns what it found."""

    def __init__(
        self, folders: list[Path], pid: Callable[[], int | None], ours: list[Path]
    ) -> None:
        self._folders = folders
        self._ours = tuple(str(path) + "/" for path in ours)  # the test's own files
        self._pid = pid
        self._needles = [CANARY.encode("utf-8"), CANARY.encode("utf-16-le")]
        self.found: set[str] = set()
        self.rounds = 0
        self.temp_files_seen: set[str] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            for folder in self._folders:
                self.found.update(files_containing(folder, [CANARY]))
            pid = self._pid()
            if pid is not None:
                for target, content in open_files(pid).items():
                    if target.endswith(" (deleted)"):
                        self.temp_files_seen.add(target)
                    if target.startswith(self._ours):
                        continue  # e.g. the search's standard output, which the test set up
                    if content is not None and any(n in content for n in self._needles):
                        self.found.add(f"open in pid {pid}: {target}")
            self.rounds += 1
            time.sleep(0.005)

    def stop(self) -> set[str]:
        self._stop.set()
        self._thread.join(timeout=30)
        return self.found


# A child that makes SQLCipher sort text bigger than its cache, and holds the sort open.
_SORTING_CHILD = """
import os, sys
import sqlcipher3
folder, temp_store, word = sys.argv[1:4]
c = sqlcipher3.connect(os.path.join(folder, f"sort-{temp_store}.db"), isolation_level=None)
c.execute("PRAGMA key = \\"x'" + "11" * 32 + "'\\"")
c.execute(f"PRAGMA temp_store = {temp_store}")
c.execute("PRAGMA cache_size = -64")
c.execute("CREATE TABLE t (body TEXT)")
c.execute("BEGIN")
c.executemany("INSERT INTO t VALUES (?)", [(f"{i:05d} {word} " + "x" * 300,) for i in range(3000)])
c.execute("COMMIT")
cursor = c.execute("SELECT body FROM t ORDER BY substr(body, 7), body")
cursor.fetchone()
print("ready", flush=True)
sys.stdin.read()
"""


def _leaks_in_open_files(command: list[str], env: dict[str, str] | None = None) -> list[str]:
    """Start ``command`` (prints "ready" once its files are set), return the files it
    has open whose bytes hold the canary."""
    holder = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        held = open_files(holder.pid)
        return [t for t, c in held.items() if c is not None and CANARY.encode() in c]
    finally:
        holder.communicate("", timeout=60)


def test_the_scanners_can_find_the_word(tmp_path: Path) -> None:
    """The checks below would see a leak: in a file, in an unlinked temp file, and in
    the temp file of an SQLCipher sort when temp_store is not memory."""
    (tmp_path / "leak.txt").write_text(f"x {CANARY} y", encoding="utf-16-le")
    assert files_containing(tmp_path, [CANARY]) == [str(tmp_path / "leak.txt")]

    unlinked = (
        "import sys, tempfile\n"
        f"f = tempfile.TemporaryFile(dir={str(tmp_path)!r})\n"
        f"f.write(b'.. {CANARY} ..'); f.flush()\n"
        "print('ready', flush=True); sys.stdin.read()\n"
    )
    leaked = _leaks_in_open_files([sys.executable, "-c", unlinked])
    assert len(leaked) == 1 and leaked[0].endswith(" (deleted)"), leaked

    # SQLCipher writes a big sort's temp file unencrypted, and unlinks it at once: only
    # /proc/PID/fd shows it. temp_store = 2 (memory) keeps it off the disk.
    env = dict(os.environ, TMPDIR=str(tmp_path), SQLITE_TMPDIR=str(tmp_path))
    child = [sys.executable, "-c", _SORTING_CHILD, str(tmp_path)]
    on_disk = _leaks_in_open_files([*child, "1", CANARY], env)
    assert len(on_disk) == 1 and "etilqs_" in on_disk[0], on_disk
    assert _leaks_in_open_files([*child, "2", CANARY], env) == []


def test_canary_in_1000_entries_stays_inside_the_vault(tmp_path: Path) -> None:
    started = time.monotonic()
    env, folders = isolated_env(tmp_path)
    data, shots, inputs = folders["data"], folders["shots"], folders["inputs"]
    # Where the app may write: all scanned. (inputs/ and shots/ are the test's own.)
    private = [folders[name] for name in ("data", "config", "tmp", "home")]
    ours = [inputs, shots]
    once, twice = inputs / "passphrase", inputs / "passphrase-twice"
    once.write_text(PASSPHRASE + "\n")
    twice.write_text(f"{PASSPHRASE}\n{PASSPHRASE}\n")

    def lap(what: str) -> None:
        print(f"{time.monotonic() - started:5.1f} s: {what}")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        done = run_cli(env, once if args[0] != "init" else twice, *args, "--data-dir", str(data))
        assert done.returncode == 0, (args, done.stderr)
        assert CANARY not in done.stderr
        return done

    # ----- the command line: a demo journal around it, then entries with the word -------
    cli("init")
    cli("demo", "--entries", "300")
    body = inputs / "body.md"
    body.write_text(f"# Evening\n\nA long day. {CANARY} again, and then rest.\n")
    for n in range(CLI_ENTRIES):
        cli("add", "--title", f"{CANARY} {n}", "--tag", CANARY, "--body-file", str(body))
    peek = VaultPeek(data, PASSPHRASE)

    def with_canary() -> int:
        rows = peek.rows(
            "SELECT count(*) FROM entries WHERE instr(body, ?) OR instr(title, ?)",
            (CANARY, CANARY),
        )
        return int(str(rows[0][0]))

    assert with_canary() == CLI_ENTRIES
    lap("command line done")

    # ----- the window: a few entries typed like a person, then a burst ------------------
    app = App(data, env, shots / "app-output.txt")
    try:
        window = app.window
        window.type(PASSPHRASE, delay_ms=5)
        window.key("Return")
        wait_until(lambda: (data / "mooring.db-wal").exists(), "unlock")
        wait_idle(app.pid, "the workspace")
        window.key("Down")  # Journal
        wait_idle(app.pid, "the journal page")
        for n in range(TYPED_ENTRIES):
            window.key("ctrl+n")
            window.type(f"Today I wrote {CANARY} in entry {n}.", delay_ms=5)
            window.key("shift+Tab")
            window.type(f"Title with {CANARY} {n}", delay_ms=5)
            window.key("alt+t")
            window.type(f"{CANARY}, evening", delay_ms=5)
            window.key("Escape")  # close the tag completion's popup (it takes the keys)
        window.key("ctrl+s")
        screenshot(shots / "01-typed.png")
        lap("typed entries")
        # The rest: Ctrl+N and Ctrl+V, pasting a note that holds the word, in one burst.
        with ClipboardOwner(PASTED):
            window.focus()
            xdotool("key", "--delay", "0", *["ctrl+n", "ctrl+v"] * BURST_ENTRIES)
            lap("burst sent")
            # Each entry is stored when the next Ctrl+N leaves it; the last by the autosave.
            wait_until(lambda: with_canary() == ENTRIES, "every entry to be stored", 60)
        lap(f"{ENTRIES} entries hold the word")
        wait_idle(app.pid, "the list and calendar catching up")
        screenshot(shots / "02-after-burst.png")
        lap("the window caught up")

        # A setting changed, so the settings file exists and can be read.
        window.key("ctrl+comma")
        wait_until(lambda: bool(visible_windows("Settings")), "the settings dialog")
        dialog = Window(visible_windows("Settings")[0])
        dialog.key("alt+l", "Up")  # Lock after: 6 min
        dialog.key("Escape")
        wait_until(lambda: not visible_windows("Settings"), "the settings dialog to close")

        # Search for the word in the window (1,000 hits, ranked) while watching.
        watch = Watch(private, lambda: app.pid, ours)
        window.key("ctrl+f")
        window.type(CANARY, delay_ms=5)
        window.key("Return")
        wait_idle(app.pid, "the search results")
        window.key("Down", "Return")  # open the best hit in the editor
        wait_idle(app.pid, "the search and the opened entry")
        screenshot(shots / "03-search-in-window.png")
        window.key("ctrl+a", "ctrl+c")  # the search really ran and found the word
        assert CANARY in read_clipboard(display_env())
        titles = all_window_names()
        assert watch.stop() == set()
        assert watch.rounds >= 3
        assert not [t for t in titles.values() if CANARY in t], titles
        # Only the app's own names: no title can carry anything written.
        known = {"", "Mooring", "mooring", "Settings", "Write from a prompt"}
        assert {t for t in titles.values() if not t.startswith("Qt ")} <= known, titles

        lap("searched in the window")
        window.key("ctrl+l")
        wait_until(lambda: not (data / "mooring.db-wal").exists(), "lock")
        assert not [t for t in all_window_names().values() if CANARY in t]
    finally:
        code = app.stop()
    output = app.output()
    assert code == 0, output
    assert CANARY not in output
    assert "Traceback" not in output

    lap("app stopped")
    # ----- a large sorted search on the command line, watched while it runs -------------
    search_out = inputs / "search.json"
    with search_out.open("w") as out:
        search = subprocess.Popen(
            [
                *mooring_command(),
                "search",
                CANARY,
                "--json",
                "--limit",
                "500",
                "--data-dir",
                str(data),
                "--passphrase-file",
                str(once),
            ],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        watch = Watch(private, lambda: search.pid, ours)  # /proc/PID is gone once it ends
        assert search.wait(timeout=120) == 0
    assert watch.stop() == set()
    assert watch.rounds >= 3
    assert search_out.read_text().count(CANARY) >= 500  # it really found them all
    print(f"looked {watch.rounds} times during the search; unlinked files: {watch.temp_files_seen}")

    lap("searched on the command line")
    # ----- every connection keeps temporary tables and sorts in memory ------------------
    assert peek.pragma("temp_store") == "2"

    # ----- afterwards: nothing anywhere -------------------------------------------------
    for folder in private:
        assert files_containing(folder, [CANARY]) == [], folder
    settings = list(folders["config"].rglob("*.ini"))
    assert settings, list(folders["config"].rglob("*"))
    for path in settings:
        text = path.read_text()
        assert "idle_timeout_minutes=6" in text.replace(" ", ""), text
        assert CANARY not in text
    print(f"privacy canary test: {time.monotonic() - started:.1f} s")
