"""``./dev.sh screenshots`` (tools/screenshots.py) as a developer runs it: a real process
under Xvfb that makes a demo vault and saves a picture of every screen.

Run for one theme here (the three take three times as long); the pictures must be the
window's size and show the theme's window colour, so a script that silently saved
blank or wrong-theme pictures fails.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from xdriver import isolated_env

from ui.common.design import DARK

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ("setup", "lock", "today", "journal", "journal-entry", "checkins", "sessions")
DIALOGS = ("help", "settings")


def test_the_screenshot_script_saves_every_screen_in_the_theme(tmp_path: Path) -> None:
    env, folders = isolated_env(tmp_path)
    out = folders["shots"] / "pictures"
    run = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "screenshots.py"), str(out), "--themes", "dark"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    saved = {p.name for p in out.glob("*.png")}
    from ui.shell import navigation

    navigation.load_module_packages()
    pages = tuple(module.id for module in navigation.modules())
    screens = tuple(dict.fromkeys(SCREENS + pages))  # every section's page, at least
    missing = {f"dark-{name}.png" for name in screens + DIALOGS} - saved
    assert not missing, missing
    for name in screens:
        image = QImage(str(out / f"dark-{name}.png"))
        assert (image.width(), image.height()) == (1280, 800), name
        # The bottom left corner: the window's own ground (below the sections list).
        corner = image.pixelColor(3, image.height() - 3).name()
        assert corner == DARK.window, (name, corner)
    for name in DIALOGS:
        image = QImage(str(out / f"dark-{name}.png"))
        assert image.width() > 200 and image.height() > 200, name
