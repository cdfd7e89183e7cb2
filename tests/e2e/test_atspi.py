"""What a Linux screen reader is told about the journal, check-in and session pages
(issue 15), read over AT-SPI from the real window.

The real ``mooring`` runs under Xvfb on a D-Bus session bus of its own (``dbus-daemon``
started here), with Qt's accessibility bridge on (``QT_LINUX_ACCESSIBILITY_ALWAYS_ON``).
The first AT-SPI client to ask for the accessibility bus has the session bus start
``at-spi-bus-launcher``, which starts the accessibility bus and ``at-spi2-registryd``:
the same pieces a desktop with Orca runs. The vault is made on the command line, the
window unlocked and moved between pages with the keyboard (``xdotool``), and for each
page ``tools/atspi_check.py`` -- run by the system Python, which has ``pyatspi`` --
finds Mooring among the desktop's applications, walks the page and checks that the
controls a person uses there are announced with their role and name, and that no
control on the page is nameless. Skipped only when the system Python has no pyatspi.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from session_bus import private_session_bus
from walkthrough import SECTIONS, Walk
from xdriver import isolated_env, run_cli, visible_windows, wait_until, xdotool

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
CHECK = ROOT / "tools" / "atspi_check.py"
# pyatspi is a Debian package for the system's own Python, not a wheel for the venv's.
SYSTEM_PYTHON = os.environ.get("MOORING_ATSPI_PYTHON", "/usr/bin/python3")
PASSPHRASE = "quiet harbour morning tide"
WALKTHROUGH = os.environ.get("MOORING_WALKTHROUGH_ATSPI", "")


def _pyatspi_missing() -> str | None:
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} does not exist"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, timeout=30
    )
    if probe.returncode != 0:
        return f"{SYSTEM_PYTHON} has no pyatspi (Debian/Ubuntu: apt-get install python3-pyatspi)"
    if not shutil.which("dbus-daemon"):
        return "dbus-daemon is not installed"
    return None


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[str]:
    """A private D-Bus session bus for this test; its address."""
    with private_session_bus(tmp_path / "bus") as address:
        yield address


# A stand-in window for the check's own test: a "Sessions" page with one control named
# as the real one is, one the real page has left out, and a field without a name.
STAND_IN = """
import sys
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
app = QApplication(sys.argv[:1])
app.setApplicationName("stand-in")
window = QWidget()
window.setWindowTitle("Stand-in")
page = QWidget(window)
page.setAccessibleName("Sessions")
layout = QVBoxLayout(page)
layout.addWidget(QPushButton("New session", page))
layout.addWidget(QLineEdit(page))
QVBoxLayout(window).addWidget(page)
window.show()
sys.exit(app.exec())
"""


def checker_env(env: dict[str, str], bus: str) -> dict[str, str]:
    """The checker's environment: the bus, and no DISPLAY, so libatspi asks the session
    bus for the accessibility bus rather than the X server's root window."""
    found = {k: v for k, v in env.items() if k != "DISPLAY"}
    found["DBUS_SESSION_BUS_ADDRESS"] = bus
    return found


def check(walk: Walk, page: str, bus: str) -> dict[str, object]:
    assert walk.app is not None
    result = subprocess.run(
        [SYSTEM_PYTHON, str(CHECK), "--pid", str(walk.app.pid), "--page", page],
        capture_output=True,
        text=True,
        env=checker_env(walk.env, bus),
        timeout=60,
        check=False,
    )
    assert result.returncode in (0, 1), (page, result.returncode, result.stderr)
    report: dict[str, object] = json.loads(result.stdout)
    (walk.shots / f"atspi-{page}.json").write_text(result.stdout)
    # The whole window as a screen reader gets it, for a person reading a failure.
    tree = subprocess.run(
        [SYSTEM_PYTHON, str(CHECK), "--pid", str(walk.app.pid), "--dump"],
        capture_output=True,
        text=True,
        env=checker_env(walk.env, bus),
        timeout=60,
        check=False,
    )
    (walk.shots / f"atspi-{page}-tree.txt").write_text(tree.stdout + tree.stderr)
    return report


def test_screen_readers_hear_the_journal_checkin_and_session_pages(
    tmp_path: Path, session_bus: str
) -> None:
    missing = _pyatspi_missing()
    if missing:
        pytest.skip(f"AT-SPI check not possible here: {missing}")
    started = time.monotonic()
    walk = Walk(tmp_path / "walk", PASSPHRASE, WALKTHROUGH)
    walk.env.update(
        DBUS_SESSION_BUS_ADDRESS=session_bus,
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
    )
    walk.create_vault()
    # One entry, so the journal shows its list and the entry's editor (an empty
    # journal shows a welcome instead); no session, so that page offers to add one.
    body = walk.folders["inputs"] / "body.md"
    body.write_text("Walked to the harbour wall before anyone was up.\n")
    added = run_cli(
        walk.env,
        walk.passphrase_file,
        "add",
        "--data-dir",
        str(walk.data),
        "--title",
        "Morning walk",
        "--body-file",
        str(body),
    )
    assert added.returncode == 0, added.stderr

    reports: dict[str, dict[str, object]] = {}

    def use() -> None:
        walk.settle("the lock screen")
        xdotool("windowsize", walk.window.id, "1280", "800")
        walk.unlock()
        for section in ("journal", "checkins", "sessions"):
            # Ctrl+<number>: the section's place in the list (as the menu says).
            walk.keys(f"ctrl+{SECTIONS.index(section) + 1}", what=f"the {section} page")
            walk.shot(section)
            reports[section] = check(walk, section, session_bus)
            if section == "journal":
                # Down from the search field: the list, and its first entry opens.
                walk.keys("Down", what="the entry opened")
                walk.shot("journal-entry")
                reports["journal-entry"] = check(walk, "journal-entry", session_bus)

    walk.run_window(use)

    problems = {
        page: {"missing": r["missing"], "unnamed": r["unnamed"]}
        for page, r in reports.items()
        if not r["ok"]
    }
    assert problems == {}, json.dumps(problems, indent=1)
    # The walk reached into each page, not just its frame.
    for page, report in reports.items():
        assert isinstance(report["found"], list) and len(report["found"]) >= 5, (page, report)
    print(f"AT-SPI check of three pages: {time.monotonic() - started:.1f} s")


def test_the_check_fails_on_a_missing_or_nameless_control(tmp_path: Path, session_bus: str) -> None:
    """The same check against a small window that gets it wrong: it must say what."""
    missing = _pyatspi_missing()
    if missing:
        pytest.skip(f"AT-SPI check not possible here: {missing}")
    env, folders = isolated_env(tmp_path / "stand-in")
    env.update(DBUS_SESSION_BUS_ADDRESS=session_bus, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    log = (folders["shots"] / "output.txt").open("w")
    window = subprocess.Popen(
        [sys.executable, "-c", STAND_IN], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        wait_until(lambda: bool(visible_windows("Stand-in")), "the stand-in window")
        # On the accessibility bus (a moment after the window shows; longer on a busy
        # machine): --dump returns as soon as it is there.
        on_bus = subprocess.run(
            [SYSTEM_PYTHON, str(CHECK), "--pid", str(window.pid), "--dump", "--timeout", "30"],
            capture_output=True,
            text=True,
            env=checker_env(env, session_bus),
            timeout=60,
            check=False,
        )
        assert on_bus.returncode == 0, on_bus.stderr
        result = subprocess.run(
            [
                *(SYSTEM_PYTHON, str(CHECK), "--pid", str(window.pid)),
                *("--page", "sessions", "--timeout", "5"),
            ],
            capture_output=True,
            text=True,
            env=checker_env(env, session_bus),
            timeout=60,
            check=False,
        )
    finally:
        window.terminate()
        window.wait(timeout=30)
        log.close()
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    report = json.loads(result.stdout)
    assert not report["ok"]
    assert ["push button", "Your providers"] in report["missing"]
    assert ["push button", "New session"] not in report["missing"]
    assert [u.split()[0] for u in report["unnamed"]] == ["text"], report["unnamed"]
