"""A walkthrough of the real window as a new user: the running app, its window, a
read-only look into the vault, and the screenshots taken on the way.

Shared by the end-to-end walks: ``create_vault`` makes their vault with the command
line and ``run_window`` starts, uses and stops the window the same way for each (a
failure's screenshot, the screenshots copied, a clean exit checked). A walk subclasses
``Walk`` with what it needs to ask its own module's tables.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from xdriver import (
    App,
    VaultPeek,
    Window,
    all_window_names,
    isolated_env,
    run_cli,
    screenshot,
    visible_windows,
    wait_idle,
    wait_until,
)

T = TypeVar("T")

# The sections list, top to bottom (each module's navigation ``order``); the walks move
# in it with Home and the arrows.
SECTIONS = (
    "today",
    "journal",
    "checkins",
    "measures",
    "sessions",
    "exercises",
    "boundaries",
    "invitations",
    "reflection",
    "safety",
    "timeline",
    "exchange",
    "data",
)


class Walk:
    """The running app, its window, the vault and the screenshots taken on the way.

    ``passphrase`` opens the vault; screenshots are copied to ``walkthrough`` at the
    end (an empty value turns the copy off).
    """

    def __init__(self, root: Path, passphrase: str, walkthrough: str) -> None:
        self.env, self.folders = isolated_env(root)
        # The keys the walks press count on the C locale's date fields and weekdays and
        # on Qt's own widgets and file dialog: a fixed locale, no desktop theme.
        self.env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="")
        self.env.pop("QT_QPA_PLATFORMTHEME", None)
        self.passphrase = passphrase
        self.walkthrough = walkthrough
        self.data = self.folders["data"]
        self.shots = self.folders["shots"]
        self.passphrase_file = self.folders["inputs"] / "passphrase"
        self.passphrase_file.write_text(passphrase + "\n")
        self.app: App | None = None
        self.peek: VaultPeek | None = None
        self.taken: list[Path] = []
        self.started = time.monotonic()

    # ----- the app -------------------------------------------------------------------

    def create_vault(self) -> None:
        """A new vault made with the command line (``init`` asks for the passphrase
        twice), and a read-only look into it for the checks."""
        twice = self.folders["inputs"] / "passphrase-twice"
        twice.write_text(f"{self.passphrase}\n{self.passphrase}\n")
        created = run_cli(self.env, twice, "init", "--data-dir", str(self.data))
        assert created.returncode == 0, created.stderr
        self.peek = VaultPeek(self.data, self.passphrase)

    def run_window(
        self, use: Callable[[], T], *, before_copying: Callable[[], object] | None = None
    ) -> tuple[T, str]:
        """Start the window, ``use`` it, and stop it however that ended: a screenshot
        of a failure, ``before_copying`` (pictures of its own to keep), the screenshots
        copied, then a clean exit checked (code 0, no traceback). Returns what ``use``
        returned and everything the app printed."""
        self.app = App(self.data, self.env, self.shots / "app-output.txt")
        try:
            result = use()
        except BaseException:
            self.shot("failure")
            raise
        finally:
            running = self.app.process.poll() is None
            code = self.app.stop() if running else self.app.process.returncode
            if before_copying is not None:
                before_copying()
            self.copy_shots()
        output = self.app.output()
        assert code == 0, (code, output)
        assert "Traceback" not in output, output
        return result, output

    @property
    def window(self) -> Window:
        assert self.app is not None
        return self.app.window

    @property
    def vault(self) -> VaultPeek:
        assert self.peek is not None
        return self.peek

    def rows(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        return self.vault.rows(sql, params)

    def is_open(self) -> bool:
        return (self.data / "mooring.db-wal").exists()

    def settle(self, what: str, quiet: float = 0.4) -> None:
        """Wait until the app has done what it was asked (no CPU used for a moment)."""
        assert self.app is not None
        wait_idle(self.app.pid, what, quiet=quiet)

    def keys(self, *keys: str, what: str = "the keys") -> None:
        self.window.key(*keys)
        self.settle(what)

    def type(self, text: str) -> None:
        self.window.type(text, delay_ms=5)

    def wait_for(self, condition: Any, what: str, timeout: float = 15) -> None:
        wait_until(condition, what, timeout=timeout)
        self.settle(what)

    def unlock(self) -> None:
        self.window.key("ctrl+a")
        self.type(self.passphrase)
        self.window.key("Return")
        wait_until(self.is_open, "unlock to open the vault")
        self.settle("the workspace after unlocking", quiet=0.6)

    def lock(self) -> None:
        self.window.key("ctrl+l")
        wait_until(lambda: not self.is_open(), "lock to close the vault")
        self.settle("the lock screen")

    def dialog(self, title: str) -> Window:
        wait_until(lambda: bool(visible_windows(title)), f"the {title!r} window")
        self.settle(f"the {title!r} window")
        return Window(visible_windows(title)[0])

    def closed(self, title: str) -> None:
        wait_until(lambda: not visible_windows(title), f"the {title!r} window to close")

    # ----- screenshots ---------------------------------------------------------------

    def shot(self, name: str) -> Path:
        path = self.shots / f"{len(self.taken) + 1:02d}-{name}.png"
        print(f"{time.monotonic() - self.started:5.1f} s: {path.name}")
        screenshot(path)
        self.taken.append(path)
        return path

    def copy_shots(self) -> None:
        if not self.walkthrough:
            return
        target = Path(self.walkthrough)
        target.mkdir(parents=True, exist_ok=True)
        for old in target.glob("*.png"):
            old.unlink()
        for path in self.taken:
            if path.exists():
                shutil.copy2(path, target / path.name)


def assert_no_word_in_window_titles(words: list[str]) -> None:
    """No window on the screen has any of ``words`` in its title."""
    names = all_window_names()
    leaked = {n for n in names.values() if any(w in n.lower() for w in words)}
    assert not leaked, leaked


def day_keys(field_key: str, today: date, day: date) -> list[str]:
    """Keys that move a "Wed 2 Dec 2026" date field showing ``today`` to ``day``.

    Tab steps from one part of the field to the next and the arrows change one part
    without touching the others. The day goes to 1 first, so no month is short of it."""
    keys = [field_key, "Tab"]  # the day of the month
    keys += ["Down"] * (today.day - 1)
    keys += ["Tab"]  # the month
    months = day.month - today.month
    keys += ["Up" if months > 0 else "Down"] * abs(months)
    keys += ["Tab"]  # the year
    years = day.year - today.year
    keys += ["Up" if years > 0 else "Down"] * abs(years)
    keys += ["shift+Tab", "shift+Tab"]  # back to the day
    keys += ["Up"] * (day.day - 1)
    return keys
